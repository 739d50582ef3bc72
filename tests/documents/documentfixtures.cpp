#include "documentfixtures.h"

#include "model/documents/affectedsystemlist.h"

namespace uproot::test {

QString systemName(int index)
{
    return QStringLiteral("WS-ALPHA-%1").arg(index + 1, 4, 10, QLatin1Char('0'));
}

DirectiveReference bod1701()
{
    return {QStringLiteral("bod-17-01"),
            QStringLiteral("BOD 17-01"),
            kDirectiveTitle,
            QStringLiteral("Department of Homeland Security"),
            QDate(2017, 9, 13),
            QStringLiteral("Kaspersky-branded products")};
}

namespace {

std::shared_ptr<AffectedSystemList> systems(int count, const QDate &firstDue)
{
    static const char *const components[] = {"Bureau of Examples", "Office of the Inspector General",
                                             "Field Operations"};
    auto list = std::make_shared<AffectedSystemList>();
    for (int i = 0; i < count; ++i) {
        AffectedSystem system;
        system.system = systemName(i);
        system.component = QString::fromLatin1(components[i % 3]);
        system.site = QStringLiteral("Site %1").arg(i % 7);
        system.owner = QStringLiteral("Owner %1").arg(i % 13);
        system.products = i % 2 ? QStringLiteral("Kaspersky Endpoint Security 10 for Windows; Network Agent")
                                : QStringLiteral("Kaspersky Security Center Network Agent");
        system.tasksDone = i % 12;
        system.tasksTotal = 11;
        system.due = firstDue.addDays(i % 60);
        list->append(system);
    }
    return list;
}

} // namespace

PlanOfActionData samplePlan(int systemCount)
{
    PlanOfActionData data;
    data.agency = kAgency;
    data.pointOfContact = {QStringLiteral("Jane Q. Planner"), QStringLiteral("202-555-0143"),
                           QStringLiteral("jane.planner@example.gov")};
    data.directive = bod1701();
    data.preparedOn = QDate(2017, 11, 8);
    data.milestones = {
        {QStringLiteral("Identification report due"), QDate(2017, 10, 13), QString()},
        {QStringLiteral("Plan of action due"), QDate(2017, 11, 12), QStringLiteral("Falls on a Sunday")},
        {QStringLiteral("Begin carrying out the plan"), QDate(2017, 12, 12), QString()}};
    data.products = {
        {QStringLiteral("Kaspersky Endpoint Security 10 for Windows"), QStringLiteral("10.2.5"), 12},
        {QStringLiteral("Kaspersky Security Center Network Agent"), QString(), 20}};
    data.methods = {QStringLiteral("Configuration Manager inventory sccm-2017-10.csv (imported 2017-10-02, "
                                   "41,230 rows)")};
    data.components = {
        {QStringLiteral("Bureau of Examples"), 9, QStringLiteral("Benefits processing"), QDate(2017, 12, 12),
         QDate(2018, 1, 30)},
        {QStringLiteral("Field Operations"), 11, QString(), QDate(2017, 12, 18), QDate(2018, 2, 9)}};
    data.contracts = QString(); // left empty on purpose: must read "Not recorded in the project"
    data.projectedFinish = QDate(2018, 2, 9);
    data.securityControls = QStringLiteral("Anti-malware on workstations and servers.");
    data.replacementProducts = QStringLiteral("Microsoft Defender for Endpoint.");
    data.replacementTimeline = QStringLiteral("Staged in passive mode from December 12, 2017.");
    data.challenges = kHostile + QStringLiteral(" appears in an owner field of the inventory.");
    data.costs = QStringLiteral("No new licence cost; 120 staff hours.");
    data.affectedSystems = systems(systemCount, QDate(2017, 12, 12));
    return data;
}

IdentificationReportData sampleIdentification(bool nil)
{
    IdentificationReportData data;
    data.agency = kAgency;
    data.pointOfContact = {QStringLiteral("Jane Q. Planner"), QStringLiteral("202-555-0143"),
                           QStringLiteral("jane.planner@example.gov")};
    data.directive = bod1701();
    data.preparedOn = QDate(2017, 10, 11);
    data.dueOn = QDate(2017, 10, 13);
    data.systemsSearched = 41230;
    data.methods = {QStringLiteral("Configuration Manager inventory sccm-2017-10.csv (imported 2017-10-02, "
                                   "41,230 rows)"),
                    QStringLiteral("osquery programs table from 1,200 Linux servers")};
    if (!nil) {
        data.products = {{QStringLiteral("Kaspersky Endpoint Security 10 for Windows"),
                          QStringLiteral("10.2.5.3201"), 1203},
                         {QStringLiteral("Kaspersky Security Center Network Agent"), QString(), 1187}};
        data.endpointsAffected = 1210;
        data.findingsNeedingReview = 4;
    }
    return data;
}

StatusReportData sampleStatus(int remainingSystems)
{
    StatusReportData data;
    data.agency = kAgency;
    data.pointOfContact = {QStringLiteral("Jane Q. Planner"), QStringLiteral("202-555-0143"),
                           QStringLiteral("jane.planner@example.gov")};
    data.directive = bod1701();
    data.asOf = QDate(2018, 1, 11);
    data.reportNumber = 1;
    data.affected = 1210;
    data.cleared = 1210 - remainingSystems;
    data.remaining = remainingSystems;
    data.overdue = 3;
    data.deadline = QDate(2018, 3, 30);
    data.projectedFinish = QDate(2018, 2, 9);
    data.components = {{QStringLiteral("Bureau of Examples"), 800, 790, 10, 1},
                       {QStringLiteral("Field Operations"), 410, 400, 10, 2}};
    data.milestones = {{QStringLiteral("Plan of action due"), QDate(2017, 11, 12), QString()},
                       {QStringLiteral("Begin carrying out the plan"), QDate(2017, 12, 12), QString()},
                       {QStringLiteral("Second status report"), QDate(2018, 2, 10), QString()},
                       {QStringLiteral("Third status report"), QDate(2018, 3, 12), QString()}};
    data.notes = QStringLiteral("Two systems at Field Operations need the KSC policy password.");
    // Due dates start before the report date, so the first systems are overdue.
    data.remainingSystems = systems(remainingSystems, QDate(2018, 1, 5));
    return data;
}

} // namespace uproot::test
