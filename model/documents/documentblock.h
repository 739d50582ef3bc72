#pragma once

#include "model/documents/tablecolumn.h"
#include "model/documents/tablesource.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <memory>

namespace uproot {

using KeyValueList = QList<QPair<QString, QString>>;

// One block of a document's body. A document is data first: builders fill blocks, the layouter places them on
// pages, the painter draws them. Every string is plain text; nothing here is ever read as markup.
struct DocumentBlock
{
    enum class Kind { Heading, Paragraph, KeyValues, Bullets, Table, PageBreak };
    enum class Emphasis { Normal, Strong, Note };

    Kind kind = Kind::Paragraph;
    QString text;                            // Heading, Paragraph; a table's caption on continuation pages
    int level = 1;                           // Heading: 1 (section) or 2 (subsection)
    Emphasis emphasis = Emphasis::Normal;    // Paragraph
    KeyValueList keyValues;                  // KeyValues
    QStringList items;                       // Bullets
    QList<TableColumn> columns;              // Table
    std::shared_ptr<const TableSource> rows; // Table
    bool zebra = true;                       // Table: shade every other row (rules separate rows as well)

    static DocumentBlock heading(const QString &text, int level = 1);
    static DocumentBlock paragraph(const QString &text, Emphasis emphasis = Emphasis::Normal);
    static DocumentBlock keyValueBlock(const KeyValueList &pairs);
    static DocumentBlock bullets(const QStringList &items);
    // caption names the table on the pages it continues onto ("Affected systems (continued)").
    static DocumentBlock table(const QList<TableColumn> &columns, std::shared_ptr<const TableSource> rows,
                               const QString &caption = QString(), bool zebra = true);
    static DocumentBlock pageBreak();
};

} // namespace uproot
