#pragma once

#include <QString>

namespace uproot {

// The key under which systems from different sources are one system: lower case, without the DNS domain
// suffix ("ws-01.corp.example.gov" → "ws-01"), without a NetBIOS domain prefix ("CORP\WS-01" → "ws-01") or a
// machine-account "$". An IP address is kept whole. Empty when the name is empty after trimming.
QString normalizedHostName(const QString &name);

} // namespace uproot
