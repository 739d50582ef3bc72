#pragma once

#include <QString>
#include <Qt>

namespace uproot {

// A table column: its header text, its share of the table's width (weights are relative to each other) and
// how its cells are aligned (left or right; numbers read best right-aligned).
struct TableColumn
{
    QString title;
    qreal weight = 1.0;
    Qt::Alignment alignment = Qt::AlignLeft;
};

} // namespace uproot
