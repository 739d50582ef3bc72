#pragma once

#include <QToolBar>

class QLabel;
class QPushButton;

namespace uproot {

// The band above the tables that says a project is open read-only and why ("held by alice on host ws12 ..."),
// with a button to try opening it for writing again. Hidden while the project is writable. A tool bar, so
// that it sits above the tabs without changing the window's central widget.
class ReadOnlyBanner final : public QToolBar
{
    Q_OBJECT
public:
    explicit ReadOnlyBanner(QWidget *parent = nullptr);

    // Shows the banner with this text; an empty text hides it.
    void showReason(const QString &text);
    QString text() const;
    QPushButton *retryButton() const { return m_retry; }

signals:
    void retryRequested();

private:
    QLabel *m_label;
    QPushButton *m_retry;
};

} // namespace uproot
