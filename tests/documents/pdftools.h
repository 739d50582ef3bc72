#pragma once

#include <QSizeF>
#include <QString>

namespace uproot::test {

// poppler-utils as the independent reader of what the renderer wrote.
bool havePdfTools();
QString pdfInfo(const QString &path);  // pdfinfo's output
int pdfPageCount(const QString &path); // -1 when pdfinfo fails
QSizeF
pdfPageSize(const QString &path); // the first page's width and height in points; empty when pdfinfo fails
QString pdfText(const QString &path, int first = 0,
                int last = 0);         // pdftotext -layout, pages first..last (1-based)
QString pdfFonts(const QString &path); // pdffonts' output

} // namespace uproot::test
