#pragma once

#include "model/documents/layoutitem.h"

#include <QSizeF>
#include <vector>

namespace uproot {

// A document laid out for one device: its pages, each a list of positioned items (running header and footer
// included, so painting needs no decisions). Page 0 is the title page.
struct DocumentLayout
{
    struct Page
    {
        std::vector<LayoutItem> items;
    };

    QSizeF printableSize; // device units
    qreal dotsPerPoint = 1;
    std::vector<Page> pages;
};

} // namespace uproot
