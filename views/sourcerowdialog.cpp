#include "views/sourcerowdialog.h"

#include "model/project/project.h"
#include "model/store/inventoryreader.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace uproot {

namespace {
// Import times are stored to the second; a file written in the same second as its import is not "newer".
constexpr int kTimeSlackSeconds = 2;

QLabel *plainLabel(const QString &text)
{
    auto *label = new QLabel(text);
    label->setTextFormat(Qt::PlainText); // paths and inventory text are data, never markup
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}
} // namespace

SourceRowDialog::SourceRowDialog(Project *project, const FindingRow &finding, QWidget *parent)
    : QDialog(parent), m_message(plainLabel(QString())), m_table(new QTableWidget(0, 2))
{
    setWindowTitle(tr("Source row"));
    resize(640, 480);
    auto *where = plainLabel(tr("%1\nLine %2: %3 on %4")
                                 .arg(QDir::toNativeSeparators(finding.sourcePath))
                                 .arg(finding.sourceLine)
                                 .arg(finding.product, finding.system));
    where->setAccessibleName(tr("Source file and line"));
    m_message->setAccessibleName(tr("Source row message"));
    m_table->setAccessibleName(tr("Fields of the source row"));
    m_table->setHorizontalHeaderLabels({tr("Column"), tr("Value")});
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);

    QStringList header;
    QStringList fields;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_found = project->readSourceRow(finding, &header, &fields, &error);
    QApplication::restoreOverrideCursor();
    if (m_found) {
        // A ragged row may have more fields than the header names.
        const qsizetype count = qMax(header.size(), fields.size());
        m_table->setRowCount(int(count));
        for (qsizetype i = 0; i < count; ++i) {
            const QString name =
                i < header.size() && !header.at(i).isEmpty() ? header.at(i) : tr("(column %1)").arg(i + 1);
            m_table->setItem(int(i), 0, new QTableWidgetItem(name));
            m_table->setItem(int(i), 1, new QTableWidgetItem(fields.value(i)));
        }
        m_table->resizeColumnToContents(0);
        m_message->setText(changeWarning(project, finding, fields));
    } else {
        m_message->setText(tr("The row cannot be shown.\n%1").arg(error));
    }
    m_message->setVisible(!m_message->text().isEmpty());
    m_table->setVisible(m_found);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(where);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    if (!m_found)
        layout->addStretch(1);
    layout->addWidget(buttons);
}

QString SourceRowDialog::changeWarning(Project *project, const FindingRow &finding,
                                       const QStringList &fields) const
{
    QStringList warnings;
    const auto mentions = [&fields](const QString &text) {
        if (text.isEmpty())
            return true;
        for (const QString &field : fields) {
            if (field.contains(text, Qt::CaseInsensitive))
                return true;
        }
        return false;
    };
    QStringList missing;
    for (const QString &name : {finding.system, finding.product}) {
        if (!mentions(name))
            missing << name;
    }
    if (!missing.isEmpty())
        warnings
            << tr("This line does not name %1: the file has changed since the import, and the row shown is "
                  "not the one that was imported.")
                   .arg(missing.join(tr(" or ")));
    const QDateTime modified = QFileInfo(finding.sourcePath).lastModified();
    QDateTime imported;
    if (project) {
        for (const ImportSourceRecord &source : project->inventory().importSources()) {
            if (source.path == finding.sourcePath && (!imported.isValid() || source.importedAt > imported))
                imported = source.importedAt;
        }
    }
    if (modified.isValid() && imported.isValid() && modified > imported.addSecs(kTimeSlackSeconds))
        warnings
            << tr("The file was modified on %1, after it was imported on %2; the row may differ from what "
                  "was imported.")
                   .arg(QLocale().toString(modified.toLocalTime(), QLocale::ShortFormat),
                        QLocale().toString(imported.toLocalTime(), QLocale::ShortFormat));
    return warnings.join(u'\n');
}

} // namespace uproot
