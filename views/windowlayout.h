#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class QHeaderView;
class QMainWindow;
class QSplitter;
class QWidget;

namespace uproot {

// Remembers the main window's layout between runs (QSettings, group "layout"): its geometry and docks, the
// splitters' positions and the tables' column widths. Saved when the window closes, restored when installed;
// reset() puts back the layout the window was built with. Widgets are known by their place in the window
// (their object names, or their class and rank among their siblings), so a layout from an older version that
// no longer fits is ignored, never misapplied.
class WindowLayout final : public QObject
{
    Q_OBJECT
public:
    // Records the window's own layout as the default, then restores the remembered one. Install it once the
    // window's tabs, tables and docks are built.
    explicit WindowLayout(QMainWindow *window);

    void save() const;
    void restore();
    // The layout the window was built with: docks shown where they were, splitters by their stretch, the
    // columns at their first widths. Forgets the remembered one.
    void reset();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString keyOf(const QWidget *widget) const;
    void applyWidths(QHeaderView *header, const QList<int> &widths);

    QMainWindow *m_window;
    QByteArray m_defaultState;
    QList<QPointer<QSplitter>> m_splitters;
    QList<QPointer<QHeaderView>> m_headers;
    QHash<const QHeaderView *, QList<int>> m_defaultWidths;
};

} // namespace uproot
