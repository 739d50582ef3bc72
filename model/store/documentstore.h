#pragma once

#include "model/store/documentsreader.h"

namespace uproot {

class Database;

// The documents_sent table: read through DocumentsReader, appended to by SqliteUnitOfWork. The schema's
// triggers refuse any change to an entry once written.
class DocumentStore final : public DocumentsReader
{
public:
    explicit DocumentStore(Database &db);

    QList<SentDocument> all() override;
    SentDocument find(Id id, QByteArray *content = nullptr) override;

    Id add(const SentDocument &document, const QByteArray &content);

private:
    Database &m_db;
};

} // namespace uproot
