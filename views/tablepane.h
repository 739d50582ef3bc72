#pragma once

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QSplitter;
class QLineEdit;
class QTableView;

namespace uproot {

class PagedTableModel;

// A big table with a search field and optional filters above it. Sorting and filtering are done by the model
// in SQL; the pane only forwards what the person typed (after a short pause, so typing stays smooth).
class TablePane final : public QWidget
{
    Q_OBJECT
public:
    TablePane(PagedTableModel *model, const QString &name, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    // Adds a filter: the first choice means "all"; the model receives the chosen value's data (a string).
    QComboBox *addFilter(const QString &label, const QList<QPair<QString, QString>> &choices,
                         void (PagedTableModel::*apply)(const QString &));
    // A widget shown beside the table (e.g. the explanation of the selected finding).
    void setSideWidget(QWidget *widget);
    // A widget shown above the table, in a splitter (e.g. the findings grouped by product).
    void setTopWidget(QWidget *widget);
    // A labelled control in the row of filters (the label's mnemonic, if any, focuses the control).
    void addControl(const QString &label, QWidget *control);
    void updateCount();

private:
    PagedTableModel *m_model;
    QTableView *m_view;
    QLineEdit *m_search;
    QLabel *m_count;
    QHBoxLayout *m_filters;
    QSplitter *m_splitter;
};

} // namespace uproot
