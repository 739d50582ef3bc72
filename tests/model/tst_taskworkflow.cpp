// The status workflow of a task: blocked and skipped need a reason, notes, and evidence (files copied into
// the project with their SHA-256, references), each an undoable command whose redo, undo and redo restore
// exactly, watched by QAbstractItemModelTester on the tasks model. And a refreshed plan keeps a task someone
// wrote on.
#include "model/detection/directivecatalog.h"
#include "model/itemmodels/tasksmodel.h"
#include "model/project/project.h"
#include "model/project/taskevidencefile.h"
#include "model/store/database.h"
#include "model/store/statement.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace uproot;

class TestTaskWorkflow : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void blockedOrSkippedNeedAReason_data();
    void blockedOrSkippedNeedAReason();
    void statusWithReasonUndoesExactly();
    void notesUndoExactly();
    void statusAndNotesAreOneStep();
    void attachedFileKeepsItsBytesAndSha256();
    void unreadableEvidenceChangesNothing_data();
    void unreadableEvidenceChangesNothing();
    void removedEvidenceComesBackUnderItsId();
    void referenceIsEvidenceToo();
    void damagedCopyIsNotSaved();
    void refreshedPlanKeepsTasksWithNotesOrEvidence();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    TaskRecord taskOf(const QString &system, int step);
    int auditLines(const QString &action = {});
    // The row of the task in the model, and what it shows in the Status column.
    QString shownStatus(Id taskId);

    QTemporaryDir m_dir;
    DirectiveCatalog m_catalog = DirectiveCatalog::builtin();
    std::unique_ptr<Project> m_project;
    std::unique_ptr<TasksModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    int m_n = 0;
};

void TestTaskWorkflow::init()
{
    QString error;
    m_project = Project::create(m_dir.filePath(QStringLiteral("w%1.uproot").arg(++m_n)),
                                QStringLiteral("bod-17-01"), QDate(), {}, m_catalog, &error);
    QVERIFY2(m_project, qPrintable(error));
    const QString csv = writeFile(QStringLiteral("inv%1.csv").arg(m_n),
                                  "Hostname,Software,Publisher,Version\n"
                                  "WS-1,Kaspersky Endpoint Security for Windows,AO Kaspersky Lab,11\n"
                                  "WS-2,Kaspersky Endpoint Security for Windows,AO Kaspersky Lab,11\n");
    ImportReport report;
    ReadError readError;
    QVERIFY2(m_project->importFile(csv, {}, nullptr, &report, &readError), qPrintable(readError.message()));
    PlanResult plan;
    QVERIFY2(m_project->plan(&plan, &error), qPrintable(error));
    QVERIFY(plan.tasksAdded >= 6);
    m_model = std::make_unique<TasksModel>();
    m_model->setSource(&m_project->tasks(), m_project->changes());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestTaskWorkflow::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_project.reset();
}

QString TestTaskWorkflow::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
    return path;
}

TaskRecord TestTaskWorkflow::taskOf(const QString &system, int step)
{
    for (const DirectiveRecord &d : m_project->directives()) {
        for (const TaskRecord &t : m_project->tasks().tasksOfDirective(d.id)) {
            if (t.system == system && t.step == step)
                return t;
        }
    }
    return {};
}

int TestTaskWorkflow::auditLines(const QString &action)
{
    int n = 0;
    for (const AuditEvent &e : m_project->audit().events())
        n += action.isEmpty() || e.action == action;
    return n;
}

QString TestTaskWorkflow::shownStatus(Id taskId)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->taskAt(m_model->index(row, 0)) == taskId)
            return m_model->index(row, TasksModel::Status).data().toString();
    }
    return QStringLiteral("(no row)");
}

void TestTaskWorkflow::blockedOrSkippedNeedAReason_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");
    QTest::newRow("blocked, no reason") << int(TaskStatus::Blocked) << QString();
    QTest::newRow("blocked, blanks only") << int(TaskStatus::Blocked) << QStringLiteral("  \t ");
    QTest::newRow("skipped, no reason") << int(TaskStatus::Skipped) << QString();
}

void TestTaskWorkflow::blockedOrSkippedNeedAReason()
{
    QFETCH(int, status);
    QFETCH(QString, reason);
    const TaskRecord task = taskOf(QStringLiteral("WS-1"), 2);
    QVERIFY(task.id);
    const int lines = auditLines();
    const int steps = m_project->undoStack()->count();
    QString error;
    QVERIFY(!m_project->setTaskStatuses({task.id}, TaskStatus(status), reason, &error));
    QVERIFY2(error.contains(QLatin1String("needs a reason")), qPrintable(error));
    QCOMPARE(toString(m_project->tasks().task(task.id).status), toString(TaskStatus::ToDo));
    QCOMPARE(auditLines(), lines);
    QCOMPARE(m_project->undoStack()->count(), steps);
    // With a reason it is taken.
    QVERIFY2(m_project->setTaskStatuses({task.id}, TaskStatus(status), QStringLiteral("why"), &error),
             qPrintable(error));
    QCOMPARE(toString(m_project->tasks().task(task.id).status), toString(TaskStatus(status)));
}

void TestTaskWorkflow::statusWithReasonUndoesExactly()
{
    const TaskRecord task = taskOf(QStringLiteral("WS-1"), 3);
    QString error;
    QVERIFY(m_project->setTaskStatuses({task.id}, TaskStatus::InProgress, {}, &error));
    const QString reason = QStringLiteral("waiting for vendor password");
    QCOMPARE(shownStatus(task.id), toString(TaskStatus::InProgress)); // the row is in the model's cache
    QSignalSpy rows(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY2(m_project->setTaskStatuses({task.id}, TaskStatus::Blocked,
                                        QStringLiteral("  waiting for vendor   password "), &error),
             qPrintable(error));
    QCOMPARE(rows.count(), 1);
    const auto expect = [&](TaskStatus status, const QString &why) {
        const TaskRecord now = m_project->tasks().task(task.id);
        QCOMPARE(toString(now.status), toString(status));
        QCOMPARE(now.reason, why);
        QCOMPARE(shownStatus(task.id),
                 why.isEmpty() ? toString(status) : toString(status) + QStringLiteral(": ") + why);
    };
    expect(TaskStatus::Blocked, reason);
    const AuditEvent last = m_project->audit().events().last();
    QCOMPARE(last.action, QStringLiteral("task-status"));
    QCOMPARE(last.detail, QStringLiteral("WS-1 step 3: in progress -> blocked: %1").arg(reason));

    m_project->undoStack()->undo();
    expect(TaskStatus::InProgress, QString());
    QCOMPARE(m_project->audit().events().last().detail,
             QStringLiteral("WS-1 step 3: blocked: %1 -> in progress").arg(reason));
    m_project->undoStack()->redo();
    expect(TaskStatus::Blocked, reason);

    // Done clears the reason; undoing it brings the reason back.
    QVERIFY(m_project->setTaskStatuses({task.id}, TaskStatus::Done, QStringLiteral("ignored"), &error));
    expect(TaskStatus::Done, QString());
    m_project->undoStack()->undo();
    expect(TaskStatus::Blocked, reason);
    m_project->undoStack()->redo();
    expect(TaskStatus::Done, QString());
    QCOMPARE(rows.count(), 6);
}

void TestTaskWorkflow::notesUndoExactly()
{
    const TaskRecord task = taskOf(QStringLiteral("WS-2"), 1);
    QString error;
    const QString first = QStringLiteral("Owner on leave until the 20th");
    QVERIFY2(m_project->setTaskNotes(task.id, first, &error), qPrintable(error));
    QVERIFY(m_project->setTaskNotes(task.id, QStringLiteral("Call the owner\nsecond line"), &error));
    QCOMPARE(m_project->tasks().task(task.id).notes, QStringLiteral("Call the owner\nsecond line"));
    QCOMPARE(m_project->audit().events().last().detail,
             QStringLiteral("WS-2 step 1: notes \"%1\" -> \"Call the owner\nsecond line\"").arg(first));
    m_project->undoStack()->undo();
    QCOMPARE(m_project->tasks().task(task.id).notes, first);
    m_project->undoStack()->undo();
    QCOMPARE(m_project->tasks().task(task.id).notes, QString());
    m_project->undoStack()->redo();
    QCOMPARE(m_project->tasks().task(task.id).notes, first);
    QCOMPARE(auditLines(QStringLiteral("task-notes")), 5);
    // Saving the same text again is no step at all.
    const int steps = m_project->undoStack()->count();
    QVERIFY(m_project->setTaskNotes(task.id, first + QStringLiteral("  "), &error));
    QCOMPARE(m_project->undoStack()->count(), steps);
}

void TestTaskWorkflow::statusAndNotesAreOneStep()
{
    const TaskRecord task = taskOf(QStringLiteral("WS-2"), 2);
    QString error;
    const int steps = m_project->undoStack()->count();
    const int lines = auditLines();
    QVERIFY2(m_project->setTaskStatusAndNotes(task.id, TaskStatus::Blocked, QStringLiteral("no password"),
                                              QStringLiteral("asked on Monday"), &error),
             qPrintable(error));
    QCOMPARE(m_project->undoStack()->count(), steps + 1);
    QCOMPARE(auditLines(), lines + 2);
    TaskRecord now = m_project->tasks().task(task.id);
    QVERIFY(now.status == TaskStatus::Blocked);
    QCOMPARE(now.reason, QStringLiteral("no password"));
    QCOMPARE(now.notes, QStringLiteral("asked on Monday"));
    // One undo takes back both.
    m_project->undoStack()->undo();
    now = m_project->tasks().task(task.id);
    QVERIFY(now.status == task.status);
    QCOMPARE(now.reason, task.reason);
    QCOMPARE(now.notes, task.notes);
    m_project->undoStack()->redo();
    QCOMPARE(m_project->tasks().task(task.id).notes, QStringLiteral("asked on Monday"));
    // Without a reason nothing changes, the notes neither.
    QVERIFY(!m_project->setTaskStatusAndNotes(task.id, TaskStatus::Skipped, QString(),
                                              QStringLiteral("other"), &error));
    QCOMPARE(m_project->tasks().task(task.id).notes, QStringLiteral("asked on Monday"));
    QCOMPARE(m_project->undoStack()->count(), steps + 1);
}

void TestTaskWorkflow::attachedFileKeepsItsBytesAndSha256()
{
    QByteArray bytes;
    for (int i = 0; i < 70000; ++i)
        bytes.append(char((i * 7919) % 251)); // zero bytes included
    const QString path = writeFile(QStringLiteral("uninstall log.txt"), bytes);
    const QString expectedSha =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    const TaskRecord task = taskOf(QStringLiteral("WS-1"), 4);
    QString error;
    Id id = 0;
    QVERIFY2(m_project->attachTaskEvidence(task.id, path, &error, &id), qPrintable(error));
    QVERIFY(id);
    const auto expectOne = [&] {
        const QList<TaskEvidenceRecord> all = m_project->tasks().evidenceOfTask(task.id);
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().id, id);
        QCOMPARE(all.first().name, QStringLiteral("uninstall log.txt"));
        QCOMPARE(all.first().sha256, expectedSha);
        QCOMPARE(all.first().size, qint64(bytes.size()));
        QVERIFY(all.first().content.isEmpty()); // the list never carries the bytes
        QCOMPARE(m_project->tasks().task(task.id).evidence, 1);
        const QString copy = m_dir.filePath(QStringLiteral("copy-%1").arg(m_project->undoStack()->index()));
        QVERIFY2(m_project->saveTaskEvidenceCopy(id, copy, &error), qPrintable(error));
        QFile saved(copy);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), bytes);
    };
    expectOne();
    const AuditEvent line = m_project->audit().events().last();
    QCOMPARE(line.action, QStringLiteral("task-evidence-add"));
    QVERIFY2(line.detail.startsWith(QLatin1String("WS-1 step 4: added file \"uninstall log.txt\"")),
             qPrintable(line.detail));
    QVERIFY2(line.detail.contains(expectedSha), qPrintable(line.detail));

    m_project->undoStack()->undo();
    QVERIFY(m_project->tasks().evidenceOfTask(task.id).isEmpty());
    QCOMPARE(m_project->tasks().task(task.id).evidence, 0);
    QCOMPARE(m_project->audit().events().last().action, QStringLiteral("task-evidence-remove"));
    m_project->undoStack()->redo();
    expectOne();
}

void TestTaskWorkflow::unreadableEvidenceChangesNothing_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("missing") << QStringLiteral("missing");
    QTest::newRow("a folder") << QStringLiteral("folder");
    QTest::newRow("over the size limit") << QStringLiteral("large");
    QTest::newRow("no permission to read") << QStringLiteral("unreadable");
}

void TestTaskWorkflow::unreadableEvidenceChangesNothing()
{
    QFETCH(QString, kind);
    QString path = m_dir.filePath(QStringLiteral("evidence-") + kind);
    if (kind == QLatin1String("folder")) {
        QVERIFY(QDir().mkpath(path));
    } else if (kind == QLatin1String("large")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(kMaxEvidenceBytes + 1)); // sparse: no disk used
    } else if (kind == QLatin1String("unreadable")) {
        writeFile(QStringLiteral("evidence-unreadable"), "secret");
        QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
        QFile probe(path);
        if (probe.open(QIODevice::ReadOnly))
            QSKIP("this user reads files without read permission (root)");
    }
    const TaskRecord task = taskOf(QStringLiteral("WS-2"), 2);
    const int lines = auditLines();
    const int steps = m_project->undoStack()->count();
    QString error;
    QVERIFY(!m_project->attachTaskEvidence(task.id, path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(m_project->tasks().evidenceOfTask(task.id).isEmpty());
    QCOMPARE(auditLines(), lines);
    QCOMPARE(m_project->undoStack()->count(), steps);
}

void TestTaskWorkflow::removedEvidenceComesBackUnderItsId()
{
    const QByteArray bytes("signed removal form\n");
    const TaskRecord task = taskOf(QStringLiteral("WS-2"), 3);
    QString error;
    Id file = 0;
    Id ticket = 0;
    QVERIFY(
        m_project->attachTaskEvidence(task.id, writeFile(QStringLiteral("form.txt"), bytes), &error, &file));
    QVERIFY(m_project->addTaskReference(task.id, QStringLiteral("INC-4711"), &error, &ticket));
    const TaskEvidenceRecord before = m_project->tasks().evidenceItem(file);
    QCOMPARE(before.content, bytes);

    QVERIFY2(m_project->removeTaskEvidence(file, &error), qPrintable(error));
    QCOMPARE(m_project->tasks().evidenceOfTask(task.id).size(), 1);
    QVERIFY(!m_project->tasks().evidenceItem(file).id);
    QVERIFY2(m_project->audit().events().last().detail.contains(before.sha256),
             qPrintable(m_project->audit().events().last().detail));
    m_project->undoStack()->undo();
    const TaskEvidenceRecord after = m_project->tasks().evidenceItem(file);
    QCOMPARE(after.id, file);
    QCOMPARE(after.content, bytes);
    QCOMPARE(after.sha256, before.sha256);
    QCOMPARE(after.addedAt, before.addedAt);
    QCOMPARE(after.addedBy, before.addedBy);
    QList<Id> order;
    for (const TaskEvidenceRecord &e : m_project->tasks().evidenceOfTask(task.id))
        order << e.id;
    QCOMPARE(order, (QList<Id>{file, ticket}));
    m_project->undoStack()->redo();
    QVERIFY(!m_project->tasks().evidenceItem(file).id);
}

void TestTaskWorkflow::referenceIsEvidenceToo()
{
    const TaskRecord task = taskOf(QStringLiteral("WS-1"), 1);
    QString error;
    QVERIFY(!m_project->addTaskReference(task.id, QStringLiteral("   "), &error));
    QVERIFY(m_project->tasks().evidenceOfTask(task.id).isEmpty());
    Id id = 0;
    QVERIFY(m_project->addTaskReference(task.id, QStringLiteral(" CHG-0042 "), &error, &id));
    const TaskEvidenceRecord e = m_project->tasks().evidenceItem(id);
    QCOMPARE(e.kind, TaskEvidenceRecord::Kind::Reference);
    QCOMPARE(e.name, QStringLiteral("CHG-0042"));
    QVERIFY(e.sha256.isEmpty());
    QCOMPARE(m_project->audit().events().last().detail,
             QStringLiteral("WS-1 step 1: added reference \"CHG-0042\""));
    // A reference has no bytes to save.
    QVERIFY(!m_project->saveTaskEvidenceCopy(id, m_dir.filePath(QStringLiteral("ref")), &error));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("ref"))));
}

void TestTaskWorkflow::damagedCopyIsNotSaved()
{
    const TaskRecord task = taskOf(QStringLiteral("WS-1"), 2);
    QString error;
    Id id = 0;
    QVERIFY(
        m_project->attachTaskEvidence(task.id, writeFile(QStringLiteral("a.txt"), "original"), &error, &id));
    {
        // Something other than Uproot changed the bytes inside the file.
        Database other;
        QVERIFY(other.open(m_project->path(), false, false, &error));
        Statement st(other, "UPDATE task_evidence SET content = X'6368616E676564' WHERE id = ?1");
        st.bind(1, id);
        QVERIFY(st.run());
    }
    const QString copy = m_dir.filePath(QStringLiteral("a-copy.txt"));
    QVERIFY(!m_project->saveTaskEvidenceCopy(id, copy, &error));
    QVERIFY2(error.contains(QLatin1String("SHA-256")) && error.contains(copy), qPrintable(error));
    QVERIFY(!QFile::exists(copy));
}

void TestTaskWorkflow::refreshedPlanKeepsTasksWithNotesOrEvidence()
{
    const TaskRecord withEvidence = taskOf(QStringLiteral("WS-2"), 1);
    const TaskRecord withNotes = taskOf(QStringLiteral("WS-2"), 2);
    const TaskRecord plain = taskOf(QStringLiteral("WS-2"), 3);
    QVERIFY(withEvidence.id && withNotes.id && plain.id);
    QString error;
    QVERIFY(m_project->addTaskReference(withEvidence.id, QStringLiteral("INC-1"), &error));
    QVERIFY(m_project->setTaskNotes(withNotes.id, QStringLiteral("asked the owner"), &error));
    // WS-2 is no longer affected: the next plan drops its never-started tasks, but not these two.
    QList<Id> findings;
    m_project->findings().forEach({}, [&](const FindingRow &r) {
        if (r.system == QLatin1String("WS-2"))
            findings << r.id;
        return true;
    });
    QVERIFY(!findings.isEmpty());
    for (Id id : std::as_const(findings))
        m_project->setFindingState(id, FindingState::FalsePositive, QStringLiteral("a lab machine"));
    PlanResult plan;
    QVERIFY2(m_project->plan(&plan, &error), qPrintable(error));
    QVERIFY(plan.tasksRemoved > 0);
    QCOMPARE(m_project->tasks().task(withEvidence.id).id, withEvidence.id);
    QCOMPARE(m_project->tasks().evidenceOfTask(withEvidence.id).size(), 1);
    QCOMPARE(m_project->tasks().task(withNotes.id).notes, QStringLiteral("asked the owner"));
    QVERIFY(!m_project->tasks().task(plain.id).id);
}

QTEST_GUILESS_MAIN(TestTaskWorkflow)
#include "tst_taskworkflow.moc"
