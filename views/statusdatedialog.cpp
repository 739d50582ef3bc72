#include "views/statusdatedialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace uproot {

StatusDateDialog::StatusDateDialog(const QDate &kept, QWidget *parent)
    : QDialog(parent)
    , m_date(new QDateEdit(kept.isValid() ? kept : QDate::currentDate()))
    , m_today(new QCheckBox(tr("Follow &today")))
{
    setWindowTitle(tr("Status date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setAccessibleName(tr("Status date"));
    m_today->setChecked(!kept.isValid());
    m_date->setEnabled(kept.isValid());
    connect(m_today, &QCheckBox::toggled, m_date, [this](bool today) { m_date->setEnabled(!today); });
    auto *label = new QLabel(tr("&As of:"));
    label->setBuddy(m_date);
    auto *form = new QFormLayout;
    form->addRow(label, m_date);
    form->addRow(QString(), m_today);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Overdue and remaining work, and the status report's number, count from this "
                                    "date.")));
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QDate StatusDateDialog::date() const
{
    return m_today->isChecked() ? QDate() : m_date->date();
}

} // namespace uproot
