#include "model/planning/workingdayindex.h"

namespace uproot {

namespace {
// How far before a date the numbering starts again when asked about a day before its origin.
constexpr qint64 kRestartMargin = 400;
} // namespace

WorkingDayIndex::WorkingDayIndex(WorkingCalendar calendar) : m_calendar(std::move(calendar)) {}

void WorkingDayIndex::numberNextDay()
{
    const qint64 jd = m_origin + qint64(m_onOrAfter.size());
    m_onOrAfter.push_back(-1);
    if (!m_calendar.isWorkingDay(QDate::fromJulianDay(jd)))
        return;
    m_days.push_back(jd);
    const qsizetype index = qsizetype(m_days.size()) - 1;
    // This working day is the one "on or after" every day since the previous working day.
    for (auto it = m_onOrAfter.rbegin(); it != m_onOrAfter.rend() && *it < 0; ++it)
        *it = index;
}

qsizetype WorkingDayIndex::indexOnOrAfter(const QDate &day)
{
    const qint64 jd = day.toJulianDay();
    if (!m_origin || jd < m_origin) {
        m_origin = jd - kRestartMargin;
        m_onOrAfter.clear();
        m_days.clear();
    }
    const auto offset = std::size_t(jd - m_origin);
    while (m_onOrAfter.size() <= offset || m_onOrAfter[offset] < 0)
        numberNextDay();
    return m_onOrAfter[offset];
}

QDate WorkingDayIndex::at(qsizetype index)
{
    while (qsizetype(m_days.size()) <= index)
        numberNextDay();
    return QDate::fromJulianDay(m_days[std::size_t(index)]);
}

QDate WorkingDayIndex::onOrAfter(const QDate &day)
{
    return at(indexOnOrAfter(day));
}

QDate WorkingDayIndex::advance(const QDate &day, int n)
{
    return at(indexOnOrAfter(day) + n);
}

int WorkingDayIndex::workingDays(const QDate &from, const QDate &to)
{
    if (to < from)
        return 0;
    const qsizetype first = indexOnOrAfter(from);
    const qsizetype pastLast = indexOnOrAfter(to.addDays(1));
    return int(pastLast - first);
}

QDate WorkingDayIndex::onOrBefore(const QDate &day)
{
    const qsizetype next = indexOnOrAfter(day.addDays(1));
    // Number from further back when the day before is not numbered yet.
    if (next == 0) {
        indexOnOrAfter(day.addDays(-kRestartMargin));
        return onOrBefore(day);
    }
    return at(next - 1);
}

} // namespace uproot
