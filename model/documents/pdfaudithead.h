#pragma once

#include "model/documents/documentaudithead.h"

#include <QByteArrayView>
#include <QString>

namespace uproot {

// Reads the audit trail head a document wrote into its XMP metadata (writeDocumentPdf). QtPdf is not part of
// Qt 6.4 on Debian and the page content is compressed, but Qt writes the metadata stream uncompressed, as
// PDF/A asks, so the head is found in the file's bytes. False, with the reason, when the file cannot be read
// or carries no head (made before documents carried one, or not by Uproot).
bool readPdfAuditHead(const QString &path, DocumentAuditHead *head, QString *error);
// The same from a document's bytes already read; path only names it in the error.
bool readPdfAuditHead(QByteArrayView bytes, const QString &path, DocumentAuditHead *head, QString *error);

} // namespace uproot
