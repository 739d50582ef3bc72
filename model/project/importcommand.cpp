#include "model/project/importcommand.h"

#include "model/project/directivebinding.h"
#include "model/project/project.h"

#include <QCoreApplication>
#include <QFileInfo>

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
    const QString what = QCoreApplication::translate("Project", "could not import %1").arg(m_path);
    // One bulk unit of work holds the whole import and its audit line: it lands whole or not at all.
    const std::unique_ptr<UnitOfWork> work = store().beginWork(ProjectStore::WorkKind::Bulk);
    Importer importer(store(), matcherFor(store().directives()));
    const bool ok = m_reader
                        ? importer.importFrom(*work, *m_reader, m_path, m_options, m_sink, &m_report, &m_error)
                        : importer.importFile(*work, m_path, m_options, m_sink, &m_report, &m_error);
    if (!ok)
        return fail(what, m_error.message());
    const QString detail = QCoreApplication::translate("Importer", "%1: %2 rows imported, %3 skipped")
                               .arg(QFileInfo(m_path).absoluteFilePath(), QString::number(m_report.rowsImported),
                                    QString::number(m_report.rowsSkipped));
    if (!work->appendAudit(m_options.actor, QStringLiteral("import"), detail) || !work->commit()) {
        m_error = ReadError{m_path, 0, 0,
                            QCoreApplication::translate("Importer", "cannot write to the project: %1")
                                .arg(work->error()),
                            true};
        return fail(what, work->error());
    }
    // Systems, titles and findings came or changed; task rows show their system's fields, which an import fills.
    announce(ProjectChange::all());
    return true;
}

} // namespace uproot
