#pragma once

#include <QDate>
#include <QDialog>

class QCheckBox;
class QDateEdit;

namespace uproot {

// The status date ("as of") overdue and remaining work count from: a date the project keeps, or today.
class StatusDateDialog final : public QDialog
{
    Q_OBJECT
public:
    // kept: the date the project keeps (invalid when it follows today).
    StatusDateDialog(const QDate &kept, QWidget *parent = nullptr);

    // The date chosen; invalid: follow today.
    QDate date() const;
    QDateEdit *dateEdit() const { return m_date; }
    QCheckBox *followTodayBox() const { return m_today; }

private:
    QDateEdit *m_date;
    QCheckBox *m_today;
};

} // namespace uproot
