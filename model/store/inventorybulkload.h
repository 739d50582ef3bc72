#pragma once

#include "model/store/inventoryload.h"
#include "model/store/storetypes.h"

#include <QByteArray>
#include <QSet>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace uproot {

class Database;

// Writes one import's systems, titles and installations on a writer thread while the caller goes on reading
// the file: reading and normalising a row and storing it cost about the same, so the two run side by side.
//
// The caller opens the transaction first and does not write through anything else until finish() or abort()
// returns; reads from other threads (a window repainting) are safe and wait for the batch being written. Ids of new systems and titles are handed out here,
// at once, so the reader never waits for the writer. An installation already stored for the same system, title
// and version is seen again: its last scan and source row move to this import, and it keeps its id and first
// scan. Memory is bounded by a few batches whatever the file's size.
class InventoryBulkLoad final : public InventoryLoad
{
public:
    InventoryBulkLoad(Database &db, Id sourceId);
    ~InventoryBulkLoad() override; // aborts if finish() was not called
    InventoryBulkLoad(const InventoryBulkLoad &) = delete;
    InventoryBulkLoad &operator=(const InventoryBulkLoad &) = delete;

    // Returns the new system's id. `system.id` is ignored.
    Id addSystem(const SystemRecord &system) override;
    // Marks a stored system seen by this import and fills attributes it did not have yet; a non-empty
    // seen.normalizedName replaces the stored key (a NetBIOS name that met its full name).
    void touchSystem(Id id, const SystemRecord &seen) override;
    // Returns the new title's id. `title.id` is ignored.
    Id addTitle(const TitleRecord &title) override;
    // Detection's verdict on a title, given once, before the title's first installation: every installation of
    // the title this load stores, new or seen again, gets a finding per match unless it has one already.
    void setTitleMatches(Id titleId, const QList<TitleDirectiveMatch> &matches) override;
    // An empty installDate stores NULL.
    void addInstallation(Id systemId, Id titleId, const QString &version, const QString &installDate,
                         qint64 sourceLine) override;

    // True once the writer has failed; the caller should stop feeding and call finish() for the message.
    bool failed() const override;
    // Writes what is pending and stops the writer. False with the store's message if anything failed.
    bool finish(QString *error) override;
    // Stops the writer without writing what is pending (the caller rolls the transaction back).
    void abort() override;

    // After finish(): installations this load created, installations stored before it that it saw again (a
    // row that names one twice counts once), and findings.
    qint64 installationsCreated() const override { return m_installationsCreated; }
    qint64 installationsSeenAgain() const override { return m_installationsSeenAgain; }
    qint64 findingsCreated() const override;
    qint64 removalsVerified() const override { return m_removalsVerified; }
    qint64 reappearances() const override { return m_reappearances; }

private:
    struct Batch;
    struct Writer;

    void push(bool last);
    void writerLoop();
    bool verifyRemovals(QString *error);

    Database &m_db;
    std::unique_ptr<Writer> m_writer;
    std::unique_ptr<Batch> m_current;
    Id m_nextSystemId = 1;
    Id m_nextTitleId = 1;
    QSet<Id> m_coveredTitles;
    Id m_installationIdBefore = 0;
    qint64 m_installationsCreated = 0;
    qint64 m_installationsSeenAgain = 0;
    qint64 m_removalsVerified = 0;
    qint64 m_reappearances = 0;
    Id m_sourceId = 0;

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<Batch>> m_queue;
    std::vector<std::unique_ptr<Batch>> m_spare;
    bool m_closed = false;
    bool m_aborted = false;
    std::atomic<bool> m_failed = false;
    QString m_error;
    std::thread m_thread;
};

} // namespace uproot
