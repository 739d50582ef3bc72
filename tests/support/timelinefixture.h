#pragma once

// A small real project for the timeline tests: BOD 17-01 (the shipped templates: four planning steps, then
// seven removal steps of one working day, each after the one before) with six workstations, WS-1..3 in
// component East and WS-4..6 in West. Team Alpha (one system a day) takes WS-1..4, team Beta (one a day,
// Tuesday 9 January 2018 off) takes WS-5 and WS-6. Planned from Tuesday 2 January 2018, so:
//   WS-1 (Alpha, slot Tue 2 Jan): steps 5..11 on 2, 3, 4, 5, 8, 9, 10 January;
//   WS-5 (Beta,  slot Tue 2 Jan): steps 5..11 on 2, 3, 4, 5, 8, 10, 11 January (the 9th is Beta's day off).
// Monday 15 January 2018 is Martin Luther King Jr. Day.
#include "model/detection/directivecatalog.h"
#include "model/project/project.h"

#include <QFile>
#include <QTest>

namespace uproot::testsupport {

inline std::unique_ptr<Project> timelineProject(const QString &folder, const QString &name)
{
    const QString csv = folder + QStringLiteral("/%1.csv").arg(name);
    QFile file(csv);
    if (!file.open(QIODevice::WriteOnly))
        return nullptr;
    file.write("Hostname,Software,Publisher,Component\n");
    for (int i = 1; i <= 6; ++i)
        file.write(QStringLiteral("WS-%1,Kaspersky Endpoint Security for Windows,AO Kaspersky Lab,%2\n")
                       .arg(i)
                       .arg(i <= 3 ? QStringLiteral("East") : QStringLiteral("West"))
                       .toUtf8());
    file.close();
    QString error;
    std::unique_ptr<Project> project =
        Project::create(folder + QStringLiteral("/%1.uproot").arg(name), QStringLiteral("bod-17-01"), {}, {},
                        DirectiveCatalog::builtin(), &error);
    if (!project) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    ImportReport report;
    ReadError readError;
    if (!project->importFile(csv, {}, nullptr, &report, &readError)) {
        qWarning("%s", qPrintable(readError.message()));
        return nullptr;
    }
    const QHash<QString, Id> ids = project->inventory().systemIdsByNormalizedName();
    QList<Id> alpha;
    QList<Id> beta;
    for (auto it = ids.cbegin(); it != ids.cend(); ++it)
        (it.key().endsWith(QLatin1Char('5')) || it.key().endsWith(QLatin1Char('6')) ? beta : alpha)
            .append(it.value());
    PlanResult result;
    if (!project->setTeam({0, QStringLiteral("Alpha"), 1, {}}, &error) ||
        !project->setTeam({0, QStringLiteral("Beta"), 1, {QDate(2018, 1, 9)}}, &error) ||
        !project->setPlanData(alpha, PlanField::Team, QStringLiteral("Alpha"), &error) ||
        !project->setPlanData(beta, PlanField::Team, QStringLiteral("Beta"), &error) ||
        !project->plan({QDate(2018, 1, 2), {}}, &result, &error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    project->undoStack()->clear();
    return project;
}

// The id of a system by its name (as imported).
inline Id systemNamed(Project &project, const QString &name)
{
    const QHash<QString, Id> ids = project.inventory().systemIdsByNormalizedName();
    for (auto it = ids.cbegin(); it != ids.cend(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return 0;
}

// A system's task of one step.
inline TaskRecord taskOf(Project &project, const QString &system, int step)
{
    for (const TaskRecord &t : project.tasks().allTasksOfSystem(systemNamed(project, system))) {
        if (t.step == step)
            return t;
    }
    return {};
}

} // namespace uproot::testsupport
