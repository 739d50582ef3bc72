#include "views/plansummarypanel.h"

#include "model/project/project.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace uproot {

namespace {

QString day(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : PlanSummaryPanel::tr("none");
}

QTableWidgetItem *item(const QString &text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *it = new QTableWidgetItem(text);
    it->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    it->setTextAlignment(align);
    return it;
}

} // namespace

PlanSummaryPanel::PlanSummaryPanel(Project *project, QWidget *parent)
    : QWidget(parent), m_project(project), m_verdict(new QLabel(this)), m_teams(new QTableWidget(0, 5, this))
{
    m_verdict->setObjectName(QStringLiteral("planVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::PlainText);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_teams->setObjectName(QStringLiteral("planTeams"));
    m_teams->setAccessibleName(tr("Schedule by team"));
    m_teams->setHorizontalHeaderLabels({tr("Team"), tr("Systems a day"), tr("Systems"), tr("Finishes"),
                                        tr("Systems a day to meet the target")});
    m_teams->horizontalHeader()->setStretchLastSection(true);
    m_teams->verticalHeader()->hide();
    m_teams->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_verdict);
    layout->addWidget(m_teams);
    refresh();
}

QString PlanSummaryPanel::verdict() const
{
    return m_verdict->text();
}

void PlanSummaryPanel::refresh()
{
    PlanResult r;
    QString error;
    m_teams->setRowCount(0);
    if (!m_project->previewPlan(Project::PlanOptions{}, &r, &error)) {
        m_verdict->setText(tr("The plan cannot be worked out: %1").arg(error));
        return;
    }
    if (!r.systems) {
        m_verdict->setText(tr("No affected systems to plan."));
        return;
    }
    QString text = tr("%n affected system(s); projected finish %1.", nullptr, int(r.systems))
                       .arg(day(r.projectedFinish));
    if (!r.target.isValid())
        text += u' ' + tr("No target date is set.");
    else if (r.workingDaysLate > 0)
        text +=
            u' ' +
            tr("Misses the target %1 by %n working day(s).", nullptr, r.workingDaysLate).arg(day(r.target));
    else
        text += u' ' + tr("Meets the target %1 with %n working day(s) to spare.", nullptr, -r.workingDaysLate)
                           .arg(day(r.target));
    m_verdict->setText(text);
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    for (const TeamSchedule &t : std::as_const(r.teams)) {
        const int row = m_teams->rowCount();
        m_teams->insertRow(row);
        m_teams->setItem(row, 0, item(t.team.isEmpty() ? tr("(no team: the default capacity)") : t.team));
        m_teams->setItem(row, 1, item(QString::number(t.capacity), right));
        m_teams->setItem(row, 2, item(QString::number(t.systems), right));
        m_teams->setItem(row, 3, item(day(t.finish)));
        QString needed = tr("met");
        if (t.capacityToMeetTarget > 0)
            needed = QString::number(t.capacityToMeetTarget);
        else if (t.capacityToMeetTarget < 0)
            needed = tr("none of its own: its steps and calendar, or servers waiting for another team, take longer");
        else if (!r.target.isValid())
            needed = QString();
        m_teams->setItem(row, 4, item(needed));
    }
}

} // namespace uproot
