#include "views/readonlybanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace uproot {

ReadOnlyBanner::ReadOnlyBanner(QWidget *parent)
    : QToolBar(tr("Read-only notice"), parent), m_label(new QLabel),
      m_retry(new QPushButton(tr("Open for &writing")))
{
    setObjectName(QStringLiteral("readOnlyBanner"));
    setMovable(false);
    setFloatable(false);
    // Not one of the tool bars a person shows and hides: it comes and goes with the project's state.
    toggleViewAction()->setVisible(false);
    auto *band = new QWidget;
    auto *layout = new QHBoxLayout(band);
    layout->setContentsMargins(8, 4, 8, 4);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setAccessibleName(tr("Read-only notice"));
    layout->addWidget(m_label, 1);
    layout->addWidget(m_retry);
    band->setAutoFillBackground(true);
    // The palette's tool-tip colours: a notice that reads in the light, dark and high-contrast palettes
    // alike.
    QPalette p = band->palette();
    p.setColor(QPalette::Window, p.color(QPalette::ToolTipBase));
    p.setColor(QPalette::WindowText, p.color(QPalette::ToolTipText));
    band->setPalette(p);
    addWidget(band);
    connect(m_retry, &QPushButton::clicked, this, &ReadOnlyBanner::retryRequested);
    setVisible(false);
}

void ReadOnlyBanner::showReason(const QString &text)
{
    m_label->setText(text);
    setVisible(!text.isEmpty());
}

QString ReadOnlyBanner::text() const
{
    return m_label->text();
}

} // namespace uproot
