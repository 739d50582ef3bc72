#pragma once

#include <QString>

namespace uproot {

// One covered product found, with the number of endpoints it is on.
struct ProductCount
{
    QString product;  // e.g. "Kaspersky Endpoint Security 10 for Windows"
    QString versions; // e.g. "10.2.5.3201, 10.3.0.6294"; empty when not known
    qint64 endpoints = 0;
};

} // namespace uproot
