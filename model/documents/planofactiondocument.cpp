#include "model/documents/planofactiondocument.h"

#include "model/documents/affectedsystemstable.h"
#include "model/documents/documentrenderer.h"
#include "model/documents/documenttext.h"
#include "model/documents/stringtablesource.h"

#include <QCoreApplication>

namespace uproot {

using Emphasis = DocumentBlock::Emphasis;

QString PlanOfActionDocument::elementLabel(char element)
{
    switch (element) {
    case 'a':
        return tr("(a) Agency name");
    case 'b':
        return tr("(b) Point of contact");
    case 'c':
        return tr("(c) Products identified");
    case 'd':
        return tr("(d) Number of endpoints affected");
    case 'e':
        return tr("(e) Methods used to identify the products");
    case 'f':
        return tr("(f) Components affected");
    case 'g':
        return tr("(g) Mission function of the affected endpoints");
    case 'h':
        return tr("(h) Contracts, service-level agreements and other agreements");
    case 'i':
        return tr("(i) Timeline for removal");
    case 'j':
        return tr("(j) Security controls affected by removal");
    case 'k':
        return tr("(k) Replacement products or capabilities");
    case 'l':
        return tr("(l) Timeline for deploying replacements");
    case 'm':
        return tr("(m) Foreseeable challenges");
    case 'n':
        return tr("(n) Costs");
    default:
        return QString();
    }
}

qint64 PlanOfActionDocument::endpointsAffected(const PlanOfActionData &data)
{
    if (data.affectedSystems)
        return data.affectedSystems->count();
    qint64 sum = 0;
    for (const ProductCount &product : data.products)
        sum += product.endpoints;
    return sum;
}

void PlanOfActionDocument::addElement(Document &document, const QString &label)
{
    document.blocks.append(DocumentBlock::heading(label, 2));
}

// An element with nothing recorded still appears, and says so in a quieter type, so a reviewer sees the gap.
void PlanOfActionDocument::addText(Document &document, const QString &text)
{
    if (text.trimmed().isEmpty())
        document.blocks.append(DocumentBlock::paragraph(notRecordedText(), Emphasis::Note));
    else
        document.blocks.append(DocumentBlock::paragraph(text));
}

void PlanOfActionDocument::addProducts(Document &document, const PlanOfActionData &data)
{
    addElement(document, elementLabel('c'));
    if (data.products.isEmpty()) {
        document.blocks.append(
            DocumentBlock::paragraph(tr("No %1 were identified on the agency's information systems.")
                                         .arg(coveredProductsText(data.directive))));
        return;
    }
    auto rows = std::make_shared<StringTableSource>();
    for (const ProductCount &product : data.products)
        rows->append({product.product,
                      product.versions.trimmed().isEmpty() ? tr("Not recorded") : product.versions,
                      countText(product.endpoints)});
    document.blocks.append(DocumentBlock::table({{tr("Product"), 3.2, Qt::AlignLeft},
                                                 {tr("Versions found"), 2.2, Qt::AlignLeft},
                                                 {tr("Endpoints"), 1.0, Qt::AlignRight}},
                                                rows));
}

void PlanOfActionDocument::addComponents(Document &document, const PlanOfActionData &data)
{
    addElement(document, elementLabel('f'));
    if (data.components.isEmpty()) {
        addText(document, QString());
    } else {
        auto rows = std::make_shared<StringTableSource>();
        for (const ComponentPlan &component : data.components)
            rows->append({textOrNotRecorded(component.component), countText(component.endpoints)});
        document.blocks.append(DocumentBlock::table(
            {{tr("Component"), 4.0, Qt::AlignLeft}, {tr("Endpoints affected"), 1.2, Qt::AlignRight}}, rows));
    }

    addElement(document, elementLabel('g'));
    if (data.components.isEmpty()) {
        addText(document, QString());
        return;
    }
    KeyValueList missions;
    for (const ComponentPlan &component : data.components) {
        missions.append({textOrNotRecorded(component.component), component.missionFunction.trimmed().isEmpty()
                                                                     ? tr("Not recorded")
                                                                     : component.missionFunction});
    }
    document.blocks.append(DocumentBlock::keyValueBlock(missions));
}

void PlanOfActionDocument::addRemovalTimeline(Document &document, const PlanOfActionData &data)
{
    addElement(document, elementLabel('i'));
    if (!data.milestones.isEmpty()) {
        auto rows = std::make_shared<StringTableSource>();
        for (const DocumentMilestone &milestone : data.milestones)
            rows->append({milestone.title, shortDateText(milestone.date), milestone.warning});
        document.blocks.append(
            DocumentBlock::paragraph(tr("Milestones of %1:").arg(directiveNameText(data.directive))));
        document.blocks.append(DocumentBlock::table({{tr("Milestone"), 3.0, Qt::AlignLeft},
                                                     {tr("Date"), 1.1, Qt::AlignLeft},
                                                     {tr("Note"), 2.4, Qt::AlignLeft}},
                                                    rows));
    }
    if (!data.components.isEmpty()) {
        auto rows = std::make_shared<StringTableSource>();
        for (const ComponentPlan &component : data.components) {
            rows->append({textOrNotRecorded(component.component), shortDateText(component.plannedStart),
                          shortDateText(component.plannedFinish)});
        }
        document.blocks.append(DocumentBlock::paragraph(tr("Planned removal by component:")));
        document.blocks.append(DocumentBlock::table({{tr("Component"), 3.0, Qt::AlignLeft},
                                                     {tr("Planned start"), 1.2, Qt::AlignLeft},
                                                     {tr("Planned finish"), 1.2, Qt::AlignLeft}},
                                                    rows));
    }
    if (data.projectedFinish.isValid()) {
        document.blocks.append(DocumentBlock::paragraph(
            tr("Projected completion of removal: %1.").arg(longDateText(data.projectedFinish)),
            Emphasis::Strong));
    }
    if (!data.scheduleNote.trimmed().isEmpty())
        document.blocks.append(DocumentBlock::paragraph(data.scheduleNote));
    if (data.milestones.isEmpty() && data.components.isEmpty() && !data.projectedFinish.isValid() &&
        data.scheduleNote.trimmed().isEmpty())
        addText(document, QString());
}

void PlanOfActionDocument::addAppendix(Document &document, const PlanOfActionData &data)
{
    document.blocks.append(DocumentBlock::pageBreak());
    const QString title = tr("Appendix A. Affected systems");
    document.blocks.append(DocumentBlock::heading(title, 1));
    const qint64 count = data.affectedSystems ? data.affectedSystems->count() : 0;
    if (count == 0) {
        document.blocks.append(
            DocumentBlock::paragraph(tr("No affected systems are recorded in the project.")));
        return;
    }
    document.blocks.append(DocumentBlock::paragraph(
        tr("One row for each of the %1 affected systems. Tasks done counts the system's removal tasks "
           "completed "
           "out of all its tasks; Due is the date its last task is scheduled to finish.")
            .arg(countText(count)),
        Emphasis::Note));
    document.blocks.append(DocumentBlock::table(AffectedSystemsTable::columns(),
                                                std::make_shared<AffectedSystemsTable>(data.affectedSystems),
                                                title));
}

Document PlanOfActionDocument::build(const PlanOfActionData &data)
{
    const QDate prepared = data.preparedOn.isValid() ? data.preparedOn : QDate::currentDate();
    const QString directiveName = directiveNameText(data.directive);
    const QString covered = coveredProductsText(data.directive);
    const qint64 endpoints = endpointsAffected(data);

    Document document;
    document.title = tr("Plan of action");
    document.subtitle = directiveName;
    document.agency = data.agency;
    document.author = data.agency;
    document.subject = tr("Plan of action to remove %1 under %2").arg(covered, directiveName);
    document.headerText = data.directive.shortName.isEmpty()
                              ? document.title
                              : tr("Plan of action, %1").arg(data.directive.shortName);
    document.footerText = tr("Prepared %1").arg(longDateText(prepared));
    document.auditHead = data.auditHead;
    document.metadata = {
        {tr("Agency"), textOrNotRecorded(data.agency)},
        {tr("Directive"), directiveName},
        {tr("Issued by"),
         data.directive.issued.isValid()
             ? tr("%1, %2").arg(textOrNotRecorded(data.directive.issuer), longDateText(data.directive.issued))
             : textOrNotRecorded(data.directive.issuer)},
        {tr("Point of contact"), contactText(data.pointOfContact)},
        {tr("Endpoints affected"), countText(endpoints)},
        {tr("Prepared"), longDateText(prepared)},
    };
    document.titleNote =
        tr("This plan of action covers elements (a) through (n) required by %1, in order. Names "
           "of systems, products and people are reproduced as recorded in the agency's "
           "inventories. Prepared with Uproot.")
            .arg(data.directive.shortName.isEmpty() ? directiveName : data.directive.shortName);

    QList<DocumentBlock> &blocks = document.blocks;
    blocks.append(DocumentBlock::heading(tr("Plan of action"), 1));
    blocks.append(DocumentBlock::paragraph(
        tr("%1 submits this plan to remove %2 from its information systems and to discontinue their present "
           "and "
           "future use, as %3 requires. %4 with %2 are listed in Appendix A.")
            .arg(agencyInSentence(data.agency, true), covered, directiveName,
                 endpoints == 1 ? tr("The one affected endpoint")
                                : tr("The %1 affected endpoints").arg(countText(endpoints)))));

    addElement(document, elementLabel('a'));
    addText(document, data.agency);

    addElement(document, elementLabel('b'));
    blocks.append(
        DocumentBlock::keyValueBlock({{tr("Name"), textOrNotRecorded(data.pointOfContact.name)},
                                      {tr("Phone"), textOrNotRecorded(data.pointOfContact.phone)},
                                      {tr("Email"), textOrNotRecorded(data.pointOfContact.email)}}));

    addProducts(document, data);

    addElement(document, elementLabel('d'));
    blocks.append(DocumentBlock::paragraph(tr("%1 affected. An endpoint with more than one product is "
                                              "counted once; the endpoints for each product "
                                              "are given in (c).")
                                               .arg(endpointsText(endpoints))));

    addElement(document, elementLabel('e'));
    if (data.methods.isEmpty())
        addText(document, QString());
    else
        blocks.append(DocumentBlock::bullets(data.methods));

    addComponents(document, data);

    addElement(document, elementLabel('h'));
    addText(document, data.contracts);

    addRemovalTimeline(document, data);

    addElement(document, elementLabel('j'));
    addText(document, data.securityControls);
    addElement(document, elementLabel('k'));
    addText(document, data.replacementProducts);
    addElement(document, elementLabel('l'));
    addText(document, data.replacementTimeline);
    addElement(document, elementLabel('m'));
    addText(document, data.challenges);
    addElement(document, elementLabel('n'));
    addText(document, data.costs);

    addAppendix(document, data);
    return document;
}

Document buildPlanOfActionDocument(const PlanOfActionData &data)
{
    return PlanOfActionDocument::build(data);
}

bool writePlanOfActionPdf(const PlanOfActionData &data, const QString &path, QString *error, int *pageCount)
{
    return writePlanOfActionPdf(data, path, PageSetup(), error, pageCount);
}

bool writePlanOfActionPdf(const PlanOfActionData &data, const QString &path, const PageSetup &setup,
                          QString *error, int *pageCount)
{
    return writeDocumentPdf(buildPlanOfActionDocument(data), path, setup, error, pageCount);
}

} // namespace uproot
