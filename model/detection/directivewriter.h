#pragma once

#include "model/detection/directive.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace uproot {

// The catalog format written back: what DirectiveReader reads gives the same Directive again. Defaults
// (effect "cover", publisher "any", syntax "wildcard") and empty fields are left out.
class DirectiveWriter
{
public:
    // One directive object, with "schemaVersion".
    static QJsonObject toJson(const Directive &directive);
    // A file's contents, indented: one directive, or {"schemaVersion": 1, "directives": [...]} for several.
    static QByteArray toBytes(const QList<Directive> &directives);
};

} // namespace uproot
