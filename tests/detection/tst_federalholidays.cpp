#include "model/detection/federalholidays.h"

#include <QTest>

using namespace uproot;

Q_DECLARE_METATYPE(uproot::FederalHoliday)

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

// Names as 5 U.S.C. 6103 gives them; dates from OPM's published holiday tables.
const QString kNewYear = QStringLiteral("New Year's Day");
const QString kKing = QStringLiteral("Birthday of Martin Luther King, Jr.");
const QString kWashington = QStringLiteral("Washington's Birthday");
const QString kMemorial = QStringLiteral("Memorial Day");
const QString kJuneteenth = QStringLiteral("Juneteenth National Independence Day");
const QString kIndependence = QStringLiteral("Independence Day");
const QString kLabor = QStringLiteral("Labor Day");
const QString kColumbus = QStringLiteral("Columbus Day");
const QString kVeterans = QStringLiteral("Veterans Day");
const QString kThanksgiving = QStringLiteral("Thanksgiving Day");
const QString kChristmas = QStringLiteral("Christmas Day");

FederalHoliday h(const QString &name, const QDate &date, const QDate &observed = QDate())
{
    return FederalHoliday{name, date, observed.isValid() ? observed : date};
}

} // namespace

class TestFederalHolidays : public QObject
{
    Q_OBJECT

private slots:
    void year_data();
    void year();
    void day_data();
    void day();
};

void TestFederalHolidays::year_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QList<FederalHoliday>>("expected");

    QTest::newRow("2017: New Year's Day on a Sunday, Veterans Day on a Saturday")
        << 2017
        << QList<FederalHoliday>{h(kNewYear, d(2017, 1, 1), d(2017, 1, 2)),
                                 h(kKing, d(2017, 1, 16)),
                                 h(kWashington, d(2017, 2, 20)),
                                 h(kMemorial, d(2017, 5, 29)),
                                 h(kIndependence, d(2017, 7, 4)),
                                 h(kLabor, d(2017, 9, 4)),
                                 h(kColumbus, d(2017, 10, 9)),
                                 h(kVeterans, d(2017, 11, 11), d(2017, 11, 10)),
                                 h(kThanksgiving, d(2017, 11, 23)),
                                 h(kChristmas, d(2017, 12, 25))};
    QTest::newRow("2020: no Juneteenth yet, Independence Day on a Saturday")
        << 2020
        << QList<FederalHoliday>{h(kNewYear, d(2020, 1, 1)),
                                 h(kKing, d(2020, 1, 20)),
                                 h(kWashington, d(2020, 2, 17)),
                                 h(kMemorial, d(2020, 5, 25)),
                                 h(kIndependence, d(2020, 7, 4), d(2020, 7, 3)),
                                 h(kLabor, d(2020, 9, 7)),
                                 h(kColumbus, d(2020, 10, 12)),
                                 h(kVeterans, d(2020, 11, 11)),
                                 h(kThanksgiving, d(2020, 11, 26)),
                                 h(kChristmas, d(2020, 12, 25))};
    QTest::newRow(
        "2021: first Juneteenth, on a Saturday; Independence Day on a Sunday; Christmas on a Saturday")
        << 2021
        << QList<FederalHoliday>{h(kNewYear, d(2021, 1, 1)),
                                 h(kKing, d(2021, 1, 18)),
                                 h(kWashington, d(2021, 2, 15)),
                                 h(kMemorial, d(2021, 5, 31)),
                                 h(kJuneteenth, d(2021, 6, 19), d(2021, 6, 18)),
                                 h(kIndependence, d(2021, 7, 4), d(2021, 7, 5)),
                                 h(kLabor, d(2021, 9, 6)),
                                 h(kColumbus, d(2021, 10, 11)),
                                 h(kVeterans, d(2021, 11, 11)),
                                 h(kThanksgiving, d(2021, 11, 25)),
                                 h(kChristmas, d(2021, 12, 25), d(2021, 12, 24))};
    QTest::newRow("2022: New Year's Day observed in the year before; Juneteenth and Christmas on Sundays")
        << 2022
        << QList<FederalHoliday>{h(kNewYear, d(2022, 1, 1), d(2021, 12, 31)),
                                 h(kKing, d(2022, 1, 17)),
                                 h(kWashington, d(2022, 2, 21)),
                                 h(kMemorial, d(2022, 5, 30)),
                                 h(kJuneteenth, d(2022, 6, 19), d(2022, 6, 20)),
                                 h(kIndependence, d(2022, 7, 4)),
                                 h(kLabor, d(2022, 9, 5)),
                                 h(kColumbus, d(2022, 10, 10)),
                                 h(kVeterans, d(2022, 11, 11)),
                                 h(kThanksgiving, d(2022, 11, 24)),
                                 h(kChristmas, d(2022, 12, 25), d(2022, 12, 26))};
    QTest::newRow("2023: New Year's Day on a Sunday, Veterans Day on a Saturday")
        << 2023
        << QList<FederalHoliday>{h(kNewYear, d(2023, 1, 1), d(2023, 1, 2)),
                                 h(kKing, d(2023, 1, 16)),
                                 h(kWashington, d(2023, 2, 20)),
                                 h(kMemorial, d(2023, 5, 29)),
                                 h(kJuneteenth, d(2023, 6, 19)),
                                 h(kIndependence, d(2023, 7, 4)),
                                 h(kLabor, d(2023, 9, 4)),
                                 h(kColumbus, d(2023, 10, 9)),
                                 h(kVeterans, d(2023, 11, 11), d(2023, 11, 10)),
                                 h(kThanksgiving, d(2023, 11, 23)),
                                 h(kChristmas, d(2023, 12, 25))};
    QTest::newRow("1977: before the King holiday, Veterans Day on the fourth Monday of October")
        << 1977
        << QList<FederalHoliday>{h(kNewYear, d(1977, 1, 1), d(1976, 12, 31)),
                                 h(kWashington, d(1977, 2, 21)),
                                 h(kMemorial, d(1977, 5, 30)),
                                 h(kIndependence, d(1977, 7, 4)),
                                 h(kLabor, d(1977, 9, 5)),
                                 h(kColumbus, d(1977, 10, 10)),
                                 h(kVeterans, d(1977, 10, 24)),
                                 h(kThanksgiving, d(1977, 11, 24)),
                                 h(kChristmas, d(1977, 12, 25), d(1977, 12, 26))};
}

void TestFederalHolidays::year()
{
    QFETCH(int, year);
    QFETCH(QList<FederalHoliday>, expected);
    const QList<FederalHoliday> actual = FederalHolidays::forYear(year);
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(actual.at(i).name, expected.at(i).name);
        QCOMPARE(actual.at(i).date, expected.at(i).date);
        QCOMPARE(actual.at(i).observed, expected.at(i).observed);
    }
}

void TestFederalHolidays::day_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QString>("expected");

    QTest::newRow("observed New Year's Day in the previous December") << d(2021, 12, 31) << kNewYear;
    QTest::newRow("observed Christmas on Friday") << d(2021, 12, 24) << kChristmas;
    QTest::newRow("legal date of Christmas on a Saturday") << d(2021, 12, 25) << kChristmas;
    QTest::newRow("observed Veterans Day on Friday") << d(2017, 11, 10) << kVeterans;
    QTest::newRow("Columbus Day 2018") << d(2018, 10, 8) << kColumbus;
    QTest::newRow("observed Juneteenth on Friday") << d(2021, 6, 18) << kJuneteenth;
    QTest::newRow("19 June 2020, before Juneteenth was a holiday") << d(2020, 6, 19) << QString();
    QTest::newRow("ordinary Sunday") << d(2017, 11, 12) << QString();
    QTest::newRow("ordinary Friday") << d(2017, 10, 13) << QString();
    QTest::newRow("invalid date") << QDate() << QString();
}

void TestFederalHolidays::day()
{
    QFETCH(QDate, day);
    QFETCH(QString, expected);
    const std::optional<FederalHoliday> holiday = FederalHolidays::on(day);
    QCOMPARE(holiday ? holiday->name : QString(), expected);
}

QTEST_GUILESS_MAIN(TestFederalHolidays)
#include "tst_federalholidays.moc"
