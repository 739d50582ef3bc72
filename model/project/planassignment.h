#pragma once

#include "model/readers/sourcerecord.h"
#include "model/store/storetypes.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace uproot {

class InventoryReader;

// One field of one system's plan data, to be set.
struct PlanAssignment
{
    Id systemId = 0;
    PlanField field = PlanField::Team;
    QString value;
};

// The kinds a system can be recorded as (the task template rules choose by them).
QStringList systemKinds();

// Checks a value for a field and gives it its stored form: criticality is high, moderate or low; kind is
// workstation, server, linux, macos or management server (any case); other fields take any text. Empty clears.
bool normalizePlanValue(PlanField field, QString *value, QString *why);
inline bool checkPlanValue(PlanField field, const QString &value, QString *why)
{
    QString v = value;
    return normalizePlanValue(field, &v, why) && v == value;
}

// What an assignment file gave: the assignments, and the rows that gave none, with their lines and reasons
// (a system the project does not know, a value a field does not take).
struct PlanAssignmentFile
{
    QList<PlanAssignment> assignments;
    qint64 rowsRead = 0;
    qint64 rowsUsed = 0;
    QList<ReadIssue> unknownSystems;
    QList<ReadIssue> problems;
    // Cells whose control characters were removed before use (model/readers/controlcharacters.h).
    QList<ReadIssue> cleanedCells;
    QList<PlanField> fields; // the columns it had, in file order
};

// Reads a CSV or XLSX file that maps host names (column "system", or "host name", "computer") to any of the plan
// fields (columns named as the fields: "component", "site", "owner", "team", "mission function", "criticality",
// "kind", "replacement", "contract", "notes"). Systems are matched as imports match them (normalised host
// name). Returns false with *error (file, line, reason) when the file cannot be read or has no system column
// or no field column; rows with problems are reported, not fatal.
bool readPlanAssignments(const QString &path, InventoryReader &inventory, PlanAssignmentFile *result,
                         ReadError *error);

} // namespace uproot
