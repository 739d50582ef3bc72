#pragma once

#include <QList>
#include <QWizardPage>

class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QScrollArea;

namespace uproot {

class ImportBatch;

// The wizard's third page: which column of each file plays which role. It is prefilled with the mapping
// remembered for the file's header, or the preset's, and refuses to go on until every file has a system and a
// software column. Leaving it runs the import.
class ImportMappingPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportMappingPage(ImportBatch *session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    QComboBox *fileBox() const { return m_file; }
    // The role list of a column of the current file.
    QComboBox *roleBox(int column) const { return m_roles.value(column); }
    int roleBoxCount() const { return int(m_roles.size()); }
    QLabel *messageLabel() const { return m_message; }
    QLabel *originLabel() const { return m_origin; }
    QPushButton *resetButton() const { return m_reset; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool isShown() const;
    void refreshFiles();
    void rebuild();
    void updateRoles();
    void updateMessage();

    ImportBatch *m_session;
    QComboBox *m_file;
    QLabel *m_origin;
    QScrollArea *m_scroll;
    QWidget *m_rows = nullptr;
    QList<QComboBox *> m_roles;
    QPushButton *m_reset;
    QLabel *m_message;
    bool m_complete = false;
};

} // namespace uproot
