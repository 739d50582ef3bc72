#pragma once

#include "model/project/projectchange.h"
#include "model/store/storetypes.h"

#include <QAbstractTableModel>
#include <QPointer>

#include "model/itemmodels/pagecache.h"
#include "model/project/projectchanges.h"

namespace uproot {

class ProjectChanges;

// Shared behaviour of the big tables: a read interface of one area of the project, a search term and extra
// filters, a sort order, and a row count that comes from SQL. Sorting and filtering are SQL too, so they work at
// a million rows. Subclasses hold the rows in a PageCache and say how to count and load them.
//
// The model follows the project's changes for its own area only: a change that resets the area reloads it, one
// that edits rows of it refreshes those rows (refreshRows), and a change to another area costs nothing.
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // SystemIdRole: the system a row belongs to, so a selection of rows can be acted on as systems.
    enum Role { RawValueRole = Qt::UserRole, IdRole, SystemIdRole };

    bool hasSource() const { return m_hasSource; }

    void setSearch(const QString &term);
    QString search() const { return m_query.search; }
    void setStateFilter(const QString &state);
    void setConfidenceFilter(const QString &confidence);
    void setDirectiveFilter(const QString &directiveCode);
    // The status date the rows are read as of (tables whose rows depend on it: the findings' scans).
    void setAsOf(const QDate &date);
    // Only the rows whose column (the store's column number) holds value; column -1 shows every row.
    void setGroupFilter(int column, const QString &value);
    // The search, filters and sort order the rows are loaded with.
    PageQuery query() const { return m_query; }

    int rowCount(const QModelIndex &parent = {}) const override;
    void sort(int column, Qt::SortOrder order) override;

    // Reloads counts and drops cached rows. A table that pages its count shows its first page at once and
    // counts the rest when the event loop next runs (rows are then inserted); a newer reload discards that
    // count.
    void reload();
    // Whether the count of the rows after the first page is still to come.
    bool isCounting() const { return m_countPending; }
    // Counts now what reload left for later (a test or a benchmark that needs the full count at once).
    void finishCounting();

signals:
    // The count of rows became known (after reload's first page, or at once).
    void countFinished();

protected:
    PagedTableModel(ProjectChange::Area area, QObject *parent);

    // Called by the subclass's setSource once it holds its reader (null to detach).
    void attach(bool hasSource, ProjectChanges *changes);
    virtual qint64 countRows(const PageQuery &query) = 0;
    // Loads the first page with the current query and returns how many rows it holds; -1 (the default) when
    // the model counts before it shows rows.
    virtual int loadFirstPage() { return -1; }
    virtual void clearCache() = 0;
    // Rows with these ids changed in place. The default reloads; a model that can find the rows in its cache
    // refreshes just those.
    virtual void refreshRows(const QList<Id> &ids);

    // The paging every table shares: the row at an index, from the cache or loaded with this model's query and
    // the page's offset and limit.
    template<typename Row, typename LoadPage>
    const Row *cachedRow(PageCache<Row> &cache, int row, LoadPage loadPage) const
    {
        const PageQuery base = query();
        return cache.row(row, [&](qint64 offset, int limit) {
            PageQuery q = base;
            q.offset = offset;
            q.limit = limit;
            return loadPage(q);
        });
    }
    template <typename Row, typename LoadPage> int firstPage(PageCache<Row> &cache, LoadPage loadPage) const
    {
        cachedRow(cache, 0, loadPage);
        return int(cache.pageRows(0));
    }
    // Replaces the cached rows with these ids by their fresh copies and announces each; a state filter may hide
    // an edited row, so then the model reloads instead.
    template<typename Row, typename LoadOne>
    void refreshCachedRows(PageCache<Row> &cache, const QList<Id> &ids, LoadOne loadOne)
    {
        if (!query().stateFilter.isEmpty()) {
            reload();
            return;
        }
        for (Id id : ids) {
            const QList<qint64> rows = cache.loadedRowsWhere([id](const Row &r) { return r.id == id; });
            if (rows.isEmpty())
                continue;
            const Row fresh = loadOne(id);
            for (qint64 row : rows) {
                *cache.loadedRow(row) = fresh;
                emit dataChanged(index(int(row), 0), index(int(row), columnCount() - 1));
            }
        }
    }

private:
    void projectChanged(const ProjectChange &change);
    void countRest(quint64 generation);

    ProjectChange::Area m_area;
    bool m_hasSource = false;
    QPointer<ProjectChanges> m_changes;
    PageQuery m_query;
    qint64 m_rowCount = 0;
    // Bumped by each reload, so a count still to come for an older query is dropped.
    quint64 m_generation = 0;
    bool m_countPending = false;
};

} // namespace uproot
