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
    // Names a reader must see whole, such as host names: the column widens towards its widest entry, taking
    // room from the other columns only down to their own longest words (no word elsewhere is cut for it). An
    // entry still wider is set in a smaller size when that fits, and otherwise breaks after a dot or hyphen.
    bool keepWhole = false;
};

} // namespace uproot
