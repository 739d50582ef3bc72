#pragma once

#include "model/store/storetypes.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <QVariantList>

namespace uproot {

// One section of a system's page (its findings, tasks, installations, evidence or history): a small table
// whose rows SystemDossier reads for one system and hands over whole. A system has few rows in each, so all
// are held. An edit in the one editable column is announced (edited) for the page to make it a command; the
// model itself never writes.
class SystemSectionModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SystemSectionModel)
public:
    // The same role numbers as the big tables, so a view treats a row of either alike.
    enum Role { RawValueRole = Qt::UserRole, IdRole, SystemIdRole };

    struct Row
    {
        Id id = 0;
        QVariantList display; // one per column, shown
        QVariantList raw; // one per column, for sorting and tests (dates, numbers); empty: the display value
        QString toolTip;
    };

    SystemSectionModel(const QStringList &headers, QObject *parent = nullptr);

    void setSystem(Id systemId) { m_systemId = systemId; }
    // Replaces the rows. The same rows in the same order are announced as changed in place (a view keeps its
    // current row and selection); anything else resets the model.
    void setRows(QList<Row> rows);
    // The column a person may edit (-1: none), and whether editing is allowed at all (not in a read-only
    // project).
    void setEditableColumn(int column) { m_editableColumn = column; }
    void setEditable(bool editable) { m_editable = editable; }

    Id idAt(int row) const { return m_rows.value(row).id; }
    int rowOf(Id id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // A person changed the editable column of the row with this id; whoever owns the project makes the
    // command.
    void edited(uproot::Id id, int column, const QVariant &value);

private:
    QStringList m_headers;
    QList<Row> m_rows;
    Id m_systemId = 0;
    int m_editableColumn = -1;
    bool m_editable = false;
};

} // namespace uproot
