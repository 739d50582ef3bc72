#include "model/readers/sourcerecord.h"

namespace uproot {

QString ReadError::message() const
{
    QString where = file;
    if (line > 0) {
        where += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            where += QLatin1Char(':') + QString::number(column);
    }
    return where.isEmpty() ? reason : where + QStringLiteral(": ") + reason;
}

} // namespace uproot
