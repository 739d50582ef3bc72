#include "model/readers/cyclonedxcomponent.h"

#include "model/readers/structuredrecord.h"

#include <QJsonArray>
#include <QUrl>

namespace uproot {

namespace {

QString field(const QJsonObject &object, const char *key)
{
    return StructuredRecord::text(object.value(QLatin1String(key))).trimmed();
}

QString entityName(const QJsonObject &component, const char *key)
{
    return field(component.value(QLatin1String(key)).toObject(), "name");
}

} // namespace

QString CycloneDxComponent::publisher(const QJsonObject &component)
{
    for (const QString &candidate : {field(component, "publisher"), entityName(component, "manufacturer"),
                                     entityName(component, "supplier"), field(component, "author")}) {
        if (!candidate.isEmpty())
            return candidate;
    }
    const QJsonArray authors = component.value(QLatin1String("authors")).toArray();
    for (const QJsonValue &author : authors) {
        const QString name = field(author.toObject(), "name");
        if (!name.isEmpty())
            return name;
    }
    return QString();
}

QString CycloneDxComponent::packageFromPurl(const QString &purl)
{
    // The purl spec: scheme "pkg:", then type/namespace/name, then @version, ?qualifiers and #subpath. '@', '?'
    // and '#' inside the namespace or name are percent-encoded, so the first of each is a separator.
    if (!purl.startsWith(QLatin1String("pkg:"), Qt::CaseInsensitive))
        return QString();
    QString rest = purl.mid(4);
    while (rest.startsWith(QLatin1Char('/')))
        rest.remove(0, 1);
    for (const QChar separator : {u'#', u'?', u'@'}) {
        const qsizetype at = rest.indexOf(separator);
        if (at >= 0)
            rest.truncate(at);
    }
    QStringList segments = rest.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (segments.size() < 2)
        return QString();
    segments.removeFirst(); // the type
    for (QString &segment : segments)
        segment = QUrl::fromPercentEncoding(segment.toUtf8());
    return segments.join(QLatin1Char('/'));
}

bool CycloneDxComponent::fill(const QJsonObject &component, StructuredRecord *record)
{
    const QString name = field(component, "name");
    if (name.isEmpty())
        return false;
    const QString purl = field(component, "purl");
    const QString group = field(component, "group");
    QString package = packageFromPurl(purl);
    if (package.isEmpty() && !group.isEmpty())
        package = group + QLatin1Char('/') + name;
    record->set(StructuredRecord::Software, name);
    record->set(StructuredRecord::Version, field(component, "version"));
    record->set(StructuredRecord::Publisher, publisher(component));
    record->set(StructuredRecord::Cpe, field(component, "cpe"));
    record->set(StructuredRecord::Purl, purl);
    record->set(StructuredRecord::Package, package);
    record->set(StructuredRecord::Kind, field(component, "type"));
    return true;
}

} // namespace uproot
