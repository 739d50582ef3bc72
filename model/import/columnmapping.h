#pragma once

#include "model/import/columnrole.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace uproot {

// Which column of a file plays which role, and the preset that proposed it.
class ColumnMapping final
{
public:
    ColumnMapping() = default;

    // Recognises the exporting tool from the header (Configuration Manager, Intune, Lansweeper, Kaspersky
    // Security Center, the structured readers' own header) or falls back to matching column names generically.
    // A preset name forces that preset (see importPresetNames()).
    static ColumnMapping fromHeader(const QStringList &header, const QString &preset = QStringLiteral("auto"));

    QString preset() const { return m_preset; }
    void setPreset(const QString &preset) { m_preset = preset; }
    int columnCount() const { return int(m_roles.size()); }
    ColumnRole role(int column) const;
    void setRole(int column, ColumnRole role);
    // The first column with that role, or -1.
    int column(ColumnRole role) const;
    // A mapping must name at least the system and the software columns.
    bool isUsable(QString *why = nullptr) const;

    // "system,software,ignore,..." for remembering a mapping with the header it belongs to.
    QString toKeys() const;
    static ColumnMapping fromKeys(const QString &keys, const QString &preset);
    // A stable key for a header, so a mapping is remembered for the next file with the same header.
    static QString headerSignature(const QStringList &header);

private:
    QString m_preset;
    QList<ColumnRole> m_roles;
};

} // namespace uproot
