#pragma once

#include <QDialog>
#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace uproot {

// A directive in its catalog JSON, to edit as text. The accept button hands the text to a check that either
// takes it (saves a file, changes the project) or explains what is wrong; the dialog stays open on an error,
// shows it with the file and the field, and puts the cursor on the line a syntax error names.
class DirectiveEditorDialog final : public QDialog
{
    Q_OBJECT
public:
    // Returns true when the text was taken; otherwise sets *error ("name: rules[2].patterns[0]: reason" or
    // "name:line:column: reason").
    using Accept = std::function<bool(const QString &text, QString *error)>;

    DirectiveEditorDialog(const QString &title, const QString &intro, const QString &sourceName,
                          const QString &json, const QString &acceptLabel, Accept accept,
                          QWidget *parent = nullptr);

    QPlainTextEdit *editor() const { return m_editor; }
    QLabel *errorLabel() const { return m_error; }
    QPushButton *acceptButton() const { return m_accept; }

    // Does what the accept button does.
    bool submit();

private:
    void showError(const QString &error);

    QString m_sourceName;
    Accept m_acceptText;
    QPlainTextEdit *m_editor;
    QLabel *m_error;
    QPushButton *m_accept;
};

} // namespace uproot
