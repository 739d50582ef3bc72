#include "model/readers/headernames.h"

#include <QSet>

namespace uproot {

QStringList HeaderNames::clean(const QStringList &raw, qint64 line, QList<ReadIssue> *issues)
{
    QStringList names;
    names.reserve(raw.size());
    QSet<QString> taken; // lower case
    for (const QString &name : raw) {
        QString trimmed = name;
        while (trimmed.startsWith(QChar(0xFEFF)))
            trimmed.remove(0, 1);
        taken.insert(trimmed.trimmed().toLower());
    }

    QHash<QString, int> firstColumn; // lower-case name -> 1-based column where it first appears
    for (qsizetype i = 0; i < raw.size(); ++i) {
        QString name = raw.at(i);
        while (name.startsWith(QChar(0xFEFF)))
            name.remove(0, 1);
        name = name.trimmed();
        const int column = int(i) + 1;
        if (name.isEmpty()) {
            name = tr("Column %1").arg(column);
            for (int n = 2; taken.contains(name.toLower()); ++n)
                name = tr("Column %1 (%2)").arg(column).arg(n);
            issues->append(
                {line, 0, tr("column %1 has no name; it is called \u201c%2\u201d").arg(column).arg(name)});
            taken.insert(name.toLower());
        } else if (const auto earlier = firstColumn.constFind(name.toLower());
                   earlier != firstColumn.cend()) {
            QString unique;
            for (int n = 2;; ++n) {
                unique = QStringLiteral("%1 (%2)").arg(name, QString::number(n));
                if (!taken.contains(unique.toLower()))
                    break;
            }
            issues->append(
                {line, 0,
                 tr("column %1 \u201c%2\u201d has the same name as column %3; it is called \u201c%4\u201d")
                     .arg(column)
                     .arg(name)
                     .arg(*earlier)
                     .arg(unique)});
            taken.insert(unique.toLower());
            name = unique;
        }
        firstColumn.insert(name.toLower(), column);
        names.append(name);
    }
    return names;
}

} // namespace uproot
