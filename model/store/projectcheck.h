#pragma once

#include <QString>
#include <QStringList>
#include <atomic>
#include <mutex>

struct sqlite3;

namespace uproot {

// Checks a project file without using it: that it is an Uproot project, that its schema is the one this
// version of Uproot makes (tables, columns, indexes, and no trigger or view it did not create), and SQLite's
// own integrity check, quick or full. Runs on any thread over a connection of its own that writes nothing, so
// the window can check the project it has open (File > Check project) while it stays usable; cancel() from
// another thread stops it.
class ProjectCheck final
{
public:
    enum class Depth { Quick, Full };
    enum class Verdict { Sound, NotAProject, Refused, Cancelled };

    ProjectCheck(const QString &path, Depth depth);
    ProjectCheck(const ProjectCheck &) = delete;
    ProjectCheck &operator=(const ProjectCheck &) = delete;

    Verdict run();
    void cancel();

    // For the benchmark's baseline only (bench/bench_open.cpp, open_1m_check_overhead_ratio): opening without
    // the schema comparison and integrity check, as before they existed. No option or variable reaches it.
    static void setCheckedOnOpen(bool checked);
    static bool isCheckedOnOpen();

    Verdict verdict() const { return m_verdict; }
    // What is wrong, one sentence each ("table findings is missing"); empty when sound.
    QStringList problems() const { return m_problems; }
    // The schema version the file says it holds (-1 when it could not be read).
    int schemaVersion() const { return m_version; }

private:
    QString m_path;
    Depth m_depth;
    Verdict m_verdict = Verdict::Cancelled;
    QStringList m_problems;
    int m_version = -1;
    std::mutex m_mutex; // guards m_running against cancel() from another thread
    sqlite3 *m_running = nullptr;
    std::atomic<bool> m_cancelled{false};
};

} // namespace uproot
