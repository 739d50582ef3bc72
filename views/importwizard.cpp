#include "views/importwizard.h"

#include "model/project/project.h"
#include "views/importfilespage.h"
#include "views/importmappingpage.h"
#include "views/importpreviewpage.h"
#include "views/importresultpage.h"

namespace uproot {

ImportWizard::ImportWizard(Project *project, const QStringList &files, QWidget *parent)
    : QWizard(parent), m_session(new ImportBatch(project, this)), m_files(new ImportFilesPage(m_session)),
      m_preview(new ImportPreviewPage(m_session)), m_mapping(new ImportMappingPage(m_session)),
      m_result(new ImportResultPage(m_session))
{
    setWindowTitle(tr("Import inventories"));
    setAccessibleName(tr("Import inventories"));
    setOption(QWizard::NoCancelButtonOnLastPage);
    setOption(QWizard::NoBackButtonOnLastPage);
    setPage(FilesPage, m_files);
    setPage(PreviewPage, m_preview);
    setPage(MappingPage, m_mapping);
    setPage(ResultPage, m_result);
    resize(960, 680);
    m_session->addFiles(files);
    // The project may close under a wizard left open; nothing may then write to it.
    if (project)
        connect(project, &QObject::destroyed, this, &QWizard::reject);
}

ImportWizard::~ImportWizard() = default;

} // namespace uproot
