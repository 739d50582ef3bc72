#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace uproot {

// Asks a question in a message box with one button per choice: the preferred one answers Enter, the last one
// is the escape (Cancel). A long list of details is cut at a line, the whole of it behind "Show Details...".
// Returns the index of the choice made (the last one when the box is closed otherwise).
int askQuestion(QWidget *parent, const QString &title, const QString &text, const QString &details,
                const QStringList &choices, int preferred);

} // namespace uproot
