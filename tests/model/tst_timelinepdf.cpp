// The timeline on tiled pages (model/timeline/timelineprint.h), read back with poppler's tools: the page
// count from the paper's size and the rows and days printed, the row labels on every page of their band, the
// page's place in its footer; the command line's export, and a range or a project with nothing to print said
// plainly.
#include "../documents/pdftools.h"
#include "../support/clirun.h"
#include "../support/timelinefixture.h"
#include "model/timeline/timelineprint.h"

#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace uproot;
using namespace uproot::testsupport;

class TestTimelinePdf : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void tilesRowsAndDates();
    void exportsFromTheCommandLine();
    void saysWhenNothingFallsInTheRange();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestTimelinePdf::initTestCase()
{
    if (!test::havePdfTools())
        QSKIP("poppler-utils (pdfinfo, pdftotext) are not installed");
    QVERIFY(timelineProject(m_dir.path(), QStringLiteral("plan")));
    m_path = m_dir.filePath(QStringLiteral("plan.uproot"));
}

void TestTimelinePdf::tilesRowsAndDates()
{
    QString error;
    std::unique_ptr<Project> project = Project::open(m_path, true, &error);
    QVERIFY2(project, qPrintable(error));
    TimelineModel model;
    model.setProject(project.get());
    model.expandAll();
    // Two components, six systems, eleven tasks each.
    QCOMPARE(model.rowCount(), 2 + 6 + 66);
    TimelinePrintOptions options;
    options.from = QDate(2018, 1, 1);
    options.to = QDate(2018, 3, 31);
    options.unit = TimelineScale::Unit::Days;
    const TimelinePrint print(model, options);
    // Letter landscape is 792 x 612 points; less 30-point margins, the 76-point header and the 16-point
    // footer, 460 points hold 35 rows of 13: three bands for 74 rows. Ninety days of 24 points are 2,160
    // points across 732 less 80 to 190 for the labels: four strips.
    QCOMPARE(print.rowBands(), 3);
    QCOMPARE(print.dateStrips(), 4);
    const QString pdf = m_dir.filePath(QStringLiteral("tiles.pdf"));
    {
        QPdfWriter writer(pdf);
        writer.setResolution(288);
        writer.setPageLayout(print.pageLayout());
        QVERIFY2(print.paint(&writer, QStringLiteral("Timeline test"), &error), qPrintable(error));
    }
    QCOMPARE(test::pdfPageCount(pdf), 12);
    for (int page = 1; page <= 12; ++page) {
        const QString text = test::pdfText(pdf, page, page);
        QVERIFY2(text.contains(QStringLiteral("Page %1 of 12").arg(page)), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Timeline test")));
        // The first band holds the East group, WS-1 and its tasks; the last band West's last system.
        if (page <= 4) {
            QVERIFY2(text.contains(QStringLiteral("East")) && text.contains(QStringLiteral("WS-1")),
                     qPrintable(text));
            QVERIFY(text.contains(QStringLiteral("band 1 of 3")));
        }
        // The second band holds West and its last system; the last band that system's last tasks.
        if (page > 4 && page <= 8)
            QVERIFY2(text.contains(QStringLiteral("West")) && text.contains(QStringLiteral("WS-6")),
                     qPrintable(text));
        if (page > 8)
            QVERIFY2(text.contains(model.index(model.rowCount() - 1, 0).data().toString().left(12)),
                     qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("strip %1 of 4").arg((page - 1) % 4 + 1)));
    }
    // The date band repeats: January on the first strip, March on the last.
    QVERIFY(test::pdfText(pdf, 1, 1).contains(QStringLiteral("January 2018")));
    QVERIFY(test::pdfText(pdf, 4, 4).contains(QStringLiteral("March 2018")));
}

void TestTimelinePdf::exportsFromTheCommandLine()
{
    const QString pdf = m_dir.filePath(QStringLiteral("cli.pdf"));
    const CliResult r =
        runUproot({QStringLiteral("export"), m_path, QStringLiteral("--document"), QStringLiteral("timeline"),
                   QStringLiteral("--output"), pdf, QStringLiteral("--zoom"), QStringLiteral("days"),
                   QStringLiteral("--from"), QStringLiteral("2018-01-01"), QStringLiteral("--to"),
                   QStringLiteral("2018-02-15"), QStringLiteral("--paper"), QStringLiteral("a4"),
                   QStringLiteral("--portrait")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const int pages = test::pdfPageCount(pdf);
    QVERIFY(pages > 1);
    QVERIFY2(r.out.contains(QStringLiteral("(%1 pages)").arg(pages)), qPrintable(r.out));
    QVERIFY(test::pdfInfo(pdf).contains(QStringLiteral("595 x 842"))); // A4 portrait, in points
    // The last page closes the timeline with the project's audit trail head (as `uproot audit` counts it);
    // the metadata carries the same head, which the trail holds.
    const QString closing = test::pdfText(pdf, pages, pages);
    QVERIFY2(closing.contains(QLatin1String("Audit trail head:")), qPrintable(closing));
    const CliResult verified = runUproot(
        {QStringLiteral("audit"), m_path, QStringLiteral("--verify"), QStringLiteral("--against"), pdf});
    QVERIFY2(verified.code == 0, qPrintable(verified.err));
    QVERIFY2(verified.out.contains(QLatin1String("it holds the head printed in")), qPrintable(verified.out));
    // Eight rows (two components, their systems) fit one band: every tile has every label.
    for (int page = 1; page < pages; ++page) {
        const QString text = test::pdfText(pdf, page, page);
        for (const char *label : {"East", "West", "WS-1", "WS-6"})
            QVERIFY2(text.contains(QLatin1String(label)), qPrintable(text));
    }
}

void TestTimelinePdf::saysWhenNothingFallsInTheRange()
{
    const QString pdf = m_dir.filePath(QStringLiteral("none.pdf"));
    CliResult r =
        runUproot({QStringLiteral("export"), m_path, QStringLiteral("--document"), QStringLiteral("timeline"),
                   QStringLiteral("--output"), pdf, QStringLiteral("--from"), QStringLiteral("2031-01-01"),
                   QStringLiteral("--to"), QStringLiteral("2031-06-30")});
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains(QStringLiteral("no work falls between 2031-01-01 and 2031-06-30")),
             qPrintable(r.err));
    QVERIFY(!QFile::exists(pdf));
    r = runUproot({QStringLiteral("export"), m_path, QStringLiteral("--document"), QStringLiteral("timeline"),
                   QStringLiteral("--output"), pdf, QStringLiteral("--from"), QStringLiteral("2018-03-01"),
                   QStringLiteral("--to"), QStringLiteral("2018-02-01")});
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains(QStringLiteral("selects no days")), qPrintable(r.err));

    QString error;
    const QString empty = m_dir.filePath(QStringLiteral("empty.uproot"));
    QVERIFY(Project::create(empty, QStringLiteral("bod-17-01"), {}, {}, DirectiveCatalog::builtin(), &error));
    r = runUproot({QStringLiteral("export"), empty, QStringLiteral("--document"), QStringLiteral("timeline"),
                   QStringLiteral("--output"), pdf});
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains(QStringLiteral("no tasks")), qPrintable(r.err));
}

QTEST_MAIN(TestTimelinePdf)
#include "tst_timelinepdf.moc"
