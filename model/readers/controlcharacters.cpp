#include "model/readers/controlcharacters.h"

#include <algorithm>

namespace uproot {

bool isControlCharacter(char16_t c)
{
    if (c < 0x20)
        return c != u'\t' && c != u'\n' && c != u'\r';
    return c >= 0x7f && c <= 0x9f;
}

bool hasControlCharacters(const QString &text)
{
    const QChar *p = text.constData();
    return std::any_of(p, p + text.size(), [](QChar c) { return isControlCharacter(c.unicode()); });
}

int removeControlCharacters(QString *text)
{
    const qsizetype before = text->size();
    text->removeIf([](QChar c) { return isControlCharacter(c.unicode()); });
    return int(before - text->size());
}

} // namespace uproot
