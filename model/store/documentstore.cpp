#include "model/store/documentstore.h"

#include "model/store/database.h"
#include "model/store/statement.h"

namespace uproot {

namespace {

// The columns of an entry as listed, in documentFrom's order; content (the BLOB) only where asked for.
const char *const kList =
    "SELECT id, kind, file_name, sent_at, sent_by, as_of, pages, size, sha256, audit_events, "
    "audit_hash FROM documents_sent ORDER BY id";
const char *const kOne =
    "SELECT id, kind, file_name, sent_at, sent_by, as_of, pages, size, sha256, audit_events, "
    "audit_hash, content FROM documents_sent WHERE id = ?1";

SentDocument documentFrom(const Statement &st)
{
    SentDocument d;
    d.id = st.int64(0);
    d.kind = st.text(1);
    d.fileName = st.text(2);
    d.sentAt = QDateTime::fromString(st.text(3), Qt::ISODate);
    d.sentBy = st.text(4);
    d.asOf = st.date(5);
    d.pages = st.integer(6);
    d.size = st.int64(7);
    d.sha256 = st.text(8);
    d.auditHead.events = st.int64(9);
    d.auditHead.hash = st.text(10);
    return d;
}

} // namespace

DocumentStore::DocumentStore(Database &db) : m_db(db) {}

QList<SentDocument> DocumentStore::all()
{
    QList<SentDocument> out;
    Statement st(m_db, kList);
    while (st.next())
        out.append(documentFrom(st));
    return out;
}

SentDocument DocumentStore::find(Id id, QByteArray *content)
{
    Statement st(m_db, kOne);
    st.bind(1, id);
    if (!st.next())
        return {};
    if (content)
        *content = st.blob(11);
    return documentFrom(st);
}

Id DocumentStore::add(const SentDocument &d, const QByteArray &content)
{
    Statement st(m_db,
                 "INSERT INTO documents_sent(kind, file_name, sent_at, sent_by, as_of, pages, size, sha256, "
                 "audit_events, audit_hash, content) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) "
                 "RETURNING id");
    st.bind(1, d.kind)
        .bind(2, d.fileName)
        .bind(3, d.sentAt.toUTC().toString(Qt::ISODate))
        .bind(4, d.sentBy)
        .bindDate(5, d.asOf)
        .bind(6, d.pages)
        .bind(7, qint64(content.size()))
        .bind(8, d.sha256)
        .bind(9, d.auditHead.events)
        .bind(10, d.auditHead.hash)
        .bindBlob(11, content);
    return st.next() ? st.int64(0) : 0;
}

} // namespace uproot
