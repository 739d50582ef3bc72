#pragma once

#include "model/project/projectcommand.h"

namespace uproot {

// One or more of the project's own settings (the status date, ...), as one undoable step.
class SetSettingsCommand final : public ProjectCommand
{
public:
    struct Change
    {
        QString key;
        QString from;
        QString to;
    };
    SetSettingsCommand(Project *project, QList<Change> changes, const QString &label);

protected:
    bool write(bool forward) override;

private:
    QList<Change> m_changes;
};

} // namespace uproot
