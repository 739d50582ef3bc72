#pragma once

#include "model/documents/document.h"
#include "model/documents/pagesetup.h"
#include "model/documents/planofactiondata.h"

#include <QCoreApplication>
#include <QString>

namespace uproot {

// Builds the plan of action from its data; the wording lives here, the look in the renderer.
class PlanOfActionDocument
{
    Q_DECLARE_TR_FUNCTIONS(PlanOfActionDocument)

public:
    static Document build(const PlanOfActionData &data);
    // The heading of element a to n of BOD 17-01 required action 2, "(h) Contracts, service-level agreements
    // and other agreements"; the form that fills the elements uses the same words.
    static QString elementLabel(char element);

private:
    static qint64 endpointsAffected(const PlanOfActionData &data);
    static void addElement(Document &document, const QString &label);
    static void addText(Document &document, const QString &text);
    static void addProducts(Document &document, const PlanOfActionData &data);
    static void addComponents(Document &document, const PlanOfActionData &data);
    static void addRemovalTimeline(Document &document, const PlanOfActionData &data);
    static void addAppendix(Document &document, const PlanOfActionData &data);
};

// The plan of action: a title page, the elements (a) to (n) of BOD 17-01 required action 2 in order, each
// labelled, and Appendix A listing every affected system.
Document buildPlanOfActionDocument(const PlanOfActionData &data);

// Writes the plan as a PDF on US Letter (or the given paper). Returns false with the reason in error.
bool writePlanOfActionPdf(const PlanOfActionData &data, const QString &path, QString *error,
                          int *pageCount = nullptr);
bool writePlanOfActionPdf(const PlanOfActionData &data, const QString &path, const PageSetup &setup,
                          QString *error, int *pageCount = nullptr);

} // namespace uproot
