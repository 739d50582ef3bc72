#pragma once

#include <QString>

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
// iCalendar (RFC 5545) of the directives' milestones, for managers' calendars.
bool milestonesCalendar(Project &project, QIODevice *out, QString *error);

} // namespace tabularexport
} // namespace uproot
