#pragma once

#include "model/store/audittrail.h"
#include "model/store/dashboardreader.h"
#include "model/store/directivesreader.h"
#include "model/store/documentsreader.h"
#include "model/store/findingsreader.h"
#include "model/store/inventoryreader.h"
#include "model/store/settingsreader.h"
#include "model/store/tasksreader.h"
#include "model/store/teamsreader.h"
#include "model/store/templatesreader.h"
#include "model/store/unitofwork.h"

#include <QString>
#include <memory>

namespace uproot {

// What a project's storage engine implements: a read interface per area and units of work for every change.
// The .uproot file (SQLite, SqliteProjectStore) is the one engine today; a shared PostgreSQL server (product.md
// §11) would be a second implementation of this interface, and nothing above model/store would change.
//
// Readers may be called at any time from the GUI thread; writes happen only inside a UnitOfWork, which commands
// (model/project) open. No transaction, pragma or connection handle is visible above this interface.
class ProjectStore
{
public:
    // SalvageCopy: a file that failed its check, copied to a temporary folder and opened read-only there with
    // its triggers and views off, so that what is readable can be read and exported; nothing is written.
    enum class OpenMode { CreateNew, OpenExisting, ReadOnly, SalvageCopy };
    // Why open() gave nothing: the path names no project (no such file, an empty file, a file of another
    // kind: bad input), a project that failed its check on opening (refused, never used nor written), or one
    // that could not be opened (permissions, the disk).
    enum class OpenFailure { None, NotAProject, Refused, Unavailable };
    // A bulk unit (an import) may trade concurrency for speed while it runs; an edit must not.
    enum class WorkKind { Edit, Bulk };

    virtual ~ProjectStore() = default;

    // Opens a project file. Returns null and sets error (a sentence a person can act on) when it cannot be
    // used. A project that exists is opened only after ProjectCheck's quick check passes (see
    // model/store/projectcheck.h).
    static std::unique_ptr<ProjectStore> open(const QString &path, OpenMode mode, QString *error,
                                              OpenFailure *failure = nullptr);

    virtual QString path() const = 0;
    virtual bool isReadOnly() const = 0;
    virtual bool isSalvageCopy() const = 0;
    virtual int schemaVersion() = 0;

    virtual InventoryReader &inventory() = 0;
    virtual FindingsReader &findings() = 0;
    virtual TasksReader &tasks() = 0;
    virtual DirectivesReader &directives() = 0;
    virtual SettingsReader &settings() = 0;
    virtual AuditTrail &audit() = 0;
    virtual TeamsReader &teams() = 0;
    virtual TemplatesReader &templates() = 0;
    virtual DashboardReader &dashboard() = 0;
    virtual DocumentsReader &documents() = 0;

    // Starts one change. Check isActive() on what it returns.
    virtual std::unique_ptr<UnitOfWork> beginWork(WorkKind kind = WorkKind::Edit) = 0;

    // The first read that failed because the file is not as the program expects (a table missing, a damaged
    // page); empty while every read worked. What was read after one cannot be reported as a success.
    virtual QString readFault() const = 0;
    // The number of reads that have failed so far, and the latest one's message (see Database::faultCount).
    virtual qint64 readFaultCount() const = 0;
    virtual QString lastReadFault() const = 0;

    // A full check of the file; returns "ok" or the problems found.
    virtual QString integrityCheck() = 0;

    // Writes a consistent copy of the project, as committed, to a new file (a backup before a bulk change).
    virtual bool backupTo(const QString &file, QString *error) = 0;
    // Whether another connection (another program, another window) committed a change since the last call;
    // this store's own writes do not count. False while this store is inside a unit of work.
    virtual bool changedElsewhere() = 0;
};

} // namespace uproot
