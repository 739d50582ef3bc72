#include "model/timeline/timelinemodel.h"

#include "model/project/project.h"

#include <QLocale>
#include <algorithm>

namespace uproot {

TimelineModel::TimelineModel(QObject *parent) : QAbstractTableModel(parent) {}

void TimelineModel::setProject(Project *project)
{
    disconnect(m_connection);
    m_project = project;
    if (project)
        m_connection = connect(project->changes(), &ProjectChanges::changed, this, &TimelineModel::onChanged);
    m_collapsedGroups.clear();
    m_expandedSystems.clear();
    reload();
}

void TimelineModel::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping)
        return;
    beginResetModel();
    m_grouping = grouping;
    buildGroups();
    m_rows = visibleRows();
    endResetModel();
}

void TimelineModel::reload()
{
    beginResetModel();
    m_plan = m_project ? TimelinePlan::load(*m_project) : TimelinePlan{};
    buildGroups();
    m_rows = visibleRows();
    endResetModel();
}

void TimelineModel::onChanged(const ProjectChange &change)
{
    // Rows come and go with a plan, a directive's milestones, a system's team or the status date.
    const ProjectChange::Areas rows = ProjectChange::Tasks | ProjectChange::Directives |
                                      ProjectChange::Systems | ProjectChange::Teams |
                                      ProjectChange::Settings | ProjectChange::Inventory;
    if (change.reset & rows) {
        reload();
        return;
    }
    if (!change.edits(ProjectChange::Tasks) || !m_project)
        return;
    // Tasks changed in place (a status, moved dates): re-read them, then their systems' and groups'
    // summaries.
    QSet<int> systems;
    for (Id id : change.ids) {
        const int i = m_plan.taskIndex(id);
        if (i < 0)
            continue;
        const TaskRecord task = m_project->tasks().task(id);
        if (!task.id)
            continue;
        m_plan.tasks[i] = task;
        systems.insert(m_plan.systemOfTask(i));
    }
    QSet<int> groups;
    for (int s : std::as_const(systems)) {
        TimelineSystem &system = m_plan.systems[s];
        m_plan.summarize(system);
        groups.insert(m_groupOfSystem.value(s, -1));
        // Work moved past either end widens the plan's dates (the chart's range follows them).
        if (system.start.isValid() && system.start < m_plan.first)
            m_plan.first = system.start;
        if (system.finish.isValid() && system.finish > m_plan.last)
            m_plan.last = system.finish;
    }
    for (int g : std::as_const(groups)) {
        if (g >= 0)
            summarize(m_groups[g]);
    }
    for (int r = 0; r < m_rows.size(); ++r) {
        const Row &row = m_rows.at(r);
        const bool touched = (row.kind == RowKind::Group && groups.contains(row.index)) ||
                             (row.kind == RowKind::System && systems.contains(row.index)) ||
                             (row.kind == RowKind::Task && systems.contains(m_plan.systemOfTask(row.index)));
        if (touched)
            emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
    }
}

QString TimelineModel::groupKey(const TimelineSystem &system) const
{
    return m_grouping == Grouping::Team ? system.team : system.component;
}

void TimelineModel::buildGroups()
{
    m_groups.clear();
    m_groupOfSystem.clear();
    if (m_grouping == Grouping::System)
        return;
    QHash<QString, int> byName;
    for (int s = 0; s < m_plan.systems.size(); ++s) {
        const QString key = groupKey(m_plan.systems.at(s));
        auto it = byName.find(key);
        if (it == byName.end()) {
            it = byName.insert(key, int(m_groups.size()));
            Group &group = m_groups.emplaceBack();
            group.name = key;
        }
        m_groups[*it].systems.append(s);
    }
    // Named groups by name, then the one without a name.
    std::sort(m_groups.begin(), m_groups.end(), [](const Group &a, const Group &b) {
        if (a.name.isEmpty() != b.name.isEmpty())
            return b.name.isEmpty();
        return a.name < b.name;
    });
    for (int g = 0; g < m_groups.size(); ++g) {
        summarize(m_groups[g]);
        for (int s : std::as_const(m_groups[g].systems))
            m_groupOfSystem.insert(s, g);
    }
}

void TimelineModel::summarize(Group &group) const
{
    group.start = {};
    group.finish = {};
    group.done = 0;
    group.total = 0;
    group.late = false;
    int blocked = 0;
    int begun = 0;
    for (int s : std::as_const(group.systems)) {
        const TimelineSystem &system = m_plan.systems.at(s);
        if (system.start.isValid() && (!group.start.isValid() || system.start < group.start))
            group.start = system.start;
        if (system.finish.isValid() && (!group.finish.isValid() || system.finish > group.finish))
            group.finish = system.finish;
        group.done += system.done;
        group.total += system.total;
        blocked += system.state == TaskStatus::Blocked ? 1 : 0;
        begun += system.state != TaskStatus::ToDo ? 1 : 0;
        group.late = group.late || system.late;
    }
    // Counted in tasks, so that a group is done when all its tasks are.
    group.state = TimelinePlan::combinedState(blocked, begun, group.done, group.total);
}

QList<TimelineModel::Row> TimelineModel::childrenOf(const Row &row) const
{
    QList<Row> children;
    if (row.kind == RowKind::Group) {
        for (int s : m_groups.at(row.index).systems)
            children.append({RowKind::System, s});
    } else if (row.kind == RowKind::System) {
        for (int t : m_plan.systems.at(row.index).tasks)
            children.append({RowKind::Task, t});
    }
    return children;
}

QList<TimelineModel::Row> TimelineModel::visibleRows() const
{
    QList<Row> rows;
    const auto addSystem = [&](int s) {
        rows.append({RowKind::System, s});
        if (m_expandedSystems.contains(m_plan.systems.at(s).systemId)) {
            for (int t : m_plan.systems.at(s).tasks)
                rows.append({RowKind::Task, t});
        }
    };
    if (m_grouping == Grouping::System) {
        rows.reserve(m_plan.systems.size());
        for (int s = 0; s < m_plan.systems.size(); ++s)
            addSystem(s);
        return rows;
    }
    for (int g = 0; g < m_groups.size(); ++g) {
        rows.append({RowKind::Group, g});
        if (m_collapsedGroups.contains(m_groups.at(g).name))
            continue;
        for (int s : m_groups.at(g).systems)
            addSystem(s);
    }
    return rows;
}

int TimelineModel::depthOf(const Row &row) const
{
    const int grouped = m_grouping == Grouping::System ? 0 : 1;
    switch (row.kind) {
    case RowKind::Group:
        return 0;
    case RowKind::System:
        return grouped;
    case RowKind::Task:
        return grouped + 1;
    }
    return 0;
}

bool TimelineModel::isExpandable(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).kind != RowKind::Task &&
           !childrenOf(m_rows.at(row)).isEmpty();
}

bool TimelineModel::isExpanded(int row) const
{
    if (!isExpandable(row))
        return false;
    const Row &r = m_rows.at(row);
    if (r.kind == RowKind::Group)
        return !m_collapsedGroups.contains(m_groups.at(r.index).name);
    return m_expandedSystems.contains(m_plan.systems.at(r.index).systemId);
}

void TimelineModel::setExpanded(int row, bool expanded)
{
    if (!isExpandable(row) || isExpanded(row) == expanded)
        return;
    const Row r = m_rows.at(row);
    if (r.kind == RowKind::Group) {
        if (expanded)
            m_collapsedGroups.remove(m_groups.at(r.index).name);
        else
            m_collapsedGroups.insert(m_groups.at(r.index).name);
    } else if (expanded) {
        m_expandedSystems.insert(m_plan.systems.at(r.index).systemId);
    } else {
        m_expandedSystems.remove(m_plan.systems.at(r.index).systemId);
    }
    const int depth = depthOf(r);
    if (expanded) {
        // The children, and the tasks of those children that were left expanded.
        QList<Row> shown;
        for (const Row &child : childrenOf(r)) {
            shown.append(child);
            if (child.kind == RowKind::System &&
                m_expandedSystems.contains(m_plan.systems.at(child.index).systemId))
                shown.append(childrenOf(child));
        }
        beginInsertRows({}, row + 1, row + int(shown.size()));
        for (int i = 0; i < shown.size(); ++i)
            m_rows.insert(row + 1 + i, shown.at(i));
        endInsertRows();
    } else {
        int last = row;
        while (last + 1 < m_rows.size() && depthOf(m_rows.at(last + 1)) > depth)
            ++last;
        beginRemoveRows({}, row + 1, last);
        m_rows.remove(row + 1, last - row);
        endRemoveRows();
    }
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1), {ExpandedRole, Qt::DecorationRole});
}

void TimelineModel::expandAll()
{
    beginResetModel();
    m_collapsedGroups.clear();
    for (const TimelineSystem &s : std::as_const(m_plan.systems))
        m_expandedSystems.insert(s.systemId);
    m_rows = visibleRows();
    endResetModel();
}

void TimelineModel::collapseAll()
{
    beginResetModel();
    m_expandedSystems.clear();
    for (const Group &g : std::as_const(m_groups))
        m_collapsedGroups.insert(g.name);
    m_rows = visibleRows();
    endResetModel();
}

int TimelineModel::rowOfSystem(Id systemId) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).kind == RowKind::System &&
            m_plan.systems.at(m_rows.at(r).index).systemId == systemId)
            return r;
    }
    return -1;
}

int TimelineModel::rowOfTask(Id taskId) const
{
    const int t = m_plan.taskIndex(taskId);
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).kind == RowKind::Task && m_rows.at(r).index == t)
            return r;
    }
    return -1;
}

Id TimelineModel::idAt(int row) const
{
    return data(index(row, 0), IdRole).value<Id>();
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TimelineModel::stateText(TaskStatus state)
{
    switch (state) {
    case TaskStatus::ToDo:
        return tr("to do");
    case TaskStatus::InProgress:
        return tr("in progress");
    case TaskStatus::Blocked:
        return tr("blocked");
    case TaskStatus::Done:
        return tr("done");
    case TaskStatus::Skipped:
        return tr("skipped");
    }
    return {};
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    QString name;
    QString team;
    TimelineSpan span;
    Id id = 0;
    Id systemId = 0;
    switch (row.kind) {
    case RowKind::Group: {
        const Group &g = m_groups.at(row.index);
        name = g.name.isEmpty() ? (m_grouping == Grouping::Team ? tr("(no team)") : tr("(no component)"))
                                : g.name;
        team = m_grouping == Grouping::Team ? name : QString();
        span = g;
        break;
    }
    case RowKind::System: {
        const TimelineSystem &s = m_plan.systems.at(row.index);
        name = s.name;
        team = s.team;
        span = s;
        id = s.systemId;
        systemId = s.systemId;
        break;
    }
    case RowKind::Task: {
        const TaskRecord &t = m_plan.tasks.at(row.index);
        const int s = m_plan.systemOfTask(row.index);
        name = tr("%1. %2").arg(QString::number(t.step), t.title);
        team = s >= 0 ? m_plan.systems.at(s).team : QString();
        span.start = t.start.isValid() ? t.start : t.due;
        span.finish = t.due;
        span.done = t.status == TaskStatus::Done || t.status == TaskStatus::Skipped ? 1 : 0;
        span.total = 1;
        span.state = t.status;
        span.late = m_plan.isLate(t);
        id = t.id;
        systemId = t.systemId;
        break;
    }
    }
    const auto progress = [&] {
        return row.kind == RowKind::Task ? stateText(span.state)
                                         : tr("%1 of %2").arg(span.done).arg(span.total);
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return name;
        case Team:
            return team;
        case Start:
            return QLocale().toString(span.start, QLocale::ShortFormat);
        case Finish:
            return QLocale().toString(span.finish, QLocale::ShortFormat);
        case Progress:
            return progress();
        }
        return {};
    case RawValueRole:
        switch (index.column()) {
        case Name:
            return name;
        case Team:
            return team;
        case Start:
            return span.start;
        case Finish:
            return span.finish;
        case Progress:
            return span.total ? double(span.done) / span.total : 0.0;
        }
        return {};
    case Qt::ToolTipRole:
        return toolTip(row);
    case Qt::AccessibleDescriptionRole:
        return toolTip(row);
    case IdRole:
        return QVariant::fromValue<Id>(id);
    case SystemIdRole:
        return QVariant::fromValue<Id>(systemId);
    case KindRole:
        return int(row.kind);
    case DepthRole:
        return depthOf(row);
    case ExpandableRole:
        return isExpandable(index.row());
    case ExpandedRole:
        return isExpanded(index.row());
    case StartRole:
        return span.start;
    case FinishRole:
        return span.finish;
    case ProgressRole:
        return span.total ? double(span.done) / span.total : 0.0;
    case StateRole:
        return int(span.state);
    case LateRole:
        return span.late;
    case LabelRole: {
        QString label = row.kind == RowKind::Task ? stateText(span.state)
                                                  : tr("%1, %2").arg(stateText(span.state), progress());
        return span.late ? tr("%1, late").arg(label) : label;
    }
    default:
        return {};
    }
}

QString TimelineModel::toolTip(const Row &row) const
{
    const auto day = [](const QDate &d) {
        return d.isValid() ? QLocale().toString(d, QLocale::LongFormat) : tr("not set");
    };
    QStringList lines;
    if (row.kind == RowKind::Group) {
        const Group &g = m_groups.at(row.index);
        lines << tr("%1: %2 systems").arg(g.name.isEmpty() ? tr("(none)") : g.name).arg(g.systems.size())
              << tr("Start: %1").arg(day(g.start)) << tr("Due: %1").arg(day(g.finish))
              << tr("State: %1 (%2 of %3 tasks done)").arg(stateText(g.state)).arg(g.done).arg(g.total);
    } else if (row.kind == RowKind::System) {
        const TimelineSystem &s = m_plan.systems.at(row.index);
        lines << tr("System: %1").arg(s.name) << tr("Component: %1").arg(s.component)
              << tr("Team: %1").arg(s.team.isEmpty() ? tr("(none)") : s.team)
              << tr("Start: %1").arg(day(s.start)) << tr("Due: %1").arg(day(s.finish))
              << tr("State: %1 (%2 of %3 tasks done)").arg(stateText(s.state)).arg(s.done).arg(s.total);
        if (s.late)
            lines << tr("Late: work not done is due before the status date");
    } else {
        const TaskRecord &t = m_plan.tasks.at(row.index);
        const int s = m_plan.systemOfTask(row.index);
        const QString team = s >= 0 ? m_plan.systems.at(s).team : QString();
        lines << tr("System: %1").arg(t.system) << tr("Step %1: %2").arg(QString::number(t.step), t.title)
              << tr("Directive: %1").arg(m_plan.directiveCodes.value(t.directiveId))
              << tr("Team: %1").arg(team.isEmpty() ? tr("(none)") : team)
              << tr("Start: %1").arg(day(t.start.isValid() ? t.start : t.due))
              << tr("Due: %1").arg(day(t.due)) << tr("State: %1").arg(stateText(t.status));
        if (!t.reason.isEmpty())
            lines << tr("Reason: %1").arg(t.reason);
        if (m_plan.isLate(t))
            lines << tr("Late: due before the status date");
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Work");
    case Team:
        return tr("Team");
    case Start:
        return tr("Start");
    case Finish:
        return tr("Due");
    case Progress:
        return tr("Progress");
    }
    return {};
}

} // namespace uproot
