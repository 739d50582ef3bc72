#pragma once

#include "model/documents/affectedsystemsource.h"
#include "model/documents/tablecolumn.h"
#include "model/documents/tablesource.h"

#include <QDate>
#include <QList>
#include <memory>

namespace uproot {

// Shows affected systems as an appendix table: System, Component, Site, Owner, Products, Tasks done ("3 of
// 11"), Due. When overdueAsOf is valid, a due date before it on a system with tasks left is marked "overdue"
// in words, so the mark survives black-and-white printing.
class AffectedSystemsTable final : public TableSource
{
public:
    AffectedSystemsTable(std::shared_ptr<const AffectedSystemSource> systems, QDate overdueAsOf = QDate());

    static QList<TableColumn> columns();
    int rowCount() const override;
    QStringList row(int index) const override;
    QString cell(int index, int column) const override;

private:
    std::shared_ptr<const AffectedSystemSource> m_systems;
    QDate m_overdueAsOf;
};

} // namespace uproot
