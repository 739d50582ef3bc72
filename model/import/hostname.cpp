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

static bool netBiosApplies(const QString &key)
{
    return !looksLikeIpAddress(key);
}

void SystemNameIndex::insert(const QString &key, Id id)
{
    m_ids.insert(key, id);
    if (key.size() > NetBiosLength && netBiosApplies(key)) {
        const QString prefix = key.left(NetBiosLength);
        const auto it = m_longByPrefix.constFind(prefix);
        if (it == m_longByPrefix.constEnd())
            m_longByPrefix.insert(prefix, key);
        else if (*it != key)
            m_longByPrefix.insert(prefix, QString()); // ambiguous from now on
    }
}

Id SystemNameIndex::find(const QString &key, bool *byNetBios) const
{
    *byNetBios = false;
    if (const Id id = m_ids.value(key))
        return id;
    *byNetBios = true;
    if (!netBiosApplies(key))
        return 0;
    if (key.size() == NetBiosLength) {
        const QString longKey = m_longByPrefix.value(key);
        return longKey.isEmpty() ? 0 : m_ids.value(longKey);
    }
    if (key.size() > NetBiosLength) {
        // The truncated form is known and no other long name claims it.
        const QString prefix = key.left(NetBiosLength);
        if (m_longByPrefix.contains(prefix))
            return 0;
        return m_ids.value(prefix);
    }
    return 0;
}

} // namespace uproot
