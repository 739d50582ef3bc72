#pragma once

#include "model/store/storetypes.h"

#include <QHashFunctions>
#include <QString>

namespace uproot {

// What makes two rows the same software title: name, publisher, CPE, purl, package name and bundle identifier,
// compared exactly (an empty field equals a missing one). Hashing the fields in place spares the importer a
// joined string per row.
struct TitleKey
{
    QString name;
    QString publisher;
    QString cpe;
    QString purl;
    QString package;
    QString bundleId;

    static TitleKey of(const TitleRecord &t) { return {t.name, t.publisher, t.cpe, t.purl, t.package, t.bundleId}; }

    friend bool operator==(const TitleKey &a, const TitleKey &b)
    {
        return a.name == b.name && a.publisher == b.publisher && a.cpe == b.cpe && a.purl == b.purl
            && a.package == b.package && a.bundleId == b.bundleId;
    }
    friend size_t qHash(const TitleKey &k, size_t seed = 0)
    {
        return qHashMulti(seed, k.name, k.publisher, k.cpe, k.purl, k.package, k.bundleId);
    }
};

} // namespace uproot
