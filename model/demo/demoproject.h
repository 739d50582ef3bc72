#pragma once

#include "model/demo/demoinventory.h"

#include <QString>
#include <memory>

namespace uproot {

class DirectiveCatalog;
class Project;
class ProgressSink;

// Builds the demo project: a new project following BOD 17-01, the generated demo inventory imported through
// the ordinary import path, tasks planned, and the first scheduled systems' work recorded as done so the
// documents and views show progress. Refuses to overwrite an existing file.
std::unique_ptr<Project> buildDemoProject(const QString &path, const DirectiveCatalog &catalog,
                                          DemoInventoryStats *stats, ProgressSink *sink, QString *error);

} // namespace uproot
