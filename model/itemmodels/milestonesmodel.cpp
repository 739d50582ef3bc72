#include "model/itemmodels/milestonesmodel.h"

#include "model/store/directivesreader.h"

#include <QLocale>

namespace uproot {

MilestonesModel::MilestonesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MilestonesModel::setSource(DirectivesReader *reader, ProjectChanges *changes)
{
    if (m_changes)
        disconnect(m_changes, nullptr, this, nullptr);
    m_reader = reader;
    m_changes = reader ? changes : nullptr;
    if (m_changes) {
        connect(m_changes, &ProjectChanges::changed, this, [this](const ProjectChange &c) {
            if (c.resets(ProjectChange::Directives))
                reload();
        });
    }
    reload();
}

void MilestonesModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_directiveCodes.clear();
    if (m_reader) {
        m_rows = m_reader->milestones();
        for (const DirectiveRecord &d : m_reader->all())
            m_directiveCodes.insert(d.id, d.code);
    }
    endResetModel();
}

int MilestonesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MilestonesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MilestonesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const MilestoneRecord &m = m_rows[index.row()];
    if (role == IdRole)
        return m.id;
    if (role == Qt::ToolTipRole && !m.warning.isEmpty())
        return m.warning;
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    switch (index.column()) {
    case Due:
        if (role == RawValueRole)
            return m.due;
        return QLocale().toString(m.due, QStringLiteral("ddd d MMM yyyy"));
    case Milestone:
        return m.title;
    case Directive:
        return m_directiveCodes.value(m.directiveId);
    case Warning:
        return m.warning;
    }
    return {};
}

QVariant MilestonesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Due:
        return tr("Date");
    case Milestone:
        return tr("Milestone");
    case Directive:
        return tr("Directive");
    case Warning:
        return tr("Note");
    }
    return {};
}

} // namespace uproot
