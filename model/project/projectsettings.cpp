#include "model/project/projectsettings.h"

#include "model/store/settingsreader.h"
#include "model/store/unitofwork.h"

namespace uproot {

QString settingkeys::componentMission(const QString &component)
{
    return QStringLiteral("component/%1/mission").arg(component);
}

ProjectInfo readProjectInfo(SettingsReader &settings)
{
    ProjectInfo i;
    i.agency = settings.value(QString::fromLatin1(settingkeys::agency));
    i.contactName = settings.value(QString::fromLatin1(settingkeys::contactName));
    i.contactPhone = settings.value(QString::fromLatin1(settingkeys::contactPhone));
    i.contactEmail = settings.value(QString::fromLatin1(settingkeys::contactEmail));
    return i;
}

bool writeProjectInfo(UnitOfWork &work, const ProjectInfo &i)
{
    return work.setSetting(QString::fromLatin1(settingkeys::agency), i.agency)
           && work.setSetting(QString::fromLatin1(settingkeys::contactName), i.contactName)
           && work.setSetting(QString::fromLatin1(settingkeys::contactPhone), i.contactPhone)
           && work.setSetting(QString::fromLatin1(settingkeys::contactEmail), i.contactEmail);
}

} // namespace uproot
