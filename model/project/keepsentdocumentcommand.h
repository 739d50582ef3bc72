#pragma once

#include "model/project/projectcommand.h"

namespace uproot {

// Appends a final document to the register of documents sent, with its audit line (kind, file name, pages,
// size, SHA-256 and the audit head it prints). Runs once (Project::runOnce): a document sent cannot be
// unsent.
class KeepSentDocumentCommand final : public ProjectCommand
{
public:
    KeepSentDocumentCommand(Project *project, SentDocument document, QByteArray content);

    SentDocument document() const { return m_document; }

protected:
    bool write(bool forward) override;

private:
    SentDocument m_document;
    QByteArray m_content;
};

} // namespace uproot
