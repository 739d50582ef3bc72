#include "views/tasktemplatesdialog.h"

#include "model/project/planassignment.h"
#include "model/project/project.h"
#include "views/templateruledelegate.h"
#include "views/templaterulesmodel.h"
#include "views/templatestepdelegate.h"
#include "views/templatestepsmodel.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace uproot {

namespace {

// A button for one action of a table, and the same action on the table's own keys.
QPushButton *tableButton(QWidget *parent, QTableView *view, const QString &text, const QString &name,
                         const QKeySequence &key, const std::function<void()> &slot)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    QObject::connect(button, &QPushButton::clicked, parent, slot);
    auto *action = new QAction(text, view);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(action, &QAction::triggered, parent, slot);
    view->addAction(action);
    button->setToolTip(QObject::tr("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                                  key.toString(QKeySequence::NativeText)));
    return button;
}

QTableView *makeTable(QWidget *parent, const QString &name, const QString &accessibleName)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                          QAbstractItemView::AnyKeyPressed);
    view->setTabKeyNavigation(false);
    return view;
}

} // namespace

TaskTemplatesDialog::TaskTemplatesDialog(Project *project, QWidget *parent)
    : QDialog(parent), m_project(project)
{
    setWindowTitle(tr("Task templates"));
    setAccessibleName(windowTitle());
    resize(980, 680);

    auto *intro = new QLabel(tr("The steps each affected system goes through, and the rules that choose a "
                                "template by directive and system kind. The project keeps its own copy; the "
                                "next Plan > Generate follows what you set here."));
    intro->setWordWrap(true);

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(makeTemplatesColumn());
    split->addWidget(makeStepsColumn());
    split->setStretchFactor(1, 3);

    m_info = new QLabel;
    m_info->setObjectName(QStringLiteral("info"));
    m_info->setWordWrap(true);
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("What is wrong"));
    // White on a deep red in every palette (contrast 6.6:1); the palette's bright text is red in some dark
    // ones.
    m_problem->setStyleSheet(QStringLiteral("color: #ffffff; background: #a4262c; padding: 4px;"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton *reset =
        m_buttons->addButton(tr("Reset to the &shipped templates"), QDialogButtonBox::ResetRole);
    reset->setObjectName(QStringLiteral("reset"));
    connect(reset, &QPushButton::clicked, this, &TaskTemplatesDialog::resetToShipped);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TaskTemplatesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TaskTemplatesDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(split, 3);
    layout->addWidget(makeRulesBox(), 2);
    layout->addWidget(m_info);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    QString error;
    if (!m_project->taskTemplates(&m_original, &error)) {
        // A damaged copy: start from the shipped set, and say why.
        m_original = TaskTemplates::builtin();
        m_info->setText(
            tr("%1\nThe shipped templates are shown instead; OK replaces the damaged copy.").arg(error));
    }
    load(m_original);
}

TaskTemplatesDialog::~TaskTemplatesDialog()
{
    // The tables' models point into this dialog's lists, which go before the tables do; an editor still open
    // hands its value over as it closes, and must find no list.
    m_stepsModel->setSteps(nullptr);
    m_rulesModel->detach();
}

QWidget *TaskTemplatesDialog::makeTemplatesColumn()
{
    auto *box = new QGroupBox(tr("Te&mplates"));
    m_templates = new QListWidget(box);
    m_templates->setObjectName(QStringLiteral("templates"));
    m_templates->setAccessibleName(tr("Templates"));
    connect(m_templates, &QListWidget::currentRowChanged, this, &TaskTemplatesDialog::showTemplate);
    auto *copy = new QPushButton(tr("&Copy"), box);
    copy->setObjectName(QStringLiteral("copyTemplate"));
    copy->setToolTip(tr("Add a new template as a copy of the chosen one"));
    connect(copy, &QPushButton::clicked, this, &TaskTemplatesDialog::copyTemplate);
    auto *remove = new QPushButton(tr("De&lete"), box);
    remove->setObjectName(QStringLiteral("deleteTemplate"));
    connect(remove, &QPushButton::clicked, this, &TaskTemplatesDialog::deleteTemplate);
    m_usedBy = new QLabel(box);
    m_usedBy->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(copy);
    buttons->addWidget(remove);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_templates);
    layout->addLayout(buttons);
    layout->addWidget(m_usedBy);
    return box;
}

QWidget *TaskTemplatesDialog::makeStepsColumn()
{
    auto *box = new QGroupBox(tr("Steps of the chosen template"));
    m_title = new QLineEdit(box);
    m_title->setObjectName(QStringLiteral("templateTitle"));
    connect(m_title, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (m_current < 0)
            return;
        m_drafts[m_current].title = text;
        m_templates->item(m_current)->setText(text);
        refreshTemplateList();
        check();
    });
    m_identifier = new QLabel(box);
    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("Identifier:"), m_identifier);

    m_steps = makeTable(box, QStringLiteral("steps"), tr("Steps"));
    m_stepsModel = new TemplateStepsModel(this);
    m_steps->setModel(m_stepsModel);
    m_steps->setItemDelegate(new TemplateStepDelegate(m_steps));
    m_steps->horizontalHeader()->setSectionResizeMode(TemplateStepsModel::TitleColumn, QHeaderView::Stretch);
    m_steps->horizontalHeader()->setSectionResizeMode(TemplateStepsModel::PhaseColumn,
                                                      QHeaderView::ResizeToContents);
    m_steps->horizontalHeader()->setSectionResizeMode(TemplateStepsModel::DaysColumn,
                                                      QHeaderView::ResizeToContents);
    m_steps->setColumnWidth(TemplateStepsModel::AfterColumn, 140);
    connect(m_stepsModel, &TemplateStepsModel::stepsEdited, this, &TaskTemplatesDialog::check);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(tableButton(this, m_steps, tr("&Add step"), QStringLiteral("addStep"),
                                   QKeySequence(Qt::Key_Insert), [this] { addStep(); }));
    buttons->addWidget(tableButton(this, m_steps, tr("&Remove step"), QStringLiteral("removeStep"),
                                   QKeySequence(QKeySequence::Delete), [this] { removeStep(); }));
    buttons->addWidget(tableButton(this, m_steps, tr("Move &up"), QStringLiteral("stepUp"),
                                   QKeySequence(Qt::CTRL | Qt::Key_Up), [this] { moveStep(-1); }));
    buttons->addWidget(tableButton(this, m_steps, tr("Move do&wn"), QStringLiteral("stepDown"),
                                   QKeySequence(Qt::CTRL | Qt::Key_Down), [this] { moveStep(1); }));
    buttons->addStretch();
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(form);
    layout->addWidget(m_steps);
    layout->addLayout(buttons);
    return box;
}

QWidget *TaskTemplatesDialog::makeRulesBox()
{
    auto *box =
        new QGroupBox(tr("Rules: the first rule whose directive and system kind match a system chooses its "
                         "template (empty matches any)"));
    m_rules = makeTable(box, QStringLiteral("rules"), tr("Rules"));
    m_rulesModel = new TemplateRulesModel(&m_ruleList, this);
    m_rules->setModel(m_rulesModel);
    QStringList directives;
    for (const DirectiveRecord &d : m_project->directives())
        directives.append(d.code);
    m_ruleDelegate = new TemplateRuleDelegate(directives, systemKinds(), m_rules);
    m_rules->setItemDelegate(m_ruleDelegate);
    m_rules->horizontalHeader()->setSectionResizeMode(TemplateRulesModel::TemplateColumn,
                                                      QHeaderView::Stretch);
    m_rules->setColumnWidth(TemplateRulesModel::DirectiveColumn, 180);
    m_rules->setColumnWidth(TemplateRulesModel::KindColumn, 180);
    connect(m_rulesModel, &TemplateRulesModel::rulesEdited, this, [this] {
        refreshTemplateList();
        check();
    });
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(tableButton(this, m_rules, tr("Add r&ule"), QStringLiteral("addRule"),
                                   QKeySequence(Qt::Key_Insert), [this] { addRule(); }));
    buttons->addWidget(tableButton(this, m_rules, tr("Remove rul&e"), QStringLiteral("removeRule"),
                                   QKeySequence(QKeySequence::Delete), [this] { removeRule(); }));
    buttons->addWidget(tableButton(this, m_rules, tr("Rule u&p"), QStringLiteral("ruleUp"),
                                   QKeySequence(Qt::CTRL | Qt::Key_Up), [this] { moveRule(-1); }));
    buttons->addWidget(tableButton(this, m_rules, tr("Rule dow&n"), QStringLiteral("ruleDown"),
                                   QKeySequence(Qt::CTRL | Qt::Key_Down), [this] { moveRule(1); }));
    buttons->addStretch();
    auto *layout = new QHBoxLayout(box);
    layout->addWidget(m_rules);
    layout->addLayout(buttons);
    return box;
}

QPushButton *TaskTemplatesDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QPushButton *TaskTemplatesDialog::button(const QString &objectName) const
{
    return findChild<QPushButton *>(objectName);
}

void TaskTemplatesDialog::load(const TaskTemplates &set)
{
    m_drafts.clear();
    for (const TaskTemplate &t : set.all())
        m_drafts.append({t.identifier(), t.title(), t.note(), t.steps()});
    m_ruleList = set.rules();
    m_rulesModel->reload();
    m_current = -1;
    m_stepsModel->setSteps(nullptr);
    m_templates->clear();
    for (const Draft &d : std::as_const(m_drafts))
        m_templates->addItem(d.title.isEmpty() ? d.identifier : d.title);
    refreshTemplateList();
    m_templates->setCurrentRow(0);
    check();
}

void TaskTemplatesDialog::refreshTemplateList()
{
    QStringList ids;
    QStringList titles;
    QHash<QString, QString> byId;
    for (qsizetype i = 0; i < m_drafts.size(); ++i) {
        const QString shown = m_drafts[i].title.isEmpty() ? m_drafts[i].identifier : m_drafts[i].title;
        ids.append(m_drafts[i].identifier);
        titles.append(shown);
        byId.insert(m_drafts[i].identifier, shown);
        m_templates->item(int(i))->setText(shown);
    }
    m_ruleDelegate->setTemplates(ids, titles);
    m_rulesModel->setTemplateTitles(byId);
    if (m_current < 0)
        return;
    const QList<int> rules = rulesChoosing(m_drafts[m_current].identifier);
    QStringList numbers;
    for (int r : rules)
        numbers.append(QString::number(r + 1));
    m_usedBy->setText(rules.isEmpty() ? tr("No rule chooses this template.")
                                      : tr("Chosen by rule %1.").arg(numbers.join(QStringLiteral(", "))));
    button(QStringLiteral("deleteTemplate"))->setEnabled(rules.isEmpty() && m_drafts.size() > 1);
}

void TaskTemplatesDialog::showTemplate(int row)
{
    m_current = row;
    if (row < 0 || row >= m_drafts.size()) {
        m_stepsModel->setSteps(nullptr);
        return;
    }
    m_stepsModel->setSteps(&m_drafts[row].steps);
    m_title->setText(m_drafts[row].title);
    m_identifier->setText(m_drafts[row].identifier);
    refreshTemplateList();
}

QList<int> TaskTemplatesDialog::rulesChoosing(const QString &identifier) const
{
    QList<int> rows;
    for (qsizetype i = 0; i < m_ruleList.size(); ++i) {
        if (m_ruleList[i].templateId == identifier)
            rows.append(int(i));
    }
    return rows;
}

void TaskTemplatesDialog::copyTemplate()
{
    if (m_current < 0)
        return;
    Draft copy = m_drafts[m_current];
    QString id = copy.identifier + QStringLiteral("-copy");
    const auto taken = [this](const QString &candidate) {
        return std::any_of(m_drafts.cbegin(), m_drafts.cend(),
                           [&candidate](const Draft &d) { return d.identifier == candidate; });
    };
    for (int n = 2; taken(id); ++n)
        id = copy.identifier + QStringLiteral("-copy-%1").arg(n);
    copy.identifier = id;
    copy.title = tr("Copy of %1").arg(copy.title);
    const int row = m_current + 1;
    m_stepsModel->setSteps(nullptr); // the list may move in memory
    m_drafts.insert(row, copy);
    m_templates->insertItem(row, copy.title);
    // The list moved in memory: the steps table must point at the new place.
    m_templates->setCurrentRow(row);
    showTemplate(row);
    m_info->setText(
        tr("Added \u201c%1\u201d. Add a rule below to choose it for some systems.").arg(copy.title));
    m_title->setFocus();
    m_title->selectAll();
    check();
}

void TaskTemplatesDialog::deleteTemplate()
{
    if (m_current < 0 || m_drafts.size() < 2 || !rulesChoosing(m_drafts[m_current].identifier).isEmpty())
        return;
    const int row = m_current;
    const QString title = m_drafts[row].title;
    m_stepsModel->setSteps(nullptr);
    m_current = -1;
    m_drafts.removeAt(row);
    delete m_templates->takeItem(row);
    const int next = qMin(row, int(m_drafts.size()) - 1);
    m_templates->setCurrentRow(next);
    showTemplate(next);
    m_info->setText(tr("Deleted \u201c%1\u201d.").arg(title));
    check();
}

void TaskTemplatesDialog::addStep()
{
    if (m_current < 0)
        return;
    const QModelIndex current = m_steps->currentIndex();
    const int row = m_stepsModel->addStep(current.isValid() ? current.row() + 1 : m_stepsModel->rowCount(),
                                          tr("New step"));
    const QModelIndex title = m_stepsModel->index(row, TemplateStepsModel::TitleColumn);
    m_steps->setCurrentIndex(title);
    m_steps->setFocus();
    m_steps->edit(title);
}

void TaskTemplatesDialog::removeStep()
{
    const QModelIndex current = m_steps->currentIndex();
    if (!current.isValid())
        return;
    const QString title = m_stepsModel->steps().at(current.row()).title;
    const QStringList handedOn = m_stepsModel->removeStep(current.row());
    m_info->setText(handedOn.isEmpty() ? tr("Removed \u201c%1\u201d.").arg(title)
                                       : tr("Removed \u201c%1\u201d; %2 now follow what it followed.")
                                             .arg(title, QLocale().createSeparatedList(handedOn)));
    const int rows = m_stepsModel->rowCount();
    if (rows)
        m_steps->setCurrentIndex(m_stepsModel->index(qMin(current.row(), rows - 1), current.column()));
}

void TaskTemplatesDialog::moveStep(int delta)
{
    const QModelIndex current = m_steps->currentIndex();
    if (current.isValid() && m_stepsModel->moveStep(current.row(), delta))
        m_steps->setCurrentIndex(m_stepsModel->index(current.row() + delta, current.column()));
}

void TaskTemplatesDialog::addRule()
{
    if (m_drafts.isEmpty())
        return;
    const QModelIndex current = m_rules->currentIndex();
    // Above the current rule, so a new specific rule lands before the catch-all at the end.
    const int row =
        m_rulesModel->addRule(current.isValid() ? current.row() : qMax(0, m_rulesModel->rowCount() - 1),
                              m_drafts[qMax(0, m_current)].identifier);
    m_rules->setCurrentIndex(m_rulesModel->index(row, TemplateRulesModel::DirectiveColumn));
    m_rules->setFocus();
}

void TaskTemplatesDialog::removeRule()
{
    const QModelIndex current = m_rules->currentIndex();
    if (!current.isValid())
        return;
    m_rulesModel->removeRule(current.row());
    const int rows = m_rulesModel->rowCount();
    if (rows)
        m_rules->setCurrentIndex(m_rulesModel->index(qMin(current.row(), rows - 1), current.column()));
}

void TaskTemplatesDialog::moveRule(int delta)
{
    const QModelIndex current = m_rules->currentIndex();
    if (current.isValid() && m_rulesModel->moveRule(current.row(), delta))
        m_rules->setCurrentIndex(m_rulesModel->index(current.row() + delta, current.column()));
}

void TaskTemplatesDialog::resetToShipped()
{
    load(TaskTemplates::builtin());
    m_resetAsked = true;
    m_info->setText(
        tr("The shipped templates are shown; OK puts them in the project (Ctrl+Z takes it back)."));
}

bool TaskTemplatesDialog::currentSet(TaskTemplates *set, QString *problem) const
{
    QList<TaskTemplate> templates;
    for (const Draft &d : m_drafts) {
        const QString name = d.title.isEmpty() ? d.identifier : d.title;
        if (d.steps.isEmpty()) {
            *problem = tr("Template \u201c%1\u201d has no steps.").arg(name);
            return false;
        }
        const TaskTemplate::Problem p = TaskTemplate::problemIn(d.steps);
        if (!p.isNone()) {
            *problem = tr("Template \u201c%1\u201d: %2").arg(name, TaskTemplate::describe(p, d.steps));
            return false;
        }
        templates.append(TaskTemplate(d.identifier, d.title, d.note, d.steps));
    }
    if (m_ruleList.isEmpty() || !m_ruleList.last().matchesAll()) {
        *problem = tr("The last rule must leave the directive and the kind empty, so that every system has a "
                      "template.");
        return false;
    }
    return TaskTemplates::make(templates, m_ruleList, tr("The templates"), set, problem);
}

void TaskTemplatesDialog::check()
{
    TaskTemplates set;
    QString problem;
    const bool ok = currentSet(&set, &problem);
    if (ok && m_project && m_project->isReadOnly())
        problem = tr("The project is open read-only: the templates can be read but not changed.");
    m_problem->setText(problem.isEmpty() ? QString() : QStringLiteral("\u26a0 ") + problem);
    m_problem->setVisible(!problem.isEmpty());
    okButton()->setEnabled(problem.isEmpty());
}

bool TaskTemplatesDialog::apply()
{
    if (!m_project)
        return false;
    TaskTemplates set;
    QString problem;
    if (!currentSet(&set, &problem)) {
        check();
        return false;
    }
    QString error;
    const bool written = m_resetAsked && set == TaskTemplates::builtin()
                             ? m_project->resetTaskTemplates(&error)
                             : m_project->setTaskTemplates(set, &error);
    if (!written) {
        m_problem->setText(QStringLiteral("\u26a0 ") + error);
        m_problem->setVisible(true);
        return false;
    }
    return true;
}

void TaskTemplatesDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace uproot
