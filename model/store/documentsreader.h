#pragma once

#include "model/store/storetypes.h"

#include <QByteArray>
#include <QList>

namespace uproot {

// The register of documents sent: each final document as it went out, oldest first.
class DocumentsReader
{
public:
    virtual ~DocumentsReader() = default;

    // Every entry, without the documents' bytes.
    virtual QList<SentDocument> all() = 0;
    // One entry (id 0 when there is none) and, when content is given, its bytes as kept.
    virtual SentDocument find(Id id, QByteArray *content = nullptr) = 0;
};

} // namespace uproot
