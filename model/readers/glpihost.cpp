#include "model/readers/glpihost.h"

#include "model/readers/structuredrecord.h"

#include <QDate>
#include <QRegularExpression>

namespace uproot {

namespace {

// QtCore has no address type (QHostAddress is in QtNetwork, which the readers do not link), and these checks
// are all that is needed.
bool usableIpv4(const QString &text)
{
    const QStringList parts = text.trimmed().split(QLatin1Char('.'));
    if (parts.size() != 4)
        return false;
    int octets[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        octets[i] = parts.at(i).toInt(&ok);
        if (!ok || octets[i] < 0 || octets[i] > 255)
            return false;
    }
    const bool loopback = octets[0] == 127;
    const bool unspecified = octets[0] == 0;
    const bool linkLocal = octets[0] == 169 && octets[1] == 254;
    return !loopback && !unspecified && !linkLocal;
}

bool usableIpv6(const QString &text)
{
    const QString address = text.trimmed().toLower();
    if (!address.contains(QLatin1Char(':')))
        return false;
    return address != QLatin1String("::1") && address != QLatin1String("::") && !address.startsWith(QLatin1String("fe80"));
}

} // namespace

void GlpiHost::fill(StructuredRecord *record) const
{
    record->set(StructuredRecord::System, name);
    record->set(StructuredRecord::Os, os);
    record->set(StructuredRecord::Ip, address());
    record->set(StructuredRecord::Serial, serial);
}

QString GlpiHost::address() const
{
    for (const QString &candidate : ipv4) {
        if (usableIpv4(candidate))
            return candidate.trimmed();
    }
    for (const QString &candidate : ipv6) {
        if (usableIpv6(candidate))
            return candidate.trimmed();
    }
    return QString();
}

void GlpiHost::chooseName(const QString &hardwareName, const QString &hardwareSource, const QString &deviceId,
                          const QString &deviceIdSource, const QString &fallback)
{
    const QString fromDeviceId = nameFromDeviceId(deviceId);
    if (!hardwareName.isEmpty()) {
        name = hardwareName;
        nameSource = hardwareSource;
    } else if (!fromDeviceId.isEmpty()) {
        name = fromDeviceId;
        nameSource = deviceIdSource;
    } else {
        name = fallback;
        nameSource.clear();
    }
}

QString GlpiHost::nameFromDeviceId(const QString &deviceId)
{
    static const QRegularExpression stamp(QStringLiteral("-\\d{4}-\\d{2}-\\d{2}-\\d{2}-\\d{2}-\\d{2}$"));
    QString name = deviceId.trimmed();
    const QRegularExpressionMatch match = stamp.match(name);
    if (match.hasMatch() && match.capturedStart() > 0)
        name.truncate(match.capturedStart());
    return name;
}

QString GlpiHost::isoDate(const QString &raw, bool *understood)
{
    const QString text = raw.trimmed();
    *understood = true;
    if (text.isEmpty())
        return text;
    for (const QString &format : {QStringLiteral("dd/MM/yyyy"), QStringLiteral("yyyy-MM-dd"),
                                  QStringLiteral("yyyyMMdd")}) {
        if (text.size() != format.size())
            continue;
        const QDate date = QDate::fromString(text, format);
        if (date.isValid())
            return date.toString(Qt::ISODate);
    }
    *understood = false;
    return text;
}

QString GlpiHost::softwareKind(const QString &from, const QString &releaseType)
{
    const QString release = releaseType.toLower();
    if (release.contains(QLatin1String("update")) || release.contains(QLatin1String("hotfix")))
        return QStringLiteral("update");
    static const QStringList packageManagers = {
        QStringLiteral("deb"),     QStringLiteral("rpm"),     QStringLiteral("snap"),     QStringLiteral("flatpak"),
        QStringLiteral("pacman"),  QStringLiteral("portage"), QStringLiteral("pkgsrc"),   QStringLiteral("pkg"),
        QStringLiteral("pkgng"),   QStringLiteral("nix"),     QStringLiteral("slackware"), QStringLiteral("apk"),
        QStringLiteral("homebrew"), QStringLiteral("macports"), QStringLiteral("gentoo")};
    if (packageManagers.contains(from.trimmed().toLower()))
        return QStringLiteral("package");
    return QStringLiteral("application");
}

} // namespace uproot
