#pragma once

#include "model/import/titlematch.h"
#include "model/store/storetypes.h"

#include <QDate>
#include <QString>

namespace uproot {

class DirectiveCatalog;
class DirectivesReader;
class SettingsReader;
class UnitOfWork;

// Where the project meets the detection library: following a directive stores its definition and its dated
// milestones (computed once, by detection's milestone function), and the matcher the importer uses is built
// from the definitions the project follows, so a later catalog change does not silently change old findings.
// Writes through the command's unit of work.
bool followDirective(UnitOfWork &work, const DirectiveCatalog &catalog, const QString &directiveId,
                     const QDate &issued, QString *error);
// Stores a directive's definition (a catalog JSON object) as the project's copy and recomputes its milestones
// from the issue date the project follows.
bool storeDirectiveDefinition(UnitOfWork &work, const DirectiveRecord &directive, const QString &definitionJson,
                              QString *error);
// Checks that a definition loads as one directive, writing nothing.
bool checkDirectiveDefinition(const QString &code, const QString &definitionJson, QString *error);
TitleMatcher matcherFor(DirectivesReader &directives);
// Whether the project's findings were computed by an older detector than this program's (one that read
// identifiers in fewer places or forms), so detection has to run over the project again once.
bool findingsPredateDetector(SettingsReader &settings);
// Records, in the unit of work that brought every finding in line with this program's detector, that it did.
bool recordDetectorVersion(UnitOfWork &work);

} // namespace uproot
