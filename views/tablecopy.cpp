#include "views/tablecopy.h"

#include "views/tablepane.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTextEdit>

#include <set>

namespace uproot {

namespace {

// A cell as spreadsheets read pasted text: quoted (quotes doubled) when it holds a separator or a quote.
QString cellText(QString text)
{
    if (text.contains(u'\t') || text.contains(u'\n') || text.contains(u'\r') || text.contains(u'"'))
        return u'"' + text.replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
    return text;
}

// Ctrl+C on a table copies its rows; an event filter reaches it before the view's own one-cell copy.
class CopyKeysFilter final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride)
            return false;
        auto *key = static_cast<QKeyEvent *>(event);
        if (!key->matches(QKeySequence::Copy))
            return false;
        auto *view = qobject_cast<QAbstractItemView *>(watched);
        if (!view)
            return false;
        // A window's Copy action, where there is one, runs first (it says what was copied); without one the
        // key press comes here.
        if (event->type() == QEvent::ShortcutOverride)
            return false;
        TableCopy::copyRows(view);
        return true;
    }
};

} // namespace

TableCopy::TableCopy(QWidget *window) : QAction(tr("&Copy"), window), m_window(window)
{
    setObjectName(QStringLiteral("copyRows"));
    setShortcuts(QKeySequence::Copy);
    setToolTip(tr("Copy the selected rows, with the column names, as text a spreadsheet pastes"));
    connect(this, &QAction::triggered, this, &TableCopy::copyFromFocus);
}

QString TableCopy::rowsText(const QAbstractItemView *view)
{
    const QAbstractItemModel *model = view ? view->model() : nullptr;
    if (!model)
        return {};
    std::set<int> rows;
    if (const QItemSelectionModel *selection = view->selectionModel()) {
        for (const QModelIndex &index : selection->selectedIndexes())
            rows.insert(index.row());
    }
    if (rows.empty() && view->currentIndex().isValid())
        rows.insert(view->currentIndex().row());
    if (rows.empty())
        return {};
    // The columns in the order the person sees them, without the hidden ones.
    QList<int> columns;
    const auto *table = qobject_cast<const QTableView *>(view);
    const QHeaderView *header = table ? table->horizontalHeader() : nullptr;
    for (int visual = 0; visual < model->columnCount(); ++visual) {
        const int logical = header ? header->logicalIndex(visual) : visual;
        if (logical >= 0 && !(table && table->isColumnHidden(logical)))
            columns.append(logical);
    }
    QStringList lines;
    QStringList cells;
    for (int column : std::as_const(columns))
        cells.append(cellText(model->headerData(column, Qt::Horizontal).toString()));
    lines.append(cells.join(u'\t'));
    for (int row : rows) {
        cells.clear();
        for (int column : std::as_const(columns))
            cells.append(cellText(model->index(row, column).data().toString()));
        lines.append(cells.join(u'\t'));
    }
    return lines.join(u'\n') + u'\n';
}

int TableCopy::copyRows(const QAbstractItemView *view)
{
    const QString text = rowsText(view);
    if (text.isEmpty())
        return 0;
    QApplication::clipboard()->setText(text);
    return int(text.count(u'\n')) - 1;
}

void TableCopy::handleCopyKeys(QAbstractItemView *view)
{
    view->installEventFilter(new CopyKeysFilter(view));
}

void TableCopy::copyFromFocus()
{
    QWidget *focus = QApplication::focusWidget();
    if (focus && focus->window() != m_window)
        focus = nullptr;
    // Text being edited or selected is copied as text; a table copies its rows.
    if (auto *line = qobject_cast<QLineEdit *>(focus)) {
        line->copy();
        return;
    }
    if (auto *text = qobject_cast<QTextEdit *>(focus)) {
        text->copy();
        return;
    }
    if (auto *text = qobject_cast<QPlainTextEdit *>(focus)) {
        text->copy();
        return;
    }
    if (auto *label = qobject_cast<QLabel *>(focus); label && label->hasSelectedText()) {
        QApplication::clipboard()->setText(label->selectedText());
        return;
    }
    auto *view = qobject_cast<QAbstractItemView *>(focus);
    if (!view) {
        // The menu took the focus from nothing in particular: the table of the tab shown.
        auto *main = qobject_cast<QMainWindow *>(m_window);
        auto *tabs = main ? qobject_cast<QTabWidget *>(main->centralWidget()) : nullptr;
        QWidget *page = tabs ? tabs->currentWidget() : nullptr;
        auto *pane = qobject_cast<TablePane *>(page);
        if (!pane && page)
            pane = page->findChild<TablePane *>();
        view = pane ? pane->view() : (page ? page->findChild<QTableView *>() : nullptr);
    }
    if (view) {
        if (const int n = copyRows(view))
            emit copied(n);
    }
}

} // namespace uproot
