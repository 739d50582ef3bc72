#include "model/itemmodels/findingsmodel.h"

#include "model/itemmodels/findingexplanation.h"

namespace uproot {

static_assert(int(FindingsModel::ColumnCount) == int(FindingsReader::ColumnCount),
              "the model's columns are the store's sort columns");

FindingsModel::FindingsModel(QObject *parent)
    : PagedTableModel(ProjectChange::Findings, parent)
{
}

void FindingsModel::setSource(FindingsReader *reader, ProjectChanges *changes)
{
    m_reader = reader;
    attach(reader != nullptr, changes);
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 FindingsModel::countRows(const PageQuery &q)
{
    return m_reader->count(q);
}

int FindingsModel::loadFirstPage()
{
    if (!m_reader)
        return -1;
    return firstPage(m_cache, [this](const PageQuery &q) { return m_reader->page(q); });
}

const FindingRow *FindingsModel::rowAt(int row) const
{
    if (!m_reader)
        return nullptr;
    return cachedRow(m_cache, row, [this](const PageQuery &q) { return m_reader->page(q); });
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const FindingRow *r = rowAt(index.row());
    if (!r)
        return {};
    if (role == IdRole)
        return r->id;
    if (role == SystemIdRole)
        return r->systemId;
    if (role == ExplanationRole || role == Qt::ToolTipRole)
        return explainFinding(*r);
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    switch (index.column()) {
    case System:
        return r->system;
    case Component:
        return r->component;
    case Site:
        return r->site;
    case Product:
        return r->product;
    case Version:
        return r->version;
    case Publisher:
        return r->publisher;
    case Directive:
        return r->directive;
    case Confidence:
        return toString(r->confidence);
    case State:
        return stateText(*r);
    case Rule:
        return r->rule;
    case Source:
        if (role == RawValueRole)
            return r->sourceLine;
        return QString(r->sourcePath.section(u'/', -1) + u':' + QString::number(r->sourceLine));
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case System:
        return tr("System");
    case Component:
        return tr("Component");
    case Site:
        return tr("Site");
    case Product:
        return tr("Product");
    case Version:
        return tr("Version");
    case Publisher:
        return tr("Publisher");
    case Directive:
        return tr("Directive");
    case Confidence:
        return tr("Confidence");
    case State:
        return tr("State");
    case Rule:
        return tr("Rule");
    case Source:
        return tr("Source row");
    }
    return {};
}

Id FindingsModel::findingAt(const QModelIndex &index) const
{
    return data(index, IdRole).toLongLong();
}

FindingRow FindingsModel::rowData(const QModelIndex &index) const
{
    const FindingRow *r = index.isValid() ? rowAt(index.row()) : nullptr;
    return r ? *r : FindingRow{};
}

void FindingsModel::refreshRows(const QList<Id> &ids)
{
    refreshCachedRows(m_cache, ids, [this](Id id) { return m_reader->findingAsOf(id, query().asOf); });
}

} // namespace uproot
