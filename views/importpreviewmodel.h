#pragma once

#include "model/readers/sourcerecord.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace uproot {

// The first records of a file as its reader delivered them: one column per header field, one row per record,
// the vertical header giving each record's line in the file.
class ImportPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPreviewModel)
public:
    enum Role { RawValueRole = Qt::UserRole, LineRole };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    void setPreview(const QStringList &header, const QList<SourceRecord> &rows);
    qint64 lineAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_header;
    QList<SourceRecord> m_rows;
};

} // namespace uproot
