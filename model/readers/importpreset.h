#pragma once

#include <QString>
#include <QStringList>

namespace uproot {

// The column presets: the inventory tools whose CSV and XLSX exports the importer recognises by their column
// names, and the two choices around them (recognise the tool from the header; match column names without a
// tool). This is the one list of them, with their names and their labels for people, for the importer's
// column mapping, the reader factory (a tool's name is also a --format), the import wizard and the command
// line.
//
// It lives with the readers because the reader factory is the lowest layer that needs the names, and
// model/import sits above the readers; which columns each tool writes stays with ColumnMapping.
enum class ImportPreset {
    Auto,       // recognise the tool from the header, else Generic
    Sccm,       // Microsoft Configuration Manager
    Intune,     // Microsoft Intune
    Lansweeper, // Lansweeper
    Ksc,        // Kaspersky Security Center
    Generic,    // column names people use in any spreadsheet
};

// The key a preset is chosen, remembered and reported by: "auto", "sccm", "intune", "lansweeper", "ksc",
// "generic".
QString importPresetName(ImportPreset preset);
// Every preset's key, in the order the wizard offers them: auto, the tools, generic.
QStringList importPresetNames();
// The tools' keys only: sccm, intune, lansweeper, ksc.
QStringList toolPresetNames();
// The preset's label for people, from its key; a key no preset has (from a newer program) is shown as
// written.
QString importPresetLabel(const QString &name);

} // namespace uproot
