#pragma once

#include "model/store/storetypes.h"

#include <QList>

namespace uproot {

// One import's systems, titles and installations, written as the file is read. A unit of work hands it out
// (UnitOfWork::loadInventory); it writes inside that unit's transaction, so the load lands whole or not at all.
//
// Ids of new systems and titles are handed out at once, so the reader never waits for the writer. An
// installation already stored for the same system, title and version is seen again: its last scan and source row
// move to this import, and it keeps its id and first scan.
class InventoryLoad
{
public:
    virtual ~InventoryLoad() = default;

    // Returns the new system's id. `system.id` is ignored.
    virtual Id addSystem(const SystemRecord &system) = 0;
    // Marks a stored system seen by this import and fills attributes it did not have yet; a non-empty
    // seen.normalizedName replaces the stored key (a NetBIOS name that met its full name).
    virtual void touchSystem(Id id, const SystemRecord &seen) = 0;
    // Returns the new title's id. `title.id` is ignored.
    virtual Id addTitle(const TitleRecord &title) = 0;
    // Detection's verdict on a title, given once, before the title's first installation: every installation of
    // the title this load stores, new or seen again, gets a finding per match unless it has one already.
    virtual void setTitleMatches(Id titleId, const QList<TitleDirectiveMatch> &matches) = 0;
    // An empty installDate stores NULL.
    virtual void addInstallation(Id systemId, Id titleId, const QString &version, const QString &installDate,
                                 qint64 sourceLine) = 0;

    // True once writing has failed; the caller should stop feeding and call finish() for the message.
    virtual bool failed() const = 0;
    // Writes what is pending. False with the store's message if anything failed.
    virtual bool finish(QString *error) = 0;
    // Stops without writing what is pending (the unit of work is then dropped, which rolls it back).
    virtual void abort() = 0;

    // After finish(): installations this load created, installations stored before it that it saw again (a
    // row that names one twice counts once), and findings.
    virtual qint64 installationsCreated() const = 0;
    virtual qint64 installationsSeenAgain() const = 0;
    virtual qint64 findingsCreated() const = 0;

    // A later scan closes the loop. The load's import source carries the date of its scan; the scan covers a
    // system when it names the system and no scan already imported for that system is dated after it. After
    // finish(): installations with findings on covered systems that this scan no longer shows (verified removed
    // by it: their missing_since), and installations that a scan had verified removed and this one shows again
    // (reappeared in it). A scan that does not cover a system verifies nothing about it.
    virtual qint64 removalsVerified() const = 0;
    virtual qint64 reappearances() const = 0;
};

} // namespace uproot
