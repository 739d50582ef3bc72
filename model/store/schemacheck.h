#pragma once

#include "model/store/projectcheck.h"

#include <QStringList>

namespace uproot {

class Database;

// The judgement on a project file, shared by opening (which refuses a file that fails) and by ProjectCheck
// (File > Check project, `uproot check`). Every function only reads.
class SchemaCheck final
{
public:
    // Whether the file is an Uproot project this version can read at all; sets *version from user_version.
    static ProjectCheck::Verdict identify(Database &db, int *version, QStringList *problems);
    // How the file's schema differs from the one Uproot makes at `version`: tables, columns, indexes,
    // triggers and views, each difference one sentence. Empty when they match.
    static QStringList differences(Database &db, int version);
    // SQLite's quick_check or integrity_check: empty when it says "ok", else its first lines.
    static QStringList integrity(Database &db, ProjectCheck::Depth depth);
    // identify(), differences() and integrity() in turn, stopping at the first that finds a problem.
    // Whether the file has a write-ahead log or its index beside it; and removing the empty ones that judging
    // a file that had none made, once the connection is closed.
    static bool hasSidecars(const QString &path);
    static void removeEmptySidecars(const QString &path);
    static ProjectCheck::Verdict judge(Database &db, ProjectCheck::Depth depth, int *version,
                                       QStringList *problems);
};

} // namespace uproot
