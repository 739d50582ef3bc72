#pragma once

#include "model/import/titlematch.h"
#include "model/store/storetypes.h"

#include <QDate>
#include <QString>

namespace uproot {

class DirectiveCatalog;
class ProjectStore;

// Where the project meets the detection library: following a directive stores its definition and its dated
// milestones (computed once, by detection's milestone function), and the matcher the importer uses is built
// from the definitions the project follows, so a later catalog change does not silently change old findings.
bool followDirective(ProjectStore &store, const DirectiveCatalog &catalog, const QString &directiveId,
                     const QDate &issued, QString *error);
// Stores a directive's definition (a catalog JSON object) as the project's copy and recomputes its milestones
// from the issue date the project follows.
bool storeDirectiveDefinition(ProjectStore &store, Id directiveId, const QString &definitionJson, QString *error);
TitleMatcher matcherFor(ProjectStore &store);

} // namespace uproot
