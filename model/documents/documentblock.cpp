#include "model/documents/documentblock.h"

namespace uproot {

DocumentBlock DocumentBlock::heading(const QString &text, int level)
{
    DocumentBlock block;
    block.kind = Kind::Heading;
    block.text = text;
    block.level = level <= 1 ? 1 : 2;
    return block;
}

DocumentBlock DocumentBlock::paragraph(const QString &text, Emphasis emphasis)
{
    DocumentBlock block;
    block.kind = Kind::Paragraph;
    block.text = text;
    block.emphasis = emphasis;
    return block;
}

DocumentBlock DocumentBlock::keyValueBlock(const KeyValueList &pairs)
{
    DocumentBlock block;
    block.kind = Kind::KeyValues;
    block.keyValues = pairs;
    return block;
}

DocumentBlock DocumentBlock::bullets(const QStringList &items)
{
    DocumentBlock block;
    block.kind = Kind::Bullets;
    block.items = items;
    return block;
}

DocumentBlock DocumentBlock::table(const QList<TableColumn> &columns, std::shared_ptr<const TableSource> rows,
                                   const QString &caption, bool zebra)
{
    DocumentBlock block;
    block.kind = Kind::Table;
    block.columns = columns;
    block.rows = std::move(rows);
    block.text = caption;
    block.zebra = zebra;
    return block;
}

DocumentBlock DocumentBlock::pageBreak()
{
    DocumentBlock block;
    block.kind = Kind::PageBreak;
    return block;
}

} // namespace uproot
