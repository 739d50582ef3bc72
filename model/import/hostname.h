#pragma once

#include "model/store/storetypes.h"

#include <QHash>
#include <QString>

namespace uproot {

// The key under which systems from different sources are one system: lower case, without the DNS domain
// suffix ("ws-01.corp.example.gov" → "ws-01"), without a NetBIOS domain prefix ("CORP\WS-01" → "ws-01") or a
// machine-account "$". An IP address is kept whole. Empty when the name is empty after trimming.
QString normalizedHostName(const QString &name);

// The systems of a project by normalised name, matching the NetBIOS form too: Windows keeps only the first 15
// characters of a longer computer name there, so Configuration Manager's Netbios_Name0 "FINANCE-WORKSTA" is the
// "finance-workstation-0042" that Intune or Lansweeper report. A 15-character key and a longer one are the
// same system only when that is unambiguous: the longer is the only known name beginning with those 15
// characters. Two long names sharing a prefix stay two systems.
class SystemNameIndex final
{
public:
    static constexpr int NetBiosLength = 15;

    void insert(const QString &key, Id id);
    // 0 when unknown; *byNetBios tells whether it was found through the 15-character form rather than as is.
    Id find(const QString &key, bool *byNetBios) const;

private:
    QHash<QString, Id> m_ids;
    QHash<QString, QString> m_longByPrefix; // a 15-character prefix → the one longer key with it, or "" if several
};

} // namespace uproot
