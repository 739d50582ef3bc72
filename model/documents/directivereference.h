#pragma once

#include <QDate>
#include <QString>

namespace uproot {

// The directive a document answers, as the documents name it.
struct DirectiveReference
{
    QString id;              // catalog identifier, e.g. "bod-17-01"
    QString shortName;       // e.g. "BOD 17-01"
    QString title;           // e.g. "Removal of Kaspersky-branded Products"
    QString issuer;          // e.g. "Department of Homeland Security"
    QDate issued;            // e.g. 2017-09-13
    QString coveredProducts; // how the documents name what is banned, e.g. "Kaspersky-branded products"
};

} // namespace uproot
