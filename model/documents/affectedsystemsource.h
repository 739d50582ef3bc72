#pragma once

#include "model/documents/affectedsystem.h"

namespace uproot {

// The affected systems of a document, read one at a time: an appendix of ten thousand systems can come
// straight from the project store (or a vector, see AffectedSystemList) without a copy per document.
class AffectedSystemSource
{
public:
    virtual ~AffectedSystemSource() = default;
    virtual int count() const = 0;
    virtual AffectedSystem at(int index) const = 0;
};

} // namespace uproot
