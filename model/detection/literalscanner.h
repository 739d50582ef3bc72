#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <vector>

namespace uproot {

// Finds which of many fixed strings occur in a text in one pass, so the detector can skip every pattern whose
// required literal is absent. Most inventory titles contain no vendor token at all, and for them a scan costs
// one bit test per character. Literals are folded text of at least three characters.
class LiteralScanner
{
public:
    static constexpr int MinLength = 3;

    // The id of the literal (the same id for the same text); -1 when it is shorter than MinLength.
    int add(const QString &literal);
    int count() const { return int(m_literals.size()); }

    // Sets hits[id] to 1 for every literal that occurs in text. hits has count() entries; the caller clears
    // it.
    void scan(QStringView text, quint8 *hits) const;

private:
    static quint32 keyAt(QStringView text, qsizetype i);

    QList<QString> m_literals;
    QHash<QString, int> m_ids;
    // A bit per hash of a literal's first three characters, then the literals starting with each hash.
    std::vector<quint64> m_bits = std::vector<quint64>(1024, 0);
    QHash<quint32, QList<int>> m_byKey;
};

} // namespace uproot
