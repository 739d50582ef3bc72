#include "views/importpreviewmodel.h"

namespace uproot {

namespace {

// A field may hold line breaks (quoted in CSV, or wrapped text in a cell); one table line shows them as a
// sign.
QString oneLine(const QString &text)
{
    QString out = text;
    out.replace(QLatin1String("\r\n"), QStringLiteral(" \u21b5 "));
    out.replace(u'\n', QStringLiteral(" \u21b5 "));
    out.replace(u'\r', QStringLiteral(" \u21b5 "));
    return out;
}

} // namespace

ImportPreviewModel::ImportPreviewModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportPreviewModel::setPreview(const QStringList &header, const QList<SourceRecord> &rows)
{
    beginResetModel();
    m_header = header;
    m_rows = rows;
    endResetModel();
}

qint64 ImportPreviewModel::lineAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).line : 0;
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_header.size());
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SourceRecord &record = m_rows.at(index.row());
    const QString value = record.fields.value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return oneLine(value);
    case Qt::ToolTipRole:
    case RawValueRole:
        return value;
    case LineRole:
        return record.line;
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_header.size())
            return {};
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return m_header.at(section);
        return {};
    }
    if (section < 0 || section >= m_rows.size())
        return {};
    if (role == Qt::DisplayRole)
        return QString::number(m_rows.at(section).line);
    if (role == Qt::ToolTipRole)
        return tr("Line %1 of the file").arg(m_rows.at(section).line);
    return {};
}

} // namespace uproot
