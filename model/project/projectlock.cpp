#include "model/project/projectlock.h"

#include "model/translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QThread>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <cstring>
#include <pwd.h>
#include <unistd.h>
#endif

namespace uproot {

UPROOT_DECLARE_TR_FUNCTION(ProjectLock)

namespace {

QByteArray recordOf(const LockHolder &h)
{
    QJsonObject o;
    o.insert(QStringLiteral("user"), h.user);
    o.insert(QStringLiteral("host"), h.host);
    o.insert(QStringLiteral("pid"), h.pid);
    o.insert(QStringLiteral("program"), h.program);
    o.insert(QStringLiteral("since"), h.since.toString(Qt::ISODate));
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

LockHolder holderFrom(const QByteArray &record)
{
    const QJsonObject o = QJsonDocument::fromJson(record).object();
    LockHolder h;
    h.user = o.value(QStringLiteral("user")).toString();
    h.host = o.value(QStringLiteral("host")).toString();
    h.pid = o.value(QStringLiteral("pid")).toInteger();
    h.program = o.value(QStringLiteral("program")).toString();
    h.since = QDateTime::fromString(o.value(QStringLiteral("since")).toString(), Qt::ISODate);
    return h;
}

bool sameHolder(const LockHolder &a, const LockHolder &b)
{
    return a.pid == b.pid && a.host == b.host && a.since == b.since;
}

#ifdef Q_OS_UNIX
// Whether the process runs: it exists, is no zombie (killed, not yet reaped by its parent), and, when its
// name can be read, is the program that wrote the record rather than another that was given its id since.
bool processRuns(qint64 pid, const QString &program)
{
    if (pid <= 0)
        return false;
    if (::kill(pid_t(pid), 0) == -1 && errno == ESRCH)
        return false;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray line = stat.readAll();
        const qsizetype close = line.lastIndexOf(')');
        if (close > 0 && close + 2 < line.size() && line.at(close + 2) == 'Z')
            return false;
    }
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    if (!program.isEmpty() && comm.open(QIODevice::ReadOnly)) {
        // The kernel keeps the first 15 bytes of a program's name.
        const QByteArray name = comm.readAll().trimmed();
        if (!name.isEmpty() && name != program.toLocal8Bit().left(15))
            return false;
    }
    return true;
}
#else
bool processRuns(qint64 pid, const QString &)
{
    return pid > 0;
}
#endif

} // namespace

QString LockHolder::describe() const
{
    const QDateTime local = since.toLocalTime();
    const QString when = local.date() == QDate::currentDate()
                             ? local.toString(QStringLiteral("HH:mm"))
                             : local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QString who = user.isEmpty() ? tr("someone") : user;
    const QString what = program.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(program);
    return tr("%1 on host %2, process %3%4, since %5").arg(who, host).arg(pid).arg(what, when);
}

ProjectLock::ProjectLock(const QString &projectPath, QObject *parent)
    : QObject(parent), m_projectPath(QFileInfo(projectPath).absoluteFilePath()),
      m_lockPath(lockPath(projectPath))
{
}

ProjectLock::~ProjectLock()
{
    release();
}

QString ProjectLock::lockPath(const QString &projectPath)
{
    return QFileInfo(projectPath).absoluteFilePath() + QStringLiteral(".lock");
}

QString ProjectLock::userName()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    if (!user.isEmpty())
        return user;
#ifdef Q_OS_UNIX
    if (const passwd *account = getpwuid(geteuid()); account && account->pw_name && *account->pw_name)
        return QString::fromLocal8Bit(account->pw_name);
#endif
    return QStringLiteral("unknown");
}

LockHolder ProjectLock::self()
{
    LockHolder h;
    h.user = userName();
    h.host = QSysInfo::machineHostName();
    h.pid = QCoreApplication::applicationPid();
    h.program = QFileInfo(QCoreApplication::applicationFilePath()).fileName();
    // Whole seconds: the record's time reads back exactly as written.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    h.since = now.addMSecs(-now.time().msec());
    return h;
}

LockHolder ProjectLock::currentHolder(const QString &projectPath)
{
    QFile f(lockPath(projectPath));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return holderFrom(f.read(64 * 1024));
}

bool ProjectLock::isStale(const LockHolder &holder)
{
    if (holder.host != QSysInfo::machineHostName())
        return false;
    return !processRuns(holder.pid, holder.program);
}

ProjectLock::Outcome ProjectLock::tryAcquire(LockHolder *holder, QString *error, LockHolder *staleHolder)
{
    if (m_held)
        return Outcome::Acquired;
    m_mine = self();
    const QString temporary = m_lockPath + QStringLiteral(".%1.tmp").arg(QCoreApplication::applicationPid());
    for (int attempt = 0; attempt < 3; ++attempt) {
        {
            QFile record(temporary);
            if (!record.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
                record.write(recordOf(m_mine)) < 0) {
                *error = tr("cannot write the lock record %1: %2").arg(temporary, record.errorString());
                QFile::remove(temporary);
                return Outcome::Failed;
            }
        }
#ifdef Q_OS_UNIX
        // link() fails when the name exists: taking the lock and writing its record are one step.
        const int linked =
            ::link(QFile::encodeName(temporary).constData(), QFile::encodeName(m_lockPath).constData());
        const int why = errno;
        QFile::remove(temporary);
        if (linked == 0) {
            m_held = true;
            return Outcome::Acquired;
        }
        if (why != EEXIST) {
            *error = tr("cannot create the lock record %1: %2")
                         .arg(m_lockPath, QString::fromLocal8Bit(std::strerror(why)));
            return Outcome::Failed;
        }
#else
        if (QFile::rename(temporary, m_lockPath)) {
            m_held = true;
            return Outcome::Acquired;
        }
        QFile::remove(temporary);
#endif
        const LockHolder current = currentHolder(m_projectPath);
        if (current.isNull()) {
            // A record that cannot be read yet (being replaced) or at all: unreadable for a while means
            // stale.
            const QFileInfo info(m_lockPath);
            if (info.exists() && info.lastModified().secsTo(QDateTime::currentDateTime()) < 5) {
                *holder = current;
                return Outcome::Held;
            }
        } else if (!isStale(current)) {
            *holder = current;
            return Outcome::Held;
        }
        // Stale: set aside under a private name first, so that of two processes clearing it at once, the one
        // that comes second cannot remove the first one's fresh record.
        const QString aside =
            m_lockPath + QStringLiteral(".stale-%1").arg(QCoreApplication::applicationPid());
        if (QFile::rename(m_lockPath, aside)) {
            QFile moved(aside);
            const LockHolder movedHolder =
                moved.open(QIODevice::ReadOnly) ? holderFrom(moved.readAll()) : LockHolder{};
            moved.close();
            if (!current.isNull() && !sameHolder(movedHolder, current)) {
#ifdef Q_OS_UNIX
                // Someone else's fresh record: put it back unless yet another one is already there.
                ::link(QFile::encodeName(aside).constData(), QFile::encodeName(m_lockPath).constData());
#endif
            } else if (staleHolder) {
                *staleHolder = current;
            }
            QFile::remove(aside);
        }
    }
    *error = tr("the lock record %1 keeps changing; try again").arg(m_lockPath);
    return Outcome::Failed;
}

ProjectLock::Outcome ProjectLock::acquire(int timeoutMs, const Waiting &waiting, LockHolder *holder,
                                          QString *error, LockHolder *staleHolder)
{
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        const Outcome outcome = tryAcquire(holder, error, staleHolder);
        if (outcome != Outcome::Held)
            return outcome;
        const qint64 remaining = timeoutMs - timer.elapsed();
        if (remaining <= 0)
            return outcome;
        if (waiting)
            waiting(int(remaining), *holder);
        QThread::msleep(quint64(qMin<qint64>(250, remaining)));
    }
}

void ProjectLock::release()
{
    if (!m_held)
        return;
    m_held = false;
    // Only this lock's own record goes: a record someone cleared as stale and took over stays theirs.
    if (sameHolder(currentHolder(m_projectPath), m_mine))
        QFile::remove(m_lockPath);
}

} // namespace uproot
