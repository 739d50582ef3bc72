#pragma once

#include "model/documents/document.h"
#include "model/documents/identificationreportdata.h"
#include "model/documents/pagesetup.h"

#include <QCoreApplication>
#include <QString>

namespace uproot {

// Builds the identification report (BOD 17-01 required action 1): (a) the products found, (b) the endpoints
// affected per product, (c) the methods used. With no products it is a nil report and says so in as many
// words.
class IdentificationReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(IdentificationReportDocument)

public:
    static Document build(const IdentificationReportData &data);

private:
    static void addFindings(Document &document, const IdentificationReportData &data);
    static void addNilReport(Document &document, const IdentificationReportData &data);
    static void addMethodsAndContact(Document &document, const IdentificationReportData &data);
};

Document buildIdentificationReportDocument(const IdentificationReportData &data);

bool writeIdentificationReportPdf(const IdentificationReportData &data, const QString &path, QString *error,
                                  int *pageCount = nullptr);
bool writeIdentificationReportPdf(const IdentificationReportData &data, const QString &path,
                                  const PageSetup &setup, QString *error, int *pageCount = nullptr);

} // namespace uproot
