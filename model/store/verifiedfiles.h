#pragma once

#include <QString>

namespace uproot {

// Which project files passed SQLite's integrity check on this account, and as what: size, modification and
// status-change times, and a hash of the first page (the header and the schema's root). SQLite's quick check
// reads the whole file (about 300 ms at a million installations, where opening otherwise takes 200 ms), so a
// file that is exactly as it was when it last passed, or as this program left it, is not read through again;
// the schema comparison runs on every open regardless. The status-change time cannot be set back by a person
// editing the file, and a write-ahead log with commits in it always means a full check. Kept in the user's
// own settings (QSettings, group "verified-projects"), keyed by the file's canonical path.
class VerifiedFiles final
{
public:
    static bool unchangedSinceVerified(const QString &path);
    static void recordVerified(const QString &path);
    static void forget(const QString &path);
    // The inode, size, and modification and status-change times of the file and of its write-ahead log: cheap
    // to read, and changed by any write to either. A store takes it after each write of its own and compares
    // it before the next and on closing; a difference means someone else wrote (another program, another
    // connection's commit or checkpoint), and the file is not recorded as verified.
    static QString stampOf(const QString &path);
};

} // namespace uproot
