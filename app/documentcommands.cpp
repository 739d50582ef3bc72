#include "app/documentcommands.h"

#include "app/clisupport.h"
#include "model/project/project.h"
#include "model/translation.h"

#include <QCommandLineParser>
#include <QLocale>

namespace uproot::cli {

namespace {

UPROOT_DECLARE_TR_FUNCTION(cli)

} // namespace

int cmdDocuments(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("get"), tr("Write out document N of the register."), tr("N")});
    p.addOption({QStringLiteral("output"), tr("With --get: the file to write."), tr("FILE")});
    int code = Success;
    const QString synopsis = QStringLiteral("uproot documents PROJECT [--get N --output FILE]");
    if (!parse(p, args, 1, 1, synopsis, &code))
        return code;
    const bool get = p.isSet(QStringLiteral("get"));
    const QString output = p.value(QStringLiteral("output"));
    if (get != p.isSet(QStringLiteral("output")))
        return fail(BadInput, tr("--get and --output go together; usage: %1").arg(synopsis));
    bool isNumber = false;
    const Id id = p.value(QStringLiteral("get")).toLongLong(&isNumber);
    if (get && (!isNumber || id < 1))
        return fail(
            BadInput,
            tr("--get %1: not a document number (1, 2, ... as listed)").arg(p.value(QStringLiteral("get"))));
    std::unique_ptr<Project> project = openProject(p.positionalArguments().at(1), true, &code);
    if (!project)
        return code;
    if (get) {
        QString error;
        if (!project->saveSentDocumentCopy(id, output, &error))
            return fail(Failure, error);
        out(tr("wrote %1 (document %2 of the register, as sent)").arg(output).arg(id));
        return Success;
    }
    const QList<SentDocument> all = project->sentDocuments().all();
    if (!readsSound(*project, &code))
        return code;
    if (all.isEmpty()) {
        out(tr("%1: no document has been sent yet; `uproot export ... --final` keeps one here")
                .arg(project->path()));
        return Success;
    }
    for (const SentDocument &d : all) {
        out(QStringLiteral("%1  %2  %3  %4  %5  %6  SHA-256 %7  %8  %9")
                .arg(QString::number(d.id), d.sentAt.toUTC().toString(Qt::ISODate), d.sentBy, d.kind,
                     tr("%n page(s)", nullptr, d.pages), QLocale::c().formattedDataSize(d.size), d.sha256,
                     tr("audit head %1 events").arg(d.auditHead.events), d.fileName));
    }
    return Success;
}

} // namespace uproot::cli
