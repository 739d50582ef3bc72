#include "model/project/changedirectivecommand.h"

#include "model/project/directivebinding.h"
#include "model/project/project.h"
#include "model/project/reevaluation.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace uproot {

ChangeDirectiveCommand::ChangeDirectiveCommand(Project *project, DirectiveRecord directive, QString before,
                                               QString after, const QString &label)
    : ProjectCommand(project, label)
    , m_directive(std::move(directive))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

bool ChangeDirectiveCommand::write(bool forward)
{
    const QString what = QCoreApplication::translate("Project", "could not apply the directive's rules");
    const std::unique_ptr<UnitOfWork> work = begin(what);
    if (!work)
        return false;
    QString error;
    ReevaluationResult result;
    if (!storeDirectiveDefinition(*work, m_directive, forward ? m_after : m_before,
                                  keptPlanFinish(project().settings()), &error)
        || !reevaluateFindings(store(), *work, matcherFor(store().directives()), &result, &error))
        return fail(what, error);
    // The definitions are whole JSON documents; the line names the old and the new by their SHA-256, which a
    // copy of either file can be checked against.
    const auto digest = [](const QString &json) {
        return QString::fromLatin1(QCryptographicHash::hash(json.toUtf8(), QCryptographicHash::Sha256).toHex());
    };
    const QString detail = QStringLiteral("rules of directive %1 changed: %2 new findings, %3 gone; definition "
                                          "SHA-256 %4 -> %5")
                               .arg(m_directive.code)
                               .arg(result.added)
                               .arg(result.removed)
                               .arg(digest(forward ? m_before : m_after), digest(forward ? m_after : m_before));
    if (!commit(*work, what, QStringLiteral("directive-rules"), detail))
        return false;
    announce(ProjectChange::rowsOf(ProjectChange::Findings | ProjectChange::Directives));
    announceReevaluation(result);
    return true;
}

} // namespace uproot
