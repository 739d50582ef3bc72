#include "views/planofactiondialog.h"

#include "model/documents/documenttext.h"
#include "model/project/project.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace uproot {

namespace {

using F = PlanOfActionField;

// A few lines show at once; the box grows no further and scrolls.
constexpr int kTextLines = 3;

QString textOf(const QWidget *editor)
{
    if (const auto *line = qobject_cast<const QLineEdit *>(editor))
        return line->text();
    if (const auto *text = qobject_cast<const QPlainTextEdit *>(editor))
        return text->toPlainText();
    return QString();
}

QPlainTextEdit *textBox(QWidget *parent)
{
    auto *box = new QPlainTextEdit(parent);
    // Tab moves on, as everywhere else in a form; the keyboard alone must reach OK.
    box->setTabChangesFocus(true);
    box->setPlaceholderText(notRecordedText());
    const int line = box->fontMetrics().lineSpacing();
    box->setFixedHeight(kTextLines * line + 2 * int(box->document()->documentMargin()) +
                        2 * box->frameWidth());
    return box;
}

} // namespace

PlanOfActionDialog::PlanOfActionDialog(Project *project, QWidget *parent)
    : QDialog(parent), m_project(project)
{
    setWindowTitle(tr("Plan of action details"));
    setAccessibleName(windowTitle());
    resize(720, 640);

    auto *intro =
        new QLabel(tr("What the plan of action says for the elements only you can fill in. An element "
                      "left empty prints as \"%1\"; where one does not apply, say so (for example, "
                      "\"Not applicable\").")
                       .arg(notRecordedText()));
    intro->setWordWrap(true);

    // Each element under its own heading, in the plan's order; the headings are the plan's own.
    auto *page = new QWidget;
    auto *column = new QVBoxLayout(page);
    addTextRow(column, F::Agency, false);

    column->addWidget(heading(F::elementLabel(F::ContactName), page));
    auto *contact = new QFormLayout;
    contact->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    contact->addRow(tr("&Name:"), textLine(F::ContactName, page));
    contact->addRow(tr("&Phone:"), textLine(F::ContactPhone, page));
    contact->addRow(tr("&Email:"), textLine(F::ContactEmail, page));
    column->addLayout(contact);
    column->addSpacing(column->spacing());

    // (g) is written per component: the chooser picks whose mission function the box below shows.
    m_components = new QComboBox(page);
    m_components->setObjectName(QStringLiteral("component"));
    m_components->setAccessibleName(tr("Component whose mission function is shown"));
    m_mission = textBox(page);
    m_mission->setObjectName(QStringLiteral("missionFunction"));
    m_editors.insert(F::MissionFunction, m_mission);
    column->addWidget(heading(F::elementLabel(F::MissionFunction), page));
    auto *mission = new QFormLayout;
    mission->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    mission->addRow(tr("Co&mponent:"), m_components);
    mission->addRow(tr("M&ission function:"), m_mission);
    column->addLayout(mission);
    column->addSpacing(column->spacing());
    if (m_project) {
        m_componentNames = planOfActionComponents(*m_project);
        for (const QString &component : std::as_const(m_componentNames)) {
            m_components->addItem(planComponentName(component));
            m_missions.insert(component, m_project->planOfActionField({F::MissionFunction, component}));
        }
    }
    if (m_componentNames.isEmpty()) {
        m_components->addItem(tr("No affected systems yet"));
        m_components->setEnabled(false);
        m_mission->setEnabled(false);
    }
    connect(m_components, &QComboBox::currentIndexChanged, this, &PlanOfActionDialog::showComponent);
    showComponent(m_components->currentIndex());

    for (F::Element e : {F::Contracts, F::SecurityControls, F::ReplacementProducts, F::ReplacementTimeline,
                         F::Challenges, F::Costs})
        addTextRow(column, e, true);
    column->addStretch(1);

    auto *scroll = new QScrollArea;
    scroll->setAccessibleName(tr("Elements of the plan of action"));
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->setVisible(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PlanOfActionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PlanOfActionDialog::reject);
    if (!m_project || m_project->isReadOnly()) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        m_message->setText(tr("The project is open read-only: these details can be read but not changed."));
        m_message->setVisible(true);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
}

QLabel *PlanOfActionDialog::heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

QLineEdit *PlanOfActionDialog::textLine(F::Element element, QWidget *parent)
{
    const F field{element, {}};
    auto *line = new QLineEdit(m_project ? m_project->planOfActionField(field) : QString(), parent);
    line->setPlaceholderText(notRecordedText());
    // The whole label is what a screen reader says: "(b) Point of contact: phone", not just "Phone".
    line->setAccessibleName(field.label());
    line->setObjectName(field.key());
    m_editors.insert(element, line);
    return line;
}

QWidget *PlanOfActionDialog::addTextRow(QVBoxLayout *column, F::Element element, bool multiLine)
{
    QWidget *page = column->parentWidget();
    const F field{element, {}};
    QWidget *editor = nullptr;
    if (multiLine) {
        auto *box = textBox(page);
        box->setPlainText(m_project ? m_project->planOfActionField(field) : QString());
        box->setAccessibleName(field.label());
        box->setObjectName(field.key());
        m_editors.insert(element, box);
        editor = box;
    } else {
        editor = textLine(element, page);
    }
    QLabel *label = heading(field.label(), page);
    label->setBuddy(editor);
    column->addWidget(label);
    column->addWidget(editor);
    column->addSpacing(column->spacing());
    return editor;
}

QWidget *PlanOfActionDialog::editor(F::Element element) const
{
    return m_editors.value(element);
}

QString PlanOfActionDialog::currentComponent() const
{
    return m_componentNames.value(m_components->currentIndex());
}

void PlanOfActionDialog::showComponent(int index)
{
    // Keep what was typed for the component shown until now; OK writes every component's.
    if (m_shownComponent >= 0 && m_shownComponent < m_componentNames.size())
        m_missions.insert(m_componentNames.at(m_shownComponent), m_mission->toPlainText());
    m_shownComponent = index;
    const QString component = m_componentNames.value(index);
    m_mission->setPlainText(m_missions.value(component));
    m_mission->setAccessibleName(F{F::MissionFunction, component}.label());
}

QString PlanOfActionDialog::value(const PlanOfActionField &field) const
{
    if (field.element == F::MissionFunction) {
        if (field.component == currentComponent())
            return m_mission->toPlainText();
        return m_missions.value(field.component);
    }
    return textOf(m_editors.value(field.element));
}

void PlanOfActionDialog::focusField(const PlanOfActionField &field)
{
    if (field.element == F::MissionFunction) {
        const qsizetype index = m_componentNames.indexOf(field.component);
        if (index >= 0)
            m_components->setCurrentIndex(int(index));
    }
    if (QWidget *editor = m_editors.value(field.element)) {
        editor->setFocus(Qt::OtherFocusReason);
        if (auto *scroll = findChild<QScrollArea *>())
            scroll->ensureWidgetVisible(editor);
    }
}

bool PlanOfActionDialog::apply()
{
    if (!m_project)
        return false;
    QList<PlanOfActionValue> values;
    for (const F &field : planOfActionFields(m_componentNames))
        values.append({field, value(field)});
    QString error;
    if (!m_project->setPlanOfActionFields(values, &error)) {
        m_message->setText(tr("Nothing was changed: %1").arg(error));
        m_message->setVisible(true);
        return false;
    }
    return true;
}

void PlanOfActionDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace uproot
