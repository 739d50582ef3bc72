// A project's own task templates: the copy made when a project is created, the store's round trip, the
// one-step command that replaces the whole set (redo, undo, redo restore it exactly, with an audit line
// naming the template and the step), the reset to the shipped set, a plan that follows the project's edited
// template, and a damaged stored copy refused by name with the plan unchanged.
#include "model/detection/directivecatalog.h"
#include "model/project/project.h"
#include "model/project/projecttemplates.h"
#include "model/store/projectstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace uproot;

namespace {

QList<TaskRecord> tasksOf(Project &project)
{
    PageQuery q;
    q.limit = 100000;
    return project.tasks().page(q);
}

// The shipped set with one step added at the end of the default template and another step's duration changed.
TaskTemplates edited(const TaskTemplates &from, const QString &newTitle)
{
    QList<TaskTemplate> templates = from.all();
    for (TaskTemplate &t : templates) {
        if (t.identifier() != QLatin1String("default-removal"))
            continue;
        QList<TaskTemplate::Step> steps = t.steps();
        steps[1].days += 2;
        steps.append({QStringLiteral("extra"), newTitle, false, 1, {steps.last().id}});
        t = TaskTemplate(t.identifier(), t.title(), t.note(), steps);
    }
    TaskTemplates set;
    QString error;
    if (!TaskTemplates::make(templates, from.rules(), QStringLiteral("test"), &set, &error))
        qFatal("%s", qPrintable(error));
    return set;
}

} // namespace

class TestProjectTemplates : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void newProjectKeepsACopyOfTheShippedSet();
    void storeRoundTrip();
    void commandRedoUndoRedoRestoresTheExactSet();
    void projectWithoutACopyGetsItBackEmptyOnUndo();
    void resetToTheShippedSetIsUndoable();
    void planFollowsTheProjectsTemplate();
    void damagedCopyIsRefusedByName();

private:
    QString writeInventory(const QByteArray &rows);
    StoredTemplateSet stored()
    {
        return m_project->keepsTaskTemplates() ? storedOf(*m_project) : StoredTemplateSet{};
    }
    static StoredTemplateSet storedOf(Project &project);
    bool writeStoredSet(const StoredTemplateSet &set);

    QTemporaryDir m_dir;
    DirectiveCatalog m_catalog = DirectiveCatalog::builtin();
    std::unique_ptr<Project> m_project;
    QString m_path;
    int m_n = 0;
};

StoredTemplateSet TestProjectTemplates::storedOf(Project &project)
{
    // What the file holds, read through a second connection rather than the project's own reader.
    std::unique_ptr<ProjectStore> store =
        ProjectStore::open(project.path(), ProjectStore::OpenMode::ReadOnly, nullptr);
    return store ? store->templates().taskTemplates() : StoredTemplateSet{};
}

bool TestProjectTemplates::writeStoredSet(const StoredTemplateSet &set)
{
    // Another writer on the file, as an older program or a damaged file would leave it.
    m_project.reset();
    QString error;
    {
        std::unique_ptr<ProjectStore> store =
            ProjectStore::open(m_path, ProjectStore::OpenMode::OpenExisting, &error);
        if (!store)
            return false;
        std::unique_ptr<UnitOfWork> work = store->beginWork();
        if (!work->replaceTaskTemplates(set) || !work->commit())
            return false;
    }
    m_project = Project::open(m_path, false, &error);
    return m_project != nullptr;
}

void TestProjectTemplates::init()
{
    ++m_n;
    m_path = m_dir.filePath(QStringLiteral("templates%1.uproot").arg(m_n));
    QString error;
    m_project = Project::create(m_path, QStringLiteral("bod-17-01"), QDate(), {}, m_catalog, &error);
    QVERIFY2(m_project, qPrintable(error));
}

void TestProjectTemplates::cleanup()
{
    m_project.reset();
}

void TestProjectTemplates::newProjectKeepsACopyOfTheShippedSet()
{
    QVERIFY(m_project->keepsTaskTemplates());
    QCOMPARE(storedOf(*m_project), storedTemplates(TaskTemplates::builtin()));
    TaskTemplates effective;
    QString error;
    QVERIFY2(m_project->taskTemplates(&effective, &error), qPrintable(error));
    QVERIFY(effective == TaskTemplates::builtin());
}

void TestProjectTemplates::storeRoundTrip()
{
    const TaskTemplates set = edited(TaskTemplates::builtin(), QStringLiteral("Call the help desk"));
    const StoredTemplateSet written = storedTemplates(set);
    QVERIFY(writeStoredSet(written));
    QCOMPARE(storedOf(*m_project), written);
    TaskTemplates back;
    QString error;
    QVERIFY2(templatesFromStore(storedOf(*m_project), &back, &error), qPrintable(error));
    QVERIFY(back == set);
    // Empty tables: the project follows the shipped set.
    QVERIFY(writeStoredSet({}));
    QVERIFY(!m_project->keepsTaskTemplates());
    QVERIFY2(m_project->taskTemplates(&back, &error), qPrintable(error));
    QVERIFY(back == TaskTemplates::builtin());
}

void TestProjectTemplates::commandRedoUndoRedoRestoresTheExactSet()
{
    const StoredTemplateSet original = storedOf(*m_project);
    const TaskTemplates after = edited(TaskTemplates::builtin(), QStringLiteral("Call the help desk"));
    QString error;
    QVERIFY2(m_project->setTaskTemplates(after, &error), qPrintable(error));
    QCOMPARE(m_project->undoStack()->count(), 1);
    const StoredTemplateSet changed = storedOf(*m_project);
    QCOMPARE(changed, storedTemplates(after));
    QVERIFY(changed != original);
    const AuditEvent line = m_project->audit().events().last();
    QCOMPARE(line.action, QStringLiteral("templates"));
    QVERIFY2(line.detail.contains(QLatin1String("template default-removal")), qPrintable(line.detail));
    QVERIFY2(line.detail.contains(QLatin1String("step extra \"Call the help desk\" added")),
             qPrintable(line.detail));
    const int days = TaskTemplates::builtin().find(QStringLiteral("default-removal"))->steps()[1].days;
    QVERIFY2(line.detail.contains(QStringLiteral(": days %1 -> %2").arg(days).arg(days + 2)),
             qPrintable(line.detail));

    m_project->undoStack()->undo();
    QCOMPARE(storedOf(*m_project), original);
    QCOMPARE(m_project->audit().events().last().action, QStringLiteral("templates-undo"));
    m_project->undoStack()->redo();
    QCOMPARE(storedOf(*m_project), changed);
    // The same set again is no change at all.
    QVERIFY(m_project->setTaskTemplates(after, &error));
    QCOMPARE(m_project->undoStack()->count(), 1);
}

void TestProjectTemplates::projectWithoutACopyGetsItBackEmptyOnUndo()
{
    QVERIFY(writeStoredSet({}));
    QString error;
    QVERIFY2(
        m_project->setTaskTemplates(edited(TaskTemplates::builtin(), QStringLiteral("One more")), &error),
        qPrintable(error));
    QVERIFY(m_project->keepsTaskTemplates());
    m_project->undoStack()->undo();
    QVERIFY(!m_project->keepsTaskTemplates());
    QVERIFY(storedOf(*m_project).isEmpty());
}

void TestProjectTemplates::resetToTheShippedSetIsUndoable()
{
    const TaskTemplates mine = edited(TaskTemplates::builtin(), QStringLiteral("One more"));
    QString error;
    QVERIFY2(m_project->setTaskTemplates(mine, &error), qPrintable(error));
    QVERIFY2(m_project->resetTaskTemplates(&error), qPrintable(error));
    QCOMPARE(storedOf(*m_project), storedTemplates(TaskTemplates::builtin()));
    QVERIFY(m_project->audit().events().last().detail.startsWith(
        QLatin1String("reset to the shipped templates")));
    m_project->undoStack()->undo();
    QCOMPARE(storedOf(*m_project), storedTemplates(mine));
}

QString TestProjectTemplates::writeInventory(const QByteArray &rows)
{
    const QString csv = m_dir.filePath(QStringLiteral("inventory%1.csv").arg(m_n));
    QFile file(csv);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    file.write("Hostname,Software,Publisher\n" + rows);
    return csv;
}

void TestProjectTemplates::planFollowsTheProjectsTemplate()
{
    const QString csv = writeInventory("WS-A,Kaspersky Endpoint Security for Windows,AO Kaspersky Lab\n"
                                       "WS-B,Kaspersky Endpoint Security for Windows,AO Kaspersky Lab\n"
                                       "WS-C,Mozilla Firefox,Mozilla\n");
    ImportReport report;
    ReadError readError;
    QVERIFY2(m_project->importFile(csv, {}, nullptr, &report, &readError), qPrintable(readError.message()));
    const QString title = QStringLiteral("Tell the help desk the system is clean");
    const TaskTemplates mine = edited(TaskTemplates::builtin(), title);
    QString error;
    QVERIFY2(m_project->setTaskTemplates(mine, &error), qPrintable(error));
    PlanResult result;
    QVERIFY2(m_project->plan(&result, &error), qPrintable(error));
    const QList<TaskRecord> tasks = tasksOf(*m_project);
    const qsizetype steps = mine.find(QStringLiteral("default-removal"))->steps().size();
    QStringList withNewStep;
    for (const TaskRecord &t : tasks) {
        if (t.title == title) {
            withNewStep.append(t.system);
            QCOMPARE(t.step, int(steps));
        }
    }
    withNewStep.sort();
    QCOMPARE(withNewStep, (QStringList{QStringLiteral("WS-A"), QStringLiteral("WS-B")}));
    QCOMPARE(tasks.size(), 2 * steps);
}

void TestProjectTemplates::damagedCopyIsRefusedByName()
{
    StoredTemplateSet damaged = storedTemplates(TaskTemplates::builtin());
    for (StoredTemplate &t : damaged.templates) {
        if (t.identifier == QLatin1String("linux-removal"))
            t.definition = QStringLiteral(R"({"schemaVersion": 1, "identifier": "linux-removal", "title": "L",
                "steps": [{"id": "a", "title": "A", "after": ["b"]}, {"id": "b", "title": "B", "after": ["a"]}]})");
    }
    QVERIFY(writeStoredSet(damaged));
    const QList<TaskRecord> before = tasksOf(*m_project);
    PlanResult result;
    QString error;
    QVERIFY(!m_project->plan(&result, &error));
    QCOMPARE(error,
             QStringLiteral("the project's task templates: template \u201clinux-removal\u201d: steps: the "
                            "dependencies form a cycle (a \u2192 b \u2192 a)"));
    QCOMPARE(tasksOf(*m_project).size(), before.size());
    QCOMPARE(m_project->undoStack()->count(), 0);
}

QTEST_GUILESS_MAIN(TestProjectTemplates)
#include "tst_projecttemplates.moc"
