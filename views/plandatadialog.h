#pragma once

#include "model/store/storetypes.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QStackedWidget;

namespace uproot {

// Asks for one field of plan data and its value, to be set on the systems the person selected (any number of
// them, as one undoable step). Criticality and kind offer their fixed choices; the other fields take text.
class PlanDataDialog final : public QDialog
{
    Q_OBJECT
public:
    PlanDataDialog(int systems, QWidget *parent = nullptr);

    PlanField field() const;
    QString value() const;
    void setField(PlanField field);
    void setValue(const QString &value);

    QComboBox *fieldCombo() const { return m_field; }

    // A field's name for people, and the fixed choices (label, stored value) of Criticality and Kind (none for
    // fields that take text); a system's page edits with the same.
    static QString fieldLabel(PlanField field);
    static QList<QPair<QString, QString>> choicesFor(PlanField field);

private:
    void fieldChanged();

    QComboBox *m_field;
    QStackedWidget *m_editors;
    QLineEdit *m_text;
    QComboBox *m_choice;
};

} // namespace uproot
