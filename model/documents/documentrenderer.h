#pragma once

#include "model/documents/document.h"
#include "model/documents/documentlayout.h"
#include "model/documents/pagesetup.h"

#include <QString>

class QPagedPaintDevice;

namespace uproot {

// One renderer serves PDF, printing and print preview: the document is laid out for the device it will be
// painted on, then painted, with the device's own page layout (a print dialog's choice of paper is kept).
// pageCount receives the number of pages of the whole document.
bool renderDocument(const Document &document, QPagedPaintDevice *device, QString *error,
                    int *pageCount = nullptr);

// Lays the document out for a device without painting it (a preview's page count, or a test's look inside).
DocumentLayout layoutDocument(const Document &document, QPagedPaintDevice *device);

// Paper, orientation (portrait) and margins for a device; a PDF gets them here, a printer from its dialog.
bool applyPageSetup(QPagedPaintDevice *device, const PageSetup &setup);

// The XMP metadata packet of a document's PDF: title, author, subject and its audit trail head (read back by
// readPdfAuditHead). For a PDF painted another way (the tiled timeline), give a Document with those fields.
QByteArray pdfXmpMetadata(const Document &document);

// Writes the document as a PDF with embedded fonts and document metadata (title, author, subject, creator
// "Uproot"). The file appears whole or not at all; on failure error says why and the function returns false.
bool writeDocumentPdf(const Document &document, const QString &path, const PageSetup &setup, QString *error,
                      int *pageCount = nullptr);

} // namespace uproot
