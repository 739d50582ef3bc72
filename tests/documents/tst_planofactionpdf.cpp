// The plan of action as a PDF, read back with poppler-utils: what a reviewer at DHS would read.

#include "documentfixtures.h"
#include "pdftools.h"

#include "model/documents/affectedsystemlist.h"
#include "model/documents/planofactiondocument.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace uproot;

class TestPlanOfActionPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void containsEveryElementInOrder();
    void namesEverySmallFixtureSystem();
    void emptyFieldsSayNotRecorded();
    void withoutAnAgencyTheOpeningStillReads();
    void hostNamesStayWholeInTheAppendix_data();
    void hostNamesStayWholeInTheAppendix();
    void inventoryTextAppearsLiterally();
    void footersCountThePages();
    void appendixRepeatsItsHeaderRowOnEveryPage();
    void pageCountFollowsTheAppendix_data();
    void pageCountFollowsTheAppendix();
    void paperSize_data();
    void paperSize();
    void metadataAndEmbeddedFonts();
    void unwritablePathIsAnError();

private:
    QString write(const PlanOfActionData &data, const QString &name, int *pages = nullptr,
                  const PageSetup &setup = PageSetup());

    QTemporaryDir m_dir;
    QString m_small; // the 25-system plan most tests read
    int m_smallPages = 0;
};

QString TestPlanOfActionPdf::write(const PlanOfActionData &data, const QString &name, int *pages,
                                   const PageSetup &setup)
{
    const QString path = m_dir.filePath(name);
    QString error;
    int count = 0;
    if (!writePlanOfActionPdf(data, path, setup, &error, &count)) {
        qWarning("%s", qPrintable(error));
        return QString();
    }
    if (pages)
        *pages = count;
    return path;
}

void TestPlanOfActionPdf::initTestCase()
{
    if (!test::havePdfTools())
        QSKIP("poppler-utils (pdfinfo, pdftotext, pdffonts) are not installed");
    QVERIFY(m_dir.isValid());
    m_small = write(test::samplePlan(25), QStringLiteral("plan-25.pdf"), &m_smallPages);
    QVERIFY(!m_small.isEmpty());
}

void TestPlanOfActionPdf::containsEveryElementInOrder()
{
    const QString text = test::pdfText(m_small);
    const QStringList labels = {
        QStringLiteral("(a) Agency name"),
        QStringLiteral("(b) Point of contact"),
        QStringLiteral("(c) Products identified"),
        QStringLiteral("(d) Number of endpoints affected"),
        QStringLiteral("(e) Methods used to identify the products"),
        QStringLiteral("(f) Components affected"),
        QStringLiteral("(g) Mission function of the affected endpoints"),
        QStringLiteral("(h) Contracts, service-level agreements and other agreements"),
        QStringLiteral("(i) Timeline for removal"),
        QStringLiteral("(j) Security controls affected by removal"),
        QStringLiteral("(k) Replacement products or capabilities"),
        QStringLiteral("(l) Timeline for deploying replacements"),
        QStringLiteral("(m) Foreseeable challenges"),
        QStringLiteral("(n) Costs"),
        QStringLiteral("Appendix A. Affected systems"),
    };
    qsizetype previous = -1;
    for (const QString &label : labels) {
        const qsizetype at = text.indexOf(label);
        QVERIFY2(at >= 0, qPrintable(QStringLiteral("missing: ") + label));
        QVERIFY2(at > previous, qPrintable(QStringLiteral("out of order: ") + label));
        previous = at;
    }
    QVERIFY(text.contains(test::kDirectiveTitle));
    QVERIFY(text.contains(test::kAgency));
    QVERIFY(text.contains(QStringLiteral("jane.planner@example.gov")));
    QVERIFY(text.contains(QStringLiteral("Kaspersky Endpoint Security 10 for Windows")));
    QVERIFY(text.contains(QStringLiteral("sccm-2017-10.csv (imported 2017-10-02, 41,230 rows)")));
    QVERIFY(text.contains(QStringLiteral("Nov 12, 2017")));
    QVERIFY(text.contains(QStringLiteral("Falls on a Sunday")));
}

void TestPlanOfActionPdf::namesEverySmallFixtureSystem()
{
    const QString text = test::pdfText(m_small);
    for (int i = 0; i < 25; ++i)
        QVERIFY2(text.contains(test::systemName(i)), qPrintable(test::systemName(i)));
    QVERIFY(!text.contains(test::systemName(25)));
    // "Tasks done" reads as "n of 11".
    QVERIFY(QRegularExpression(QStringLiteral("\\b\\d+ of 11\\b")).match(text).hasMatch());
}

void TestPlanOfActionPdf::emptyFieldsSayNotRecorded()
{
    PlanOfActionData data = test::samplePlan(3);
    data.securityControls.clear();
    data.costs = QStringLiteral("   ");
    data.components[1].missionFunction.clear();
    const QString text = test::pdfText(write(data, QStringLiteral("plan-gaps.pdf")));
    // Contracts (empty in the fixture), security controls and costs.
    QCOMPARE(text.count(QStringLiteral("Not recorded in the project")), 3);
    QVERIFY(QRegularExpression(QStringLiteral("Field Operations\\s+Not recorded")).match(text).hasMatch());
}

void TestPlanOfActionPdf::withoutAnAgencyTheOpeningStillReads()
{
    PlanOfActionData data = test::samplePlan(2);
    data.agency.clear();
    // pdftotext breaks lines where the page does; read the words as one run.
    const QString text = test::pdfText(write(data, QStringLiteral("plan-no-agency.pdf"))).simplified();
    QVERIFY2(!text.contains(QStringLiteral("Not recorded in the project submits")),
             qPrintable(text.left(1500)));
    QVERIFY2(
        text.contains(QStringLiteral("The agency submits this plan to remove Kaspersky-branded products from "
                                     "its information systems")),
        qPrintable(text.left(1500)));
    // The element itself still shows the gap.
    QVERIFY(QRegularExpression(QStringLiteral("\\(a\\) Agency name Not recorded in the project"))
                .match(text)
                .hasMatch());
}

void TestPlanOfActionPdf::hostNamesStayWholeInTheAppendix_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("onOneLine");
    // The demo's names: 15 characters broke as "BFO-PHL-SRV266" over "5" in the weighted column.
    QTest::newRow("short server name") << QStringLiteral("BFO-PHL-SRV2665") << true;
    QTest::newRow("Windows name at its 15-character limit") << QStringLiteral("WWWWWWWWWWWWWWW") << true;
    QTest::newRow("fully qualified name")
        << QStringLiteral("kasp-agent-0042.field-operations.region-east.example.gov") << true;
    // Longer than the column can be: it breaks, but only after a dot or hyphen.
    QTest::newRow("name longer than the page allows")
        << QStringLiteral("a-really-quite-extraordinarily-long-host-name-label.with-another-long-label.east."
                          "example.gov")
        << false;
}

void TestPlanOfActionPdf::hostNamesStayWholeInTheAppendix()
{
    QFETCH(QString, host);
    QFETCH(bool, onOneLine);
    PlanOfActionData data = test::samplePlan(0);
    auto systems = std::make_shared<AffectedSystemList>();
    const QStringList names = {host, QStringLiteral("ws-1"), QStringLiteral("BFO-DEN-SRV0800")};
    for (const QString &name : names) {
        AffectedSystem system;
        system.system = name;
        system.component = QStringLiteral("Office of the Chief Information Officer");
        system.site = QStringLiteral("Washington, DC headquarters");
        system.owner = QStringLiteral("Morgan Okafor");
        system.products =
            QStringLiteral("Kaspersky Security Center 10 Network Agent; Kaspersky Endpoint Security");
        system.tasksTotal = 11;
        system.tasksDone = 3;
        system.due = QDate(2017, 12, 12);
        systems->append(system);
    }
    data.affectedSystems = systems;
    int pages = 0;
    const QString path = write(data, QStringLiteral("plan-hosts.pdf"), &pages);
    const QString appendix = test::pdfText(path, pages, pages);
    QVERIFY2(appendix.contains(QStringLiteral("Appendix A")), qPrintable(appendix));
    QVERIFY2(appendix.contains(QStringLiteral("BFO-DEN-SRV0800")), qPrintable(appendix));
    if (onOneLine) {
        QVERIFY2(appendix.contains(host), qPrintable(appendix));
    } else {
        // Broken after a dot or hyphen, never inside the text between two of them: the System column's lines
        // (each line's text before the first wide gap) put the name back together, each piece ending in a
        // mark.
        QStringList pieces;
        for (const QString &line : appendix.split(u'\n')) {
            const QString first = line.split(QRegularExpression(QStringLiteral("\\s{2,}"))).first();
            if (!first.isEmpty() && host.startsWith(pieces.join(QString()) + first))
                pieces.append(first);
        }
        QCOMPARE(pieces.join(QString()), host);
        QVERIFY2(pieces.size() > 1, qPrintable(appendix));
        for (qsizetype i = 0; i + 1 < pieces.size(); ++i)
            QVERIFY2(pieces.at(i).endsWith(u'.') || pieces.at(i).endsWith(u'-'),
                     qPrintable(pieces.join(u'|')));
    }
    // Columns that fit on one line stay on one line.
    QCOMPARE(appendix.count(QStringLiteral("3 of 11")), 3);
    QCOMPARE(appendix.count(QStringLiteral("Dec 12, 2017")), 3);
    // The room for the names never comes from cutting a word in another column.
    for (const QString &word : {QStringLiteral("Information"), QStringLiteral("headquarters"),
                                QStringLiteral("Kaspersky"), QStringLiteral("Network")})
        QVERIFY2(appendix.contains(word), qPrintable(word + QLatin1Char('\n') + appendix));
}

void TestPlanOfActionPdf::inventoryTextAppearsLiterally()
{
    PlanOfActionData data = test::samplePlan(2);
    auto systems = std::make_shared<AffectedSystemList>();
    AffectedSystem hostile;
    hostile.system = QStringLiteral("<i>WS</i>&amp;");
    hostile.owner = QStringLiteral("=A1+B2");
    hostile.tasksTotal = 3;
    systems->append(hostile);
    data.affectedSystems = systems;
    const QString text = test::pdfText(write(data, QStringLiteral("plan-hostile.pdf")));
    QVERIFY(text.contains(test::kHostile));
    QVERIFY(text.contains(QStringLiteral("<i>WS</i>&amp;")));
    QVERIFY(text.contains(QStringLiteral("=A1+B2")));
}

void TestPlanOfActionPdf::footersCountThePages()
{
    const int pages = test::pdfPageCount(m_small);
    QCOMPARE(pages, m_smallPages);
    QVERIFY(pages >= 3);
    QVERIFY2(!test::pdfText(m_small, 1, 1).contains(QStringLiteral("Page 1 of")),
             "the title page has no footer");
    for (int page = 2; page <= pages; ++page) {
        const QString text = test::pdfText(m_small, page, page);
        QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)),
                 qPrintable(QStringLiteral("page %1").arg(page)));
        QVERIFY(text.contains(QStringLiteral("Plan of action, BOD 17-01")));
        QVERIFY(text.contains(test::kAgency));
    }
}

void TestPlanOfActionPdf::appendixRepeatsItsHeaderRowOnEveryPage()
{
    int pages = 0;
    const QString path = write(test::samplePlan(200), QStringLiteral("plan-200.pdf"), &pages);
    int appendixStart = 0;
    for (int page = 2; page <= pages && appendixStart == 0; ++page) {
        if (test::pdfText(path, page, page).contains(QStringLiteral("Appendix A. Affected systems")))
            appendixStart = page;
    }
    QVERIFY(appendixStart > 0);
    QVERIFY2(pages - appendixStart >= 3, "the appendix should run over several pages");
    const QRegularExpression header(
        QStringLiteral("System\\s+Component\\s+Site\\s+Owner\\s+Products\\s+Tasks\\s+Due"));
    int systemsSeen = 0;
    for (int page = appendixStart; page <= pages; ++page) {
        const QString text = test::pdfText(path, page, page);
        QVERIFY2(header.match(text).hasMatch(),
                 qPrintable(QStringLiteral("no header row on page %1").arg(page)));
        systemsSeen += int(text.count(QStringLiteral("WS-ALPHA-")));
    }
    QCOMPARE(systemsSeen, 200);
}

void TestPlanOfActionPdf::pageCountFollowsTheAppendix_data()
{
    QTest::addColumn<int>("fewer");
    QTest::addColumn<int>("more");
    QTest::newRow("20 systems against 2,000") << 20 << 2000;
    QTest::newRow("no systems against 100") << 0 << 100;
}

void TestPlanOfActionPdf::pageCountFollowsTheAppendix()
{
    QFETCH(int, fewer);
    QFETCH(int, more);
    int fewerPages = 0;
    int morePages = 0;
    const QString small = write(test::samplePlan(fewer), QStringLiteral("fewer.pdf"), &fewerPages);
    const QString large = write(test::samplePlan(more), QStringLiteral("more.pdf"), &morePages);
    QCOMPARE(test::pdfPageCount(small), fewerPages);
    QCOMPARE(test::pdfPageCount(large), morePages);
    QVERIFY2(morePages > fewerPages,
             qPrintable(QStringLiteral("%1 against %2").arg(fewerPages).arg(morePages)));
    if (fewer == 0)
        QVERIFY(test::pdfText(small).contains(
            QStringLiteral("No affected systems are recorded in the project.")));
}

void TestPlanOfActionPdf::paperSize_data()
{
    QTest::addColumn<int>("paper");
    QTest::addColumn<QString>("expected");
    QTest::newRow("US Letter by default") << int(PageSetup::Paper::Letter) << QStringLiteral("(letter)");
    QTest::newRow("A4 on request") << int(PageSetup::Paper::A4) << QStringLiteral("(A4)");
}

void TestPlanOfActionPdf::paperSize()
{
    QFETCH(int, paper);
    QFETCH(QString, expected);
    PageSetup setup;
    setup.paper = PageSetup::Paper(paper);
    const QString info =
        test::pdfInfo(write(test::samplePlan(5), QStringLiteral("paper.pdf"), nullptr, setup));
    const QRegularExpressionMatch size =
        QRegularExpression(QStringLiteral("^Page size:.*$"), QRegularExpression::MultilineOption).match(info);
    QVERIFY(size.hasMatch());
    QVERIFY2(size.captured(0).contains(expected), qPrintable(size.captured(0)));
}

void TestPlanOfActionPdf::metadataAndEmbeddedFonts()
{
    const QString info = test::pdfInfo(m_small);
    QVERIFY2(QRegularExpression(
                 QStringLiteral("^Title:\\s+Plan of action .*Removal of Kaspersky-branded Products$"),
                 QRegularExpression::MultilineOption)
                 .match(info)
                 .hasMatch(),
             qPrintable(info));
    QVERIFY(QRegularExpression(QStringLiteral("^Creator:\\s+Uproot$"), QRegularExpression::MultilineOption)
                .match(info)
                .hasMatch());

    const QStringList fonts = test::pdfFonts(m_small).split(u'\n', Qt::SkipEmptyParts).mid(2);
    QVERIFY(!fonts.isEmpty());
    for (const QString &font : fonts) {
        // Columns: name type encoding emb sub uni object ID; the type may be two words.
        QVERIFY2(QRegularExpression(QStringLiteral("\\s(yes)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"))
                     .match(font)
                     .hasMatch(),
                 qPrintable(QStringLiteral("not embedded: ") + font));
    }
}

void TestPlanOfActionPdf::unwritablePathIsAnError()
{
    const QString path = m_dir.filePath(QStringLiteral("no-such-folder/plan.pdf"));
    QString error;
    QVERIFY(!writePlanOfActionPdf(test::samplePlan(2), path, &error));
    QVERIFY2(error.contains(QStringLiteral("no-such-folder")), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestPlanOfActionPdf)
#include "tst_planofactionpdf.moc"
