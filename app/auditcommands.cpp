#include "app/auditcommands.h"

#include "app/clisupport.h"
#include "model/documents/pdfaudithead.h"
#include "model/project/auditexport.h"
#include "model/project/auditpins.h"
#include "model/project/audittrailcheck.h"
#include "model/project/project.h"
#include "model/translation.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace uproot::cli {

namespace {

UPROOT_DECLARE_TR_FUNCTION(cli)

QString pinText(const PinnedHead &p)
{
    return tr("%1 events, pinned on %2 by %3")
        .arg(QString::number(p.head.events), p.at.toUTC().toString(Qt::ISODate), p.by);
}

// The chain, then the head pinned in the user's settings, then the one printed in a document. Each that does
// not hold is said; the exit status is 0 only when all hold.
int verify(Project &project, const QString &against)
{
    int code = Success;
    AuditTrail &trail = project.audit();
    const AuditHead head = trail.head();
    const AuditVerdict chain = AuditTrailCheck::chain(trail);
    if (!chain.isSound())
        return fail(Failure, tr("%1: %2").arg(project.path(), chain.message));
    QStringList held{tr("%1: the hash chain of %2 events verifies").arg(project.path()).arg(head.events)};
    bool sound = true;

    QString key;
    const QList<PinnedHead> pins = AuditPins::pinsFor(project.path(), trail.projectId(), &key);
    // A restore sets the trail before it aside (in the backup taken first); the pins start again from it.
    if (const QString restored = AuditPins::restoreNote(project.path(), trail.projectId());
        !restored.isEmpty())
        held << tr("it was %1").arg(restored);
    if (pins.isEmpty()) {
        warn(tr("%1: no head of this trail is pinned in your settings (the project was never changed by this "
                "user here); only its own chain was checked")
                 .arg(project.path()));
    } else {
        const QString source = key == QLatin1String("path")
                                   ? tr("your settings")
                                   : tr("your settings, for this project under another path");
        const AuditVerdict v = AuditTrailCheck::againstPins(trail, pins, source);
        if (v.isSound())
            held << tr("it holds the head kept in %1 (%2)").arg(source, pinText(pins.last()));
        else {
            sound = false;
            warn(tr("%1: %2").arg(project.path(), v.message));
        }
    }

    if (!against.isEmpty()) {
        DocumentAuditHead printed;
        QString error;
        if (!readPdfAuditHead(against, &printed, &error))
            return fail(BadInput, error);
        PinnedHead fromDocument;
        fromDocument.head = {printed.events, printed.hash};
        fromDocument.by = tr("the document");
        fromDocument.at = printed.made.isValid() ? printed.made : QFileInfo(against).lastModified();
        const QString source = QFileInfo(against).fileName();
        const AuditVerdict v = AuditTrailCheck::againstPins(trail, {fromDocument}, source);
        if (v.isSound())
            held << tr("it holds the head printed in %1 (%2 events)").arg(source).arg(printed.events);
        else {
            sound = false;
            warn(tr("%1: %2").arg(project.path(), v.message));
        }
    }
    // Every document in the register of documents sent printed a head; each must still be in the trail, and
    // each document's bytes as they were sent.
    const QStringList registerProblems = AuditTrailCheck::sentDocuments(trail, project.sentDocuments());
    for (const QString &problem : registerProblems)
        warn(tr("%1: %2").arg(project.path(), problem));
    if (!registerProblems.isEmpty())
        sound = false;
    else if (const qsizetype sent = project.sentDocuments().all().size())
        held << tr("it holds the heads printed in the %n document(s) of the register of documents sent",
                   nullptr, int(sent));
    if (!readsSound(project, &code))
        return code;
    if (!sound)
        return fail(Failure, tr("%1: the audit trail is not as it was pinned").arg(project.path()));
    out(held.join(QStringLiteral("; ")));
    return Success;
}

} // namespace

int cmdAudit(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("verify"),
                 tr("Check the audit trail's hash chain and the heads pinned outside the file.")});
    p.addOption({QStringLiteral("against"), tr("With --verify: also the head printed in this PDF document."),
                 tr("DOCUMENT")});
    p.addOption({QStringLiteral("export"), tr("Write the trail to a .csv or .xlsx file."), tr("FILE")});
    int code = Success;
    const QString synopsis = QStringLiteral(
        "uproot audit PROJECT [--verify [--against DOCUMENT.pdf]] [--export FILE.csv|FILE.xlsx]");
    if (!parse(p, args, 1, 1, synopsis, &code))
        return code;
    const QString against = p.value(QStringLiteral("against"));
    if (!against.isEmpty() && !p.isSet(QStringLiteral("verify")))
        return fail(BadInput, tr("--against goes with --verify; usage: %1").arg(synopsis));
    const QString exportPath = p.value(QStringLiteral("export"));
    if (p.isSet(QStringLiteral("export"))) {
        const QString ext = QFileInfo(exportPath).suffix().toLower();
        if (ext != QLatin1String("csv") && ext != QLatin1String("xlsx"))
            return fail(BadInput, tr("%1: the audit trail is exported as .csv or .xlsx").arg(exportPath));
    }
    std::unique_ptr<Project> project = openProject(p.positionalArguments().at(1), true, &code);
    if (!project)
        return code;
    if (p.isSet(QStringLiteral("export"))) {
        QString error;
        if (!auditexport::writeFile(*project, exportPath, &error))
            return fail(Failure, error);
        out(tr("wrote %1 (%2 events)").arg(exportPath).arg(project->audit().head().events));
    }
    if (p.isSet(QStringLiteral("verify")))
        return verify(*project, against);
    if (!p.isSet(QStringLiteral("export"))) {
        for (const AuditEvent &e : project->audit().events())
            out(QStringLiteral("%1  %2  %3  %4")
                    .arg(e.at.toString(Qt::ISODate), e.actor, e.action, e.detail));
    }
    return Success;
}

} // namespace uproot::cli
