#include "app/poacommands.h"

#include "app/clisupport.h"
#include "model/project/planofactionfield.h"
#include "model/project/project.h"
#include "model/translation.h"

#include <QCommandLineParser>

namespace uproot::cli {

UPROOT_DECLARE_TR_FUNCTION(cli)

namespace {

using F = PlanOfActionField;

const QString kSynopsis = QStringLiteral("uproot poa PROJECT list | set KEY VALUE [--component C]");

// The short names the command line knows the fields by, in the plan's order.
const QList<QPair<F::Element, const char *>> kKeys = {
    {F::Agency, "agency"},
    {F::ContactName, "contact-name"},
    {F::ContactPhone, "contact-phone"},
    {F::ContactEmail, "contact-email"},
    {F::MissionFunction, "mission-function"},
    {F::Contracts, "contracts"},
    {F::SecurityControls, "security-controls"},
    {F::ReplacementProducts, "replacement-products"},
    {F::ReplacementTimeline, "replacement-timeline"},
    {F::Challenges, "challenges"},
    {F::Costs, "costs"},
};

QString keyOf(F::Element element)
{
    for (const auto &[e, key] : kKeys) {
        if (e == element)
            return QString::fromLatin1(key);
    }
    return {};
}

QStringList allKeys()
{
    QStringList keys;
    for (const auto &pair : kKeys)
        keys.append(QString::fromLatin1(pair.second));
    return keys;
}

int list(Project &project)
{
    for (const F &field : planOfActionFields(planOfActionComponents(project))) {
        QString key = keyOf(field.element);
        if (F::isPerComponent(field.element))
            key += QStringLiteral(" --component \"%1\"").arg(field.component);
        const bool empty = project.planOfActionField(field).trimmed().isEmpty();
        out(QStringLiteral("%1\t%2\t%3").arg(key, field.label(), empty ? tr("empty") : tr("recorded")));
    }
    return Success;
}

int set(Project &project, const QCommandLineParser &p, const QString &key, const QString &value)
{
    const auto found = std::find_if(kKeys.cbegin(), kKeys.cend(),
                                    [&key](const auto &pair) { return key == QLatin1String(pair.second); });
    if (found == kKeys.cend())
        return fail(BadInput, tr("poa: unknown field \u201c%1\u201d; the fields are %2")
                                  .arg(key, allKeys().join(QStringLiteral(", "))));
    F field{found->first, {}};
    const bool component = p.isSet(QStringLiteral("component"));
    if (F::isPerComponent(field.element)) {
        if (!component)
            return fail(BadInput, tr("poa: %1 is kept per component; give --component C").arg(key));
        field.component = p.value(QStringLiteral("component")).trimmed();
        const QStringList components = planOfActionComponents(project);
        if (!components.contains(field.component)) {
            QStringList names;
            for (const QString &c : components)
                names.append(planComponentName(c));
            return fail(BadInput, tr("poa: the plan of action lists no component \u201c%1\u201d; it lists %2")
                                      .arg(field.component,
                                           names.isEmpty() ? tr("none") : names.join(QStringLiteral(", "))));
        }
    } else if (component) {
        return fail(BadInput, tr("poa: --component is only for mission-function, not %1").arg(key));
    }
    QString error;
    if (!project.setPlanOfActionFields({{field, value}}, &error))
        return fail(Failure, error);
    out(value.trimmed().isEmpty() ? tr("%1: cleared").arg(field.label())
                                  : tr("%1: recorded").arg(field.label()));
    return Success;
}

} // namespace

int cmdPoa(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(
        {QStringLiteral("component"), tr("set mission-function: the component it describes."), tr("C")});
    int code = Success;
    if (!parse(p, args, 2, 4, kSynopsis, &code))
        return code;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.at(2);
    const bool isList = action == QLatin1String("list");
    if (!isList && action != QLatin1String("set"))
        return fail(BadInput, tr("poa: unknown action \u201c%1\u201d\nusage: %2").arg(action, kSynopsis));
    if (pos.size() != (isList ? 3 : 5))
        return fail(BadInput, tr("usage: %1").arg(kSynopsis));
    std::unique_ptr<Project> project = openProject(pos.at(1), isList, &code);
    if (!project)
        return code;
    return isList ? list(*project) : set(*project, p, pos.at(3), pos.at(4));
}

} // namespace uproot::cli
