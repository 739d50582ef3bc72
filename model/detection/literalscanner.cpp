#include "model/detection/literalscanner.h"

namespace uproot {

quint32 LiteralScanner::keyAt(QStringView text, qsizetype i)
{
    const quint32 a = text.at(i).unicode();
    const quint32 b = text.at(i + 1).unicode();
    const quint32 c = text.at(i + 2).unicode();
    return (((a * 31u + b) * 31u + c) * 2654435761u) >> 16; // 16 bits
}

int LiteralScanner::add(const QString &literal)
{
    if (literal.size() < MinLength)
        return -1;
    if (const auto it = m_ids.constFind(literal); it != m_ids.constEnd())
        return it.value();
    const int id = int(m_literals.size());
    m_literals.append(literal);
    m_ids.insert(literal, id);
    const quint32 key = keyAt(literal, 0);
    m_bits[key >> 6] |= quint64(1) << (key & 63);
    m_byKey[key].append(id);
    return id;
}

void LiteralScanner::scan(QStringView text, quint8 *hits) const
{
    if (m_literals.isEmpty())
        return;
    for (qsizetype i = 0; i + MinLength <= text.size(); ++i) {
        const quint32 key = keyAt(text, i);
        if (!(m_bits[key >> 6] & (quint64(1) << (key & 63))))
            continue;
        const auto it = m_byKey.constFind(key);
        if (it == m_byKey.constEnd())
            continue;
        for (int id : it.value()) {
            if (!hits[id] && text.mid(i).startsWith(m_literals.at(id)))
                hits[id] = 1;
        }
    }
}

} // namespace uproot
