#pragma once

#include "model/project/projectcommand.h"

#include <QList>
#include <QString>

namespace uproot {

// One project setting as it was and as it becomes, with the name a person reads in the audit trail (empty: the
// key says it).
struct SettingChange
{
    QString key;
    QString label;
    QString before;
    QString after;
};

// Any number of the project's own settings (the status date, the plan of action's fields ...) in one undoable
// step, with an audit line for each.
class SetSettingsCommand final : public ProjectCommand
{
public:
    // auditAction: the action word of the audit lines ("setting", "plan-of-action").
    SetSettingsCommand(Project *project, QList<SettingChange> changes, const QString &label,
                       QString auditAction = QStringLiteral("setting"));

protected:
    bool write(bool forward) override;

private:
    QList<SettingChange> m_changes;
    QString m_auditAction;
};

} // namespace uproot
