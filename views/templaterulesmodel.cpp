#include "views/templaterulesmodel.h"

namespace uproot {

TemplateRulesModel::TemplateRulesModel(QList<TaskTemplates::Rule> *rules, QObject *parent)
    : QAbstractTableModel(parent), m_rules(rules)
{
}

void TemplateRulesModel::setTemplateTitles(const QHash<QString, QString> &titles)
{
    m_titles = titles;
    if (m_rules && !m_rules->isEmpty())
        emit dataChanged(index(0, TemplateColumn), index(rowCount() - 1, TemplateColumn));
}

void TemplateRulesModel::detach()
{
    beginResetModel();
    m_rules = nullptr;
    endResetModel();
}

void TemplateRulesModel::reload()
{
    beginResetModel();
    endResetModel();
}

int TemplateRulesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_rules ? 0 : int(m_rules->size());
}

int TemplateRulesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TemplateRulesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_rules || index.row() >= m_rules->size())
        return {};
    const TaskTemplates::Rule &r = (*m_rules)[index.row()];
    const QString raw = index.column() == DirectiveColumn ? r.directive
                        : index.column() == KindColumn    ? r.kind
                                                          : r.templateId;
    if (role == RawValueRole || role == Qt::EditRole)
        return raw;
    if (role != Qt::DisplayRole)
        return {};
    if (index.column() == TemplateColumn)
        return m_titles.value(raw, raw);
    return raw.isEmpty() ? tr("(any)") : raw;
}

QVariant TemplateRulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case DirectiveColumn:
        return tr("Directive");
    case KindColumn:
        return tr("System kind");
    case TemplateColumn:
        return tr("Template");
    default:
        return {};
    }
}

Qt::ItemFlags TemplateRulesModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable : Qt::NoItemFlags;
}

bool TemplateRulesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !m_rules || index.row() >= m_rules->size() || role != Qt::EditRole)
        return false;
    TaskTemplates::Rule &r = (*m_rules)[index.row()];
    QString &field = index.column() == DirectiveColumn ? r.directive
                     : index.column() == KindColumn    ? r.kind
                                                       : r.templateId;
    const QString text = value.toString().trimmed();
    if (field == text)
        return true;
    field = text;
    emit dataChanged(index, index);
    emit rulesEdited();
    return true;
}

int TemplateRulesModel::addRule(int row, const QString &templateId)
{
    if (!m_rules)
        return -1;
    row = qBound(0, row, int(m_rules->size()));
    beginInsertRows({}, row, row);
    m_rules->insert(row, {QString(), QString(), templateId});
    endInsertRows();
    emit rulesEdited();
    return row;
}

void TemplateRulesModel::removeRule(int row)
{
    if (!m_rules || row < 0 || row >= m_rules->size())
        return;
    beginRemoveRows({}, row, row);
    m_rules->removeAt(row);
    endRemoveRows();
    emit rulesEdited();
}

bool TemplateRulesModel::moveRule(int row, int delta)
{
    const int to = row + delta;
    if (!m_rules || row < 0 || row >= m_rules->size() || to < 0 || to >= m_rules->size() ||
        (delta != 1 && delta != -1))
        return false;
    beginMoveRows({}, row, row, {}, delta > 0 ? to + 1 : to);
    m_rules->move(row, to);
    endMoveRows();
    emit rulesEdited();
    return true;
}

} // namespace uproot
