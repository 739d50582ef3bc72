#pragma once

#include "model/planning/tasktemplate.h"
#include "model/planning/tasktemplates.h"

#include <QtGlobal>

// A template set of one removal step that takes one working day, for tests about teams' lanes and capacities:
// with it a system's work is its slot day, so a team of capacity N finishes N systems a working day.
namespace uproot::testsupport {

inline TaskTemplates oneDayRemoval()
{
    TaskTemplate t;
    QString error;
    if (!t.load(R"({"schemaVersion": 1, "identifier": "one-day", "title": "One day",
                   "steps": [{"id": "remove", "title": "Remove the product", "days": 1}]})",
                QStringLiteral("one-day.json"), &error))
        qFatal("one-day template: %s", qPrintable(error));
    return TaskTemplates::single(t);
}

} // namespace uproot::testsupport
