#include "model/project/importcommand.h"

#include "model/project/directivebinding.h"
#include "model/project/project.h"

#include <QCoreApplication>

namespace uproot {

ImportCommand::ImportCommand(Project *project, RecordReader *reader, QString path, ImportOptions options,
                             ProgressSink *sink)
    : ProjectCommand(project, QCoreApplication::translate("Project", "Import %1").arg(path))
    , m_reader(reader)
    , m_path(std::move(path))
    , m_options(std::move(options))
    , m_sink(sink)
{
    if (m_options.actor.isEmpty())
        m_options.actor = actor();
}

bool ImportCommand::write(bool forward)
{
    Q_UNUSED(forward);
    Importer importer(store(), matcherFor(store().directives()));
    const bool ok = m_reader ? importer.importFrom(*m_reader, m_path, m_options, m_sink, &m_report, &m_error)
                             : importer.importFile(m_path, m_options, m_sink, &m_report, &m_error);
    if (!ok)
        return fail(QCoreApplication::translate("Project", "could not import %1").arg(m_path), m_error.message());
    // Systems, titles and findings came or changed; task rows show their system's fields, which an import fills.
    announce(ProjectChange::all());
    return true;
}

} // namespace uproot
