#pragma once

#include "model/readers/readerfactory.h"

#include <QDate>
#include <QString>

namespace uproot {

// What the user chose for one file in the import wizard; every default lets the content decide.
struct ImportFileSettings
{
    QString path;
    QString format = QStringLiteral("auto"); // auto, csv, xlsx, osquery, cyclonedx, glpi
    ReaderOptions reader;                    // forced encoding, separator or sheet
    QString preset = QStringLiteral("auto"); // auto, sccm, intune, lansweeper, ksc, generic
    QDate scanDate;                          // when the scan was taken; invalid: the file's modification date
};

} // namespace uproot
