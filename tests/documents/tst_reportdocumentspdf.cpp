// The identification report (with findings and as a nil report) and the status report, read back as text.

#include "documentfixtures.h"
#include "pdftools.h"

#include "model/documents/identificationreportdocument.h"
#include "model/documents/statusreportdocument.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace uproot;

class TestReportDocumentsPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void identificationReport_data();
    void identificationReport();
    void statusReportFigures();
    void statusReportMilestones();
    void statusReportAppendixMarksOverdueSystems();
    void statusReportWhenRemovalIsComplete();

private:
    QString textOf(const QString &name, bool ok, const QString &path, int pages);

    QTemporaryDir m_dir;
};

QString TestReportDocumentsPdf::textOf(const QString &name, bool ok, const QString &path, int pages)
{
    if (!ok) {
        qWarning("could not write %s", qPrintable(name));
        return QString();
    }
    if (test::pdfPageCount(path) != pages) {
        qWarning("%s: pdfinfo disagrees with the renderer's page count %d", qPrintable(name), pages);
        return QString();
    }
    return test::pdfText(path);
}

void TestReportDocumentsPdf::initTestCase()
{
    if (!test::havePdfTools())
        QSKIP("poppler-utils (pdfinfo, pdftotext, pdffonts) are not installed");
    QVERIFY(m_dir.isValid());
}

void TestReportDocumentsPdf::identificationReport_data()
{
    QTest::addColumn<bool>("nil");
    QTest::addColumn<bool>("withAgency");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("absent");

    const QStringList methods = {QStringLiteral("(c) Methods used to find the products"),
                                 QStringLiteral("sccm-2017-10.csv (imported 2017-10-02, 41,230 rows)"),
                                 QStringLiteral("osquery programs table from 1,200 Linux servers"),
                                 QStringLiteral("jane.planner@example.gov"),
                                 QStringLiteral("41,230 systems")};
    QTest::newRow("products found: each with its endpoints")
        << false << true
        << methods + QStringList{QStringLiteral("(a) Products found"),
                                 QStringLiteral("(b) Endpoints affected per product"),
                                 QStringLiteral(
                                     "Kaspersky Endpoint Security 10 for Windows (versions 10.2.5.3201)"),
                                 QStringLiteral("1,203"),
                                 QStringLiteral("1,187"),
                                 QStringLiteral("In all, 1,210 endpoints are affected"),
                                 QStringLiteral("A further 4 detections are still under review")}
        << QStringList{QStringLiteral("NIL REPORT")};
    QTest::newRow("nothing found: an explicit nil report")
        << true << true
        << methods + QStringList{QStringLiteral("NIL REPORT"),
                                 QStringLiteral("No Kaspersky-branded products were found on the information "
                                                "systems of Department of Example Affairs."),
                                 QStringLiteral("Nil report: no Kaspersky-branded products were found")}
        << QStringList{QStringLiteral("Kaspersky Endpoint Security 10")};
    // Without an agency the sentences name "the agency", never "Not recorded in the project submits ...".
    const QStringList notRecordedAsSubject = {QStringLiteral("Not recorded in the project reports"),
                                              QStringLiteral("Not recorded in the project submits"),
                                              QStringLiteral("systems of Not recorded")};
    QTest::newRow("products found, no agency recorded")
        << false << false
        << QStringList{QStringLiteral("The agency reports the Kaspersky-branded products found on its "
                                      "information systems")}
        << notRecordedAsSubject;
    QTest::newRow("nil report, no agency recorded")
        << true << false
        << QStringList{QStringLiteral("were found on the information systems of the agency."),
                       QStringLiteral("The agency submits this nil report")}
        << notRecordedAsSubject;
}

void TestReportDocumentsPdf::identificationReport()
{
    QFETCH(bool, nil);
    QFETCH(bool, withAgency);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, absent);
    const QString path =
        m_dir.filePath(nil ? QStringLiteral("nil.pdf") : QStringLiteral("identification.pdf"));
    QString error;
    int pages = 0;
    IdentificationReportData data = test::sampleIdentification(nil);
    if (!withAgency)
        data.agency.clear();
    const bool ok = writeIdentificationReportPdf(data, path, &error, &pages);
    QVERIFY2(ok, qPrintable(error));
    // Long sentences may wrap; compare with line breaks and runs of spaces as single spaces.
    const QString text = textOf(path, ok, path, pages).simplified();
    QVERIFY(!text.isEmpty());
    QVERIFY(text.contains(test::kDirectiveTitle));
    for (const QString &phrase : expected)
        QVERIFY2(text.contains(phrase), qPrintable(QStringLiteral("missing: ") + phrase));
    for (const QString &phrase : absent)
        QVERIFY2(!text.contains(phrase), qPrintable(QStringLiteral("unexpected: ") + phrase));
    QVERIFY(test::pdfInfo(path).contains(nil ? QStringLiteral("Identification report: nil report")
                                             : QStringLiteral("Identification report")));
}

void TestReportDocumentsPdf::statusReportFigures()
{
    const QString path = m_dir.filePath(QStringLiteral("status.pdf"));
    QString error;
    int pages = 0;
    const bool ok = writeStatusReportPdf(test::sampleStatus(20), path, &error, &pages);
    QVERIFY2(ok, qPrintable(error));
    const QString text = textOf(path, ok, path, pages).simplified();
    for (const QString &phrase :
         {QStringLiteral("Status report 1"), QStringLiteral("Status as of January 11, 2018"),
          QStringLiteral("1,190 of 1,210 affected systems cleared; 20 remaining, 3 of them "
                         "overdue."),
          QStringLiteral("Cleared 1,190 (98%)"),
          QStringLiteral("Projected finish February 9, 2018, 49 days before the deadline"),
          QStringLiteral("Progress by component"), QStringLiteral("Bureau of Examples"),
          QStringLiteral("Two systems at Field Operations need the KSC policy password.")}) {
        QVERIFY2(text.contains(phrase), qPrintable(QStringLiteral("missing: ") + phrase));
    }
}

void TestReportDocumentsPdf::statusReportMilestones()
{
    const QString path = m_dir.filePath(QStringLiteral("status-milestones.pdf"));
    QString error;
    QVERIFY2(writeStatusReportPdf(test::sampleStatus(5), path, &error), qPrintable(error));
    const QString text = test::pdfText(path);
    const qsizetype passed = text.indexOf(QStringLiteral("Passed"));
    const qsizetype next = text.indexOf(
        QRegularExpression(QStringLiteral("^\\s*Next\\s*$"), QRegularExpression::MultilineOption));
    QVERIFY(passed >= 0 && next > passed);
    const QString passedPart = text.mid(passed, next - passed);
    const QString nextPart = text.mid(next, text.indexOf(QStringLiteral("Notes"), next) - next);
    QVERIFY(passedPart.contains(QStringLiteral("Plan of action due")));
    QVERIFY(passedPart.contains(QStringLiteral("Begin carrying out the plan")));
    QVERIFY(!passedPart.contains(QStringLiteral("Second status report")));
    QVERIFY(nextPart.contains(QStringLiteral("Second status report")));
    QVERIFY(nextPart.contains(QStringLiteral("30 days from the date of this report")));
    QVERIFY2(!nextPart.contains(QStringLiteral("Third status report")), "only the next milestone is shown");
}

void TestReportDocumentsPdf::statusReportAppendixMarksOverdueSystems()
{
    const QString path = m_dir.filePath(QStringLiteral("status-appendix.pdf"));
    QString error;
    int pages = 0;
    QVERIFY2(writeStatusReportPdf(test::sampleStatus(40), path, &error, &pages), qPrintable(error));
    const QString text = test::pdfText(path);
    QVERIFY(text.contains(QStringLiteral("Appendix A. Systems still affected")));
    for (int i = 0; i < 40; ++i)
        QVERIFY2(text.contains(test::systemName(i)), qPrintable(test::systemName(i)));
    // The fixture's first system was due on January 5, 2018 with no task done: overdue on January 11.
    const QString firstLine =
        QRegularExpression(QStringLiteral("^.*WS-ALPHA-0001.*$"), QRegularExpression::MultilineOption)
            .match(text)
            .captured(0);
    QVERIFY2(firstLine.contains(QStringLiteral("Jan 5, 2018,")), qPrintable(firstLine));
    QVERIFY2(text.contains(QStringLiteral("overdue")), "overdue systems are marked in words");
    // A system due after the report date is not marked.
    const QString laterLine =
        QRegularExpression(QStringLiteral("^.*WS-ALPHA-0030.*$"), QRegularExpression::MultilineOption)
            .match(text)
            .captured(0);
    QVERIFY2(!laterLine.contains(QStringLiteral("overdue")), qPrintable(laterLine));
}

void TestReportDocumentsPdf::statusReportWhenRemovalIsComplete()
{
    const QString path = m_dir.filePath(QStringLiteral("status-complete.pdf"));
    QString error;
    QVERIFY2(writeStatusReportPdf(test::sampleStatus(0), path, &error), qPrintable(error));
    const QString text = test::pdfText(path).simplified();
    QVERIFY(text.contains(QStringLiteral("Removal is complete: all 1,210 affected systems are cleared.")));
    QVERIFY(text.contains(QStringLiteral("No system remains affected.")));
}

QTEST_MAIN(TestReportDocumentsPdf)
#include "tst_reportdocumentspdf.moc"
