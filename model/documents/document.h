#pragma once

#include "model/documents/documentaudithead.h"
#include "model/documents/documentblock.h"

#include <QList>
#include <QString>

namespace uproot {

// A document described as data: a title page, a running header and footer, and the body's blocks.
struct Document
{
    QString title;         // title page, PDF title, running header
    QString subtitle;      // title page, under the title
    QString agency;        // title page; right of the running header
    KeyValueList metadata; // the title page's facts (agency, directive, point of contact, date prepared)
    QString titleNote;     // small print at the foot of the title page
    QString headerText;    // left of the running header; the title when empty
    QString footerText;    // left of the running footer ("Prepared September 12, 2017")
    QString author;        // PDF metadata (XMP dc:creator); "Uproot" when empty
    QString subject;       // PDF metadata (XMP dc:description)
    DocumentAuditHead auditHead; // printed last and on the title page, and written into the XMP metadata
    QList<DocumentBlock> blocks;
};

} // namespace uproot
