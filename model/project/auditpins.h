#pragma once

#include "model/store/storetypes.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace uproot {

// A head of a project's audit trail as it was pinned: the count and last hash, when and by whom.
struct PinnedHead
{
    AuditHead head;
    QDateTime at;
    QString by;
};

// The heads of projects' audit trails, kept in the user's own settings (QSettings, group "auditPins"),
// outside the project file: someone who rewrites or cuts the trail in the file cannot reach them. A project's
// pins are kept twice, under its canonical path and under the identity it carries (AuditTrail::projectId), so
// a copied or moved file is still known. Each project keeps its recent heads, oldest first, so that a
// rewritten trail can be narrowed to where it first differs.
class AuditPins
{
public:
    // How many heads a project keeps (older ones go first), and how many keys (two a project) the settings
    // keep: those pinned least recently go, so the settings stay small however many files a user (or a test
    // suite) has touched.
    static constexpr int kKept = 16;
    static constexpr int kMaxKeys = 256;

    // Whether the trail as it is now still holds a head pinned before.
    using Holds = std::function<bool(const PinnedHead &)>;

    // Records the head after a change. An identical last head is not recorded twice. Under a key whose last
    // head the trail no longer holds (it was cut or rewritten since), nothing is recorded: a change made
    // after the tampering must not pin the tampered trail, so the discrepancy stays for `uproot audit
    // --verify` to show.
    static void pin(const QString &projectPath, const QString &projectId, const PinnedHead &pinned,
                    const Holds &holds);
    // After a backup was put in place of the project: the heads pinned for it describe a trail that was set
    // aside (it is kept in the backup taken before the restore), so they are replaced by the restored trail's
    // head, and `note` (when, by whom, what was set aside) is kept to be told by `uproot audit --verify`.
    static void restart(const QString &projectPath, const QString &projectId, const PinnedHead &pinned,
                        const QString &note);
    // The note of the last restore of a project (empty when it was never restored here).
    static QString restoreNote(const QString &projectPath, const QString &projectId);

    // The heads kept for a project, oldest first: those under its path, else those under its identity (a file
    // moved or copied since). *key says which ("path" or "identity"), when given.
    static QList<PinnedHead> pinsFor(const QString &projectPath, const QString &projectId,
                                     QString *key = nullptr);

private:
    static QString pathKey(const QString &projectPath);
    static QString idKey(const QString &projectId);
};

} // namespace uproot
