#include "model/documents/printabletext.h"

namespace uproot {

namespace {

bool isBidiControl(char16_t c)
{
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

bool isLineBreak(char16_t c)
{
    return c == u'\n' || c == u'\r' || c == 0x2028 || c == 0x2029 || c == 0x0b || c == 0x0c || c == 0x85;
}

bool needsCleaning(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || isBidiControl(c) || c == 0x2028 || c == 0x2029;
}

} // namespace

QString printableText(const QString &text, LineBreaks lineBreaks, qsizetype maxChars)
{
    qsizetype end = text.size();
    bool truncated = false;
    if (maxChars > 0 && end > maxChars) {
        end = maxChars;
        // Never leave half a surrogate pair at the cut.
        if (QChar::isHighSurrogate(text.at(end - 1).unicode()))
            --end;
        truncated = true;
    }
    bool clean = !truncated;
    for (qsizetype i = 0; clean && i < end; ++i) {
        if (needsCleaning(text.at(i).unicode()))
            clean = false;
    }
    if (clean)
        return text; // the common case: shared, not copied

    QString out;
    out.reserve(end + 2);
    for (qsizetype i = 0; i < end; ++i) {
        const char16_t c = text.at(i).unicode();
        if (isLineBreak(c)) {
            // A Windows line end is one break, not two.
            if (c == u'\r' && i + 1 < end && text.at(i + 1) == u'\n')
                ++i;
            out.append(lineBreaks == LineBreaks::Keep ? QChar(u'\n') : QChar(u' '));
        } else if (needsCleaning(c)) {
            out.append(u' ');
        } else {
            out.append(QChar(c));
        }
    }
    if (truncated)
        out.append(QChar(0x2026));
    return out;
}

} // namespace uproot
