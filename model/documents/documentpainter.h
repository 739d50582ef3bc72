#pragma once

#include "model/documents/documentlayout.h"
#include "model/documents/documentstyle.h"

#include <QString>

class QPagedPaintDevice;

namespace uproot {

// Paints laid-out pages onto a paged device (a QPdfWriter, or the QPrinter of a print or a print preview). It
// makes no decisions: every item already has its place. Honours the page ranges a print dialog sets.
class DocumentPainter
{
public:
    explicit DocumentPainter(const DocumentStyle &style) : m_style(style) {}

    bool paint(const DocumentLayout &layout, QPagedPaintDevice *device, QString *error) const;

private:
    const DocumentStyle &m_style;
};

} // namespace uproot
