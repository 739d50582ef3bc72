#pragma once

#include "model/project/projectcommand.h"

namespace uproot {

// Writes one audit line that records an event which changed the file from outside a command (a backup put in
// place of the project: the line says from which backup, and what the trail held before). Runs once.
class AuditNoteCommand final : public ProjectCommand
{
public:
    AuditNoteCommand(Project *project, QString action, QString detail);

protected:
    bool write(bool forward) override;

private:
    QString m_action;
    QString m_detail;
};

} // namespace uproot
