#include "model/readers/xlsxnumberformat.h"

#include <QDate>
#include <QTime>

#include <cmath>

namespace uproot {

XlsxNumberFormat::Kind XlsxNumberFormat::builtIn(int numFmtId)
{
    if ((numFmtId >= 14 && numFmtId <= 17) || (numFmtId >= 27 && numFmtId <= 36) ||
        (numFmtId >= 50 && numFmtId <= 58))
        return Date;
    if ((numFmtId >= 18 && numFmtId <= 21) || numFmtId == 45 || numFmtId == 47)
        return Time;
    if (numFmtId == 22)
        return DateTime;
    return Number;
}

XlsxNumberFormat::Kind XlsxNumberFormat::classify(const QString &formatCode)
{
    bool date = false, time = false, month = false;
    const qsizetype n = formatCode.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = formatCode.at(i);
        if (c == u';')
            break; // the first section formats positive numbers, which is what dates are
        if (c == u'"') {
            while (++i < n && formatCode.at(i) != u'"') {
            }
            continue;
        }
        if (c == u'\\' || c == u'_' ||
            c == u'*') { // the next character is a literal, a space width or a fill
            ++i;
            continue;
        }
        if (c == u'[') {
            const qsizetype close = formatCode.indexOf(u']', i);
            const QString inside = formatCode.mid(i + 1, (close < 0 ? n : close) - i - 1).toLower();
            // [h], [mm], [ss] are elapsed durations: a number of hours is not a time of day.
            if (!inside.isEmpty() && (inside.count(inside.at(0)) == inside.size()) &&
                (inside.at(0) == u'h' || inside.at(0) == u'm' || inside.at(0) == u's'))
                return Number;
            i = close < 0 ? n : close;
            continue;
        }
        switch (c.toLower().unicode()) {
        case u'd':
        case u'y':
            date = true;
            break;
        case u'h':
        case u's':
            time = true;
            break;
        case u'm':
            month = true;
            break;
        default:
            break;
        }
    }
    // m is minutes next to h or s and a month otherwise.
    if (month && !time)
        date = true;
    if (date && time)
        return DateTime;
    if (date)
        return Date;
    if (time)
        return Time;
    return Number;
}

QString XlsxNumberFormat::format(const QString &value, Kind kind, bool date1904)
{
    if (kind == Number)
        return value;
    bool ok = false;
    const double serial = value.toDouble(&ok);
    // 2958465 is 9999-12-31, the last day Excel shows.
    if (!ok || !std::isfinite(serial) || serial < 0 || serial >= 2958466)
        return value;
    qint64 days = qint64(std::floor(serial));
    qint64 seconds = qint64(std::llround((serial - double(days)) * 86400.0));
    if (seconds >= 86400) {
        ++days;
        seconds -= 86400;
    }
    const QString timeText = QTime(0, 0).addSecs(int(seconds)).toString(QStringLiteral("HH:mm:ss"));
    if (kind == Time)
        return timeText;

    QString dateText;
    if (date1904) {
        dateText = QDate(1904, 1, 1).addDays(days).toString(Qt::ISODate);
    } else if (days == 60) {
        dateText = QStringLiteral("1900-02-29"); // Excel's phantom day, kept for Lotus 1-2-3 compatibility
    } else if (days >= 1) {
        // Serials after the phantom day are one too high.
        dateText = QDate(1899, 12, days < 60 ? 31 : 30).addDays(days).toString(Qt::ISODate);
    } else {
        return kind == DateTime ? timeText : value; // day 0 is no date; a date-time of day 0 is a time
    }
    return kind == DateTime ? dateText + u' ' + timeText : dateText;
}

} // namespace uproot
