#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace uproot {

// Says why a project was refused on opening (its schema is not this version's, or SQLite's check found
// damage) and offers what can be done: open a read-only copy to read and copy out what is readable, or
// restore the project from a backup. The restore button shows only when something is connected to
// restoreRequested. Window-modal, deleted when closed.
class ProjectRefusalDialog final : public QDialog
{
    Q_OBJECT
public:
    ProjectRefusalDialog(const QString &path, const QString &reasons, QWidget *parent = nullptr);

    QPushButton *salvageButton() const { return m_salvage; }
    QPushButton *restoreButton() const { return m_restore; }
    QPlainTextEdit *reasonsView() const { return m_reasons; }

signals:
    void salvageRequested(const QString &path);
    void restoreRequested(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QString m_path;
    QPlainTextEdit *m_reasons;
    QPushButton *m_salvage;
    QPushButton *m_restore;
};

} // namespace uproot
