#include "model/documents/documentpainter.h"

#include <QCoreApplication>
#include <QPageRanges>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPen>

namespace uproot {

bool DocumentPainter::paint(const DocumentLayout &layout, QPagedPaintDevice *device, QString *error) const
{
    QPainter painter;
    if (!painter.begin(device)) {
        if (error)
            *error = QCoreApplication::translate("Document", "Cannot start painting the document.");
        return false;
    }
    const QPageRanges ranges = device->pageRanges();
    bool firstPainted = true;
    for (size_t index = 0; index < layout.pages.size(); ++index) {
        if (!ranges.isEmpty() && !ranges.contains(int(index) + 1))
            continue;
        if (!firstPainted && !device->newPage()) {
            if (error)
                *error = QCoreApplication::translate("Document", "Cannot start page %1.").arg(index + 1);
            return false;
        }
        firstPainted = false;
        // Fonts and pens change rarely between neighbouring items; setting them only on change keeps a long
        // table cheap to paint.
        int currentFont = -1;
        QColor currentColor;
        qreal currentWidth = -1;
        for (const LayoutItem &item : layout.pages[index].items) {
            const QColor color = m_style.color(item.color);
            switch (item.kind) {
            case LayoutItem::Kind::Fill:
                painter.fillRect(item.rect, color);
                break;
            case LayoutItem::Kind::Rule:
                if (color != currentColor || item.penWidth != currentWidth) {
                    painter.setPen(QPen(color, item.penWidth, Qt::SolidLine, Qt::FlatCap));
                    currentColor = color;
                    currentWidth = item.penWidth;
                }
                painter.drawLine(item.rect.topLeft(), item.rect.bottomRight());
                break;
            case LayoutItem::Kind::Text:
                if (int(item.font) != currentFont) {
                    painter.setFont(m_style.font(item.font));
                    currentFont = int(item.font);
                }
                if (color != currentColor || currentWidth != 0) {
                    painter.setPen(color);
                    currentColor = color;
                    currentWidth = 0;
                }
                painter.drawText(item.rect.topLeft(), item.text);
                break;
            }
        }
    }
    if (!painter.end()) {
        if (error)
            *error = QCoreApplication::translate("Document", "Cannot finish the document.");
        return false;
    }
    return true;
}

} // namespace uproot
