#pragma once

#include "model/planning/tasktemplate.h"

#include <QAbstractTableModel>

namespace uproot {

// The steps of the template being edited in the task templates dialog: title, phase, working days and the
// steps each follows. It edits a list the dialog owns (setSteps), so switching templates loses nothing.
// Removing a step that others follow hands them what it followed, so the order it kept stays.
class TemplateStepsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateStepsModel)
public:
    enum Column { TitleColumn, PhaseColumn, DaysColumn, AfterColumn, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole, IdRole };

    explicit TemplateStepsModel(QObject *parent = nullptr);

    // The list edited (null: none); the model keeps the pointer until the next call.
    void setSteps(QList<TaskTemplate::Step> *steps);
    const QList<TaskTemplate::Step> &steps() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Title: text; phase: true for planning (RawValueRole) or the shown word; days: a number; after: the ids
    // (a QStringList, RawValueRole).
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Inserts a new removal step of one day at row; returns its row.
    int addStep(int row, const QString &title);
    // Removes a step; the steps that followed it now follow what it followed. Returns the titles of those.
    QStringList removeStep(int row);
    // Swaps a step with its neighbour (delta -1 or +1); false at either end.
    bool moveStep(int row, int delta);

signals:
    // Any change to the steps (the dialog checks the set again).
    void stepsEdited();

private:
    QString afterText(const TaskTemplate::Step &step) const;
    QString newId() const;

    QList<TaskTemplate::Step> *m_steps = nullptr;
};

} // namespace uproot
