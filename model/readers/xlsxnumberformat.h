#pragma once

#include <QString>

namespace uproot {

// XLSX stores dates as numbers (days since an epoch) and says only through the cell's number format that they
// are dates. This is the one place that decides which formats mean a date and turns the number into ISO text.
class XlsxNumberFormat
{
public:
    enum Kind { Number, Date, Time, DateTime };

    // The built-in formats (ECMA-376 part 1, 18.8.30): 14-17 and 27-36, 50-58 (East Asian) are dates, 18-21
    // and 45, 47 are times, 22 is a date with a time. 46 ([h]:mm:ss) is a duration, not a time of day.
    static Kind builtIn(int numFmtId);
    // A custom format code such as "yyyy-mm-dd" or "[$-409]d-mmm-yy;@": a date when, outside quoted literals
    // and bracketed colours, locales or durations, its first section has d, y, or an m that is not minutes.
    static Kind classify(const QString &formatCode);

    // The cell's value as text: ISO yyyy-MM-dd for dates, HH:mm:ss for times, "yyyy-MM-dd HH:mm:ss" for both.
    // Serial days count from 1900-01-00 with Excel's phantom 1900-02-29 (serial 60), or from 1904-01-01 in
    // the 1904 date system. A value that is not a number, or no date Excel could show, is returned unchanged.
    static QString format(const QString &value, Kind kind, bool date1904);
};

} // namespace uproot
