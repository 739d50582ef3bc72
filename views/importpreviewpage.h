#pragma once

#include <QWizardPage>

class QComboBox;
class QDateEdit;
class QSpinBox;
class QLabel;
class QListWidget;
class QTableView;

namespace uproot {

class ImportPreviewModel;
class ImportBatch;

// The wizard's second page: the first records of each file as they read, with the format, encoding,
// separator, sheet and preset that were detected, each of which the user may change.
class ImportPreviewPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportPreviewPage(ImportBatch *session, QWidget *parent = nullptr);

    void initializePage() override;

    QComboBox *fileBox() const { return m_file; }
    QComboBox *formatBox() const { return m_format; }
    QComboBox *encodingBox() const { return m_encoding; }
    QComboBox *separatorBox() const { return m_separator; }
    QComboBox *sheetBox() const { return m_sheet; }
    QSpinBox *headerLineBox() const { return m_headerLine; }
    QComboBox *presetBox() const { return m_preset; }
    QDateEdit *scanDateEdit() const { return m_scanDate; }
    QTableView *table() const { return m_table; }
    QListWidget *issueList() const { return m_issues; }
    QLabel *errorLabel() const { return m_error; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool isShown() const;
    QComboBox *addCombo(const QString &accessibleName);
    void refreshFiles();
    void refresh();
    void fillChoices();
    void applyChoice();

    ImportBatch *m_session;
    ImportPreviewModel *m_model;
    QComboBox *m_file;
    QComboBox *m_format;
    QComboBox *m_encoding;
    QComboBox *m_separator;
    QComboBox *m_sheet;
    QSpinBox *m_headerLine;
    QComboBox *m_preset;
    QDateEdit *m_scanDate;
    QLabel *m_summary;
    QLabel *m_error;
    QTableView *m_table;
    QLabel *m_issuesLabel;
    QListWidget *m_issues;
};

} // namespace uproot
