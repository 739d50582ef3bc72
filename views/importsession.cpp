#include "views/importsession.h"

#include "model/readers/importpreset.h"

namespace uproot {

QStringList ImportSession::formats()
{
    return {QStringLiteral("auto"),    QStringLiteral("csv"),       QStringLiteral("xlsx"),
            QStringLiteral("osquery"), QStringLiteral("cyclonedx"), QStringLiteral("glpi")};
}

QString ImportSession::formatName(const QString &format)
{
    if (format == QLatin1String("csv"))
        return tr("Delimited text (CSV)");
    if (format == QLatin1String("xlsx"))
        return tr("Excel workbook (XLSX)");
    if (format == QLatin1String("osquery"))
        return tr("osquery JSON");
    if (format == QLatin1String("cyclonedx"))
        return tr("CycloneDX SBOM");
    if (format == QLatin1String("glpi"))
        return tr("GLPI inventory");
    if (format == QLatin1String("auto"))
        return tr("Detect from the content");
    return format;
}

QStringList ImportSession::presets()
{
    return importPresetNames();
}

QString ImportSession::presetName(const QString &preset)
{
    return importPresetLabel(preset);
}

QString ImportSession::separatorName(const QString &separator)
{
    if (separator == QLatin1String(","))
        return tr("Comma (,)");
    if (separator == QLatin1String(";"))
        return tr("Semicolon (;)");
    if (separator == QLatin1String("\t"))
        return tr("Tab");
    if (separator == QLatin1String("|"))
        return tr("Pipe (|)");
    if (separator.isEmpty())
        return tr("None");
    return tr("\u201c%1\u201d").arg(separator);
}

} // namespace uproot
