#pragma once

#include "model/readers/sourcerecord.h"

#include <QString>
#include <QStringList>

namespace uproot {

// What one import did, for the person who ran it: counts, every skipped row with line and reason (the first
// thousand are listed, all are counted), and what was detected.
struct ImportReport
{
    QString path;
    QString format;
    QString preset;
    QString encoding;
    QString separator;
    QStringList notes;
    qint64 rowsRead = 0;
    qint64 rowsImported = 0;
    qint64 rowsSkipped = 0;
    qint64 issueCount = 0;
    QList<ReadIssue> issues; // capped at kMaxListedIssues
    qint64 systemsNew = 0;
    qint64 systemsSeenAgain = 0;
    qint64 installationsNew = 0;
    qint64 installationsSeenAgain = 0;
    qint64 titlesNew = 0;
    qint64 findingsNew = 0;
    qint64 titlesDetected = 0;

    static constexpr int kMaxListedIssues = 1000;

    void addIssue(const ReadIssue &issue);
    QString toJson() const;
    // A few lines for a terminal or a dialog.
    QString summary() const;
};

} // namespace uproot
