#pragma once

#include <QString>
#include <QStringView>

// How inventory text is compared with catalog text. Both sides go through the same functions, so a catalog
// author writes names as people spell them and the matching still ignores case, spacing and legal form.
namespace uproot {

// For patterns: Unicode compatibility form (full-width letters, ligatures), case-folded, dashes unified to
// '-', runs of white space collapsed to one space, trimmed.
QString foldText(QStringView text);

// For organisation names (publishers, hardware vendors): foldText, then dots and apostrophes dropped
// ("L.L.C." is "llc"), other punctuation and quotes turned into spaces, and legal forms stripped from the
// ends: "AO Kaspersky Lab", "Kaspersky Lab ZAO" and "Kaspersky Lab, Inc." all become "kaspersky lab"; «АО
// "Лаборатория Касперского"» becomes "лаборатория касперского". At least one word is always kept.
QString normalizeOrganizationName(QStringView name);

} // namespace uproot
