#pragma once

#include "model/store/storetypes.h"

#include <QGroupBox>
#include <QHash>

namespace uproot {

// A system's plan data, edited in place: one editor per field (Criticality and Kind offer their fixed
// choices). A field whose value the person changed is announced (edited) when they press Enter, leave the
// field or pick a choice; the page makes it an undoable command. While a field holds no pending change,
// Ctrl+Z and Ctrl+Shift+Z go to the project's undo stack rather than the field's own typing history.
class SystemPlanDataForm final : public QGroupBox
{
    Q_OBJECT
public:
    explicit SystemPlanDataForm(QWidget *parent = nullptr);

    // Shows the system's values. A field the person is still typing in keeps what they typed unless force.
    void setSystem(const SystemRecord &system, bool force = false);
    void setEditable(bool editable);
    // The editor of a field: a QLineEdit, or a QComboBox for Criticality and Kind.
    QWidget *editor(PlanField field) const { return m_editors.value(int(field)); }

signals:
    void edited(uproot::PlanField field, const QString &value);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString shownValue(PlanField field) const;
    void showValue(PlanField field, const QString &value);
    void commit(PlanField field);

    QHash<int, QWidget *> m_editors;
    SystemRecord m_system;
};

} // namespace uproot
