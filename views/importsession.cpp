#include "views/importsession.h"

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
    return {QStringLiteral("auto"),       QStringLiteral("sccm"), QStringLiteral("intune"),
            QStringLiteral("lansweeper"), QStringLiteral("ksc"),  QStringLiteral("generic")};
}

QString ImportSession::presetName(const QString &preset)
{
    if (preset == QLatin1String("sccm"))
        return tr("Configuration Manager");
    if (preset == QLatin1String("intune"))
        return tr("Microsoft Intune");
    if (preset == QLatin1String("lansweeper"))
        return tr("Lansweeper");
    if (preset == QLatin1String("ksc"))
        return tr("Kaspersky Security Center");
    if (preset == QLatin1String("generic"))
        return tr("Generic (by column names)");
    if (preset == QLatin1String("auto"))
        return tr("Recognise from the header");
    return preset;
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
