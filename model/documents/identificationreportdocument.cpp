#include "model/documents/identificationreportdocument.h"

#include "model/documents/documentrenderer.h"
#include "model/documents/documenttext.h"
#include "model/documents/stringtablesource.h"

namespace uproot {

using Emphasis = DocumentBlock::Emphasis;

Document IdentificationReportDocument::build(const IdentificationReportData &data)
{
    const QDate prepared = data.preparedOn.isValid() ? data.preparedOn : QDate::currentDate();
    const QString directiveName = directiveNameText(data.directive);
    const QString covered = coveredProductsText(data.directive);
    const bool nil = data.products.isEmpty();

    Document document;
    document.title = nil ? tr("Identification report: nil report") : tr("Identification report");
    document.subtitle = directiveName;
    document.agency = data.agency;
    document.author = data.agency;
    document.subject = nil ? tr("Nil report: no %1 found (%2)").arg(covered, directiveName)
                           : tr("%1 found on agency information systems (%2)").arg(covered, directiveName);
    document.headerText = data.directive.shortName.isEmpty()
                              ? document.title
                              : tr("Identification report, %1").arg(data.directive.shortName);
    document.footerText = tr("Prepared %1").arg(longDateText(prepared));
    document.auditHead = data.auditHead;
    document.metadata = {{tr("Agency"), textOrNotRecorded(data.agency)},
                         {tr("Directive"), directiveName},
                         {tr("Point of contact"), contactText(data.pointOfContact)}};
    if (data.dueOn.isValid())
        document.metadata.append({tr("Report due"), longDateText(data.dueOn)});
    document.metadata.append({tr("Prepared"), longDateText(prepared)});
    document.metadata.append(
        {tr("Result"),
         nil ? tr("Nil report: no %1 were found").arg(covered)
         : data.products.size() == 1
             ? tr("1 product on %1").arg(endpointsText(data.endpointsAffected))
             : tr("%1 products on %2")
                   .arg(countText(data.products.size()), endpointsText(data.endpointsAffected))});
    document.titleNote =
        tr("Names of products and systems are reproduced as recorded in the agency's inventories. "
           "Prepared with Uproot.");

    if (nil)
        addNilReport(document, data);
    else
        addFindings(document, data);
    addMethodsAndContact(document, data);
    return document;
}

void IdentificationReportDocument::addFindings(Document &document, const IdentificationReportData &data)
{
    const QString covered = coveredProductsText(data.directive);
    QList<DocumentBlock> &blocks = document.blocks;
    blocks.append(DocumentBlock::heading(tr("Identification report"), 1));
    QString summary =
        tr("%1 reports the %2 found on its information systems, as %3 requires.")
            .arg(agencyInSentence(data.agency, true), covered, directiveNameText(data.directive));
    if (data.systemsSearched > 0)
        summary +=
            u' ' + tr("The inventories searched cover %1 systems.").arg(countText(data.systemsSearched));
    blocks.append(DocumentBlock::paragraph(summary));

    blocks.append(DocumentBlock::heading(tr("(a) Products found"), 2));
    QStringList products;
    for (const ProductCount &product : data.products) {
        products.append(product.versions.trimmed().isEmpty()
                            ? product.product
                            : tr("%1 (versions %2)").arg(product.product, product.versions));
    }
    blocks.append(DocumentBlock::bullets(products));

    blocks.append(DocumentBlock::heading(tr("(b) Endpoints affected per product"), 2));
    auto rows = std::make_shared<StringTableSource>();
    for (const ProductCount &product : data.products)
        rows->append({product.product, countText(product.endpoints)});
    blocks.append(DocumentBlock::table(
        {{tr("Product"), 4.0, Qt::AlignLeft}, {tr("Endpoints affected"), 1.2, Qt::AlignRight}}, rows));
    blocks.append(DocumentBlock::paragraph(
        tr("In all, %1 affected. An endpoint with more than one product is counted once.")
            .arg(data.endpointsAffected == 1
                     ? tr("1 endpoint is")
                     : tr("%1 endpoints are").arg(countText(data.endpointsAffected)))));
    if (data.findingsNeedingReview > 0) {
        blocks.append(DocumentBlock::paragraph(
            data.findingsNeedingReview == 1
                ? tr("A further detection is still under review and is not counted above.")
                : tr("A further %1 detections are still under review and are not counted above.")
                      .arg(countText(data.findingsNeedingReview)),
            Emphasis::Note));
    }
}

void IdentificationReportDocument::addNilReport(Document &document, const IdentificationReportData &data)
{
    const QString covered = coveredProductsText(data.directive);
    QList<DocumentBlock> &blocks = document.blocks;
    blocks.append(DocumentBlock::heading(tr("NIL REPORT"), 1));
    blocks.append(DocumentBlock::paragraph(tr("No %1 were found on the information systems of %2.")
                                               .arg(covered, agencyInSentence(data.agency, false)),
                                           Emphasis::Strong));
    QString detail = tr("%1 submits this nil report as %2 requires when no products are found.")
                         .arg(agencyInSentence(data.agency, true), directiveNameText(data.directive));
    if (data.systemsSearched > 0)
        detail +=
            u' ' + tr("The inventories searched cover %1 systems.").arg(countText(data.systemsSearched));
    blocks.append(DocumentBlock::paragraph(detail));
    blocks.append(DocumentBlock::heading(tr("(a) Products found"), 2));
    blocks.append(DocumentBlock::paragraph(tr("None.")));
    blocks.append(DocumentBlock::heading(tr("(b) Endpoints affected per product"), 2));
    blocks.append(DocumentBlock::paragraph(tr("None; no endpoint is affected.")));
    if (data.findingsNeedingReview > 0) {
        blocks.append(DocumentBlock::paragraph(
            data.findingsNeedingReview == 1
                ? tr("One detection is still under review; it has not been confirmed.")
                : tr("%1 detections are still under review; none has been confirmed.")
                      .arg(countText(data.findingsNeedingReview)),
            Emphasis::Note));
    }
}

void IdentificationReportDocument::addMethodsAndContact(Document &document,
                                                        const IdentificationReportData &data)
{
    QList<DocumentBlock> &blocks = document.blocks;
    blocks.append(DocumentBlock::heading(tr("(c) Methods used to find the products"), 2));
    if (data.methods.isEmpty())
        blocks.append(DocumentBlock::paragraph(notRecordedText(), Emphasis::Note));
    else
        blocks.append(DocumentBlock::bullets(data.methods));
    blocks.append(DocumentBlock::heading(tr("Point of contact"), 2));
    blocks.append(
        DocumentBlock::keyValueBlock({{tr("Name"), textOrNotRecorded(data.pointOfContact.name)},
                                      {tr("Phone"), textOrNotRecorded(data.pointOfContact.phone)},
                                      {tr("Email"), textOrNotRecorded(data.pointOfContact.email)}}));
}

Document buildIdentificationReportDocument(const IdentificationReportData &data)
{
    return IdentificationReportDocument::build(data);
}

bool writeIdentificationReportPdf(const IdentificationReportData &data, const QString &path, QString *error,
                                  int *pageCount)
{
    return writeIdentificationReportPdf(data, path, PageSetup(), error, pageCount);
}

bool writeIdentificationReportPdf(const IdentificationReportData &data, const QString &path,
                                  const PageSetup &setup, QString *error, int *pageCount)
{
    return writeDocumentPdf(IdentificationReportDocument::build(data), path, setup, error, pageCount);
}

} // namespace uproot
