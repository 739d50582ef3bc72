#include "views/directiveeditordialog.h"

#include "views/apppalette.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBlock>
#include <QVBoxLayout>

namespace uproot {

DirectiveEditorDialog::DirectiveEditorDialog(const QString &title, const QString &intro,
                                             const QString &sourceName, const QString &json,
                                             const QString &acceptLabel, Accept accept, QWidget *parent)
    : QDialog(parent), m_sourceName(sourceName), m_acceptText(std::move(accept)),
      m_editor(new QPlainTextEdit), m_error(new QLabel), m_accept(new QPushButton(acceptLabel))
{
    setWindowTitle(title);
    resize(760, 640);
    auto *introLabel = new QLabel(intro);
    introLabel->setTextFormat(Qt::PlainText);
    introLabel->setWordWrap(true);

    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setTabChangesFocus(true); // keyboard users can leave the editor; JSON needs no tab characters
    m_editor->setPlainText(json);
    m_editor->setAccessibleName(tr("Directive definition (JSON)"));
    auto *editorLabel = new QLabel(tr("&Definition:"));
    editorLabel->setBuddy(m_editor);

    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_error->setAccessibleName(tr("Problem with the definition"));
    AppPalette::markAsError(m_error, true);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_accept->setDefault(false);
    m_accept->setAutoDefault(false);
    buttons->addButton(m_accept, QDialogButtonBox::AcceptRole);
    connect(m_accept, &QPushButton::clicked, this, &DirectiveEditorDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addWidget(editorLabel);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_editor->setFocus();
}

bool DirectiveEditorDialog::submit()
{
    QString error;
    if (!m_acceptText(m_editor->toPlainText(), &error)) {
        showError(error);
        return false;
    }
    accept();
    return true;
}

void DirectiveEditorDialog::showError(const QString &error)
{
    m_error->setText(error);
    m_error->show();
    // A syntax error says "name:line:column: ..."; take the person there.
    static const QRegularExpression position(QStringLiteral("\\A:(\\d+):(\\d+): "));
    const QRegularExpressionMatch match = error.startsWith(m_sourceName)
                                              ? position.match(error.mid(m_sourceName.size()))
                                              : QRegularExpressionMatch();
    if (match.hasMatch()) {
        const QTextBlock block = m_editor->document()->findBlockByNumber(match.captured(1).toInt() - 1);
        if (block.isValid()) {
            QTextCursor cursor(block);
            cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor,
                                qBound(0, match.captured(2).toInt() - 1, block.length() - 1));
            m_editor->setTextCursor(cursor);
        }
    }
    m_editor->setFocus();
}

} // namespace uproot
