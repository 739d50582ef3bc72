#pragma once

#include <QString>
#include <QStringList>

class QIODevice;

namespace uproot {

class Project;

// Exports of the project's tables. CSV cells are neutralised against spreadsheet formulas.
namespace tabularexport {

// One row per (system, product) detection: system, product, version, publisher, directive, confidence, rule,
// source (product.md §8).
bool findingsCsv(Project &project, QIODevice *out, QString *error);
bool findingsJson(Project &project, QIODevice *out, QString *error);
bool tasksCsv(Project &project, QIODevice *out, QString *error);
// The same rows as the CSV, as a workbook of one sheet, written beside the target and renamed over it.
bool findingsXlsx(Project &project, const QString &path, QString *error);
bool tasksXlsx(Project &project, const QString &path, QString *error);
// iCalendar (RFC 5545) of the directives' milestones, for managers' calendars.
bool milestonesCalendar(Project &project, QIODevice *out, QString *error);

// The tables a person takes out of a project to a file (product.md §7): "findings" (.csv, .xlsx, .json),
// "tasks" (.csv, .xlsx) and "calendar" (.ics). They read the project and never change it, so a salvage copy
// of a file that failed its check exports them too (documents are never made from one).
// The extensions `kind` is written as, the usual one first; empty for a kind that is not a table.
QStringList extensionsOf(const QString &kind);
// Writes `kind` to `path` in the format its extension names (model/project/tabularexportfile.cpp). The file
// appears whole or not at all: a write that fails, or a read from the project that fails while the rows are
// taken, leaves no file and says why (the file and the system's reason).
bool writeFile(Project &project, const QString &kind, const QString &path, QString *error);
// Whether a read from the project failed since the count was faultsBefore (Project::readFaultCount), with
// what and why in error: every export asks before its file is put in place. Reads that failed earlier do not
// count: a salvage copy has failed reads of its damaged tables, and still exports the others whole.
bool readsFailedSince(const Project &project, qint64 faultsBefore, const QString &path, QString *error);

} // namespace tabularexport
} // namespace uproot
