#pragma once

#include "model/store/storetypes.h"

#include <QDialog>

class QDateEdit;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace uproot {

// One team as a person edits it: its name (fixed once the team exists), its capacity in systems a working day,
// and its days off beyond weekends and federal holidays, picked with a date editor.
class TeamEditDialog final : public QDialog
{
    Q_OBJECT
public:
    // A team with no name is a new one.
    explicit TeamEditDialog(const TeamRecord &team, QWidget *parent = nullptr);

    TeamRecord team() const;

private:
    void addDayOff();
    void removeDaysOff();
    void updateOk();

    QLineEdit *m_name;
    QSpinBox *m_capacity;
    QDateEdit *m_day;
    QListWidget *m_daysOff;
    class QPushButton *m_ok = nullptr;
};

} // namespace uproot
