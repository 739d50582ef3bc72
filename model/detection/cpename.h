#pragma once

#include <QString>

#include <optional>

namespace uproot {

// The identifying fields of a CPE name, in either binding: the CPE 2.2 URI "cpe:/a:kaspersky_lab:
// kaspersky_anti-virus:6.0" (percent-encoded) or the CPE 2.3 formatted string "cpe:2.3:a:kaspersky:
// total_security:*:…" (backslash-escaped). Values are decoded and lower-cased; ANY ("*") and NA ("-") and a
// missing field become empty.
struct CpeName
{
    QString part; // "a" application, "o" operating system, "h" hardware
    QString vendor;
    QString product;
    QString version;

    // std::nullopt when the text is not a CPE name of either form or its vendor is missing.
    static std::optional<CpeName> parse(const QString &text);
};

} // namespace uproot
