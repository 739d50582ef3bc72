#pragma once

#include "model/readers/readerfactory.h"
#include "model/readers/sourcerecord.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace uproot {

// What one import did, for the person who ran it: counts, every skipped row with line and reason, and what was
// detected. Skipped rows are listed up to kMaxListedSkips and warnings up to kMaxListedWarnings, each on its
// own count so a flood of warnings never hides a skipped row; past the cap skipped rows are still counted and
// the lines they lie between given (firstUnlistedSkip..lastUnlistedSkip). Every row read is either imported
// or skipped: rowsRead == rowsImported + rowsSkipped.
struct ImportReport
{
    QString path;
    QString format;
    QString preset;
    QString encoding;
    QString separator;
    QStringList notes;
    // How the file was asked to be read (the --format or wizard choice and the forced options), so its rows can
    // be read again the same way to show a finding's source row.
    QString readerFormat;
    ReaderOptions reader;
    qint64 rowsRead = 0;
    qint64 rowsImported = 0;
    qint64 rowsSkipped = 0;
    qint64 issueCount = 0;   // skipped rows and warnings
    QList<ReadIssue> issues; // in file order; capped as said above
    qint64 skipsListed = 0;       // skip issues listed
    qint64 skippedRowsListed = 0; // the rows those stand for (a log line's issue can stand for many)
    qint64 skipIssues = 0;        // skip issues in all, listed or not
    qint64 warningsListed = 0;
    qint64 firstUnlistedSkip = 0; // line numbers; 0 when every skipped row is listed
    qint64 lastUnlistedSkip = 0;
    qint64 systemsNew = 0;
    qint64 systemsSeenAgain = 0;
    qint64 installationsNew = 0;
    qint64 installationsSeenAgain = 0;
    qint64 rowsRepeated = 0; // rows naming a system, title and version an earlier row of the file named
    qint64 titlesNew = 0;
    qint64 findingsNew = 0;
    qint64 titlesDetected = 0;
    // The scan the file holds, and what it verified on the systems it covers (InventoryLoad).
    QDate scannedAt;
    qint64 removalsVerified = 0;
    qint64 reappearances = 0;
    // Control characters removed from stored cells (model/readers/controlcharacters.h), and the cells they
    // were in; each such cell is also a warning with its line and column.
    qint64 controlCharactersRemoved = 0;
    qint64 cellsWithControlCharacters = 0;

    static constexpr int kMaxListedSkips = 10000;
    static constexpr int kMaxListedWarnings = 1000;

    void addIssue(const ReadIssue &issue);
    QString toJson() const;
    // The reader settings back from toJson()'s text; false when it holds none (imports before they were kept).
    static bool readerSettingsFromJson(const QString &json, QString *format, ReaderOptions *options);
    // A few lines for a terminal or a dialog.
    QString summary() const;
};

} // namespace uproot
