#include "model/readers/importpreset.h"

#include <QCoreApplication>

namespace uproot {

namespace {

struct Entry
{
    ImportPreset preset;
    const char *name;
    const char *label;
};

// In the order the wizard offers them.
const Entry kPresets[] = {
    {ImportPreset::Auto, "auto", QT_TRANSLATE_NOOP("ImportPreset", "Recognise from the header")},
    {ImportPreset::Sccm, "sccm", QT_TRANSLATE_NOOP("ImportPreset", "Configuration Manager")},
    {ImportPreset::Intune, "intune", QT_TRANSLATE_NOOP("ImportPreset", "Microsoft Intune")},
    {ImportPreset::Lansweeper, "lansweeper", QT_TRANSLATE_NOOP("ImportPreset", "Lansweeper")},
    {ImportPreset::Ksc, "ksc", QT_TRANSLATE_NOOP("ImportPreset", "Kaspersky Security Center")},
    {ImportPreset::Generic, "generic", QT_TRANSLATE_NOOP("ImportPreset", "Generic (by column names)")},
};

bool isTool(ImportPreset preset)
{
    return preset != ImportPreset::Auto && preset != ImportPreset::Generic;
}

} // namespace

QString importPresetName(ImportPreset preset)
{
    for (const Entry &entry : kPresets) {
        if (entry.preset == preset)
            return QString::fromLatin1(entry.name);
    }
    return QString();
}

QStringList importPresetNames()
{
    QStringList names;
    for (const Entry &entry : kPresets)
        names.append(QString::fromLatin1(entry.name));
    return names;
}

QStringList toolPresetNames()
{
    QStringList names;
    for (const Entry &entry : kPresets) {
        if (isTool(entry.preset))
            names.append(QString::fromLatin1(entry.name));
    }
    return names;
}

QString importPresetLabel(const QString &name)
{
    for (const Entry &entry : kPresets) {
        if (name == QLatin1String(entry.name))
            return QCoreApplication::translate("ImportPreset", entry.label);
    }
    return name;
}

} // namespace uproot
