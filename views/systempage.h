#pragma once

#include "model/store/storetypes.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace uproot {

class Project;
class SystemDossier;
class SystemPlanDataForm;

// One system's page: its plan data (edited in place), and in sections its findings (with the decision on
// each), its tasks (status edited in the table), its installations, the evidence on its tasks and its history
// in the audit trail. Every edit goes through the project's commands, so Edit > Undo takes it back; the page
// follows changes made anywhere (SystemDossier).
class SystemPage final : public QWidget
{
    Q_OBJECT
public:
    enum Section { Findings, Tasks, Installations, Evidence, History };

    SystemPage(Project *project, Id systemId, QWidget *parent = nullptr);

    Id systemId() const;
    QString systemName() const;
    SystemDossier *dossier() const { return m_dossier; }

    QLabel *titleLabel() const { return m_title; }
    SystemPlanDataForm *planData() const { return m_planData; }
    QTabWidget *sections() const { return m_sections; }
    QTableView *sectionView(Section section) const;
    QLineEdit *reasonField() const { return m_reason; }
    QPushButton *decisionButton(FindingState state) const;

    // Records the decision on the current finding of the findings section, with the reason typed beside it
    // (false positive and exception need one; Open reopens).
    void decide(FindingState state);

signals:
    // Something the person should read (a value refused, no finding chosen).
    void problem(const QString &title, const QString &message);
    // The system's name, for the tab that holds the page.
    void titleChanged(const QString &name);

private:
    QWidget *findingsSection();
    QWidget *tasksSection();
    void updateHeader();
    void updateSectionTitles();
    void updateFindingControls();
    void setPlanField(PlanField field, const QString &value);

    QPointer<Project> m_project;
    SystemDossier *m_dossier;
    QLabel *m_title;
    QLabel *m_facts;
    SystemPlanDataForm *m_planData;
    QTabWidget *m_sections;
    QList<QTableView *> m_views; // by Section
    QLabel *m_explanation;
    QLineEdit *m_reason;
    QPushButton *m_falsePositive;
    QPushButton *m_exception;
    QPushButton *m_reopen;
};

} // namespace uproot
