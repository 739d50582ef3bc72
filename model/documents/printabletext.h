#pragma once

#include <QString>

namespace uproot {

// Text from an inventory or a user goes onto the page as characters, never as markup or control codes:
// control characters and bidirectional overrides become spaces (an override could make a host name read
// backwards), line breaks are kept only where a paragraph may have them, and text longer than maxChars is cut
// with an ellipsis so a hostile cell cannot fill a thousand pages.
enum class LineBreaks { Keep, Flatten };

QString printableText(const QString &text, LineBreaks lineBreaks, qsizetype maxChars);

} // namespace uproot
