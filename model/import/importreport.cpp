#include "model/import/importreport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace uproot {

void ImportReport::addIssue(const ReadIssue &issue)
{
    ++issueCount;
    if (issues.size() < kMaxListedIssues)
        issues.append(issue);
}

QString ImportReport::toJson() const
{
    QJsonArray listed;
    for (const ReadIssue &i : issues) {
        listed.append(QJsonObject{{QStringLiteral("line"), i.line},
                                  {QStringLiteral("column"), i.column},
                                  {QStringLiteral("reason"), i.reason},
                                  {QStringLiteral("skipped"), i.skipped}});
    }
    const QJsonObject o{
        {QStringLiteral("path"), path},
        {QStringLiteral("format"), format},
        {QStringLiteral("preset"), preset},
        {QStringLiteral("encoding"), encoding},
        {QStringLiteral("separator"), separator},
        {QStringLiteral("notes"), QJsonArray::fromStringList(notes)},
        {QStringLiteral("rowsRead"), rowsRead},
        {QStringLiteral("rowsImported"), rowsImported},
        {QStringLiteral("rowsSkipped"), rowsSkipped},
        {QStringLiteral("issueCount"), issueCount},
        {QStringLiteral("issues"), listed},
        {QStringLiteral("systemsNew"), systemsNew},
        {QStringLiteral("systemsSeenAgain"), systemsSeenAgain},
        {QStringLiteral("installationsNew"), installationsNew},
        {QStringLiteral("installationsSeenAgain"), installationsSeenAgain},
        {QStringLiteral("titlesNew"), titlesNew},
        {QStringLiteral("titlesDetected"), titlesDetected},
        {QStringLiteral("findingsNew"), findingsNew},
    };
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
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
    lines << tr("detected: %1 titles covered, %2 new findings").arg(titlesDetected).arg(findingsNew);
    for (const QString &n : notes)
        lines << tr("note: %1").arg(n);
    for (const ReadIssue &i : issues) {
        lines << tr("%1:%2: %3%4")
                     .arg(path)
                     .arg(i.line)
                     .arg(i.reason, i.skipped ? tr(" (row skipped)") : QString());
    }
    if (issueCount > issues.size())
        lines << tr("... and %1 more issues").arg(issueCount - issues.size());
    return lines.join(QLatin1Char('\n'));
}

} // namespace uproot
