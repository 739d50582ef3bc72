#pragma once

#include <QAction>

class QAbstractItemView;

namespace uproot {

// Copies the selected rows of a table as text a spreadsheet pastes: a header line with the visible columns'
// names, then one line per selected row, cells separated by tabs (cells holding a tab, a line break or a
// quote are quoted, as spreadsheets read them). Edit > Copy and Ctrl+C copy the rows of the table that has
// the focus, not the one cell Qt's table copies by itself.
class TableCopy final : public QAction
{
    Q_OBJECT
public:
    // Edit > Copy for the tables inside this window; Ctrl+C (the platform's Copy keys).
    explicit TableCopy(QWidget *window);

    // The text of the view's selected rows (the current row when none is selected); empty without rows.
    static QString rowsText(const QAbstractItemView *view);
    // Puts that text on the clipboard; the number of rows copied.
    static int copyRows(const QAbstractItemView *view);
    // Ctrl+C in this view copies its selected rows, even where the window's Copy action does not reach
    // (a table in a dialog).
    static void handleCopyKeys(QAbstractItemView *view);

signals:
    // After a copy from a table, for the status bar.
    void copied(int rows);

private:
    void copyFromFocus();

    QWidget *m_window;
};

} // namespace uproot
