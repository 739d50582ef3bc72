#include "views/systemplandataform.h"

#include "views/plandatadialog.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>

namespace uproot {

SystemPlanDataForm::SystemPlanDataForm(QWidget *parent) : QGroupBox(tr("Plan data"), parent)
{
    setObjectName(QStringLiteral("planData"));
    auto *form = new QFormLayout(this);
    for (PlanField field : allPlanFields()) {
        const QList<QPair<QString, QString>> choices = PlanDataDialog::choicesFor(field);
        const QString label = PlanDataDialog::fieldLabel(field);
        QWidget *editor = nullptr;
        if (choices.isEmpty()) {
            auto *line = new QLineEdit;
            line->setPlaceholderText(tr("Not recorded"));
            connect(line, &QLineEdit::editingFinished, this, [this, field] { commit(field); });
            line->installEventFilter(this);
            editor = line;
        } else {
            auto *combo = new QComboBox;
            for (const auto &[text, value] : choices)
                combo->addItem(text, value);
            connect(combo, &QComboBox::activated, this, [this, field] { commit(field); });
            editor = combo;
        }
        editor->setMinimumWidth(editor->fontMetrics().averageCharWidth() * 24);
        editor->setObjectName(toString(field));
        editor->setAccessibleName(label);
        m_editors.insert(int(field), editor);
        form->addRow(label + QLatin1Char(':'), editor);
    }
}

void SystemPlanDataForm::setSystem(const SystemRecord &system, bool force)
{
    const SystemRecord before = m_system;
    m_system = system;
    for (PlanField field : allPlanFields()) {
        QWidget *editor = m_editors.value(int(field));
        // The person's unfinished typing is theirs until they finish it.
        const QString shown = shownValue(field);
        const bool typing = editor->hasFocus() && shown != planFieldValue(before, field) &&
                            shown != planFieldValue(system, field);
        if (force || !typing)
            showValue(field, planFieldValue(system, field));
    }
}

void SystemPlanDataForm::setEditable(bool editable)
{
    for (QWidget *editor : std::as_const(m_editors)) {
        if (auto *line = qobject_cast<QLineEdit *>(editor))
            line->setReadOnly(!editable);
        else
            editor->setEnabled(editable);
    }
}

QString SystemPlanDataForm::shownValue(PlanField field) const
{
    QWidget *editor = m_editors.value(int(field));
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        return combo->currentData().toString();
    return static_cast<QLineEdit *>(editor)->text().trimmed();
}

void SystemPlanDataForm::showValue(PlanField field, const QString &value)
{
    QWidget *editor = m_editors.value(int(field));
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        int i = combo->findData(value);
        if (i < 0 && !value.isEmpty()) {
            // A value from an assignment file that is not one of the choices is still shown as it is.
            combo->addItem(value, value);
            i = combo->count() - 1;
        }
        combo->setCurrentIndex(qMax(0, i < 0 ? combo->findData(QString()) : i));
        return;
    }
    auto *line = static_cast<QLineEdit *>(editor);
    if (line->text() != value)
        line->setText(value); // also drops the field's own typing history: Ctrl+Z is the project's again
}

void SystemPlanDataForm::commit(PlanField field)
{
    if (!m_system.id)
        return;
    const QString value = shownValue(field);
    if (value == planFieldValue(m_system, field))
        return;
    emit edited(field, value);
}

bool SystemPlanDataForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        auto *line = qobject_cast<QLineEdit *>(watched);
        if (line && (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo))) {
            const PlanField field = PlanField(m_editors.key(line));
            // Nothing typed here: the shortcut is the window's Edit > Undo (or Redo), not the field's.
            if (line->text().trimmed() == planFieldValue(m_system, field)) {
                event->ignore();
                return true;
            }
        }
    }
    return QGroupBox::eventFilter(watched, event);
}

} // namespace uproot
