// Scans close the loop (issue 12, item 8): a later scan that covers a system verifies the removal of a product it
// no longer shows and flags one that is back after that; a scan that does not cover a system, or one older than
// the scans already imported, verifies nothing; the findings say so as of the status date, and a system whose
// product reappeared is not cleared.
#include "model/detection/directivecatalog.h"
#include "model/project/documentexport.h"
#include "model/project/project.h"
#include "model/store/findingsreader.h"
#include "model/store/tasksreader.h"
#include "tests/documents/pdftools.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace uproot;

namespace {

// What a host's row names: "kes" the covered product, anything else a harmless title.
QByteArray rowOf(const QString &host, const QString &title)
{
    if (title == QLatin1String("kes"))
        return host.toUtf8() + ",Kaspersky Endpoint Security for Windows,AO Kaspersky Lab,11.1.1.126\n";
    return host.toUtf8() + ',' + title.toUtf8() + ",Some Vendor Inc.,1.0\n";
}

// "DATE|A=kes,chrome;B=chrome": a scan of that date listing those hosts with those titles.
QByteArray scanCsv(const QString &spec, QDate *date)
{
    const QStringList parts = spec.split(u'|');
    *date = QDate::fromString(parts.at(0), Qt::ISODate);
    QByteArray csv = "Hostname,Software,Publisher,Version\n";
    for (const QString &host : parts.value(1).split(u';', Qt::SkipEmptyParts)) {
        const QString name = host.section(u'=', 0, 0);
        for (const QString &title : host.section(u'=', 1).split(u',', Qt::SkipEmptyParts))
            csv += rowOf(name, title);
    }
    return csv;
}

QStringList scanList(std::initializer_list<const char *> specs)
{
    QStringList out;
    for (const char *spec : specs)
        out.append(QString::fromLatin1(spec));
    return out;
}

} // namespace

class TestScans : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void scansVerifyRemovals_data();
    void scansVerifyRemovals();
    void reappearanceIsNotCleared();
    void findingsSayWhichScan();

private:
    ImportReport importScan(const QString &spec);
    // host -> "state@scan date" of the covered product's finding, as of the date.
    QMap<QString, QString> statesAsOf(const QDate &asOf);

    QTemporaryDir m_dir;
    DirectiveCatalog m_catalog = DirectiveCatalog::builtin();
    std::unique_ptr<Project> m_project;
    int m_n = 0;
};

void TestScans::init()
{
    QString error;
    m_project = Project::create(m_dir.filePath(QStringLiteral("s%1.uproot").arg(++m_n)), QStringLiteral("bod-17-01"),
                                QDate(), {}, m_catalog, &error);
    QVERIFY2(m_project, qPrintable(error));
}

void TestScans::cleanup()
{
    m_project.reset();
}

ImportReport TestScans::importScan(const QString &spec)
{
    QDate date;
    const QByteArray csv = scanCsv(spec, &date);
    const QString path = m_dir.filePath(QStringLiteral("scan%1.csv").arg(++m_n));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(csv) != csv.size())
        qFatal("cannot write %s", qPrintable(path));
    f.close();
    ImportOptions options;
    options.scanDate = date;
    ImportReport report;
    ReadError error;
    if (!m_project->importFile(path, options, nullptr, &report, &error))
        qFatal("import failed: %s", qPrintable(error.message()));
    return report;
}

QMap<QString, QString> TestScans::statesAsOf(const QDate &asOf)
{
    PageQuery q;
    q.asOf = asOf;
    QMap<QString, QString> states;
    m_project->findings().forEach(q, [&](const FindingRow &r) {
        states.insert(r.system, stateText(r) + u'@' + r.scanDate.toString(Qt::ISODate));
        return true;
    });
    return states;
}

void TestScans::scansVerifyRemovals_data()
{
    QTest::addColumn<QStringList>("scans"); // imported in this order
    QTest::addColumn<QString>("asOf");      // "" every scan counts
    QTest::addColumn<QString>("expected");  // host=state@date;...
    QTest::addColumn<int>("removalsOfLast");
    QTest::addColumn<int>("reappearancesOfLast");

    QTest::newRow("gone from a covered system: removed by that scan")
        << scanList({"2018-01-01|A=kes,chrome;B=kes", "2018-01-10|A=chrome;B=kes,chrome"}) << QString()
        << QString::fromLatin1("A=removed@2018-01-10;B=open@") << 1 << 0;
    QTest::newRow("a system the scan does not list: nothing verified")
        << scanList({"2018-01-01|A=kes;B=kes", "2018-01-10|A=chrome"}) << QString()
        << QString::fromLatin1("A=removed@2018-01-10;B=open@") << 1 << 0;
    QTest::newRow("back after a verified removal: reappeared")
        << scanList({"2018-01-01|A=kes;B=kes", "2018-01-10|A=chrome;B=chrome", "2018-01-20|A=kes;B=chrome"})
        << QString() << QString::fromLatin1("A=reappeared@2018-01-20;B=removed@2018-01-10") << 0 << 1;
    QTest::newRow("older scan imported later: nothing verified backwards")
        << scanList({"2018-01-10|A=kes;B=kes", "2018-01-01|A=chrome;B=chrome"}) << QString()
        << QString::fromLatin1("A=open@;B=open@") << 0 << 0;
    QTest::newRow("older scan showing the product after a removal: not a reappearance")
        << scanList({"2018-01-01|A=kes", "2018-01-10|A=chrome", "2018-01-05|A=kes"}) << QString()
        << QString::fromLatin1("A=removed@2018-01-10") << 0 << 0;
    QTest::newRow("as of a date before the later scan: open")
        << scanList({"2018-01-01|A=kes,chrome;B=kes", "2018-01-10|A=chrome;B=kes"}) << QString::fromLatin1("2018-01-09")
        << QString::fromLatin1("A=open@;B=open@") << 1 << 0;
    QTest::newRow("as of the later scan's date: removed")
        << scanList({"2018-01-01|A=kes", "2018-01-10|A=chrome"}) << QString::fromLatin1("2018-01-10") << QString::fromLatin1("A=removed@2018-01-10") << 1 << 0;
    QTest::newRow("as of a date between removal and reappearance: removed")
        << scanList({"2018-01-01|A=kes", "2018-01-10|A=chrome", "2018-01-20|A=kes"}) << QString::fromLatin1("2018-01-15")
        << QString::fromLatin1("A=removed@2018-01-10") << 0 << 1;
    QTest::newRow("gone again after reappearing: removed by the latest scan")
        << scanList({"2018-01-01|A=kes", "2018-01-10|A=chrome", "2018-01-20|A=kes", "2018-01-30|A=chrome"})
        << QString() << QString::fromLatin1("A=removed@2018-01-30") << 1 << 0;
    QTest::newRow("seen again by every scan: open")
        << scanList({"2018-01-01|A=kes", "2018-01-10|A=kes,chrome"}) << QString() << QString::fromLatin1("A=open@") << 0 << 0;
}

void TestScans::scansVerifyRemovals()
{
    QFETCH(QStringList, scans);
    QFETCH(QString, asOf);
    QFETCH(QString, expected);
    QFETCH(int, removalsOfLast);
    QFETCH(int, reappearancesOfLast);
    ImportReport last;
    for (const QString &scan : scans)
        last = importScan(scan);
    QMap<QString, QString> want;
    for (const QString &item : expected.split(u';'))
        want.insert(item.section(u'=', 0, 0), item.section(u'=', 1));
    QCOMPARE(statesAsOf(QDate::fromString(asOf, Qt::ISODate)), want);
    QCOMPARE(last.removalsVerified, qint64(removalsOfLast));
    QCOMPARE(last.reappearances, qint64(reappearancesOfLast));
    // The counts the status bar shows follow the same states, as of the project's status date.
    if (!asOf.isEmpty())
        QVERIFY(m_project->setAsOf(QDate::fromString(asOf, Qt::ISODate), nullptr));
    const ProjectCounts counts = m_project->counts();
    QCOMPARE(counts.removed, qint64(expected.count(QStringLiteral("=removed"))));
    QCOMPARE(counts.reappeared, qint64(expected.count(QStringLiteral("=reappeared"))));
}

// Three systems whose tasks are all done: one verified removed, one whose product came back, one no scan has
// looked at again. The status report counts two cleared; the one with the product back remains.
void TestScans::reappearanceIsNotCleared()
{
    importScan(QStringLiteral("2017-10-02|A=kes;B=kes;C=kes;D=kes"));
    PlanResult plan;
    QString error;
    QVERIFY2(m_project->plan(&plan, &error), qPrintable(error));
    const DirectiveRecord directive = m_project->primaryDirective();
    QList<Id> done;
    for (const AffectedSystemRow &s : m_project->findings().affectedSystems(directive.id)) {
        if (s.name == QLatin1String("D"))
            continue;
        for (const TaskRecord &t : m_project->tasks().tasksOfSystem(s.systemId, directive.id))
            done.append(t.id);
    }
    m_project->setTaskStatuses(done, TaskStatus::Done);
    importScan(QStringLiteral("2018-01-05|A=chrome;B=chrome"));
    importScan(QStringLiteral("2018-01-12|B=kes"));

    auto clearedOn = [&](const QDate &asOf) {
        m_project->setAsOfForSession(asOf);
        const QString pdf = m_dir.filePath(QStringLiteral("status-%1.pdf").arg(asOf.toString(Qt::ISODate)));
        QString why;
        int pages = 0;
        if (!exportDocument(*m_project, QStringLiteral("status"), pdf, &why, &pages))
            qFatal("export failed: %s", qPrintable(why));
        const QString text = test::pdfText(pdf);
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("(\\d+) of 4 affected systems cleared")).match(text);
        return m.hasMatch() ? m.captured(1).toInt() : -1;
    };
    // Before the scan that saw B's product again, B is cleared with A and C; after it, not.
    QCOMPARE(clearedOn(QDate(2018, 1, 6)), 3);
    QCOMPARE(clearedOn(QDate(2018, 1, 16)), 2);
}

// The explanation names the scan and its file; the model shows the state.
void TestScans::findingsSayWhichScan()
{
    importScan(QStringLiteral("2018-01-01|A=kes"));
    importScan(QStringLiteral("2018-01-10|A=chrome"));
    const QString lastFile = m_dir.filePath(QStringLiteral("scan%1.csv").arg(m_n));
    PageQuery q;
    const QList<FindingRow> rows = m_project->findings().page(q);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().scan, ScanState::Removed);
    QCOMPARE(rows.first().scanDate, QDate(2018, 1, 10));
    QCOMPARE(rows.first().scanPath, QFileInfo(lastFile).absoluteFilePath());
    // Filtered by the words a person reads.
    q.stateFilter = QStringLiteral("removed");
    QCOMPARE(m_project->findings().count(q), qint64(1));
    q.stateFilter = QStringLiteral("open");
    QCOMPARE(m_project->findings().count(q), qint64(0));
    // A decision outranks what the scans say.
    m_project->setFindingState(rows.first().id, FindingState::FalsePositive, QStringLiteral("test"));
    q.stateFilter.clear();
    QCOMPARE(stateText(m_project->findings().page(q).first()), QStringLiteral("false positive"));
}

// A QGuiApplication: the status report is painted with the application's fonts.
QTEST_MAIN(TestScans)
#include "tst_scans.moc"
