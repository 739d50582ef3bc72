#pragma once

#include <QString>

namespace uproot {

// Control characters in inventory cells. A NUL, an escape or another control character in a cell is never
// meant as text: it comes from fixed-width exports padded with NULs, from UTF-16 read as bytes, from a
// terminal's colour codes captured into a log, or from a file someone tampered with. Stored as is it would
// reach the project's tables, the documents and the CSV a spreadsheet opens, where it hides text or cuts a
// value short.
//
// A control character here is one of Unicode's Cc characters (U+0000..U+001F, U+007F..U+009F) except tab,
// line feed and carriage return: those are white space that CSV (in a quoted cell), XLSX (Alt+Enter in a
// cell), JSON ("\n") and XML all carry as part of ordinary multi-line text, and the importer trims them at a
// cell's ends anyway.
// Inline: every character of every stored cell of an import passes here.
inline bool isControlCharacter(char16_t c)
{
    if (c < 0x20)
        return ((1u << c) & ((1u << u'\t') | (1u << u'\n') | (1u << u'\r'))) == 0;
    return char16_t(c - 0x7f) <= 0x9f - 0x7f;
}
// True when the text holds a control character; a scan with no allocation, for every cell an import stores.
bool hasControlCharacters(const QString &text);
// Removes every control character from the text (removed, not replaced: NUL padding then vanishes without a
// trace of a replacement character in a host name or a product name). Returns how many were removed.
int removeControlCharacters(QString *text);

} // namespace uproot
