#pragma once

#include "model/planning/tasktemplates.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;

namespace uproot {

class Project;
class TemplateRuleDelegate;
class TemplateRulesModel;
class TemplateStepsModel;

// Plan > Task templates: the project's own templates and the rules that choose one by directive and system
// kind. A template's steps are edited in a table (title, phase, working days, the steps each follows), added,
// removed and moved with buttons or the keyboard; a template is added as a copy of another, and one no rule
// chooses can be deleted. What is wrong (a step without a title, dependencies in a cycle, no rule for every
// system) shows below, naming the template and the step, and OK stays disabled until it is put right. OK
// replaces the whole set as one undoable step (Project::setTaskTemplates); "Reset to the shipped templates"
// fills the dialog with the shipped set, which OK then applies.
class TaskTemplatesDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit TaskTemplatesDialog(Project *project, QWidget *parent = nullptr);
    ~TaskTemplatesDialog() override;

    QListWidget *templateList() const { return m_templates; }
    QTableView *stepsView() const { return m_steps; }
    QTableView *rulesView() const { return m_rules; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *okButton() const;
    QPushButton *button(const QString &objectName) const;

    // The set as the dialog holds it now; false with the problem in words when it is not usable.
    bool currentSet(TaskTemplates *set, QString *problem) const;
    bool apply();
    void accept() override;

private:
    struct Draft
    {
        QString identifier;
        QString title;
        QString note;
        QList<TaskTemplate::Step> steps;
    };

    QWidget *makeTemplatesColumn();
    QWidget *makeStepsColumn();
    QWidget *makeRulesBox();
    void load(const TaskTemplates &set);
    void refreshTemplateList();
    void showTemplate(int row);
    void copyTemplate();
    void deleteTemplate();
    void addStep();
    void removeStep();
    void moveStep(int delta);
    void addRule();
    void removeRule();
    void moveRule(int delta);
    void resetToShipped();
    void check();
    QList<int> rulesChoosing(const QString &identifier) const;

    QPointer<Project> m_project;
    TaskTemplates m_original;
    bool m_resetAsked = false;
    QList<Draft> m_drafts;
    QList<TaskTemplates::Rule> m_ruleList;
    int m_current = -1;

    QListWidget *m_templates = nullptr;
    QLineEdit *m_title = nullptr;
    QLabel *m_identifier = nullptr;
    QLabel *m_usedBy = nullptr;
    QTableView *m_steps = nullptr;
    QTableView *m_rules = nullptr;
    TemplateStepsModel *m_stepsModel = nullptr;
    TemplateRulesModel *m_rulesModel = nullptr;
    TemplateRuleDelegate *m_ruleDelegate = nullptr;
    QLabel *m_info = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace uproot
