#include "views/plandatadialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace uproot {

QString PlanDataDialog::fieldLabel(PlanField field)
{
    switch (field) {
    case PlanField::Component:
        return PlanDataDialog::tr("Component");
    case PlanField::Site:
        return PlanDataDialog::tr("Site");
    case PlanField::Owner:
        return PlanDataDialog::tr("Owner");
    case PlanField::Team:
        return PlanDataDialog::tr("Team");
    case PlanField::MissionFunction:
        return PlanDataDialog::tr("Mission function");
    case PlanField::Criticality:
        return PlanDataDialog::tr("Criticality");
    case PlanField::Kind:
        return PlanDataDialog::tr("System kind");
    case PlanField::Replacement:
        return PlanDataDialog::tr("Replacement product");
    case PlanField::Contract:
        return PlanDataDialog::tr("Contract");
    case PlanField::Notes:
        return PlanDataDialog::tr("Notes");
    }
    return {};
}

QList<QPair<QString, QString>> PlanDataDialog::choicesFor(PlanField field)
{
    if (field == PlanField::Criticality)
        return {{PlanDataDialog::tr("High"), QStringLiteral("high")},
                {PlanDataDialog::tr("Moderate"), QStringLiteral("moderate")},
                {PlanDataDialog::tr("Low"), QStringLiteral("low")},
                {PlanDataDialog::tr("Not recorded"), QString()}};
    if (field == PlanField::Kind)
        return {{PlanDataDialog::tr("Workstation"), QStringLiteral("workstation")},
                {PlanDataDialog::tr("Server"), QStringLiteral("server")},
                {PlanDataDialog::tr("Linux"), QStringLiteral("linux")},
                {PlanDataDialog::tr("macOS"), QStringLiteral("macos")},
                {PlanDataDialog::tr("Management server"), QStringLiteral("management server")},
                {PlanDataDialog::tr("Not recorded"), QString()}};
    return {};
}

PlanDataDialog::PlanDataDialog(int systems, QWidget *parent)
    : QDialog(parent)
    , m_field(new QComboBox)
    , m_editors(new QStackedWidget)
    , m_text(new QLineEdit)
    , m_choice(new QComboBox)
{
    setWindowTitle(tr("Set plan data"));
    for (PlanField f : allPlanFields())
        m_field->addItem(fieldLabel(f), int(f));
    m_field->setAccessibleName(tr("Field"));
    m_text->setAccessibleName(tr("Value"));
    m_text->setPlaceholderText(tr("Empty clears the field"));
    m_choice->setAccessibleName(tr("Value"));
    m_editors->addWidget(m_text);
    m_editors->addWidget(m_choice);
    auto *form = new QFormLayout;
    auto *fieldLabelWidget = new QLabel(tr("&Field:"));
    fieldLabelWidget->setBuddy(m_field);
    form->addRow(fieldLabelWidget, m_field);
    auto *valueLabel = new QLabel(tr("&Value:"));
    valueLabel->setBuddy(m_text);
    form->addRow(valueLabel, m_editors);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Set on %n selected system(s), as one step that Edit > Undo takes back.",
                                    nullptr, systems)));
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(m_field, &QComboBox::currentIndexChanged, this, [this, valueLabel] {
        fieldChanged();
        valueLabel->setBuddy(m_editors->currentWidget());
    });
    setField(PlanField::Team);
}

PlanField PlanDataDialog::field() const
{
    return PlanField(m_field->currentData().toInt());
}

QString PlanDataDialog::value() const
{
    return m_editors->currentWidget() == m_choice ? m_choice->currentData().toString() : m_text->text().trimmed();
}

void PlanDataDialog::setField(PlanField field)
{
    m_field->setCurrentIndex(m_field->findData(int(field)));
    fieldChanged();
}

void PlanDataDialog::setValue(const QString &value)
{
    if (m_editors->currentWidget() == m_choice)
        m_choice->setCurrentIndex(qMax(0, m_choice->findData(value)));
    else
        m_text->setText(value);
}

void PlanDataDialog::fieldChanged()
{
    const QList<QPair<QString, QString>> choices = choicesFor(field());
    m_choice->clear();
    for (const auto &[label, value] : choices)
        m_choice->addItem(label, value);
    m_editors->setCurrentWidget(choices.isEmpty() ? static_cast<QWidget *>(m_text) : m_choice);
}

} // namespace uproot
