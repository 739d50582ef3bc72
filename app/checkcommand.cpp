#include "app/checkcommand.h"

#include "app/clisupport.h"
#include "model/store/projectcheck.h"
#include "model/translation.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace uproot::cli {

UPROOT_DECLARE_TR_FUNCTION(cli)

int cmdCheck(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(
        {QStringLiteral("full"),
         tr("SQLite's full integrity check (every index against its table) instead of the quick one.")});
    int code = Success;
    if (!parse(p, args, 1, 1, QStringLiteral("uproot check PROJECT [--full]"), &code))
        return code;
    const QString path = p.positionalArguments().at(1);
    if (!QFileInfo::exists(path))
        return fail(BadInput, tr("%1: no such project file").arg(path));
    ProjectCheck check(path, p.isSet(QStringLiteral("full")) ? ProjectCheck::Depth::Full
                                                             : ProjectCheck::Depth::Quick);
    if (check.run() == ProjectCheck::Verdict::Sound) {
        out(tr("%1: sound (schema %2, %3 check)")
                .arg(path)
                .arg(check.schemaVersion())
                .arg(p.isSet(QStringLiteral("full")) ? tr("full") : tr("quick")));
        return Success;
    }
    QString text = tr("%1: not sound:").arg(path);
    for (const QString &problem : check.problems())
        text += QStringLiteral("\n  ") + problem;
    return fail(Failure, text);
}

} // namespace uproot::cli
