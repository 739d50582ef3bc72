// The plan of action's own fields (agency, point of contact, mission function per component, contracts,
// controls, replacements, challenges, costs): written by one command as one undoable step with an audit line
// per field, and listed while still empty so the planner is told before the plan goes out.
#include "model/detection/directivecatalog.h"
#include "model/project/planofactionfield.h"
#include "model/project/project.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace uproot;

using F = PlanOfActionField;

Q_DECLARE_METATYPE(uproot::PlanOfActionValue)

class TestPlanOfActionFields : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void componentsAreThoseOfTheAffectedSystems();
    void fieldsChangeInOneStepWithAnAuditLineEach();
    void unchangedValuesAreNoStep();
    void readOnlyProjectRefusesTheChange();
    void emptyFieldsAreListedInThePlansOrder_data();
    void emptyFieldsAreListedInThePlansOrder();

private:
    // Every field's stored value, by key: what undo must give back exactly.
    QMap<QString, QString> snapshot();

    QTemporaryDir m_dir;
    DirectiveCatalog m_catalog = DirectiveCatalog::builtin();
    std::unique_ptr<Project> m_project;
    int m_n = 0;
};

void TestPlanOfActionFields::init()
{
    QString error;
    ProjectInfo info;
    info.agency = QStringLiteral("Department of Example Affairs");
    m_project = Project::create(m_dir.filePath(QStringLiteral("p%1.uproot").arg(++m_n)),
                                QStringLiteral("bod-17-01"), QDate(), info, m_catalog, &error);
    QVERIFY2(m_project, qPrintable(error));
    const QString csv = m_dir.filePath(QStringLiteral("inv%1.csv").arg(m_n));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    // Two components and a system with none; the Chrome system is not affected, so its component is no
    // component of the plan.
    f.write("Hostname,Software,Publisher,Version,Component\n"
            "WS-1,Kaspersky Endpoint Security for Windows,AO Kaspersky Lab,11.11,Bureau A\n"
            "WS-2,Kaspersky Security Center 10 Network Agent,Kaspersky Lab ZAO,10.5,Bureau B\n"
            "WS-3,Kaspersky Anti-Virus,AO Kaspersky Lab,21,\n"
            "SRV-4,Google Chrome,Google LLC,118,Bureau C\n");
    f.close();
    ImportReport report;
    ReadError readError;
    QVERIFY2(m_project->importFile(csv, {}, nullptr, &report, &readError), qPrintable(readError.message()));
    m_project->undoStack()->clear();
}

void TestPlanOfActionFields::cleanup()
{
    m_project.reset();
}

QMap<QString, QString> TestPlanOfActionFields::snapshot()
{
    QMap<QString, QString> values;
    for (const PlanOfActionField &field : planOfActionFields(planOfActionComponents(*m_project)))
        values.insert(field.key(), m_project->planOfActionField(field));
    return values;
}

void TestPlanOfActionFields::componentsAreThoseOfTheAffectedSystems()
{
    QCOMPARE(planOfActionComponents(*m_project),
             (QStringList{QString(), QStringLiteral("Bureau A"), QStringLiteral("Bureau B")}));
    QCOMPARE((F{F::MissionFunction, QStringLiteral("Bureau A")}).key(),
             QStringLiteral("component/Bureau A/mission"));
    QCOMPARE((F{F::MissionFunction, QString()}).label(),
             QStringLiteral("(g) Mission function of the affected endpoints: (no component)"));
    QCOMPARE((F{F::ContactPhone, QString()}).label(), QStringLiteral("(b) Point of contact: phone"));
}

void TestPlanOfActionFields::fieldsChangeInOneStepWithAnAuditLineEach()
{
    const QMap<QString, QString> before = snapshot();
    QCOMPARE(before.value(QStringLiteral("agency")), QStringLiteral("Department of Example Affairs"));
    const qsizetype auditBefore = m_project->audit().events().size();
    QSignalSpy changes(m_project->changes(), &ProjectChanges::changed);

    const QList<PlanOfActionValue> values = {
        {{F::Agency, {}}, QStringLiteral("Department of Example Affairs, Office of the CIO")},
        {{F::ContactPhone, {}}, QStringLiteral("  202-555-0143 \n")},
        {{F::MissionFunction, QStringLiteral("Bureau A")}, QStringLiteral("Benefits processing")},
        {{F::MissionFunction, QString()}, QStringLiteral("Laboratory instruments")},
        {{F::Contracts, {}}, QStringLiteral("GS-35F-0001X, renewal due March 2018")},
        {{F::Costs, {}}, QStringLiteral("First line\nSecond line")},
    };
    QString error;
    QVERIFY2(m_project->setPlanOfActionFields(values, &error), qPrintable(error));
    QCOMPARE(m_project->undoStack()->count(), 1);
    QCOMPARE(m_project->undoStack()->undoText(), QStringLiteral("Change 6 fields of the plan of action"));
    QCOMPARE(changes.count(), 1);
    QVERIFY(changes.first().at(0).value<ProjectChange>().resets(ProjectChange::Settings));

    // Kept without surrounding blanks; lines inside a value stay.
    QCOMPARE(m_project->planOfActionField({F::ContactPhone, {}}), QStringLiteral("202-555-0143"));
    QCOMPARE(m_project->planOfActionField({F::Costs, {}}), QStringLiteral("First line\nSecond line"));
    QCOMPARE(m_project->planOfActionField({F::MissionFunction, QStringLiteral("Bureau A")}),
             QStringLiteral("Benefits processing"));
    QCOMPARE(m_project->planOfActionField({F::MissionFunction, QStringLiteral("Bureau B")}), QString());
    QCOMPARE(m_project->info().agency, QStringLiteral("Department of Example Affairs, Office of the CIO"));
    const QMap<QString, QString> after = snapshot();

    // One audit line per field, naming the element, its key and both values.
    const QList<AuditEvent> events = m_project->audit().events();
    QCOMPARE(events.size(), auditBefore + 6);
    const QList<AuditEvent> added = events.mid(auditBefore);
    for (const AuditEvent &e : added)
        QCOMPARE(e.action, QStringLiteral("plan-of-action"));
    QVERIFY2(
        added.at(0).detail.contains(QStringLiteral("(a) Agency name (agency): \"Department of Example "
                                                   "Affairs\" -> \"Department of Example Affairs, Office")),
        qPrintable(added.at(0).detail));
    QVERIFY2(added.at(2).detail.contains(QStringLiteral("Bureau A (component/Bureau A/mission): \"\" -> "
                                                        "\"Benefits processing\"")),
             qPrintable(added.at(2).detail));

    m_project->undoStack()->undo();
    QCOMPARE(snapshot(), before);
    QCOMPARE(m_project->audit().events().size(), auditBefore + 12);
    QVERIFY2(m_project->audit().events().last().detail.contains(
                 QStringLiteral("\"First line\nSecond line\" -> \"\"")),
             qPrintable(m_project->audit().events().last().detail));
    m_project->undoStack()->redo();
    QCOMPARE(snapshot(), after);
    m_project->undoStack()->undo();
    QCOMPARE(snapshot(), before);
    QCOMPARE(m_project->audit().verify(), Id(0));
}

void TestPlanOfActionFields::unchangedValuesAreNoStep()
{
    QString error;
    // The agency as it is (blanks aside): nothing to do, nothing on the stack, no audit line.
    const qsizetype auditBefore = m_project->audit().events().size();
    QVERIFY(m_project->setPlanOfActionFields(
        {{{F::Agency, {}}, QStringLiteral(" Department of Example Affairs ")}}, &error));
    QCOMPARE(m_project->undoStack()->count(), 0);
    QCOMPARE(m_project->audit().events().size(), auditBefore);

    // A field given twice takes its last value; one field changed is named in the undo menu.
    QVERIFY(m_project->setPlanOfActionFields(
        {{{F::Challenges, {}}, QStringLiteral("first")},
         {{F::Challenges, {}}, QStringLiteral("Staff on leave in December")}},
        &error));
    QCOMPARE(m_project->undoStack()->count(), 1);
    QCOMPARE(m_project->undoStack()->undoText(), QStringLiteral("Change (m) Foreseeable challenges"));
    QCOMPARE(m_project->planOfActionField({F::Challenges, {}}), QStringLiteral("Staff on leave in December"));
    QCOMPARE(m_project->audit().events().size(), auditBefore + 1);
}

void TestPlanOfActionFields::readOnlyProjectRefusesTheChange()
{
    const QString path = m_project->path();
    m_project.reset();
    QString error;
    std::unique_ptr<Project> readOnly = Project::open(path, true, &error);
    QVERIFY2(readOnly, qPrintable(error));
    QVERIFY(!readOnly->setPlanOfActionFields({{{F::Costs, {}}, QStringLiteral("120 staff hours")}}, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(readOnly->undoStack()->count(), 0);
    QCOMPARE(readOnly->planOfActionField({F::Costs, {}}), QString());
}

void TestPlanOfActionFields::emptyFieldsAreListedInThePlansOrder_data()
{
    QTest::addColumn<QList<PlanOfActionValue>>("values");
    QTest::addColumn<QStringList>("empty"); // the keys still empty, in order

    const QStringList all = {QStringLiteral("contact/name"),
                             QStringLiteral("contact/phone"),
                             QStringLiteral("contact/email"),
                             QStringLiteral("component//mission"),
                             QStringLiteral("component/Bureau A/mission"),
                             QStringLiteral("component/Bureau B/mission"),
                             QStringLiteral("plan/contracts"),
                             QStringLiteral("plan/securityControls"),
                             QStringLiteral("plan/replacementProducts"),
                             QStringLiteral("plan/replacementTimeline"),
                             QStringLiteral("plan/challenges"),
                             QStringLiteral("plan/costs")};
    QTest::newRow("new project: all but the agency") << QList<PlanOfActionValue>() << all;

    QStringList rest = all;
    rest.removeOne(QStringLiteral("component/Bureau A/mission"));
    rest.removeOne(QStringLiteral("plan/costs"));
    rest.prepend(QStringLiteral("agency"));
    QTest::newRow("one component's mission and the costs filled, the agency cleared")
        << QList<PlanOfActionValue>{{{F::MissionFunction, QStringLiteral("Bureau A")},
                                     QStringLiteral("Payroll")},
                                    {{F::Costs, {}}, QStringLiteral("None")},
                                    {{F::Agency, {}}, QString()}}
        << rest;

    QTest::newRow("blanks are not an entry")
        << QList<PlanOfActionValue>{{{F::Contracts, {}}, QStringLiteral(" \n ")}} << all;

    QList<PlanOfActionValue> everything;
    for (const PlanOfActionField &field :
         planOfActionFields({QString(), QStringLiteral("Bureau A"), QStringLiteral("Bureau B")}))
        everything.append({field, QStringLiteral("Not applicable")});
    QTest::newRow("everything filled") << everything << QStringList();

    // A component with no affected system asks for nothing.
    QTest::newRow("a component without affected systems is not asked for")
        << QList<PlanOfActionValue>{{{F::MissionFunction, QStringLiteral("Bureau C")}, QStringLiteral("Web")}}
        << all;
}

void TestPlanOfActionFields::emptyFieldsAreListedInThePlansOrder()
{
    QFETCH(QList<PlanOfActionValue>, values);
    QFETCH(QStringList, empty);
    QString error;
    QVERIFY2(m_project->setPlanOfActionFields(values, &error), qPrintable(error));
    QStringList keys;
    for (const PlanOfActionField &field : emptyPlanOfActionFields(*m_project))
        keys.append(field.key());
    QCOMPARE(keys, empty);
}

QTEST_GUILESS_MAIN(TestPlanOfActionFields)
#include "tst_planofactionfields.moc"
