#pragma once

#include <QStringList>

namespace uproot {

// The rows of a table block. A table is read through this accessor so that an appendix of ten thousand
// systems is produced row by row (from a vector, or from the store) instead of being copied into the document
// first.
class TableSource
{
public:
    virtual ~TableSource() = default;
    virtual int rowCount() const = 0;
    // One string per column; missing trailing cells read as empty.
    virtual QStringList row(int index) const = 0;
    // One cell, for a pass over one column (widening a column kept whole); a source that can give it without
    // building the whole row should.
    virtual QString cell(int index, int column) const { return row(index).value(column); }
};

} // namespace uproot
