#pragma once

#include "model/readers/sourcerecord.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace uproot {

// The one place where a header row becomes column names, for every tabular reader (delimited text, XLSX).
//
// Names are trimmed, and a byte-order mark glued to the first name is removed (a BOM the decoder did not
// take, e.g. a second one, would otherwise break matching the header to a preset). A column without a name is
// called "Column N". A name that repeats an earlier one (ignoring case, because presets match names that way)
// is made unique as "Name (2)", "Name (3)" rather than refused: exports that join views (Configuration
// Manager's v_R_System with an inventory view) repeat names such as ResourceID, and refusing the file would
// leave the user nothing to do but edit it by hand. Every change is reported, so the user sees which column
// is which.
class HeaderNames
{
    Q_DECLARE_TR_FUNCTIONS(HeaderNames)
public:
    static QStringList clean(const QStringList &raw, qint64 line, QList<ReadIssue> *issues);
};

} // namespace uproot
