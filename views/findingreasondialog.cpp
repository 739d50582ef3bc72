#include "views/findingreasondialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace uproot {

FindingReasonDialog::FindingReasonDialog(FindingState state, const QString &product, const QString &system,
                                         QWidget *parent)
    : QDialog(parent), m_reason(new QLineEdit),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    const bool falsePositive = state == FindingState::FalsePositive;
    setWindowTitle(falsePositive ? tr("Dismiss as false positive") : tr("Record approved exception"));
    auto *prompt =
        new QLabel(falsePositive ? tr("Why is %1 on %2 a false positive? (for example: another publisher's "
                                      "tool that only names the vendor)")
                                       .arg(product, system)
                                 : tr("Why is %1 on %2 an approved exception? (for example: the waiver's "
                                      "reference and who approved it)")
                                       .arg(product, system));
    prompt->setTextFormat(Qt::PlainText); // inventory text is data, never markup
    prompt->setWordWrap(true);
    prompt->setBuddy(m_reason);
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("Reason (required)"));
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    const auto update = [this, ok] {
        ok->setEnabled(!reason().isEmpty());
        ok->setToolTip(reason().isEmpty() ? tr("Type a reason first: the decision needs one") : QString());
    };
    connect(m_reason, &QLineEdit::textChanged, this, update);
    update();
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(prompt);
    layout->addWidget(m_reason);
    layout->addWidget(m_buttons);
    resize(520, sizeHint().height());
    m_reason->setFocus();
}

QString FindingReasonDialog::reason() const
{
    return m_reason->text().simplified();
}

bool FindingReasonDialog::ask(QWidget *parent, FindingState state, const QString &product,
                              const QString &system, QString *reason)
{
    FindingReasonDialog dialog(state, product, system, parent);
    if (dialog.exec() != QDialog::Accepted || dialog.reason().isEmpty())
        return false;
    *reason = dialog.reason();
    return true;
}

} // namespace uproot
