#include "model/store/projectcheck.h"

#include "model/store/database.h"
#include "model/store/schemacheck.h"
#include "model/store/verifiedfiles.h"

#include "model/translation.h"

#include <QFileInfo>
#include <sqlite3.h>

namespace uproot {

UPROOT_DECLARE_TR_FUNCTION(ProjectStore)

namespace {
std::atomic<bool> checkedOnOpen{true};
} // namespace

void ProjectCheck::setCheckedOnOpen(bool checked)
{
    checkedOnOpen = checked;
}

bool ProjectCheck::isCheckedOnOpen()
{
    return checkedOnOpen;
}

ProjectCheck::ProjectCheck(const QString &path, Depth depth) : m_path(path), m_depth(depth) {}

ProjectCheck::Verdict ProjectCheck::run()
{
    m_problems.clear();
    m_version = -1;
    const QFileInfo info(m_path);
    if (!info.exists()) {
        m_problems.append(tr("%1: no such project file").arg(m_path));
        return m_verdict = Verdict::NotAProject;
    }
    if (info.size() == 0) {
        m_problems.append(tr("it is not an Uproot project (the file is empty)"));
        return m_verdict = Verdict::NotAProject;
    }
    const bool hadSidecars = SchemaCheck::hasSidecars(m_path);
    Database db;
    QString error;
    // Writable when the file is, so that closing can tidy the write-ahead log of a sound file away; writes
    // are held until the verdict, and a file that fails is closed without a checkpoint.
    if (!db.open(m_path, false, !info.isWritable(), &error)) {
        m_problems.append(tr("it cannot be opened: %1").arg(error));
        return m_verdict = Verdict::Refused;
    }
    db.setWritesHeld(true);
    {
        const std::lock_guard lock(m_mutex);
        if (m_cancelled)
            return m_verdict = Verdict::Cancelled;
        m_running = db.handle();
    }
    m_verdict = SchemaCheck::judge(db, m_depth, &m_version, &m_problems);
    {
        const std::lock_guard lock(m_mutex);
        m_running = nullptr;
    }
    if (m_cancelled) {
        m_problems.clear();
        m_verdict = Verdict::Cancelled;
    }
    if (m_verdict == Verdict::Sound)
        db.setWritesHeld(false);
    db.close();
    if (m_verdict == Verdict::Sound)
        VerifiedFiles::recordVerified(m_path);
    if (m_verdict != Verdict::Sound && !hadSidecars)
        SchemaCheck::removeEmptySidecars(m_path);
    return m_verdict;
}

void ProjectCheck::cancel()
{
    const std::lock_guard lock(m_mutex);
    m_cancelled = true;
    if (m_running)
        sqlite3_interrupt(m_running);
}

} // namespace uproot
