#pragma once

#include "model/project/projectchange.h"
#include "model/store/storetypes.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace uproot {

class Project;

// Shared behaviour of the big tables: a project, a search term and extra filters, a sort order, and a row count
// that comes from SQL. Sorting and filtering are SQL too, so they work at a million rows. Subclasses hold the
// rows in a PageCache and say how to count and load them.
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { RawValueRole = Qt::UserRole, IdRole };

    explicit PagedTableModel(QObject *parent = nullptr);

    void setProject(Project *project);
    Project *project() const;

    void setSearch(const QString &term);
    QString search() const { return m_query.search; }
    void setStateFilter(const QString &state);
    void setConfidenceFilter(const QString &confidence);
    void setDirectiveFilter(const QString &directiveCode);
    // Only the rows whose column (the store's column number) holds value; column -1 shows every row.
    void setGroupFilter(int column, const QString &value);
    // The search, filters and sort order the rows are loaded with.
    PageQuery query() const { return m_query; }

    int rowCount(const QModelIndex &parent = {}) const override;
    void sort(int column, Qt::SortOrder order) override;

    // Reloads counts and drops cached rows.
    void reload();

protected:
    virtual qint64 countRows(const PageQuery &query) = 0;
    virtual void clearCache() = 0;
    virtual void projectChanged(const ProjectChange &change);

private:
    QPointer<Project> m_project;
    PageQuery m_query;
    qint64 m_rowCount = 0;
};

} // namespace uproot
