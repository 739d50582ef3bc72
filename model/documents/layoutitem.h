#pragma once

#include "model/documents/documentstyle.h"

#include <QRectF>
#include <QString>

namespace uproot {

// One positioned thing on a laid-out page, in device units relative to the page's printable area.
// Text: one line drawn from its baseline start (rect.topLeft()); never wrapped again when painted.
// Fill: a filled rectangle. Rule: a line from rect.topLeft() to rect.bottomRight(), penWidth wide.
struct LayoutItem
{
    enum class Kind : quint8 { Text, Fill, Rule };

    Kind kind = Kind::Text;
    FontRole font = FontRole::Body;
    ColorRole color = ColorRole::Text;
    QRectF rect;
    qreal penWidth = 0;
    QString text;
};

} // namespace uproot
