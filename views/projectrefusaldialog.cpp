#include "views/projectrefusaldialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QMetaMethod>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace uproot {

ProjectRefusalDialog::ProjectRefusalDialog(const QString &path, const QString &reasons, QWidget *parent)
    : QDialog(parent), m_path(path)
{
    setWindowTitle(tr("Project refused"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowModality(Qt::WindowModal);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("<b>%1</b> was not opened: it is not as this version of Uproot made it, or "
                                "it is damaged. Nothing was "
                                "read from it into the window and nothing was written to it.")
                                 .arg(QFileInfo(path).fileName().toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_reasons = new QPlainTextEdit(reasons, this);
    m_reasons->setReadOnly(true);
    m_reasons->setAccessibleName(tr("What is wrong"));
    m_reasons->setMinimumSize(560, 160);
    layout->addWidget(m_reasons);
    auto *choices =
        new QLabel(tr("A read-only copy shows what can still be read, for copying out; documents are "
                      "not made from it. A backup brings back the project as it was."),
                   this);
    choices->setWordWrap(true);
    layout->addWidget(choices);
    auto *buttons = new QDialogButtonBox(this);
    m_salvage = buttons->addButton(tr("Open a read-only &copy"), QDialogButtonBox::ActionRole);
    m_restore = buttons->addButton(tr("&Restore from backup..."), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    connect(m_salvage, &QPushButton::clicked, this, [this] {
        close();
        emit salvageRequested(m_path);
    });
    connect(m_restore, &QPushButton::clicked, this, [this] {
        close();
        emit restoreRequested(m_path);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ProjectRefusalDialog::showEvent(QShowEvent *event)
{
    // Restoring is another part of the window's (File > Restore); without it connected there is nothing to
    // offer.
    m_restore->setVisible(
        isSignalConnected(QMetaMethod::fromSignal(&ProjectRefusalDialog::restoreRequested)));
    QDialog::showEvent(event);
}

} // namespace uproot
