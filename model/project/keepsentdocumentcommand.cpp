#include "model/project/keepsentdocumentcommand.h"

#include <QCoreApplication>

namespace uproot {

KeepSentDocumentCommand::KeepSentDocumentCommand(Project *project, SentDocument document, QByteArray content)
    : ProjectCommand(project, QCoreApplication::translate("Project", "Keep a document as sent")),
      m_document(std::move(document)), m_content(std::move(content))
{
}

bool KeepSentDocumentCommand::write(bool forward)
{
    const QString what = QCoreApplication::translate("Project", "could not keep the document as sent");
    if (!forward)
        return fail(what, QCoreApplication::translate("Project", "a document sent cannot be taken back"));
    const std::unique_ptr<UnitOfWork> work = begin(what);
    if (!work)
        return false;
    const Id id = work->addSentDocument(m_document, m_content);
    if (!id)
        return fail(what, work->error());
    // One arg() call: a chained one would fill a "%1" inside the file's name.
    const QString detail =
        QStringLiteral("%1 \"%2\" kept as document %3 of the register (%4 pages, %5 bytes, SHA-256 %6); it "
                       "prints the audit head %7 events, SHA-256 %8")
            .arg(m_document.kind, m_document.fileName, QString::number(id), QString::number(m_document.pages),
                 QString::number(m_content.size()), m_document.sha256,
                 QString::number(m_document.auditHead.events), m_document.auditHead.hash);
    if (!commit(*work, what, QStringLiteral("document-sent"), detail))
        return false;
    m_document.id = id;
    m_document.size = m_content.size();
    announce(ProjectChange::rowsOf(ProjectChange::Documents));
    return true;
}

} // namespace uproot
