#pragma once

#include "model/store/storetypes.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

namespace uproot {

// Asks why a finding is a false positive or an approved exception. OK stays disabled until a reason is typed:
// the decision needs one, and an OK that closed the dialog and did nothing would leave the person guessing.
class FindingReasonDialog final : public QDialog
{
    Q_OBJECT
public:
    FindingReasonDialog(FindingState state, const QString &product, const QString &system,
                        QWidget *parent = nullptr);

    QString reason() const;
    QLineEdit *reasonField() const { return m_reason; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    // Shows the dialog; true with the reason when the person confirmed one.
    static bool ask(QWidget *parent, FindingState state, const QString &product, const QString &system,
                    QString *reason);

private:
    QLineEdit *m_reason;
    QDialogButtonBox *m_buttons;
};

} // namespace uproot
