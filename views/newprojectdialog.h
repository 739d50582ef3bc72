#pragma once

#include "model/project/projectsettings.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace uproot {

class DirectiveCatalog;

// File > New project: the directive the project follows (the likely one first: the one chosen last time, or
// BOD 17-01, the directive agencies removing Kaspersky follow), the agency and its point of contact (written
// where the plan of action reads them), and the file. OK stays disabled until a file is named.
class NewProjectDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit NewProjectDialog(const DirectiveCatalog &catalog, QWidget *parent = nullptr);

    QString directiveId() const;
    ProjectInfo info() const;
    // The file, ending in .uproot.
    QString path() const;

    QComboBox *directiveCombo() const { return m_directive; }
    QLineEdit *agencyField() const { return m_agency; }
    QLineEdit *contactNameField() const { return m_contactName; }
    QLineEdit *contactPhoneField() const { return m_contactPhone; }
    QLineEdit *contactEmailField() const { return m_contactEmail; }
    QLineEdit *pathField() const { return m_path; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    // Where the directive chosen last is remembered (QSettings), and the one offered without it.
    static QString lastDirectiveKey();
    static QString defaultDirective();

    void accept() override;

private:
    void browse();

    QComboBox *m_directive;
    QLineEdit *m_agency;
    QLineEdit *m_contactName;
    QLineEdit *m_contactPhone;
    QLineEdit *m_contactEmail;
    QLineEdit *m_path;
    QDialogButtonBox *m_buttons;
};

} // namespace uproot
