#include "model/documents/spreadsheetcell.h"

namespace uproot {

QString neutraliseFormula(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.front();
    if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
        return QLatin1Char('\'') + cell;
    return cell;
}

QString csvField(const QString &cell)
{
    const QString safe = neutraliseFormula(cell);
    const bool needsQuotes = safe.contains(u',') || safe.contains(u'"') || safe.contains(u'\n')
                             || safe.contains(u'\r') || safe.startsWith(u' ') || safe.endsWith(u' ');
    if (!needsQuotes)
        return safe;
    QString quoted = safe;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace uproot
