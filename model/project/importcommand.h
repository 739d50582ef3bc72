#pragma once

#include "model/import/importer.h"
#include "model/project/projectcommand.h"

namespace uproot {

// One inventory file into the project. The importer writes the rows, the findings and the audit line in one
// unit of work; this command runs it and announces the result. Not undoable (a re-import of a fresh scan is how
// an inventory changes), and older edits stay valid because they name rows by id.
class ImportCommand final : public ProjectCommand
{
public:
    // reader: already open with the wizard's choices; null to open the file with the options' format.
    ImportCommand(Project *project, RecordReader *reader, QString path, ImportOptions options, ProgressSink *sink);

    const ImportReport &report() const { return m_report; }
    const ReadError &error() const { return m_error; }

protected:
    bool write(bool forward) override;

private:
    RecordReader *m_reader;
    QString m_path;
    ImportOptions m_options;
    ProgressSink *m_sink;
    ImportReport m_report;
    ReadError m_error;
};

} // namespace uproot
