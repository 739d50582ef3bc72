#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace uproot {

// Names for people of the choices the import wizard offers. What the wizard's pages share (the files, each
// file's settings, preview and mapping, and what the import made of them) is the model's ImportBatch.
class ImportSession final
{
    // The same translation context as when this was the pages' QObject.
    Q_DECLARE_TR_FUNCTIONS(uproot::ImportSession)
public:
    // Names for people.
    static QStringList formats();
    static QString formatName(const QString &format);
    static QStringList presets();
    static QString presetName(const QString &preset);
    static QString separatorName(const QString &separator);
};

} // namespace uproot
