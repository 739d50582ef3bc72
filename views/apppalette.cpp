#include "views/apppalette.h"

#include <QApplication>
#include <QLabel>
#include <QStyle>
#include <QStyleFactory>

#include <cmath>

namespace uproot {

namespace {
double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
} // namespace

double AppPalette::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QPalette AppPalette::dark()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor disabled(0x8c, 0x8c, 0x8c);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
    p.setColor(QPalette::Midlight, QColor(0x3e, 0x3e, 0x3e));
    p.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    p.setColor(QPalette::Shadow, QColor(0x00, 0x00, 0x00));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    return p;
}

QPalette AppPalette::highContrast()
{
    // Black and white with yellow selection, as the systems' high-contrast themes do.
    QPalette p;
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    for (QPalette::ColorRole role :
         {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button, QPalette::ToolTipBase,
          QPalette::Dark, QPalette::Shadow, QPalette::Mid})
        p.setColor(role, black);
    for (QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText,
          QPalette::BrightText, QPalette::Light, QPalette::Midlight})
        p.setColor(role, white);
    // A hint is told from typed text by its grey, still 12:1 on black.
    p.setColor(QPalette::PlaceholderText, QColor(0xc0, 0xc0, 0xc0));
    p.setColor(QPalette::Highlight, QColor(0xff, 0xff, 0x00));
    p.setColor(QPalette::HighlightedText, black);
    p.setColor(QPalette::Link, QColor(0x00, 0xff, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xff, 0x80, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0xa0, 0xa0, 0xa0));
    return p;
}

bool AppPalette::apply(const QString &name)
{
    if (name.isEmpty() || name == QLatin1String("light")) {
        if (!name.isEmpty())
            QApplication::setPalette(QApplication::style()->standardPalette());
        return true;
    }
    if (name != QLatin1String("dark") && name != QLatin1String("high-contrast"))
        return false;
    // Fusion draws with the palette alone; other styles may keep the platform's colours.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(name == QLatin1String("dark") ? dark() : highContrast());
    if (name == QLatin1String("high-contrast")) {
        // Fusion draws frames a shade darker than the window: none on black. White frames, and a yellow one
        // on the control with the focus.
        qApp->setStyleSheet(
            QStringLiteral("QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QTableView, "
                           "QTreeView, QListView { border: 1px solid #ffffff; }"
                           "QLineEdit:focus, QComboBox:focus, QAbstractSpinBox:focus, QPlainTextEdit:focus, "
                           "QTextEdit:focus, "
                           "QTableView:focus, QTreeView:focus, QListView:focus { border: 2px solid #ffff00; }"
                           "QPushButton, QToolButton { border: 1px solid #ffffff; padding: 3px 8px; }"
                           "QPushButton:focus, QToolButton:focus { border: 2px solid #ffff00; }"
                           "QPushButton:disabled, QToolButton:disabled { border-color: #a0a0a0; }"));
    }
    return true;
}

QColor AppPalette::errorText(const QPalette &palette)
{
    const QColor background = palette.color(QPalette::Window);
    // A deep red on light backgrounds, a light one on dark; lightened or darkened until it reads.
    const bool darkBackground = luminance(background) < 0.2;
    QColor red = darkBackground ? QColor(0xff, 0x8a, 0x80) : QColor(0xa4, 0x00, 0x0f);
    for (int i = 0; i < 10 && contrast(red, background) < 4.5; ++i)
        red = darkBackground ? red.lighter(115) : red.darker(115);
    if (contrast(red, background) < 4.5)
        return palette.color(QPalette::WindowText);
    return red;
}

void AppPalette::markAsError(QLabel *label, bool error)
{
    // A palette, not a style sheet: the colour is chosen against the background the label is drawn on.
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, error ? errorText(QApplication::palette(label))
                                           : QApplication::palette(label).color(QPalette::WindowText));
    label->setPalette(p);
}

} // namespace uproot
