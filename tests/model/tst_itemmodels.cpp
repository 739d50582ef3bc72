// The table models follow the project's commands: an edit refreshes just its row in the model of its area (redo,
// undo, redo), a change that adds or removes rows resets that model only, and the other models do nothing.
#include "model/detection/directivecatalog.h"
#include "model/itemmodels/findinggroupsmodel.h"
#include "model/itemmodels/findingsmodel.h"
#include "model/itemmodels/inventorymodel.h"
#include "model/itemmodels/milestonesmodel.h"
#include "model/itemmodels/tasksmodel.h"
#include "model/planning/tasktemplate.h"
#include "model/project/project.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace uproot;

class TestItemModels : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void taskEditRefreshesOnlyItsRow();
    void bulkTaskEditIsOneStep();
    void findingEditRefreshesItsRowOrReloadsUnderAStateFilter();
    void planUndoAndRedoResetOnlyTheTasks();
    void groupsAndMilestonesFollowTheirOwnArea();
    void countsAreRefreshedOncePerChange();

private:
    // Loads every row once, as a view showing them would, so refreshes have cached rows to act on.
    static void touchAllRows(QAbstractItemModel &model);
    static int rowOfId(const QAbstractItemModel &model, Id id);

    QTemporaryDir m_dir;
    DirectiveCatalog m_catalog = DirectiveCatalog::builtin();
    std::unique_ptr<Project> m_project;
    std::unique_ptr<InventoryModel> m_inventory;
    std::unique_ptr<FindingsModel> m_findings;
    std::unique_ptr<TasksModel> m_tasks;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    int m_n = 0;
};

void TestItemModels::init()
{
    QString error;
    m_project = Project::create(m_dir.filePath(QStringLiteral("m%1.uproot").arg(++m_n)), QStringLiteral("bod-17-01"),
                                QDate(), {}, m_catalog, &error);
    QVERIFY2(m_project, qPrintable(error));
    const QString csv = m_dir.filePath(QStringLiteral("inv%1.csv").arg(m_n));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Hostname,Software,Publisher,Version\n"
            "WS-1,Kaspersky Endpoint Security for Windows,AO Kaspersky Lab,11.11\n"
            "WS-2,Kaspersky Security Center 10 Network Agent,Kaspersky Lab ZAO,10.5\n"
            "WS-3,Kaspersky Endpoint Security for Windows,AO Kaspersky Lab,11.10\n"
            "WS-4,Google Chrome,Google LLC,118\n");
    f.close();
    ImportReport report;
    ReadError readError;
    QVERIFY2(m_project->importFile(csv, {}, nullptr, &report, &readError), qPrintable(readError.message()));
    PlanResult plan;
    QVERIFY2(m_project->plan(&plan, &error), qPrintable(error));
    QCOMPARE(plan.systems, qint64(3));
    m_project->undoStack()->clear();

    m_inventory = std::make_unique<InventoryModel>();
    m_findings = std::make_unique<FindingsModel>();
    m_tasks = std::make_unique<TasksModel>();
    m_inventory->setSource(&m_project->inventory(), m_project->changes());
    m_findings->setSource(&m_project->findings(), m_project->changes());
    m_tasks->setSource(&m_project->tasks(), m_project->changes());
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(m_inventory.get()),
                                      static_cast<QAbstractItemModel *>(m_findings.get()),
                                      static_cast<QAbstractItemModel *>(m_tasks.get())}) {
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest));
        touchAllRows(*model);
    }
    QCOMPARE(m_inventory->rowCount(), 4);
    QCOMPARE(m_findings->rowCount(), 3);
    QCOMPARE(m_tasks->rowCount(), 3 * int(TaskTemplate::builtin().steps().size()));
}

void TestItemModels::cleanup()
{
    m_testers.clear();
    m_tasks.reset();
    m_findings.reset();
    m_inventory.reset();
    m_project.reset();
}

void TestItemModels::touchAllRows(QAbstractItemModel &model)
{
    for (int row = 0; row < model.rowCount(); ++row)
        model.data(model.index(row, 0));
}

int TestItemModels::rowOfId(const QAbstractItemModel &model, Id id)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.data(model.index(row, 0), PagedTableModel::IdRole).toLongLong() == id)
            return row;
    }
    return -1;
}

void TestItemModels::taskEditRefreshesOnlyItsRow()
{
    const int row = 4;
    const Id taskId = m_tasks->taskAt(m_tasks->index(row, 0));
    const QModelIndex status = m_tasks->index(row, TasksModel::Status);
    QCOMPARE(status.data().toString(), toString(TaskStatus::ToDo));
    QSignalSpy taskRows(m_tasks.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy taskResets(m_tasks.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inventoryResets(m_inventory.get(), &QAbstractItemModel::modelReset);
    QSignalSpy findingResets(m_findings.get(), &QAbstractItemModel::modelReset);
    QSignalSpy findingRows(m_findings.get(), &QAbstractItemModel::dataChanged);

    // The model announces the edit; the project makes it a command (as the window wires them).
    connect(m_tasks.get(), &TasksModel::statusEdited, m_project.get(),
            [this](Id id, TaskStatus s) { m_project->setTaskStatus(id, s); });
    m_tasks->setEditable(true);
    QVERIFY(m_tasks->setData(status, int(TaskStatus::Done)));

    const auto expectRowChanged = [&](TaskStatus expected) {
        QCOMPARE(taskRows.count(), 1);
        const QList<QVariant> args = taskRows.takeFirst();
        QCOMPARE(args.at(0).toModelIndex(), m_tasks->index(row, 0));
        QCOMPARE(args.at(1).toModelIndex(), m_tasks->index(row, TasksModel::ColumnCount - 1));
        QCOMPARE(m_tasks->index(row, TasksModel::Status).data().toString(), toString(expected));
        QCOMPARE(toString(m_project->tasks().task(taskId).status), toString(expected));
    };
    expectRowChanged(TaskStatus::Done);
    m_project->undoStack()->undo();
    expectRowChanged(TaskStatus::ToDo);
    m_project->undoStack()->redo();
    expectRowChanged(TaskStatus::Done);

    QCOMPARE(taskResets.count(), 0);
    QCOMPARE(inventoryResets.count(), 0);
    QCOMPARE(findingResets.count(), 0);
    QCOMPARE(findingRows.count(), 0);
    // Each run of the command wrote its audit line with it.
    int lines = 0;
    for (const AuditEvent &e : m_project->audit().events())
        lines += e.action == QLatin1String("task-status");
    QCOMPARE(lines, 3);
}

void TestItemModels::bulkTaskEditIsOneStep()
{
    QList<Id> ids;
    for (int row = 0; row < m_tasks->rowCount(); row += 2)
        ids.append(m_tasks->taskAt(m_tasks->index(row, 0)));
    QSignalSpy taskRows(m_tasks.get(), &QAbstractItemModel::dataChanged);
    m_project->setTaskStatuses(ids, TaskStatus::Blocked, QStringLiteral("waiting in a test"));
    QCOMPARE(m_project->undoStack()->count(), 1);
    QCOMPARE(taskRows.count(), ids.size());
    for (Id id : std::as_const(ids)) {
        const int row = rowOfId(*m_tasks, id);
        QCOMPARE(m_tasks->index(row, TasksModel::Status).data().toString(),
                 taskStatusText(TaskStatus::Blocked, QStringLiteral("waiting in a test")));
    }
    m_project->undoStack()->undo();
    for (Id id : std::as_const(ids))
        QCOMPARE(toString(m_project->tasks().task(id).status), toString(TaskStatus::ToDo));
}

void TestItemModels::findingEditRefreshesItsRowOrReloadsUnderAStateFilter()
{
    const int row = 1;
    const FindingRow finding = m_findings->rowData(m_findings->index(row, 0));
    QSignalSpy findingRows(m_findings.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy findingResets(m_findings.get(), &QAbstractItemModel::modelReset);
    QSignalSpy taskResets(m_tasks.get(), &QAbstractItemModel::modelReset);

    m_project->setFindingState(finding.id, FindingState::FalsePositive, QStringLiteral("lab machine"));
    QCOMPARE(findingRows.count(), 1);
    QCOMPARE(m_findings->index(row, FindingsModel::State).data().toString(), toString(FindingState::FalsePositive));
    m_project->undoStack()->undo();
    QCOMPARE(findingRows.count(), 2);
    QCOMPARE(m_findings->index(row, FindingsModel::State).data().toString(), toString(FindingState::Open));
    QCOMPARE(findingResets.count(), 0);

    // Under "open only" the dismissed finding leaves the table: the model reloads and has one row fewer.
    m_findings->setStateFilter(QStringLiteral("open"));
    touchAllRows(*m_findings);
    findingResets.clear();
    m_project->undoStack()->redo();
    QCOMPARE(findingResets.count(), 1);
    QCOMPARE(m_findings->rowCount(), 2);
    QCOMPARE(rowOfId(*m_findings, finding.id), -1);
    m_project->undoStack()->undo();
    QCOMPARE(m_findings->rowCount(), 3);
    QVERIFY(rowOfId(*m_findings, finding.id) >= 0);
    QCOMPARE(taskResets.count(), 0);
}

void TestItemModels::planUndoAndRedoResetOnlyTheTasks()
{
    // A fresh project: the plan is the only command, so undoing it removes every task.
    const int tasks = m_tasks->rowCount();
    const Id lastTask = m_tasks->taskAt(m_tasks->index(tasks - 1, 0));
    m_project->setTaskStatus(lastTask, TaskStatus::InProgress);
    QString error;
    PlanResult again;
    // A refresh with nothing to change is still one step with its audit line.
    QVERIFY2(m_project->plan(&again, &error), qPrintable(error));
    QCOMPARE(again.tasksAdded, qint64(0));
    QCOMPARE(m_project->undoStack()->count(), 2);

    // The systems' tasks go when a finding that made them is dismissed and the plan refreshed, and come back
    // with their ids on undo.
    const FindingRow ws1 = m_findings->rowData(m_findings->index(0, 0));
    m_project->setFindingState(ws1.id, FindingState::FalsePositive, QStringLiteral("not ours"));
    QVector<Id> before;
    for (int row = 0; row < m_tasks->rowCount(); ++row)
        before.append(m_tasks->taskAt(m_tasks->index(row, 0)));
    QSignalSpy taskResets(m_tasks.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inventoryResets(m_inventory.get(), &QAbstractItemModel::modelReset);
    QSignalSpy findingResets(m_findings.get(), &QAbstractItemModel::modelReset);
    PlanResult refreshed;
    QVERIFY2(m_project->plan(&refreshed, &error), qPrintable(error));
    const int steps = int(TaskTemplate::builtin().steps().size());
    QCOMPARE(refreshed.tasksRemoved, qint64(steps));
    QCOMPARE(taskResets.count(), 1);
    QCOMPARE(m_tasks->rowCount(), tasks - steps);
    m_project->undoStack()->undo();
    QCOMPARE(taskResets.count(), 2);
    QCOMPARE(m_tasks->rowCount(), tasks);
    QVector<Id> after;
    for (int row = 0; row < m_tasks->rowCount(); ++row)
        after.append(m_tasks->taskAt(m_tasks->index(row, 0)));
    QCOMPARE(after, before);
    m_project->undoStack()->redo();
    QCOMPARE(m_tasks->rowCount(), tasks - steps);
    QCOMPARE(inventoryResets.count(), 0);
    QCOMPARE(findingResets.count(), 0);
    // The started task survived every refresh with its status.
    QCOMPARE(toString(m_project->tasks().task(lastTask).status), toString(TaskStatus::InProgress));
}

void TestItemModels::groupsAndMilestonesFollowTheirOwnArea()
{
    FindingGroupsModel groups;
    QAbstractItemModelTester groupsTester(&groups, QAbstractItemModelTester::FailureReportingMode::QtTest);
    groups.setSource(&m_project->findings(), m_project->changes());
    groups.setGroupBy(FindingsReader::Product);
    QCOMPARE(groups.rowCount(), 2); // Endpoint Security (2 systems), Network Agent (1)
    MilestonesModel milestones;
    QAbstractItemModelTester milestonesTester(&milestones,
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
    milestones.setSource(&m_project->directiveRecords(), m_project->changes());
    const int milestoneRows = milestones.rowCount();
    QVERIFY(milestoneRows > 3);
    QSignalSpy groupResets(&groups, &QAbstractItemModel::modelReset);
    QSignalSpy milestoneResets(&milestones, &QAbstractItemModel::modelReset);

    m_project->setTaskStatus(m_tasks->taskAt(m_tasks->index(0, 0)), TaskStatus::Done);
    QCOMPARE(groupResets.count(), 0);
    QCOMPARE(milestoneResets.count(), 0);

    // A decision changes no group's count unless the groups are filtered by state.
    const Id finding = m_findings->findingAt(m_findings->index(0, 0));
    m_project->setFindingState(finding, FindingState::Exception, QStringLiteral("approved"));
    QCOMPARE(groupResets.count(), 0);
    PageQuery openOnly;
    openOnly.stateFilter = QStringLiteral("open");
    groups.setFilters(openOnly);
    groupResets.clear();
    m_project->undoStack()->undo();
    QCOMPARE(groupResets.count(), 1);
    QCOMPARE(milestoneResets.count(), 0);

    // Changing the directive's rules re-evaluates: groups and milestones both reload.
    const DirectiveRecord d = m_project->primaryDirective();
    QString error;
    QVERIFY2(m_project->changeDirective(d.id, d.definitionJson, &error), qPrintable(error));
    QCOMPARE(groupResets.count(), 2);
    QCOMPARE(milestoneResets.count(), 1);
    QCOMPARE(milestones.rowCount(), milestoneRows);
}

void TestItemModels::countsAreRefreshedOncePerChange()
{
    QSignalSpy counts(m_project.get(), &Project::countsChanged);
    const qint64 doneBefore = m_project->counts().tasksDone;
    QCOMPARE(m_project->counts().tasks, qint64(m_tasks->rowCount()));
    QCOMPARE(m_project->counts().systems, qint64(4));
    QCOMPARE(m_project->counts().affectedSystems, qint64(3));

    m_project->setTaskStatus(m_tasks->taskAt(m_tasks->index(0, 0)), TaskStatus::Done);
    QCOMPARE(counts.count(), 1);
    QCOMPARE(m_project->counts().tasksDone, doneBefore + 1);
    m_project->undoStack()->undo();
    QCOMPARE(counts.count(), 2);
    QCOMPARE(m_project->counts().tasksDone, doneBefore);

    m_project->setFindingState(m_findings->findingAt(m_findings->index(0, 0)), FindingState::FalsePositive,
                               QStringLiteral("a test machine"));
    QCOMPARE(counts.count(), 3);
    QCOMPARE(m_project->counts().affectedSystems, qint64(2));
}

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
