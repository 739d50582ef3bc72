#include "model/project/projectdirectiveedit.h"

#include "model/detection/directivecatalog.h"
#include "model/project/project.h"

#include "model/translation.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace uproot {

UPROOT_DECLARE_TR_FUNCTION(ProjectDirectiveEdit)

ProjectDirectiveEdit ProjectDirectiveEdit::apply(Project &project, const QString &code, const QString &json,
                                                 const QString &sourceName)
{
    ProjectDirectiveEdit edit;
    DirectiveRecord record;
    for (const DirectiveRecord &r : project.directives()) {
        if (r.code == code)
            record = r;
    }
    const auto parsed = DirectiveCatalog::parseJson(json.toUtf8(), sourceName, &edit.error);
    if (!parsed)
        return edit;
    if (parsed->size() != 1) {
        edit.error = sourceName + QStringLiteral(": ") + tr("the definition must hold exactly one directive");
        return edit;
    }
    if (parsed->first().id != code) {
        edit.error = sourceName + QStringLiteral(": id: ") +
                     tr("the project's copy keeps the id \"%1\"; to make a new directive, use Copy and edit")
                         .arg(code);
        return edit;
    }
    if (!record.id) {
        edit.error = tr("The project no longer follows %1.").arg(code);
        return edit;
    }
    // Stored compact, as following a directive stores it: the same definition compares equal as text.
    const QString definition = QString::fromUtf8(
        QJsonDocument(DirectiveCatalog::toJson(parsed->first())).toJson(QJsonDocument::Compact));
    if (definition == record.definitionJson) {
        edit.status = Status::Unchanged;
        return edit;
    }
    if (!project.changeDirective(record.id, definition, &edit.error))
        return edit;
    edit.status = Status::Changed;
    edit.reevaluation = project.lastReevaluation();
    return edit;
}

} // namespace uproot
