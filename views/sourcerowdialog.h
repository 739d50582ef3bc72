#pragma once

#include "model/store/storetypes.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace uproot {

class Project;

// A finding's row as it was imported: the header and the fields of that line of the source file, read again
// from the file. Says so plainly when the file has moved, or has changed since the import.
class SourceRowDialog final : public QDialog
{
    Q_OBJECT
public:
    SourceRowDialog(Project *project, const FindingRow &finding, QWidget *parent = nullptr);

    QTableWidget *fieldsTable() const { return m_table; }
    QLabel *messageLabel() const { return m_message; }
    bool rowFound() const { return m_found; }

private:
    QString changeWarning(Project *project, const FindingRow &finding, const QStringList &fields) const;

    QLabel *m_message;
    QTableWidget *m_table;
    bool m_found = false;
};

} // namespace uproot
