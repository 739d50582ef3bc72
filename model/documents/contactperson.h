#pragma once

#include <QString>

namespace uproot {

// The agency's point of contact for a directive (BOD 17-01 plan element b).
struct ContactPerson
{
    QString name;
    QString phone;
    QString email;
};

} // namespace uproot
