#pragma once

#include "model/store/storetypes.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace uproot {

class FindingGroupsPane;
class FindingsModel;
class Project;
class SourceRowDialog;
class TablePane;

// The findings area: the table with its confidence, state and directive filters and groups, the explanation of
// the selected finding beside it, and the workflows on a finding (dismiss, record an exception, reopen, show the
// row it was imported from). The main window adds the pane and the menu entries that call it.
class FindingsPane final : public QWidget
{
    Q_OBJECT
public:
    explicit FindingsPane(QWidget *parent = nullptr);
    ~FindingsPane() override;

    // The project whose findings are shown and decided on; null shows none.
    void setProject(Project *project);

    TablePane *table() const { return m_table; }
    FindingsModel *model() const { return m_model; }
    FindingGroupsPane *groups() const { return m_groups; }
    QPushButton *sourceRowButton() const { return m_sourceRowButton; }

    // Asks for a reason and records the decision on the selected finding (Open reopens it, without a reason).
    void decide(FindingState state);
    // Opens the selected finding's row as imported (deleted when closed); null without a selected finding.
    SourceRowDialog *showSourceRow();

signals:
    // Something the person should read (no finding selected, an excluded finding cannot be decided on).
    void problem(const QString &title, const QString &message);

private:
    void updateExplanation();
    // After a change to the project: what the pane says about the finding it shows, read again.
    void showChangedFinding();

    FindingsModel *m_model;
    TablePane *m_table;
    FindingGroupsPane *m_groups;
    QLabel *m_explanation;
    QPushButton *m_sourceRowButton;
    QPointer<Project> m_project;
    Id m_shownFinding = 0; // the finding the pane explains
};

} // namespace uproot
