#include "views/questionbox.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>
#include <algorithm>

namespace uproot {

namespace {
// About a dozen lines of a list show in the box itself.
constexpr qsizetype kShownDetails = 600;
} // namespace

int askQuestion(QWidget *parent, const QString &title, const QString &text, const QString &details,
                const QStringList &choices, int preferred)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QString shown = details;
    if (shown.size() > kShownDetails) {
        shown.truncate(std::max<qsizetype>(shown.lastIndexOf(QLatin1Char('\n'), kShownDetails), 0));
        shown += QLatin1Char('\n') + QCoreApplication::translate("QuestionBox", "and more (Show Details...)");
        box.setDetailedText(details);
    }
    box.setInformativeText(shown);
    QList<QAbstractButton *> buttons;
    for (qsizetype i = 0; i < choices.size(); ++i)
        buttons.append(box.addButton(choices.at(i), i + 1 == choices.size() ? QMessageBox::RejectRole
                                                                            : QMessageBox::AcceptRole));
    if (auto *button = qobject_cast<QPushButton *>(buttons.value(preferred)))
        box.setDefaultButton(button);
    box.setEscapeButton(buttons.value(buttons.size() - 1));
    box.exec();
    const qsizetype clicked = buttons.indexOf(box.clickedButton());
    return int(clicked >= 0 ? clicked : buttons.size() - 1);
}

} // namespace uproot
