#include "model/detection/packageurl.h"

#include <QStringList>
#include <QUrl>

namespace uproot {

QString PackageUrl::identity() const
{
    QString text = QStringLiteral("pkg:") + type + u'/';
    if (!nameSpace.isEmpty())
        text += nameSpace + u'/';
    return text + name;
}

std::optional<PackageUrl> PackageUrl::parse(const QString &input)
{
    QString text = input.trimmed();
    if (!text.startsWith(QLatin1String("pkg:"), Qt::CaseInsensitive))
        return std::nullopt;
    text = text.mid(4);
    // The specification tolerates "pkg://type/…".
    while (text.startsWith(u'/'))
        text.remove(0, 1);
    // Subpath, then qualifiers, then version: each is cut from the right, as the specification parses.
    if (const qsizetype hash = text.indexOf(u'#'); hash >= 0)
        text.truncate(hash);
    if (const qsizetype question = text.indexOf(u'?'); question >= 0)
        text.truncate(question);
    while (text.endsWith(u'/'))
        text.chop(1);
    const qsizetype slash = text.lastIndexOf(u'/');
    if (const qsizetype at = text.lastIndexOf(u'@'); at > slash)
        text.truncate(at);
    QStringList segments = text.split(u'/', Qt::SkipEmptyParts);
    if (segments.size() < 2)
        return std::nullopt;
    auto decode = [](const QString &value) { return QUrl::fromPercentEncoding(value.toUtf8()); };
    PackageUrl url;
    url.type = segments.takeFirst().toLower();
    url.name = decode(segments.takeLast());
    QStringList space;
    for (const QString &segment : std::as_const(segments))
        space.append(decode(segment));
    url.nameSpace = space.join(u'/');
    if (url.type.isEmpty() || url.name.isEmpty())
        return std::nullopt;
    return url;
}

} // namespace uproot
