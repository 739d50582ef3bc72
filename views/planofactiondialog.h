#pragma once

#include "model/project/planofactionfield.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QVBoxLayout;

namespace uproot {

class Project;

// The plan of action's own fields, which no inventory or schedule can fill: the agency (a), its point of
// contact (b), the mission function of each component's affected systems (g), contracts with the vendor (h),
// the security controls removal affects (j), the replacements and their timeline (k, l), foreseeable
// challenges (m) and costs (n). A component chooser picks whose mission function the box shows; what was
// typed for the other components is kept while the dialog is open. OK writes every field changed as one
// undoable step (Project::setPlanOfActionFields); a field left empty prints as "Not recorded in the project".
class PlanOfActionDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit PlanOfActionDialog(Project *project, QWidget *parent = nullptr);

    // The box of a field (for the mission function, the one box the component chooser fills), for tests and
    // for focusField.
    QWidget *editor(PlanOfActionField::Element element) const;
    QComboBox *componentChooser() const { return m_components; }
    QLabel *messageLabel() const { return m_message; }
    // The text the dialog holds for a field now, typed or as stored.
    QString value(const PlanOfActionField &field) const;
    // Shows the field's box (choosing its component) and puts the cursor in it.
    void focusField(const PlanOfActionField &field);

    // Writes what changed as one step; false, with the reason shown in the dialog, when it cannot be written.
    bool apply();
    void accept() override;

private:
    static QLabel *heading(const QString &text, QWidget *parent);
    QLineEdit *textLine(PlanOfActionField::Element element, QWidget *parent);
    QWidget *addTextRow(QVBoxLayout *column, PlanOfActionField::Element element, bool multiLine);
    void showComponent(int index);
    QString currentComponent() const;

    QPointer<Project> m_project;
    QStringList m_componentNames; // as stored ("" for the systems with no component), in the chooser's order
    QHash<PlanOfActionField::Element, QWidget *> m_editors;
    QHash<QString, QString> m_missions; // by component: the mission function as the dialog holds it
    QComboBox *m_components = nullptr;
    QPlainTextEdit *m_mission = nullptr;
    int m_shownComponent = -1;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace uproot
