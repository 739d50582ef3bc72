#include "model/detection/directivecatalog.h"

#include "model/detection/directivereader.h"
#include "model/detection/directivewriter.h"
#include "resources/builtindata.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace uproot {

namespace {

const QLatin1String kBuiltinFolder(":/directives");

} // namespace

DirectiveCatalog DirectiveCatalog::builtin(QString *error)
{
    ensureBuiltinDataLoaded();
    DirectiveCatalog catalog;
    QStringList problems;
    const QStringList files =
        QDir(kBuiltinFolder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        QString problem;
        if (!catalog.loadFile(kBuiltinFolder + u'/' + file, &problem))
            problems.append(problem);
    }
    if (error)
        *error = problems.join(u'\n');
    return catalog;
}

std::optional<QList<Directive>> DirectiveCatalog::parseJson(const QByteArray &bytes,
                                                            const QString &sourceName, QString *error)
{
    return DirectiveReader::read(bytes, sourceName, error);
}

bool DirectiveCatalog::loadFile(const QString &path, QString *error)
{
    QFile file(path);
    // Built-in files are named by their file name alone, as a user knows them ("bod-17-01.json").
    const QString name = path.startsWith(u':') ? path.section(u'/', -1) : path;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error =
                name + QLatin1String(": ") +
                QCoreApplication::translate("DirectiveCatalog", "cannot be read: %1").arg(file.errorString());
        return false;
    }
    if (file.size() > DirectiveReader::MaxFileSize) {
        if (error) {
            *error =
                name + QLatin1String(": ") +
                QCoreApplication::translate(
                    "DirectiveCatalog", "the file is larger than %1 MB; a directive catalog is far smaller")
                    .arg(DirectiveReader::MaxFileSize / (1024 * 1024));
        }
        return false;
    }
    const QByteArray bytes = file.read(DirectiveReader::MaxFileSize + 1);
    const std::optional<QList<Directive>> directives = DirectiveReader::read(bytes, name, error);
    return directives && commit(*directives, name, path, error);
}

bool DirectiveCatalog::loadJson(const QByteArray &bytes, const QString &sourceName, QString *error)
{
    const std::optional<QList<Directive>> directives = DirectiveReader::read(bytes, sourceName, error);
    return directives && commit(*directives, sourceName, sourceName, error);
}

bool DirectiveCatalog::commit(const QList<Directive> &directives, const QString &sourceName,
                              const QString &source, QString *error)
{
    for (qsizetype i = 0; i < directives.size(); ++i) {
        const QString &id = directives.at(i).id;
        if (contains(id)) {
            if (error) {
                const QString field = directives.size() == 1 ? QStringLiteral("id")
                                                             : QStringLiteral("directives[%1].id").arg(i);
                *error =
                    sourceName + QLatin1String(": ") + field + QLatin1String(": ") +
                    QCoreApplication::translate("DirectiveCatalog",
                                                "a directive \"%1\" is already in the catalog (from %2)")
                        .arg(id, sourceOf(id).isEmpty() ? QStringLiteral("a user definition") : sourceOf(id));
            }
            return false;
        }
    }
    for (const Directive &directive : directives) {
        m_directives.append(directive);
        m_sources.append(source);
    }
    return true;
}

QJsonObject DirectiveCatalog::toJson(const Directive &directive)
{
    return DirectiveWriter::toJson(directive);
}

QByteArray DirectiveCatalog::toBytes(const QList<Directive> &directives)
{
    return DirectiveWriter::toBytes(directives);
}

QStringList DirectiveCatalog::ids() const
{
    QStringList result;
    for (const Directive &directive : m_directives)
        result.append(directive.id);
    return result;
}

qsizetype DirectiveCatalog::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_directives.size(); ++i) {
        if (m_directives.at(i).id == id)
            return i;
    }
    return -1;
}

const Directive *DirectiveCatalog::find(const QString &id) const
{
    const qsizetype index = indexOf(id);
    return index < 0 ? nullptr : &m_directives.at(index);
}

QString DirectiveCatalog::sourceOf(const QString &id) const
{
    const qsizetype index = indexOf(id);
    return index < 0 ? QString() : m_sources.at(index);
}

bool DirectiveCatalog::isBuiltin(const QString &id) const
{
    const qsizetype index = indexOf(id);
    return index >= 0 && m_sources.at(index).startsWith(kBuiltinFolder);
}

std::optional<Directive> DirectiveCatalog::canonical(const Directive &directive, QString *error)
{
    const QString name = directive.id.isEmpty() ? QStringLiteral("(directive without id)") : directive.id;
    QString problem;
    std::optional<Directive> checked = DirectiveReader::readDirective(toJson(directive), QString(), &problem);
    if (!checked && error)
        *error = name + QLatin1String(": ") + problem;
    return checked;
}

bool DirectiveCatalog::add(const Directive &directive, QString *error)
{
    std::optional<Directive> checked = canonical(directive, error);
    if (!checked)
        return false;
    if (contains(checked->id)) {
        if (error) {
            *error =
                checked->id + QLatin1String(": id: ") +
                QCoreApplication::translate("DirectiveCatalog", "a directive with this id is already in the "
                                                                "catalog; choose another id or replace it");
        }
        return false;
    }
    m_directives.append(*checked);
    m_sources.append(QString());
    return true;
}

bool DirectiveCatalog::replace(const Directive &directive, QString *error)
{
    std::optional<Directive> checked = canonical(directive, error);
    if (!checked)
        return false;
    const qsizetype index = indexOf(checked->id);
    if (index < 0) {
        if (error) {
            *error = checked->id + QLatin1String(": id: ") +
                     QCoreApplication::translate("DirectiveCatalog", "no directive with this id to replace");
        }
        return false;
    }
    m_directives[index] = *checked;
    m_sources[index] = QString();
    return true;
}

bool DirectiveCatalog::remove(const QString &id)
{
    const qsizetype index = indexOf(id);
    if (index < 0)
        return false;
    m_directives.removeAt(index);
    m_sources.removeAt(index);
    return true;
}

} // namespace uproot
