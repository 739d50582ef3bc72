#pragma once

#include <QJsonObject>
#include <QString>

namespace uproot {

// A directive's JSON as a person reads and edits it: fields in the order the catalog format describes them
// (id and title first, rules last; in a rule id, kind and effect first), short lists on one line.
// QJsonDocument sorts keys alphabetically, which puts "appliesTo" before "id".
QString readableJson(const QJsonObject &object);

} // namespace uproot
