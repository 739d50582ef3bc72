#pragma once

#include <QHash>
#include <QList>
#include <functional>

namespace uproot {

// Rows of a page: a first page shorter than this holds the whole result.
inline constexpr int kPageRows = 200;

// Rows of a big table held in pages around what the view shows, never the whole table: a model over a million
// installations keeps at most kMaxPages pages. Pages are loaded on demand with LIMIT/OFFSET queries.
template<typename Row>
class PageCache
{
public:
    static constexpr int kPageSize = kPageRows;
    static constexpr int kMaxPages = 32;
    using Loader = std::function<QList<Row>(qint64 offset, int limit)>;

    const Row *row(qint64 index, const Loader &load)
    {
        const qint64 page = index / kPageSize;
        auto it = m_pages.find(page);
        if (it == m_pages.end()) {
            if (m_pages.size() >= kMaxPages)
                evict();
            it = m_pages.insert(page, load(page * kPageSize, kPageSize));
        }
        m_lastUse[page] = ++m_clock;
        const qsizetype at = index % kPageSize;
        return at < it->size() ? &it->at(at) : nullptr;
    }

    // Rows already loaded whose key matches, as (row index, row) pairs: lets a model refresh just those rows.
    template<typename Pred>
    QList<qint64> loadedRowsWhere(Pred pred) const
    {
        QList<qint64> rows;
        for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
            for (qsizetype i = 0; i < it->size(); ++i) {
                if (pred(it->at(i)))
                    rows.append(it.key() * kPageSize + i);
            }
        }
        return rows;
    }

    // How many rows a loaded page holds (0 when it is not loaded).
    qsizetype pageRows(qint64 page) const
    {
        const auto it = m_pages.constFind(page);
        return it == m_pages.cend() ? 0 : it->size();
    }
    qsizetype loadedPageCount() const { return m_pages.size(); }

    Row *loadedRow(qint64 index)
    {
        auto it = m_pages.find(index / kPageSize);
        const qsizetype at = index % kPageSize;
        return it != m_pages.end() && at < it->size() ? &(*it)[at] : nullptr;
    }

    void clear()
    {
        m_pages.clear();
        m_lastUse.clear();
    }

private:
    void evict()
    {
        qint64 oldest = -1;
        quint64 oldestUse = ~quint64(0);
        for (auto it = m_lastUse.cbegin(); it != m_lastUse.cend(); ++it) {
            if (it.value() < oldestUse) {
                oldestUse = it.value();
                oldest = it.key();
            }
        }
        m_pages.remove(oldest);
        m_lastUse.remove(oldest);
    }

    QHash<qint64, QList<Row>> m_pages;
    QHash<qint64, quint64> m_lastUse;
    quint64 m_clock = 0;
};

} // namespace uproot
