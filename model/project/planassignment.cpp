#include "model/project/planassignment.h"

#include "model/import/hostname.h"
#include "model/readers/controlcharacters.h"
#include "model/readers/readerfactory.h"
#include "model/readers/recordreader.h"
#include "model/store/inventoryreader.h"
#include "model/translation.h"

#include <QHash>

namespace uproot {

UPROOT_DECLARE_TR_FUNCTION(PlanAssignment)

namespace {

QString headerKey(const QString &name)
{
    QString key = name.trimmed().toLower();
    key.replace(u'_', u' ');
    key.replace(u'-', u' ');
    return key.simplified();
}

// -1 for the system column, a PlanField's value for a field, -2 for a column Uproot does not read.
int columnMeaning(const QString &header)
{
    const QString key = headerKey(header);
    static const QHash<QString, int> names = {
        {QStringLiteral("system"), -1},           {QStringLiteral("system name"), -1},
        {QStringLiteral("host"), -1},             {QStringLiteral("host name"), -1},
        {QStringLiteral("hostname"), -1},         {QStringLiteral("computer"), -1},
        {QStringLiteral("computer name"), -1},    {QStringLiteral("mission"), int(PlanField::MissionFunction)},
        {QStringLiteral("system kind"), int(PlanField::Kind)},
        {QStringLiteral("replacement product"), int(PlanField::Replacement)},
        {QStringLiteral("contracts"), int(PlanField::Contract)},
        {QStringLiteral("contract reference"), int(PlanField::Contract)},
    };
    const auto it = names.constFind(key);
    if (it != names.cend())
        return *it;
    for (PlanField f : allPlanFields()) {
        if (key == toString(f))
            return int(f);
    }
    return -2;
}

} // namespace

QStringList systemKinds()
{
    return {QStringLiteral("workstation"), QStringLiteral("server"), QStringLiteral("linux"), QStringLiteral("macos"),
            QStringLiteral("management server")};
}

bool normalizePlanValue(PlanField field, QString *value, QString *why)
{
    *value = value->trimmed();
    if (value->isEmpty())
        return true;
    QStringList allowed;
    if (field == PlanField::Criticality)
        allowed = {QStringLiteral("high"), QStringLiteral("moderate"), QStringLiteral("low")};
    else if (field == PlanField::Kind)
        allowed = systemKinds();
    else
        return true;
    const QString lower = value->toLower().simplified();
    if (!allowed.contains(lower)) {
        *why = tr("%1 is one of %2, not \u201c%3\u201d")
                   .arg(toString(field), allowed.join(QStringLiteral(", ")), *value);
        return false;
    }
    *value = lower;
    return true;
}

bool readPlanAssignments(const QString &path, InventoryReader &inventory, PlanAssignmentFile *result,
                         ReadError *error)
{
    *result = PlanAssignmentFile{};
    std::unique_ptr<RecordReader> reader = openReader(path, QStringLiteral("auto"), error);
    if (!reader)
        return false;
    const QStringList header = reader->header();
    int systemColumn = -1;
    QList<QPair<int, PlanField>> fieldColumns;
    for (int i = 0; i < header.size(); ++i) {
        const int meaning = columnMeaning(header.at(i));
        if (meaning == -1 && systemColumn < 0)
            systemColumn = i;
        else if (meaning >= 0) {
            fieldColumns.append({i, PlanField(meaning)});
            result->fields.append(PlanField(meaning));
        }
    }
    if (systemColumn < 0 || fieldColumns.isEmpty()) {
        QStringList names;
        for (PlanField f : allPlanFields())
            names.append(toString(f));
        *error = ReadError{path, 1, 0,
                           systemColumn < 0
                               ? tr("no system column (name one \u201csystem\u201d, \u201chost name\u201d or "
                                    "\u201ccomputer\u201d)")
                               : tr("no plan data column (name them %1)").arg(names.join(QStringLiteral(", ")))};
        return false;
    }
    const QHash<QString, Id> systems = inventory.systemIdsByNormalizedName();
    // A cell's control characters never reach the project; each cell that had some is reported.
    const auto cell = [&](const SourceRecord &r, int column) {
        QString value = r.fields.value(column);
        if (const int removed = hasControlCharacters(value) ? removeControlCharacters(&value) : 0) {
            const QString name = header.at(column);
            result->cleanedCells.append(
                {r.line, column + 1,
                 removed == 1 ? tr("column %1: 1 control character removed").arg(name)
                              : tr("column %1: %2 control characters removed").arg(name).arg(removed),
                 false});
        }
        return value;
    };
    const auto onRecord = [&](const SourceRecord &r) {
        ++result->rowsRead;
        const QString name = cell(r, systemColumn).trimmed();
        const Id systemId = systems.value(normalizedHostName(name));
        if (!systemId) {
            result->unknownSystems.append(
                {r.line, systemColumn + 1,
                 name.isEmpty() ? tr("no system name") : tr("the project has no system \u201c%1\u201d").arg(name),
                 true});
            return true;
        }
        QList<PlanAssignment> row;
        for (const auto &[column, field] : std::as_const(fieldColumns)) {
            QString value = cell(r, column);
            QString why;
            if (!normalizePlanValue(field, &value, &why)) {
                result->problems.append({r.line, column + 1, why, true});
                return true;
            }
            // An empty cell leaves the field as it is: a sheet that fills only some columns clears nothing.
            if (!value.isEmpty())
                row.append({systemId, field, value});
        }
        result->assignments.append(row);
        ++result->rowsUsed;
        return true;
    };
    const auto onIssue = [&](const ReadIssue &issue) { result->problems.append(issue); };
    if (!reader->read(onRecord, onIssue, nullptr)) {
        *error = reader->error();
        return false;
    }
    return true;
}

} // namespace uproot
