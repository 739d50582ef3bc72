#include "views/templateruledelegate.h"

#include "views/templaterulesmodel.h"

#include <QComboBox>
#include <QLineEdit>

namespace uproot {

TemplateRuleDelegate::TemplateRuleDelegate(QStringList directives, QStringList kinds, QObject *parent)
    : QStyledItemDelegate(parent), m_directives(std::move(directives)), m_kinds(std::move(kinds))
{
}

void TemplateRuleDelegate::setTemplates(const QStringList &ids, const QStringList &titles)
{
    m_templateIds = ids;
    m_templateTitles = titles;
}

QWidget *TemplateRuleDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                            const QModelIndex &index) const
{
    auto *box = new QComboBox(parent);
    if (index.column() == TemplateRulesModel::TemplateColumn) {
        box->setAccessibleName(tr("Template"));
        for (qsizetype i = 0; i < m_templateIds.size(); ++i)
            box->addItem(m_templateTitles.value(i, m_templateIds[i]), m_templateIds[i]);
        return box;
    }
    // Typed or picked; an empty entry matches any.
    box->setEditable(true);
    box->setAccessibleName(index.column() == TemplateRulesModel::DirectiveColumn ? tr("Directive")
                                                                                 : tr("System kind"));
    box->lineEdit()->setPlaceholderText(tr("(any)"));
    box->addItem(QString());
    box->addItems(index.column() == TemplateRulesModel::DirectiveColumn ? m_directives : m_kinds);
    return box;
}

void TemplateRuleDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *box = qobject_cast<QComboBox *>(editor);
    const QString value = index.data(TemplateRulesModel::RawValueRole).toString();
    if (index.column() == TemplateRulesModel::TemplateColumn)
        box->setCurrentIndex(qMax(0, box->findData(value)));
    else
        box->setCurrentText(value);
}

void TemplateRuleDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                        const QModelIndex &index) const
{
    auto *box = qobject_cast<QComboBox *>(editor);
    model->setData(index, index.column() == TemplateRulesModel::TemplateColumn ? box->currentData().toString()
                                                                               : box->currentText());
}

} // namespace uproot
