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
// `complete` is the plan's finish (settingkeys::planFinish; invalid without a plan): recurring milestones that run
// until removal is complete end with the first occurrence on or after it; without a plan they are listed for two
// years from the issue date (kRecurrenceYearsWithoutPlan).
bool followDirective(UnitOfWork &work, const DirectiveCatalog &catalog, const QString &directiveId,
                     const QDate &issued, const QDate &complete, QString *error);
// Stores a directive's definition (a catalog JSON object) as the project's copy and recomputes its milestones
// from the issue date the project follows.
bool storeDirectiveDefinition(UnitOfWork &work, const DirectiveRecord &directive, const QString &definitionJson,
                              const QDate &complete, QString *error);
// Without a plan, recurring milestones "until complete" are listed this many years from the issue date.
inline constexpr int kRecurrenceYearsWithoutPlan = 2;
// A directive's milestones as the project stores them, from its definition (a catalog JSON object), the issue
// date it follows and the plan's finish (invalid: no plan). False, with the error, when the definition does not
// load.
bool datedMilestones(const DirectiveRecord &directive, const QDate &complete, QList<MilestoneRecord> *milestones,
                     QString *error);
// The plan's finish the project keeps (invalid: no plan yet).
QDate keptPlanFinish(SettingsReader &settings);
// Checks that a definition loads as one directive, writing nothing.
bool checkDirectiveDefinition(const QString &code, const QString &definitionJson, QString *error);
TitleMatcher matcherFor(DirectivesReader &directives);
// Whether the project's findings were computed by an older detector than this program's (one that read
// identifiers in fewer places or forms), so detection has to run over the project again once.
bool findingsPredateDetector(SettingsReader &settings);
// Records, in the unit of work that brought every finding in line with this program's detector, that it did.
bool recordDetectorVersion(UnitOfWork &work);

} // namespace uproot
