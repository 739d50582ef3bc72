#include "model/planning/teamlane.h"

namespace uproot {

TeamLane::TeamLane(int capacity, WorkingCalendar calendar)
    : m_days(std::move(calendar)), m_capacity(qMax(1, capacity))
{
}

QDate TeamLane::place(const QDate &earliest)
{
    const QDate from = m_days.onOrAfter(earliest);
    if (!m_day.isValid() || m_day < from) {
        m_day = from;
        m_used = usedOn(m_day);
    }
    while (m_used >= m_capacity) {
        m_day = m_days.after(m_day);
        m_used = usedOn(m_day);
    }
    ++m_used;
    return m_day;
}

void TeamLane::restart(int capacity)
{
    m_capacity = qMax(1, capacity);
    m_day = QDate();
    m_used = 0;
}

} // namespace uproot
