#pragma once

#include "model/import/columnmapping.h"
#include "model/import/importreport.h"
#include "model/import/titlematch.h"
#include "model/readers/readerfactory.h"
#include "model/readers/sourcerecord.h"

#include <optional>

namespace uproot {

class ProgressSink;
class ProjectStore;
class RecordReader;
class UnitOfWork;

struct ImportOptions
{
    QString format = QStringLiteral("auto"); // reader: auto, csv, xlsx, osquery, cyclonedx, glpi; or a preset name
    QString preset = QStringLiteral("auto"); // column preset: auto, sccm, intune, lansweeper, ksc, generic
    ReaderOptions reader;                    // forced encoding, separator, header line or sheet
    std::optional<ColumnMapping> mapping;    // overrides preset and remembered mapping
    QString actor;                           // who imports, for the audit trail
    // The date of the scan the file holds (invalid: defaultScanDate, the file's modification date).
    QDate scanDate;
};

// The scan date an import records when none is given: the file's modification date, else today.
QDate defaultScanDate(const QString &path);

// Where an import becomes rows: reader → column roles → normalised systems and titles → installations, then
// detection over the titles this import touched, written through the unit of work the caller (the import
// command) opened and commits with its audit line. It lands whole or not at all; Cancel and a killed process leave
// the project as it was.
class Importer final
{
public:
    Importer(ProjectStore &store, TitleMatcher matcher);

    // work: a bulk unit of work (ProjectStore::WorkKind::Bulk); nothing is committed here.
    bool importFile(UnitOfWork &work, const QString &path, const ImportOptions &options, ProgressSink *sink,
                    ImportReport *report, ReadError *error);
    // The same over a reader that is already open (tests, the wizard's chosen reader).
    bool importFrom(UnitOfWork &work, RecordReader &reader, const QString &path, const ImportOptions &options,
                    ProgressSink *sink, ImportReport *report, ReadError *error);

    // The mapping for a header: the one remembered for that header, or the preset's.
    ColumnMapping mappingFor(const QStringList &header, const QString &preset);

private:
    static ImportReport startReport(RecordReader &reader, const QString &path, const ImportOptions &options,
                                    const ColumnMapping &mapping);

    ProjectStore &m_store;
    TitleMatcher m_matcher;
};

} // namespace uproot
