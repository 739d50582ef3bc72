#pragma once

#include "model/project/importbatch.h"

#include <QStringList>
#include <QWizard>

namespace uproot {

class ImportFilesPage;
class ImportMappingPage;
class ImportPreviewPage;
class ImportResultPage;
class Project;

// Imports inventories into a project: pick or drop files, preview how each reads (and change its encoding,
// separator, sheet or preset), map columns to roles, import with progress and Cancel, and read the report.
// Each file lands whole or not at all; the project announces its change after each file imported.
class ImportWizard final : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilesPage, PreviewPage, MappingPage, ResultPage };

    explicit ImportWizard(Project *project, const QStringList &files = {}, QWidget *parent = nullptr);
    ~ImportWizard() override;

    ImportBatch *session() const { return m_session; }
    ImportFilesPage *filesPage() const { return m_files; }
    ImportPreviewPage *previewPage() const { return m_preview; }
    ImportMappingPage *mappingPage() const { return m_mapping; }
    ImportResultPage *resultPage() const { return m_result; }

private:
    ImportBatch *m_session;
    ImportFilesPage *m_files;
    ImportPreviewPage *m_preview;
    ImportMappingPage *m_mapping;
    ImportResultPage *m_result;
};

} // namespace uproot
