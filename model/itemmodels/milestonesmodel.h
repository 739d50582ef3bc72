#pragma once

#include "model/project/projectchanges.h"
#include "model/store/storetypes.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace uproot {

class DirectivesReader;

// The dated milestones of the directives a project follows, in date order.
class MilestonesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MilestonesModel)
public:
    enum Column { Due, Milestone, Directive, Warning, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole, IdRole };

    explicit MilestonesModel(QObject *parent = nullptr);
    // The milestones of the directives the reader holds, following the project's changes; null detaches.
    void setSource(DirectivesReader *reader, ProjectChanges *changes);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();

    DirectivesReader *m_reader = nullptr;
    QPointer<ProjectChanges> m_changes;
    QList<MilestoneRecord> m_rows;
    QHash<Id, QString> m_directiveCodes;
};

} // namespace uproot
