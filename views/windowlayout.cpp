#include "views/windowlayout.h"

#include <QDockWidget>
#include <QEvent>
#include <QHeaderView>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>
#include <QTableView>

namespace uproot {

namespace {
const QString kGroup = QStringLiteral("layout");

QList<int> widthsOf(const QHeaderView *header)
{
    QList<int> widths;
    for (int i = 0; i < header->count(); ++i)
        widths.append(header->sectionSize(i));
    return widths;
}

QVariantList toVariants(const QList<int> &values)
{
    QVariantList list;
    for (int v : values)
        list.append(v);
    return list;
}

QList<int> toInts(const QVariantList &values)
{
    QList<int> list;
    for (const QVariant &v : values)
        list.append(v.toInt());
    return list;
}
} // namespace

WindowLayout::WindowLayout(QMainWindow *window) : QObject(window), m_window(window)
{
    setObjectName(QStringLiteral("windowLayout"));
    m_defaultState = window->saveState();
    for (QSplitter *splitter : window->findChildren<QSplitter *>())
        m_splitters.append(splitter);
    for (QTableView *table : window->findChildren<QTableView *>()) {
        QHeaderView *header = table->horizontalHeader();
        m_headers.append(header);
        m_defaultWidths.insert(header, widthsOf(header));
    }
    window->installEventFilter(this);
    restore();
}

QString WindowLayout::keyOf(const QWidget *widget) const
{
    QStringList parts;
    for (const QObject *o = widget; o && o != m_window; o = o->parent()) {
        QString name = o->objectName();
        if (name.isEmpty()) {
            // Unnamed: its class and its rank among the siblings of that class.
            int rank = 0;
            if (const QObject *parent = o->parent()) {
                for (const QObject *sibling : parent->children()) {
                    if (sibling == o)
                        break;
                    if (sibling->metaObject() == o->metaObject())
                        ++rank;
                }
            }
            name = QString::fromLatin1(o->metaObject()->className()).remove(QStringLiteral("uproot::")) +
                   QString::number(rank);
        }
        parts.prepend(name.replace(u'/', u'_'));
    }
    return parts.join(u'/');
}

void WindowLayout::save() const
{
    QSettings settings;
    settings.beginGroup(kGroup);
    settings.setValue(QStringLiteral("geometry"), m_window->saveGeometry());
    settings.setValue(QStringLiteral("state"), m_window->saveState());
    settings.beginGroup(QStringLiteral("splitters"));
    for (const QPointer<QSplitter> &splitter : m_splitters) {
        if (splitter)
            settings.setValue(keyOf(splitter), splitter->saveState());
    }
    settings.endGroup();
    settings.beginGroup(QStringLiteral("columns"));
    for (const QPointer<QHeaderView> &header : m_headers) {
        if (header && header->parentWidget())
            settings.setValue(keyOf(header->parentWidget()), toVariants(widthsOf(header)));
    }
    settings.endGroup();
}

void WindowLayout::restore()
{
    QSettings settings;
    settings.beginGroup(kGroup);
    m_window->restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    m_window->restoreState(settings.value(QStringLiteral("state")).toByteArray());
    settings.beginGroup(QStringLiteral("splitters"));
    for (const QPointer<QSplitter> &splitter : m_splitters) {
        const QByteArray state = settings.value(keyOf(splitter)).toByteArray();
        if (splitter && !state.isEmpty())
            splitter->restoreState(state);
    }
    settings.endGroup();
    settings.beginGroup(QStringLiteral("columns"));
    for (const QPointer<QHeaderView> &header : m_headers) {
        if (!header)
            continue;
        const QList<int> widths = toInts(settings.value(keyOf(header->parentWidget())).toList());
        if (!widths.isEmpty())
            applyWidths(header, widths);
    }
    settings.endGroup();
}

void WindowLayout::applyWidths(QHeaderView *header, const QList<int> &widths)
{
    const auto apply = [header, widths] {
        // The stretched last column takes the room left; a zero width would hide a column for good.
        const int last = header->stretchLastSection() ? header->count() - 1 : header->count();
        for (int i = 0; i < qMin(last, int(widths.size())); ++i) {
            if (widths.at(i) > 0 && header->sectionResizeMode(i) == QHeaderView::Interactive)
                header->resizeSection(i, widths.at(i));
        }
    };
    apply();
    // A model without columns yet (no project open) gets them later: apply the widths then, once.
    if (header->count() == 0) {
        auto *connection = new QMetaObject::Connection;
        *connection =
            connect(header, &QHeaderView::sectionCountChanged, this, [connection, apply](int, int now) {
                if (now <= 0)
                    return;
                apply();
                disconnect(*connection);
                delete connection;
            });
    }
}

void WindowLayout::reset()
{
    QSettings settings;
    settings.remove(kGroup);
    m_window->restoreState(m_defaultState);
    // A dock the person closed or floated comes back to its place.
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>()) {
        dock->setFloating(false);
        dock->show();
    }
    for (const QPointer<QSplitter> &splitter : m_splitters) {
        if (!splitter || splitter->count() == 0)
            continue;
        // The splitter's own stretch factors share its length, as when it was first laid out.
        const bool horizontal = splitter->orientation() == Qt::Horizontal;
        const int total = horizontal ? splitter->width() : splitter->height();
        QList<int> stretch;
        int sum = 0;
        for (int i = 0; i < splitter->count(); ++i) {
            const QSizePolicy policy = splitter->widget(i)->sizePolicy();
            const int s = qMax(1, horizontal ? policy.horizontalStretch() : policy.verticalStretch());
            stretch.append(s);
            sum += s;
        }
        QList<int> sizes;
        for (int s : std::as_const(stretch))
            sizes.append(total * s / sum);
        splitter->setSizes(sizes);
    }
    for (const QPointer<QHeaderView> &header : m_headers) {
        if (header)
            applyWidths(header, m_defaultWidths.value(header));
    }
}

bool WindowLayout::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Close)
        save();
    return false;
}

} // namespace uproot
