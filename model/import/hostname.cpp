#include "model/import/hostname.h"

namespace uproot {

static bool looksLikeIpAddress(const QString &s)
{
    if (s.contains(u':'))
        return true; // IPv6
    int dots = 0;
    for (QChar c : s) {
        if (c == u'.')
            ++dots;
        else if (!c.isDigit())
            return false;
    }
    return dots == 3;
}

QString normalizedHostName(const QString &name)
{
    QString s = name.trimmed();
    const qsizetype slash = s.lastIndexOf(u'\\');
    if (slash >= 0)
        s = s.mid(slash + 1);
    if (s.endsWith(u'$'))
        s.chop(1);
    if (!looksLikeIpAddress(s)) {
        const qsizetype dot = s.indexOf(u'.');
        if (dot > 0)
            s.truncate(dot);
    }
    return s.toLower();
}

} // namespace uproot
