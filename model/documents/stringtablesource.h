#pragma once

#include "model/documents/tablesource.h"

#include <QList>

namespace uproot {

// A small table held in memory: the product counts, milestones and component rows of a document.
class StringTableSource final : public TableSource
{
public:
    StringTableSource() = default;
    explicit StringTableSource(QList<QStringList> rows) : m_rows(std::move(rows)) {}

    void append(const QStringList &row) { m_rows.append(row); }
    int rowCount() const override { return int(m_rows.size()); }
    QStringList row(int index) const override { return m_rows.value(index); }

private:
    QList<QStringList> m_rows;
};

} // namespace uproot
