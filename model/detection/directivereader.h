#pragma once

#include "model/detection/directive.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace uproot {

// Reads catalog files (format: resources/directives/README.md) and checks everything a Detector and the
// milestone calendar rely on, so a directive that passes here can be used without further checks. Errors read
// "<source>: <field path>: <reason>", e.g. "bod-17-01.json: milestones[2]: needs offsetDays or date", or
// "<source>:<line>:<column>: not valid JSON: <reason>".
class DirectiveReader
{
public:
    static constexpr int SchemaVersion = 1;
    static constexpr qsizetype MaxFileSize = 4 * 1024 * 1024;

    // A file holds one directive object with "schemaVersion", or {"schemaVersion": 1, "directives": [...]}.
    static std::optional<QList<Directive>> read(const QByteArray &bytes, const QString &sourceName,
                                                QString *error);

    // One directive object; "schemaVersion" is optional here and must be 1 when present. path prefixes the
    // field paths in errors ("directives[1]"), empty for a top-level object.
    static std::optional<Directive> readDirective(const QJsonObject &object, const QString &path,
                                                  QString *error);
};

} // namespace uproot
