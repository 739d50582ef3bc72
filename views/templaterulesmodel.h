#pragma once

#include "model/planning/tasktemplates.h"

#include <QAbstractTableModel>

namespace uproot {

// The rules of the task templates dialog, in the order they are tried: directive, system kind and the
// template they choose (the first rule that matches a system's directive and kind chooses; empty matches
// any).
class TemplateRulesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateRulesModel)
public:
    enum Column { DirectiveColumn, KindColumn, TemplateColumn, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole };

    explicit TemplateRulesModel(QList<TaskTemplates::Rule> *rules, QObject *parent = nullptr);

    // How a template is shown (its title), by identifier; the dialog keeps it current.
    void setTemplateTitles(const QHash<QString, QString> &titles);
    // Everything changed (the dialog replaced the rules).
    void reload();
    // No list to edit any more (the dialog is going; an open editor may still hand over its value).
    void detach();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    int addRule(int row, const QString &templateId);
    void removeRule(int row);
    bool moveRule(int row, int delta);

signals:
    void rulesEdited();

private:
    QList<TaskTemplates::Rule> *m_rules;
    QHash<QString, QString> m_titles;
};

} // namespace uproot
