#include "model/documents/statusreportdocument.h"

#include "model/documents/affectedsystemstable.h"
#include "model/documents/documentrenderer.h"
#include "model/documents/documenttext.h"
#include "model/documents/stringtablesource.h"

namespace uproot {

using Emphasis = DocumentBlock::Emphasis;

QString StatusReportDocument::percentText(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return QString();
    // Rounded down, so 99.6 % cleared never reads as 100 % while a system remains.
    const qint64 percent = part * 100 / whole;
    return tr("%1%").arg(percent);
}

Document StatusReportDocument::build(const StatusReportData &data)
{
    const QDate asOf = data.asOf.isValid() ? data.asOf : QDate::currentDate();
    const QString directiveName = directiveNameText(data.directive);

    Document document;
    document.title =
        data.reportNumber > 0 ? tr("Status report %1").arg(data.reportNumber) : tr("Status report");
    document.subtitle = directiveName;
    document.agency = data.agency;
    document.author = data.agency;
    document.subject = tr("Status of the removal of %1 as of %2 (%3)")
                           .arg(coveredProductsText(data.directive), longDateText(asOf), directiveName);
    document.headerText = data.directive.shortName.isEmpty()
                              ? document.title
                              : tr("%1, %2").arg(document.title, data.directive.shortName);
    document.footerText = tr("Status as of %1").arg(longDateText(asOf));
    document.auditHead = data.auditHead;
    document.metadata = {
        {tr("Agency"), textOrNotRecorded(data.agency)},
        {tr("Directive"), directiveName},
        {tr("Status as of"), longDateText(asOf)},
        {tr("Point of contact"), contactText(data.pointOfContact)},
        {tr("Remaining"),
         tr("%1 of %2 affected systems").arg(countText(data.remaining), countText(data.affected))}};
    document.titleNote =
        tr("Names of systems and products are reproduced as recorded in the agency's inventories. "
           "Prepared with Uproot.");

    addSummary(document, data, asOf);
    addComponents(document, data);
    addMilestones(document, data, asOf);
    document.blocks.append(DocumentBlock::heading(tr("Notes"), 1));
    document.blocks.append(data.notes.trimmed().isEmpty()
                               ? DocumentBlock::paragraph(notRecordedText(), Emphasis::Note)
                               : DocumentBlock::paragraph(data.notes));
    addAppendix(document, data, asOf);
    return document;
}

void StatusReportDocument::addSummary(Document &document, const StatusReportData &data, const QDate &asOf)
{
    QList<DocumentBlock> &blocks = document.blocks;
    blocks.append(DocumentBlock::heading(tr("Status as of %1").arg(longDateText(asOf)), 1));
    if (data.affected > 0 && data.remaining == 0) {
        blocks.append(DocumentBlock::paragraph(
            tr("Removal is complete: all %1 affected systems are cleared.").arg(countText(data.affected)),
            Emphasis::Strong));
    } else {
        blocks.append(DocumentBlock::paragraph(
            tr("%1 of %2 affected systems cleared; %3 remaining, %4 of them overdue.")
                .arg(countText(data.cleared), countText(data.affected), countText(data.remaining),
                     countText(data.overdue))));
    }
    KeyValueList figures = {{tr("Systems affected"), countText(data.affected)},
                            {tr("Cleared"), data.affected > 0
                                                ? tr("%1 (%2)").arg(countText(data.cleared),
                                                                    percentText(data.cleared, data.affected))
                                                : countText(data.cleared)},
                            {tr("Remaining"), countText(data.remaining)},
                            {tr("Overdue"), countText(data.overdue)}};
    if (data.reappeared > 0)
        figures.insert(0, {tr("Reappeared after removal"), countText(data.reappeared)});
    if (data.verifiedRemoved > 0)
        figures.append({tr("Removal verified by a scan"), countText(data.verifiedRemoved)});
    if (data.deadline.isValid())
        figures.append({tr("Deadline"), longDateText(data.deadline)});
    if (data.projectedFinish.isValid()) {
        QString projected = longDateText(data.projectedFinish);
        if (data.deadline.isValid()) {
            const qint64 late = data.deadline.daysTo(data.projectedFinish);
            if (late > 0)
                projected = tr("%1, %2 after the deadline").arg(projected, daysText(late));
            else if (late < 0)
                projected = tr("%1, %2 before the deadline").arg(projected, daysText(-late));
            else
                projected = tr("%1, on the deadline").arg(projected);
        }
        figures.append({tr("Projected finish"), projected});
    }
    blocks.append(DocumentBlock::keyValueBlock(figures));
}

void StatusReportDocument::addComponents(Document &document, const StatusReportData &data)
{
    QList<DocumentBlock> &blocks = document.blocks;
    blocks.append(DocumentBlock::heading(tr("Progress by component"), 1));
    if (data.components.isEmpty()) {
        blocks.append(DocumentBlock::paragraph(notRecordedText(), Emphasis::Note));
        return;
    }
    auto rows = std::make_shared<StringTableSource>();
    for (const ComponentProgress &component : data.components) {
        rows->append({textOrNotRecorded(component.component), countText(component.affected),
                      countText(component.cleared), countText(component.remaining),
                      countText(component.overdue)});
    }
    blocks.append(DocumentBlock::table({{tr("Component"), 3.0, Qt::AlignLeft},
                                        {tr("Affected"), 1.0, Qt::AlignRight},
                                        {tr("Cleared"), 1.0, Qt::AlignRight},
                                        {tr("Remaining"), 1.0, Qt::AlignRight},
                                        {tr("Overdue"), 1.0, Qt::AlignRight}},
                                       rows));
}

void StatusReportDocument::addMilestones(Document &document, const StatusReportData &data, const QDate &asOf)
{
    QList<DocumentBlock> &blocks = document.blocks;
    blocks.append(DocumentBlock::heading(tr("Milestones"), 1));
    auto passed = std::make_shared<StringTableSource>();
    const DocumentMilestone *next = nullptr;
    for (const DocumentMilestone &milestone : data.milestones) {
        if (milestone.date.isValid() && milestone.date <= asOf)
            passed->append({milestone.title, shortDateText(milestone.date), milestone.warning});
        else if (milestone.date.isValid() && (!next || milestone.date < next->date))
            next = &milestone;
    }
    const QList<TableColumn> columns = {{tr("Milestone"), 3.0, Qt::AlignLeft},
                                        {tr("Date"), 1.1, Qt::AlignLeft},
                                        {tr("Note"), 2.4, Qt::AlignLeft}};
    blocks.append(DocumentBlock::heading(tr("Passed"), 2));
    if (passed->rowCount() == 0)
        blocks.append(DocumentBlock::paragraph(tr("No milestone has passed yet.")));
    else
        blocks.append(DocumentBlock::table(columns, passed));
    blocks.append(DocumentBlock::heading(tr("Next"), 2));
    if (!next) {
        blocks.append(DocumentBlock::paragraph(tr("No further milestone is scheduled.")));
        return;
    }
    auto upcoming = std::make_shared<StringTableSource>();
    upcoming->append({next->title, shortDateText(next->date), next->warning});
    blocks.append(DocumentBlock::table(columns, upcoming));
    blocks.append(DocumentBlock::paragraph(
        tr("%1 from the date of this report.").arg(daysText(asOf.daysTo(next->date))), Emphasis::Note));
}

void StatusReportDocument::addAppendix(Document &document, const StatusReportData &data, const QDate &asOf)
{
    QList<DocumentBlock> &blocks = document.blocks;
    blocks.append(DocumentBlock::pageBreak());
    const QString title = tr("Appendix A. Systems still affected");
    blocks.append(DocumentBlock::heading(title, 1));
    const int count = data.remainingSystems ? data.remainingSystems->count() : 0;
    if (count == 0) {
        blocks.append(DocumentBlock::paragraph(tr("No system remains affected.")));
        return;
    }
    blocks.append(DocumentBlock::paragraph(
        tr("One row for each of the %1 systems still affected. A due date already passed reads \"overdue\".")
            .arg(countText(count)),
        Emphasis::Note));
    blocks.append(DocumentBlock::table(AffectedSystemsTable::columns(),
                                       std::make_shared<AffectedSystemsTable>(data.remainingSystems, asOf),
                                       title));
}

Document buildStatusReportDocument(const StatusReportData &data)
{
    return StatusReportDocument::build(data);
}

bool writeStatusReportPdf(const StatusReportData &data, const QString &path, QString *error, int *pageCount)
{
    return writeStatusReportPdf(data, path, PageSetup(), error, pageCount);
}

bool writeStatusReportPdf(const StatusReportData &data, const QString &path, const PageSetup &setup,
                          QString *error, int *pageCount)
{
    return writeDocumentPdf(StatusReportDocument::build(data), path, setup, error, pageCount);
}

} // namespace uproot
