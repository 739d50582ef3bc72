#include "model/documents/affectedsystemstable.h"

#include "model/documents/documenttext.h"

#include <QCoreApplication>

namespace uproot {

AffectedSystemsTable::AffectedSystemsTable(std::shared_ptr<const AffectedSystemSource> systems,
                                           QDate overdueAsOf)
    : m_systems(std::move(systems)), m_overdueAsOf(overdueAsOf)
{
}

QList<TableColumn> AffectedSystemsTable::columns()
{
    return {{QCoreApplication::translate("Document", "System"), 1.4, Qt::AlignLeft, true},
            {QCoreApplication::translate("Document", "Component"), 1.3, Qt::AlignLeft},
            {QCoreApplication::translate("Document", "Site"), 1.1, Qt::AlignLeft},
            {QCoreApplication::translate("Document", "Owner"), 1.1, Qt::AlignLeft},
            {QCoreApplication::translate("Document", "Products"), 2.05, Qt::AlignLeft},
            {QCoreApplication::translate("Document", "Tasks done"), 0.72, Qt::AlignRight},
            {QCoreApplication::translate("Document", "Due"), 1.08, Qt::AlignLeft}};
}

int AffectedSystemsTable::rowCount() const
{
    return m_systems ? m_systems->count() : 0;
}

QStringList AffectedSystemsTable::row(int index) const
{
    const AffectedSystem system = m_systems->at(index);
    const QString tasks = system.tasksTotal > 0
                              ? QCoreApplication::translate("Document", "%1 of %2")
                                    .arg(countText(system.tasksDone), countText(system.tasksTotal))
                              : QCoreApplication::translate("Document", "No tasks");
    QString due = shortDateText(system.due);
    if (m_overdueAsOf.isValid() && system.due.isValid() && system.due < m_overdueAsOf &&
        system.tasksDone < system.tasksTotal)
        due = QCoreApplication::translate("Document", "%1, overdue").arg(due);
    return {system.system, system.component, system.site, system.owner, system.products, tasks, due};
}

QString AffectedSystemsTable::cell(int index, int column) const
{
    // The host name column is read on its own to size it; the rest is only ever read as whole rows.
    if (column == 0)
        return m_systems->at(index).system;
    return row(index).value(column);
}

} // namespace uproot
