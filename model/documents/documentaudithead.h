#pragma once

#include <QDateTime>
#include <QString>

namespace uproot {

// The head of the project's audit trail when a document was made (how many events, the SHA-256 of the last),
// printed at the end of the document and written into its XMP metadata, where `uproot audit --against` reads
// it back: the document sent out pins the trail as it was.
struct DocumentAuditHead
{
    qint64 events = -1; // -1: not known, nothing printed
    QString hash;       // 64 lower-case hex digits
    QDateTime made;     // read back from a document: when it was made (its XMP CreateDate), when it says

    bool isValid() const { return events >= 0 && hash.size() == 64; }
};

} // namespace uproot
