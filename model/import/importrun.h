#pragma once

#include "model/import/columnmapping.h"
#include "model/import/hostname.h"
#include "model/import/importreport.h"
#include "model/import/titlekey.h"
#include "model/import/titlematch.h"
#include "model/readers/sourcerecord.h"

#include <QHash>
#include <QPair>
#include <QSet>
#include <memory>

namespace uproot {

class InventoryLoad;
class ProjectStore;

// One import's rows on their way into the store: which column holds which role, the systems and titles already
// known, and what this import has met so far. The importer feeds it one record at a time; it decides what the
// record is (a system, a title, an installation, a device, or a row to skip with its reason), runs detection once
// per title it touches, and writes through the load.
class ImportRun final
{
public:
    ImportRun(ProjectStore &store, const TitleMatcher &matcher, const ColumnMapping &mapping,
              const QStringList &header, InventoryLoad &load, ImportReport &report);
    ~ImportRun();
    ImportRun(const ImportRun &) = delete;
    ImportRun &operator=(const ImportRun &) = delete;

    // Takes one record; false once the load has failed and reading should stop.
    bool add(const SourceRecord &record);
    // A row the reader could not make a record of was still read from the file.
    void addIssue(const ReadIssue &issue);
    // After the load finished: the installation counts the report gives.
    void countInstallations();

private:
    struct Columns;

    void skip(const SourceRecord &record, const QString &reason);
    // The record itself, or its copy in *cleaned without the control characters of the cells the import
    // stores, each cleaned cell reported with its line and column.
    const SourceRecord &withoutControlCharacters(const SourceRecord &record, SourceRecord *cleaned);
    bool retiredRecord(const SourceRecord &record) const;
    // The system a record names, found or added; 0 (the row skipped) when the name is not a host name.
    Id systemFor(const SourceRecord &record, const QString &name);
    // The title's id for its key, added and run through detection the first time this import meets it.
    Id titleFor(const TitleKey &key, bool hardware);
    void detect(Id titleId, const TitleKey &key);

    const TitleMatcher &m_matcher;
    InventoryLoad &m_load;
    ImportReport &m_report;
    std::unique_ptr<Columns> m_col;
    QList<QPair<int, QString>> m_storedColumns; // (index, header name) of every column a role reads
    QHash<QString, Id> m_directiveIds;
    SystemNameIndex m_systems;
    QHash<TitleKey, Id> m_titles;
    QSet<Id> m_hardwareTitles;
    QSet<Id> m_touchedTitles;
    QSet<Id> m_seenSystems;
    QSet<Id> m_createdSystems;
    QSet<QPair<Id, Id>> m_devicesSeen; // (system, device title) already written by this import
    qint64 m_installationRows = 0;     // installations written, new or seen again
    Id m_currentSystem = 0;
    QString m_lastSystemName;
    // Configuration Manager's retired records (v_R_System's Obsolete0 and Decommissioned0); -1 when absent.
    int m_obsoleteColumn = -1;
    int m_decommissionedColumn = -1;
};

} // namespace uproot
