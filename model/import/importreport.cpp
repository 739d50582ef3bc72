#include "model/import/importreport.h"

#include "model/readers/textdecoder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <climits>

namespace uproot {

void ImportReport::addIssue(const ReadIssue &issue)
{
    ++issueCount;
    if (issue.skipped) {
        ++skipIssues;
        if (skipsListed < kMaxListedSkips) {
            ++skipsListed;
            skippedRowsListed += issue.rows;
            issues.append(issue);
        } else {
            if (!firstUnlistedSkip || issue.line < firstUnlistedSkip)
                firstUnlistedSkip = issue.line;
            lastUnlistedSkip = qMax(lastUnlistedSkip, issue.line);
        }
    } else if (warningsListed < kMaxListedWarnings) {
        ++warningsListed;
        issues.append(issue);
    }
}

QString ImportReport::toJson() const
{
    QJsonArray listed;
    for (const ReadIssue &i : issues) {
        listed.append(QJsonObject{{QStringLiteral("line"), i.line},
                                  {QStringLiteral("column"), i.column},
                                  {QStringLiteral("reason"), i.reason},
                                  {QStringLiteral("skipped"), i.skipped},
                                  {QStringLiteral("rows"), i.skipped ? i.rows : 0}});
    }
    const QJsonObject o{
        {QStringLiteral("path"), path},
        {QStringLiteral("format"), format},
        {QStringLiteral("preset"), preset},
        {QStringLiteral("encoding"), encoding},
        {QStringLiteral("separator"), separator},
        {QStringLiteral("notes"), QJsonArray::fromStringList(notes)},
        {QStringLiteral("reader"),
         QJsonObject{{QStringLiteral("format"), readerFormat},
                     {QStringLiteral("encoding"), reader.delimited.encoding == TextDecoder::Encoding::Auto
                                                      ? QString()
                                                      : TextDecoder::nameOf(reader.delimited.encoding)},
                     {QStringLiteral("separator"),
                      reader.delimited.separator.isNull() ? QString() : QString(reader.delimited.separator)},
                     {QStringLiteral("headerLine"), reader.headerLine},
                     {QStringLiteral("sheet"), reader.xlsx.sheet},
                     {QStringLiteral("systemName"), reader.systemName}}},
        {QStringLiteral("rowsRead"), rowsRead},
        {QStringLiteral("rowsImported"), rowsImported},
        {QStringLiteral("rowsSkipped"), rowsSkipped},
        {QStringLiteral("issueCount"), issueCount},
        {QStringLiteral("firstUnlistedSkip"), firstUnlistedSkip},
        {QStringLiteral("lastUnlistedSkip"), lastUnlistedSkip},
        {QStringLiteral("issues"), listed},
        {QStringLiteral("systemsNew"), systemsNew},
        {QStringLiteral("systemsSeenAgain"), systemsSeenAgain},
        {QStringLiteral("installationsNew"), installationsNew},
        {QStringLiteral("installationsSeenAgain"), installationsSeenAgain},
        {QStringLiteral("rowsRepeated"), rowsRepeated},
        {QStringLiteral("titlesNew"), titlesNew},
        {QStringLiteral("titlesDetected"), titlesDetected},
        {QStringLiteral("findingsNew"), findingsNew},
        {QStringLiteral("scannedAt"), scannedAt.toString(Qt::ISODate)},
        {QStringLiteral("removalsVerified"), removalsVerified},
        {QStringLiteral("reappearances"), reappearances},
        {QStringLiteral("controlCharactersRemoved"), controlCharactersRemoved},
        {QStringLiteral("cellsWithControlCharacters"), cellsWithControlCharacters},
    };
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool ImportReport::readerSettingsFromJson(const QString &json, QString *format, ReaderOptions *options)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object().value(QLatin1String("reader")).toObject();
    if (o.isEmpty())
        return false;
    *format = o.value(QLatin1String("format")).toString();
    *options = ReaderOptions{};
    const QString encoding = o.value(QLatin1String("encoding")).toString();
    if (!encoding.isEmpty())
        options->delimited.encoding = TextDecoder::fromName(encoding);
    const QString separator = o.value(QLatin1String("separator")).toString();
    if (!separator.isEmpty())
        options->delimited.separator = separator.front();
    options->headerLine = o.value(QLatin1String("headerLine")).toInteger();
    options->xlsx.sheet = o.value(QLatin1String("sheet")).toString();
    options->systemName = o.value(QLatin1String("systemName")).toString();
    return true;
}

QString ImportReport::summary() const
{
    auto tr = [](const char *text) { return QCoreApplication::translate("ImportReport", text); };
    QStringList lines;
    lines << tr("%1: %2 rows read, %3 imported, %4 skipped (format %5, preset %6%7)")
                 .arg(path)
                 .arg(rowsRead)
                 .arg(rowsImported)
                 .arg(rowsSkipped)
                 .arg(format, preset, encoding.isEmpty() ? QString() : QStringLiteral(", ") + encoding);
    lines << tr("systems: %1 new, %2 seen again; installations: %3 new, %4 seen again")
                 .arg(systemsNew)
                 .arg(systemsSeenAgain)
                 .arg(installationsNew)
                 .arg(installationsSeenAgain);
    if (rowsRepeated > 0)
        lines << QCoreApplication::translate("ImportReport",
                                             "%n row(s) repeat an installation an earlier row of the file lists; "
                                             "it is stored once",
                                             nullptr, int(qMin<qint64>(rowsRepeated, INT_MAX)));
    lines << tr("detected: %1 titles covered, %2 new findings").arg(titlesDetected).arg(findingsNew);
    if (scannedAt.isValid())
        lines << tr("scan of %1: %2 removals verified, %3 reappeared")
                     .arg(scannedAt.toString(Qt::ISODate))
                     .arg(removalsVerified)
                     .arg(reappearances);
    for (const QString &n : notes)
        lines << tr("note: %1").arg(n);
    if (controlCharactersRemoved > 0)
        lines << tr("control characters: %1 removed from %2 cells before they were stored (each cell is a "
                    "warning with its line and column)")
                     .arg(controlCharactersRemoved)
                     .arg(cellsWithControlCharacters);
    for (const ReadIssue &i : issues) {
        lines << tr("%1:%2: %3%4")
                     .arg(path)
                     .arg(i.line)
                     .arg(i.reason, i.skipped ? tr(" (row skipped)") : QString());
    }
    const qint64 unlistedSkips = rowsSkipped - skippedRowsListed;
    if (unlistedSkips > 0)
        lines << tr("... and %1 more skipped rows, between lines %2 and %3")
                     .arg(unlistedSkips)
                     .arg(firstUnlistedSkip)
                     .arg(lastUnlistedSkip);
    const qint64 unlistedWarnings = issueCount - skipIssues - warningsListed;
    if (unlistedWarnings > 0)
        lines << tr("... and %1 more warnings").arg(unlistedWarnings);
    return lines.join(QLatin1Char('\n'));
}

} // namespace uproot
