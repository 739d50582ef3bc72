#pragma once

#include "model/documents/document.h"
#include "model/documents/pagesetup.h"
#include "model/documents/statusreportdata.h"

#include <QCoreApplication>
#include <QString>

namespace uproot {

// Builds the periodic status report: the figures as of a date, progress by component, the milestones passed
// and the next one, and an appendix of the systems still affected with overdue ones marked in words.
class StatusReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(StatusReportDocument)

public:
    static Document build(const StatusReportData &data);

private:
    static void addSummary(Document &document, const StatusReportData &data, const QDate &asOf);
    static void addComponents(Document &document, const StatusReportData &data);
    static void addMilestones(Document &document, const StatusReportData &data, const QDate &asOf);
    static void addAppendix(Document &document, const StatusReportData &data, const QDate &asOf);
    static QString percentText(qint64 part, qint64 whole);
};

Document buildStatusReportDocument(const StatusReportData &data);

bool writeStatusReportPdf(const StatusReportData &data, const QString &path, QString *error,
                          int *pageCount = nullptr);
bool writeStatusReportPdf(const StatusReportData &data, const QString &path, const PageSetup &setup,
                          QString *error, int *pageCount = nullptr);

} // namespace uproot
