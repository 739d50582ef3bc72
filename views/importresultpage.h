#pragma once

#include <QList>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace uproot {

class ImportBatch;

// The wizard's last page: what the import made of each file, with every row skipped and why, and a button
// that saves the whole report as text.
class ImportResultPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportResultPage(ImportBatch *session, QWidget *parent = nullptr);

    void initializePage() override;

    QComboBox *fileBox() const { return m_file; }
    QLabel *overallLabel() const { return m_overall; }
    QLabel *statusLabel() const { return m_status; }
    // The figure shown for a count ("rowsRead", "rowsImported", "rowsSkipped", "systemsNew", ...).
    QString figure(const QString &key) const;
    QTreeWidget *issueTree() const { return m_issues; }
    QPushButton *saveButton() const { return m_save; }

private:
    struct Figure
    {
        QString key;
        QString title;
        QLabel *value;
    };

    void showFile(int index);
    void saveDialog();

    ImportBatch *m_session;
    QComboBox *m_file;
    QLabel *m_overall;
    QLabel *m_status;
    QLabel *m_source;
    QWidget *m_details;
    QList<Figure> m_figures;
    QLabel *m_issuesLabel;
    QTreeWidget *m_issues;
    QLabel *m_notes;
    QPushButton *m_save;
};

} // namespace uproot
