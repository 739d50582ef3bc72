#include "model/detection/directivecatalog.h"
#include "model/detection/milestonecalendar.h"

#include <QTest>

using namespace uproot;

namespace {

struct Expected
{
    QString milestoneId;
    QDate date;
    QString warning;
};

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

const QString kSaturday = QStringLiteral("falls on a Saturday");
const QString kSunday = QStringLiteral("falls on a Sunday");

} // namespace

Q_DECLARE_METATYPE(Expected)

class TestMilestoneCalendar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shippedDirectives_data();
    void shippedDirectives();
    void issueDateOverride();
    void horizon_data();
    void horizon();
    void recurrenceLimits();
    void warnings_data();
    void warnings();

private:
    DirectiveCatalog m_catalog;
};

void TestMilestoneCalendar::initTestCase()
{
    QString error;
    m_catalog = DirectiveCatalog::builtin(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestMilestoneCalendar::shippedDirectives_data()
{
    QTest::addColumn<QString>("directive");
    QTest::addColumn<int>("maxOccurrences");
    QTest::addColumn<QList<Expected>>("expected");

    // BOD 17-01: +30, +60, +90, then a status report every 30 days after day 90 (the dates the domain notes
    // give; later status reports continue the 30-day count). Columbus Day 2018 was 8 Oct.
    QTest::newRow("BOD 17-01 with twelve status reports")
        << QStringLiteral("bod-17-01") << 12
        << QList<Expected>{{QStringLiteral("identification-report"), d(2017, 10, 13), QString()},
                           {QStringLiteral("plan-of-action"), d(2017, 11, 12), kSunday},
                           {QStringLiteral("begin-removal"), d(2017, 12, 12), QString()},
                           {QStringLiteral("status-report"), d(2018, 1, 11), QString()},
                           {QStringLiteral("status-report"), d(2018, 2, 10), kSaturday},
                           {QStringLiteral("status-report"), d(2018, 3, 12), QString()},
                           {QStringLiteral("status-report"), d(2018, 4, 11), QString()},
                           {QStringLiteral("status-report"), d(2018, 5, 11), QString()},
                           {QStringLiteral("status-report"), d(2018, 6, 10), kSunday},
                           {QStringLiteral("status-report"), d(2018, 7, 10), QString()},
                           {QStringLiteral("status-report"), d(2018, 8, 9), QString()},
                           {QStringLiteral("status-report"), d(2018, 9, 8), kSaturday},
                           {QStringLiteral("status-report"), d(2018, 10, 8),
                            QStringLiteral("falls on a federal holiday (Columbus Day)")},
                           {QStringLiteral("status-report"), d(2018, 11, 7), QString()},
                           {QStringLiteral("status-report"), d(2018, 12, 7), QString()}};
    QTest::newRow("NDAA FY2018 §1634: DoD report 180 days after 12 Dec 2017, prohibition on 1 Oct 2018")
        << QStringLiteral("ndaa-fy2018-1634") << 12
        << QList<Expected>{{QStringLiteral("dod-review-report"), d(2018, 6, 10), kSunday},
                           {QStringLiteral("prohibition-effective"), d(2018, 10, 1), QString()}};
    QTest::newRow("BIS 2024 Kaspersky determination: both dates on a weekend")
        << QStringLiteral("bis-2024-kaspersky") << 12
        << QList<Expected>{{QStringLiteral("no-new-agreements"), d(2024, 7, 20), kSaturday},
                           {QStringLiteral("no-updates"), d(2024, 9, 29), kSunday}};
    QTest::newRow("OMB M-23-13: +30, +90 (a Sunday), +120 from 27 Feb 2023")
        << QStringLiteral("omb-m-23-13") << 12
        << QList<Expected>{{QStringLiteral("identify-and-remove"), d(2023, 3, 29), QString()},
                           {QStringLiteral("contracts"), d(2023, 5, 28), kSunday},
                           {QStringLiteral("solicitations"), d(2023, 6, 27), QString()}};
    QTest::newRow("Section 889: Part A and Part B one and two years after enactment")
        << QStringLiteral("far-889") << 12
        << QList<Expected>{{QStringLiteral("part-a"), d(2019, 8, 13), QString()},
                           {QStringLiteral("part-b"), d(2020, 8, 13), QString()}};
    QTest::newRow("FCC Covered List: 60 days after 12 Mar 2021 and after 25 Mar 2022")
        << QStringLiteral("fcc-covered-list") << 12
        << QList<Expected>{{QStringLiteral("first-entries-60-days"), d(2021, 5, 11), QString()},
                           {QStringLiteral("2022-additions-60-days"), d(2022, 5, 24), QString()}};
}

void TestMilestoneCalendar::shippedDirectives()
{
    QFETCH(QString, directive);
    QFETCH(int, maxOccurrences);
    QFETCH(QList<Expected>, expected);
    const Directive *found = m_catalog.find(directive);
    QVERIFY(found);
    MilestoneOptions options;
    options.maxOccurrences = maxOccurrences;
    const QList<DatedMilestone> dated = MilestoneCalendar::compute(*found, options);
    QCOMPARE(dated.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QString where = QStringLiteral("row %1").arg(i);
        QVERIFY2(dated.at(i).milestoneId == expected.at(i).milestoneId, qPrintable(where));
        QCOMPARE(dated.at(i).date, expected.at(i).date);
        QCOMPARE(dated.at(i).warning, expected.at(i).warning);
        QCOMPARE(dated.at(i).weekend, expected.at(i).date.dayOfWeek() >= Qt::Saturday);
    }
}

void TestMilestoneCalendar::issueDateOverride()
{
    // A project may follow a directive issued on another date: offsets move, fixed dates do not.
    const Directive *bod = m_catalog.find(QStringLiteral("bod-17-01"));
    QVERIFY(bod);
    MilestoneOptions options;
    options.issueDate = d(2025, 1, 6);
    options.maxOccurrences = 1;
    const QList<DatedMilestone> dated = MilestoneCalendar::compute(*bod, options);
    QCOMPARE(dated.size(), 4);
    QCOMPARE(dated.at(0).date, d(2025, 2, 5));
    QCOMPARE(dated.at(0).offsetDays, 30);
    QCOMPARE(dated.at(1).date, d(2025, 3, 7));
    QCOMPARE(dated.at(2).date, d(2025, 4, 6));
    QCOMPARE(dated.at(2).warning, kSunday);
    QCOMPARE(dated.at(3).date, d(2025, 5, 6));

    const Directive *ndaa = m_catalog.find(QStringLiteral("ndaa-fy2018-1634"));
    QVERIFY(ndaa);
    const QList<DatedMilestone> moved = MilestoneCalendar::compute(*ndaa, options);
    // In date order: the fixed date of 2018 now comes first, before the moved offset.
    QCOMPARE(moved.size(), 2);
    QCOMPARE(moved.at(0).milestoneId, QStringLiteral("prohibition-effective"));
    QCOMPARE(moved.at(0).date, d(2018, 10, 1));
    QVERIFY(moved.at(0).offsetDays < 0);
    QCOMPARE(moved.at(1).milestoneId, QStringLiteral("dod-review-report"));
    QCOMPARE(moved.at(1).date, d(2025, 7, 5));
    QCOMPARE(moved.at(1).offsetDays, 180);
}

void TestMilestoneCalendar::horizon_data()
{
    QTest::addColumn<QDate>("until");
    QTest::addColumn<int>("maxOccurrences");
    QTest::addColumn<int>("statusReports");
    QTest::addColumn<QDate>("lastStatusReport");
    QTest::addColumn<QDate>("complete");

    QTest::newRow("three occurrences") << QDate() << 3 << 3 << d(2018, 3, 12) << QDate();
    QTest::newRow("up to a date, inclusive") << d(2018, 5, 11) << 0 << 5 << d(2018, 5, 11) << QDate();
    QTest::newRow("up to the day before an occurrence") << d(2018, 5, 10) << 0 << 4 << d(2018, 4, 11) << QDate();
    QTest::newRow("the smaller of a date and a count") << d(2019, 12, 31) << 2 << 2 << d(2018, 2, 10) << QDate();
    QTest::newRow("neither: the hard limit")
        << QDate() << 0 << MilestoneCalendar::HardLimit
        << d(2017, 9, 13).addDays(120 + 30 * (MilestoneCalendar::HardLimit - 1)) << QDate();
    // "Every 30 days until removal is complete": the report on or after the finish is the last.
    QTest::newRow("complete before the first report") << QDate() << 0 << 1 << d(2018, 1, 11) << d(2017, 12, 20);
    QTest::newRow("complete on a report's day") << QDate() << 0 << 1 << d(2018, 1, 11) << d(2018, 1, 11);
    QTest::newRow("complete the day after a report") << QDate() << 0 << 2 << d(2018, 2, 10) << d(2018, 1, 12);
    QTest::newRow("complete in a year") << QDate() << 0 << 13 << d(2019, 1, 6) << d(2018, 12, 13);
}

void TestMilestoneCalendar::horizon()
{
    QFETCH(QDate, until);
    QFETCH(int, maxOccurrences);
    QFETCH(int, statusReports);
    QFETCH(QDate, lastStatusReport);
    QFETCH(QDate, complete);
    const Directive *bod = m_catalog.find(QStringLiteral("bod-17-01"));
    QVERIFY(bod);
    MilestoneOptions options;
    options.until = until;
    options.maxOccurrences = maxOccurrences;
    options.complete = complete;
    QList<DatedMilestone> reports;
    const QList<DatedMilestone> dated = MilestoneCalendar::compute(*bod, options);
    for (const DatedMilestone &milestone : dated) {
        if (milestone.milestoneId == QLatin1String("status-report"))
            reports.append(milestone);
    }
    QCOMPARE(reports.size(), statusReports);
    QCOMPARE(reports.last().date, lastStatusReport);
    QCOMPARE(reports.last().occurrence, statusReports);
    QVERIFY(reports.last().recurring);
}

void TestMilestoneCalendar::recurrenceLimits()
{
    Directive directive;
    directive.id = QStringLiteral("test");
    directive.issueDate = d(2024, 1, 1);
    DirectiveMilestone quarterly;
    quarterly.id = QStringLiteral("quarterly");
    quarterly.kind = QStringLiteral("status-report");
    quarterly.title = QStringLiteral("Quarterly report");
    quarterly.offsetDays = 90;
    quarterly.recurrence.everyDays = 90;
    quarterly.recurrence.count = 3;
    DirectiveMilestone monthly = quarterly;
    monthly.id = QStringLiteral("monthly");
    monthly.offsetDays.reset();
    monthly.date = d(2024, 2, 1);
    monthly.recurrence = MilestoneRecurrence{30, d(2024, 4, 1), 0};
    directive.milestones = {quarterly, monthly};

    MilestoneOptions options;
    options.maxOccurrences = 0;
    const QList<DatedMilestone> dated = MilestoneCalendar::compute(directive, options);
    QStringList seen;
    for (const DatedMilestone &milestone : dated)
        seen.append(milestone.milestoneId + u' ' + milestone.date.toString(Qt::ISODate));
    // Quarterly: its own count of three; monthly: until 1 Apr 2024. In date order.
    QCOMPARE(seen,
             (QStringList{QStringLiteral("monthly 2024-02-01"), QStringLiteral("monthly 2024-03-02"),
                          QStringLiteral("quarterly 2024-03-31"), QStringLiteral("monthly 2024-04-01"),
                          QStringLiteral("quarterly 2024-06-29"), QStringLiteral("quarterly 2024-09-27")}));
}

void TestMilestoneCalendar::warnings_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QString>("expected");
    QTest::newRow("working day") << d(2017, 10, 13) << QString();
    QTest::newRow("Saturday") << d(2018, 2, 10) << kSaturday;
    QTest::newRow("Sunday") << d(2017, 11, 12) << kSunday;
    QTest::newRow("holiday on a weekday")
        << d(2018, 10, 8) << QStringLiteral("falls on a federal holiday (Columbus Day)");
    QTest::newRow("observed holiday on a Friday")
        << d(2021, 12, 24) << QStringLiteral("falls on a federal holiday (Christmas Day, observed)");
    QTest::newRow("holiday on a Sunday, observed Monday")
        << d(2022, 12, 25)
        << QStringLiteral("falls on a Sunday (Christmas Day; observed on Monday 26 Dec 2022)");
    QTest::newRow("holiday on a Saturday, observed the Friday of the year before")
        << d(2022, 1, 1)
        << QStringLiteral("falls on a Saturday (New Year's Day; observed on Friday 31 Dec 2021)");
}

void TestMilestoneCalendar::warnings()
{
    QFETCH(QDate, day);
    QFETCH(QString, expected);
    QCOMPARE(MilestoneCalendar::warningFor(day), expected);
}

QTEST_GUILESS_MAIN(TestMilestoneCalendar)
#include "tst_milestonecalendar.moc"
