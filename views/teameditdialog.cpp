#include "views/teameditdialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace uproot {

TeamEditDialog::TeamEditDialog(const TeamRecord &team, QWidget *parent)
    : QDialog(parent), m_name(new QLineEdit(team.name, this)), m_capacity(new QSpinBox(this)),
      m_day(new QDateEdit(QDate::currentDate(), this)), m_daysOff(new QListWidget(this))
{
    setWindowTitle(team.name.isEmpty() ? tr("Add team") : tr("Team %1").arg(team.name));
    m_name->setObjectName(QStringLiteral("teamName"));
    m_name->setReadOnly(!team.name.isEmpty());
    m_capacity->setObjectName(QStringLiteral("teamCapacity"));
    m_capacity->setRange(1, 100000);
    m_capacity->setValue(qMax(1, team.capacity));
    m_capacity->setSuffix(tr(" systems a working day"));
    m_day->setObjectName(QStringLiteral("dayOff"));
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_day->setAccessibleName(tr("Day off to add"));
    m_daysOff->setObjectName(QStringLiteral("daysOff"));
    m_daysOff->setAccessibleName(tr("Days off"));
    m_daysOff->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_daysOff->setSortingEnabled(true);
    for (const QDate &d : team.daysOff)
        m_daysOff->addItem(d.toString(Qt::ISODate));

    auto *add = new QPushButton(tr("&Add day"), this);
    add->setObjectName(QStringLiteral("addDayOff"));
    auto *remove = new QPushButton(tr("&Remove selected"), this);
    remove->setObjectName(QStringLiteral("removeDaysOff"));
    connect(add, &QPushButton::clicked, this, &TeamEditDialog::addDayOff);
    connect(remove, &QPushButton::clicked, this, &TeamEditDialog::removeDaysOff);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Capacity:"), m_capacity);
    auto *dayRow = new QHBoxLayout;
    dayRow->addWidget(m_day, 1);
    dayRow->addWidget(add);
    dayRow->addWidget(remove);
    // A row holding a layout gets no buddy by itself: the label's letter must reach the date.
    auto *dayLabel = new QLabel(tr("&Day off:"), this);
    dayLabel->setBuddy(m_day);
    form->addRow(dayLabel, dayRow);
    form->addRow(tr("Days off:"), m_daysOff);
    auto *note =
        new QLabel(tr("Weekends and US federal holidays are days off for every team already."), this);
    note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &TeamEditDialog::updateOk);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    updateOk();
    (team.name.isEmpty() ? static_cast<QWidget *>(m_name) : m_capacity)->setFocus();
}

TeamRecord TeamEditDialog::team() const
{
    TeamRecord t;
    t.name = m_name->text().trimmed();
    t.capacity = m_capacity->value();
    for (int i = 0; i < m_daysOff->count(); ++i)
        t.daysOff.append(QDate::fromString(m_daysOff->item(i)->text(), Qt::ISODate));
    std::sort(t.daysOff.begin(), t.daysOff.end());
    return t;
}

void TeamEditDialog::addDayOff()
{
    const QString text = m_day->date().toString(Qt::ISODate);
    if (m_daysOff->findItems(text, Qt::MatchExactly).isEmpty())
        m_daysOff->addItem(text);
}

void TeamEditDialog::removeDaysOff()
{
    qDeleteAll(m_daysOff->selectedItems());
}

void TeamEditDialog::updateOk()
{
    m_ok->setEnabled(!m_name->text().trimmed().isEmpty());
}

} // namespace uproot
