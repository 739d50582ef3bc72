#include "model/documents/writefailure.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <cstring>

namespace uproot {

QString writeFailureReason(const QFileDevice &file, int systemError)
{
    if (systemError)
        return QString::fromLocal8Bit(std::strerror(systemError));
    if (file.error() != QFileDevice::NoError)
        return file.errorString();
    return QCoreApplication::translate("Document", "the file was not written whole");
}

} // namespace uproot
