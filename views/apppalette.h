#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

class QLabel;

namespace uproot {

// The palettes the window is checked in (light, dark, high contrast), chosen with UPROOT_PALETTE when the
// system gives none, and the colours of text that must stand out (errors) worked out from the palette in use,
// so nothing hard-coded vanishes on a dark background.
class AppPalette final
{
public:
    static QPalette dark();
    static QPalette highContrast();
    // "dark", "high-contrast" or "light" (the style's own); false for another name.
    static bool apply(const QString &name);

    // Red text readable on the palette's window background (contrast at least 4.5:1, WCAG AA).
    static QColor errorText(const QPalette &palette);
    // Shows the label's text as an error (true) or as ordinary text (false).
    static void markAsError(QLabel *label, bool error);
    // WCAG contrast ratio of two colours (1 to 21).
    static double contrast(const QColor &a, const QColor &b);
};

} // namespace uproot
