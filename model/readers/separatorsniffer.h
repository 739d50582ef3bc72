#pragma once

#include <QChar>
#include <QList>
#include <QStringView>

namespace uproot {

// Decides which separator a delimited file uses from a sample of its text. For each candidate it counts the
// separators outside quotes on every record of the sample; the separator that the header has and that the
// rows repeat the same number of times wins. A European export full of "Doe, John" values separated by
// semicolons then reads as semicolon-separated because the header has no comma and the commas are not
// consistent.
class SeparatorSniffer
{
public:
    static QList<QChar> candidates(); // comma, semicolon, tab, pipe: in the order ties are settled

    // complete: the sample is the whole file, so its last record is not cut off.
    // Returns a null QChar when no candidate occurs in the header (a file of one column).
    static QChar detect(QStringView sample, bool complete);
};

} // namespace uproot
