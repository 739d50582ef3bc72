#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

namespace uproot {

// Editors for the template rules (TemplateRulesModel): the directive and the kind are typed or picked from
// the project's directives and the known kinds (empty for any), the template is picked from the set's
// templates.
class TemplateRuleDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    TemplateRuleDelegate(QStringList directives, QStringList kinds, QObject *parent = nullptr);
    // The templates to pick from: identifiers and how they are shown.
    void setTemplates(const QStringList &ids, const QStringList &titles);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    QStringList m_directives;
    QStringList m_kinds;
    QStringList m_templateIds;
    QStringList m_templateTitles;
};

} // namespace uproot
