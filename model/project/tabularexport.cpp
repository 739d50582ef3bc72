#include "model/project/tabularexport.h"

#include "model/documents/spreadsheetcell.h"
#include "model/documents/xlsxtable.h"
#include "model/project/project.h"
#include "model/store/findingsreader.h"
#include "model/store/tasksreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDevice>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <cerrno>
#include <cstring>
#include <functional>

namespace uproot::tabularexport {

namespace {

// The system's reason for the write that failed, taken at once: a QSaveFile forgets its error string when it
// closes its temporary file, and says "Unknown error" after that.
thread_local int t_failure = 0;

bool put(QIODevice *out, const QByteArray &bytes)
{
    errno = 0;
    if (out->write(bytes) == bytes.size())
        return true;
    // The first failure is the one to tell: a QSaveFile refuses every write after it without a system error.
    if (!t_failure)
        t_failure = errno;
    return false;
}

// What a QFileDevice still holds in its buffer is written now, so that a full disk shows here and not after
// the export said it succeeded (a QSaveFile flushes again on commit; standard output is a QFile).
bool flushed(QIODevice *out)
{
    auto *file = qobject_cast<QFileDevice *>(out);
    errno = 0;
    if (!file || file->flush())
        return true;
    if (!t_failure)
        t_failure = errno;
    return false;
}

bool writeLine(QIODevice *out, const QStringList &cells)
{
    QStringList fields;
    for (const QString &c : cells)
        fields.append(csvField(c));
    return put(out, fields.join(QLatin1Char(',')).toUtf8() + "\r\n");
}

QString source(const FindingRow &r)
{
    return r.sourcePath.isEmpty() ? QString() : r.sourcePath + u':' + QString::number(r.sourceLine);
}

// What could not be written and why: the file (or standard output) and the system's reason ("No space left on
// device", "File too large").
QString writeError(QIODevice *out)
{
    const auto *file = qobject_cast<const QFileDevice *>(out);
    const QString name = file && !file->fileName().isEmpty()
                             ? QDir::toNativeSeparators(file->fileName())
                             : QCoreApplication::translate("TabularExport", "standard output");
    const QString reason =
        t_failure ? QString::fromLocal8Bit(std::strerror(t_failure))
        : file && file->error() != QFileDevice::NoError
            ? file->errorString()
            : QCoreApplication::translate("TabularExport", "the device took fewer bytes than given");
    t_failure = 0;
    return QCoreApplication::translate("TabularExport", "cannot write %1: %2").arg(name, reason);
}

// RFC 5545 text values escape backslash, semicolon, comma and newline.
QString icalText(QString text)
{
    text.replace(QLatin1String("\\"), QLatin1String("\\\\"));
    text.replace(QLatin1String(";"), QLatin1String("\\;"));
    text.replace(QLatin1String(","), QLatin1String("\\,"));
    text.replace(QLatin1String("\n"), QLatin1String("\\n"));
    return text;
}

QStringList findingsHeader()
{
    return {QStringLiteral("system"),    QStringLiteral("product"),   QStringLiteral("version"),
            QStringLiteral("publisher"), QStringLiteral("directive"), QStringLiteral("confidence"),
            QStringLiteral("rule"),      QStringLiteral("source"),    QStringLiteral("state"),
            QStringLiteral("scanned")};
}

QStringList findingCells(const FindingRow &r)
{
    return {r.system,     r.product,
            r.version,    r.publisher,
            r.directive,  toString(r.confidence),
            r.rule,       source(r),
            stateText(r), r.scanDate.toString(Qt::ISODate)};
}

QStringList tasksHeader()
{
    return {QStringLiteral("system"),  QStringLiteral("component"), QStringLiteral("step"),
            QStringLiteral("task"),    QStringLiteral("status"),    QStringLiteral("owner"),
            QStringLiteral("due"),     QStringLiteral("reason"),    QStringLiteral("notes"),
            QStringLiteral("evidence")};
}

QStringList taskCells(const TaskRecord &t)
{
    return {t.system,
            t.component,
            QString::number(t.step),
            t.title,
            toString(t.status),
            t.owner,
            t.due.toString(Qt::ISODate),
            t.reason,
            t.notes,
            QString::number(t.evidence)};
}

// Every task, in pages of 5,000, until the callback says stop; false when it did.
bool forEachTask(Project &project, const std::function<bool(const TaskRecord &)> &callback)
{
    PageQuery q;
    q.limit = 5000;
    for (q.offset = 0;; q.offset += q.limit) {
        const QList<TaskRecord> page = project.tasks().page(q);
        for (const TaskRecord &t : page) {
            if (!callback(t))
                return false;
        }
        if (page.size() < q.limit)
            return true;
    }
}

// Every finding, with what the scans dated up to the project's status date say about it.
PageQuery asOfQuery(Project &project)
{
    PageQuery q;
    q.asOf = project.asOf();
    return q;
}

} // namespace

bool findingsCsv(Project &project, QIODevice *out, QString *error)
{
    t_failure = 0;
    bool ok = writeLine(out, findingsHeader());
    bool written = ok;
    // forEach may say it went well when the callback stopped it: what was written is the callback's to say.
    ok = ok && project.findings().forEach(asOfQuery(project), [&](const FindingRow &r) {
        written = writeLine(out, findingCells(r));
        return written;
    });
    ok = ok && written && flushed(out);
    if (!ok)
        *error = writeError(out);
    return ok;
}

bool findingsJson(Project &project, QIODevice *out, QString *error)
{
    t_failure = 0;
    // Streamed one object a line inside the array, so a large project never builds one big document.
    bool ok = put(out, "[\n");
    bool written = ok;
    bool first = true;
    ok = ok && project.findings().forEach(asOfQuery(project), [&](const FindingRow &r) {
        QJsonObject o{{QStringLiteral("system"), r.system},
                            {QStringLiteral("product"), r.product},
                            {QStringLiteral("version"), r.version},
                            {QStringLiteral("publisher"), r.publisher},
                            {QStringLiteral("directive"), r.directive},
                            {QStringLiteral("confidence"), toString(r.confidence)},
                            {QStringLiteral("rule"), r.rule},
                            {QStringLiteral("matched"), r.matched},
                            {QStringLiteral("source"), source(r)},
                            {QStringLiteral("state"), stateText(r)}};
        // The scan that verified the removal, or saw the product again.
        if (r.scan != ScanState::AsFound) {
            o.insert(QStringLiteral("scanned"), r.scanDate.toString(Qt::ISODate));
            o.insert(QStringLiteral("scan"), r.scanPath);
        }
        const QByteArray line = (first ? QByteArray("  ") : QByteArray(",\n  "))
                                + QJsonDocument(o).toJson(QJsonDocument::Compact);
        first = false;
        written = put(out, line);
        return written;
    });
    ok = ok && written && put(out, "\n]\n") && flushed(out);
    if (!ok)
        *error = writeError(out);
    return ok;
}

bool tasksCsv(Project &project, QIODevice *out, QString *error)
{
    t_failure = 0;
    bool ok = writeLine(out, tasksHeader());
    ok = ok && forEachTask(project, [out](const TaskRecord &t) { return writeLine(out, taskCells(t)); });
    ok = ok && flushed(out);
    if (!ok)
        *error = writeError(out);
    return ok;
}

bool findingsXlsx(Project &project, const QString &path, QString *error)
{
    // Pushed from the same query as the CSV, so the two hold the same rows in the same order.
    const qint64 faultsBefore = project.readFaultCount();
    XlsxTableWriter writer(path, QCoreApplication::translate("TabularExport", "Findings"), findingsHeader());
    project.findings().forEach(asOfQuery(project),
                               [&writer](const FindingRow &r) { return writer.addRow(findingCells(r)); });
    // Rows from reads that failed: the writer is dropped unfinished, the file it would replace untouched.
    return !readsFailedSince(project, faultsBefore, path, error) && writer.finish(error);
}

bool tasksXlsx(Project &project, const QString &path, QString *error)
{
    const qint64 faultsBefore = project.readFaultCount();
    XlsxTableWriter writer(path, QCoreApplication::translate("TabularExport", "Tasks"), tasksHeader());
    forEachTask(project, [&writer](const TaskRecord &t) { return writer.addRow(taskCells(t)); });
    return !readsFailedSince(project, faultsBefore, path, error) && writer.finish(error);
}

bool milestonesCalendar(Project &project, QIODevice *out, QString *error)
{
    t_failure = 0;
    QStringList lines{QStringLiteral("BEGIN:VCALENDAR"), QStringLiteral("VERSION:2.0"),
                      QStringLiteral("PRODID:-//Uproot//Removal plan//EN"), QStringLiteral("CALSCALE:GREGORIAN")};
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QHash<Id, QString> codes;
    for (const DirectiveRecord &d : project.directives())
        codes.insert(d.id, d.code);
    for (const MilestoneRecord &m : project.directiveRecords().milestones()) {
        lines << QStringLiteral("BEGIN:VEVENT")
              << QStringLiteral("UID:milestone-%1-%2@uproot").arg(codes.value(m.directiveId)).arg(m.id)
              << QStringLiteral("DTSTAMP:") + stamp
              << QStringLiteral("DTSTART;VALUE=DATE:") + m.due.toString(QStringLiteral("yyyyMMdd"))
              << QStringLiteral("SUMMARY:") + icalText(codes.value(m.directiveId) + QStringLiteral(": ") + m.title)
              << (m.warning.isEmpty() ? QString() : QStringLiteral("DESCRIPTION:") + icalText(m.warning))
              << QStringLiteral("END:VEVENT");
    }
    lines << QStringLiteral("END:VCALENDAR");
    lines.removeAll(QString());
    const QByteArray data = lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
    if (!put(out, data) || !flushed(out)) {
        *error = writeError(out);
        return false;
    }
    return true;
}

} // namespace uproot::tabularexport
