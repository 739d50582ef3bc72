#include "model/project/auditpins.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

namespace uproot {

namespace {

constexpr char kGroup[] = "auditPins";

// "131 <hash> 2026-12-01T10:00:00Z alice": the user's name goes last, so a name with spaces still reads back.
QString encode(const PinnedHead &p)
{
    return QStringLiteral("%1 %2 %3 %4")
        .arg(p.head.events)
        .arg(p.head.hash, p.at.toUTC().toString(Qt::ISODate), p.by);
}

bool decode(const QString &text, PinnedHead *p)
{
    const QStringList parts = text.split(u' ');
    if (parts.size() < 3)
        return false;
    bool ok = false;
    p->head.events = parts.at(0).toLongLong(&ok);
    p->head.hash = parts.at(1);
    p->at = QDateTime::fromString(parts.at(2), Qt::ISODate);
    p->by = parts.mid(3).join(u' ');
    return ok && p->head.events >= 0 && p->head.hash.size() == 64;
}

QList<PinnedHead> read(QSettings &settings, const QString &key)
{
    QList<PinnedHead> pins;
    for (const QString &entry : settings.value(key).toStringList()) {
        PinnedHead p;
        if (decode(entry, &p))
            pins.append(p);
    }
    return pins;
}

constexpr char kRecent[] = "recent";

// Keeps the key as the most recently pinned, and drops the keys pinned least recently beyond the bound.
void touch(QSettings &settings, const QString &key)
{
    QStringList recent = settings.value(QLatin1String(kRecent)).toStringList();
    recent.removeAll(key);
    recent.append(key);
    while (recent.size() > AuditPins::kMaxKeys) {
        const QString gone = recent.takeFirst();
        settings.remove(gone);
        settings.remove(gone + QStringLiteral("-restored"));
    }
    settings.setValue(QLatin1String(kRecent), recent);
}

void append(QSettings &settings, const QString &key, const PinnedHead &pinned, const AuditPins::Holds &holds)
{
    QStringList entries = settings.value(key).toStringList();
    PinnedHead last;
    if (!entries.isEmpty() && decode(entries.last(), &last) &&
        ((last.head.events == pinned.head.events && last.head.hash == pinned.head.hash) || !holds(last)))
        return;
    entries.append(encode(pinned));
    while (entries.size() > AuditPins::kKept)
        entries.removeFirst();
    settings.setValue(key, entries);
    touch(settings, key);
}

} // namespace

QString AuditPins::pathKey(const QString &projectPath)
{
    // A path holds slashes, which QSettings reads as groups: the key is its hash (the path itself is not
    // needed, only found again).
    const QFileInfo info(projectPath);
    const QString canonical = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    return QStringLiteral("path-") +
           QString::fromLatin1(
               QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString AuditPins::idKey(const QString &projectId)
{
    // The identity is read from the file, which anyone may have edited: hashed, it is always a plain key.
    return QStringLiteral("id-") +
           QString::fromLatin1(
               QCryptographicHash::hash(projectId.toUtf8(), QCryptographicHash::Sha256).toHex());
}

void AuditPins::pin(const QString &projectPath, const QString &projectId, const PinnedHead &pinned,
                    const Holds &holds)
{
    QSettings settings;
    settings.beginGroup(QLatin1String(kGroup));
    append(settings, pathKey(projectPath), pinned, holds);
    if (!projectId.isEmpty())
        append(settings, idKey(projectId), pinned, holds);
}

void AuditPins::restart(const QString &projectPath, const QString &projectId, const PinnedHead &pinned,
                        const QString &note)
{
    QSettings settings;
    settings.beginGroup(QLatin1String(kGroup));
    QStringList keys{pathKey(projectPath)};
    if (!projectId.isEmpty())
        keys << idKey(projectId);
    for (const QString &key : keys) {
        settings.setValue(key, QStringList{encode(pinned)});
        settings.setValue(key + QStringLiteral("-restored"), note);
        touch(settings, key);
    }
}

QString AuditPins::restoreNote(const QString &projectPath, const QString &projectId)
{
    QSettings settings;
    settings.beginGroup(QLatin1String(kGroup));
    QString note = settings.value(pathKey(projectPath) + QStringLiteral("-restored")).toString();
    if (note.isEmpty() && !projectId.isEmpty())
        note = settings.value(idKey(projectId) + QStringLiteral("-restored")).toString();
    return note;
}

QList<PinnedHead> AuditPins::pinsFor(const QString &projectPath, const QString &projectId, QString *key)
{
    QSettings settings;
    settings.beginGroup(QLatin1String(kGroup));
    QList<PinnedHead> pins = read(settings, pathKey(projectPath));
    if (key)
        *key = QStringLiteral("path");
    if (pins.isEmpty() && !projectId.isEmpty()) {
        pins = read(settings, idKey(projectId));
        if (key)
            *key = QStringLiteral("identity");
    }
    return pins;
}

} // namespace uproot
