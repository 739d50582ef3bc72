#include "views/importpreviewpage.h"

#include "model/import/importer.h"
#include "model/project/importbatch.h"
#include "model/readers/textdecoder.h"
#include "views/importpreviewmodel.h"
#include "views/importsession.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>
#include <QWizard>

namespace uproot {

namespace {

constexpr int MaxColumnWidth = 320;

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

void selectData(QComboBox *box, const QVariant &value)
{
    const int at = box->findData(value);
    box->setCurrentIndex(at >= 0 ? at : 0);
}

} // namespace

ImportPreviewPage::ImportPreviewPage(ImportBatch *session, QWidget *parent)
    : QWizardPage(parent), m_session(session), m_model(new ImportPreviewModel(this)), m_summary(new QLabel),
      m_error(new QLabel), m_table(new QTableView), m_issuesLabel(new QLabel), m_issues(new QListWidget)
{
    setTitle(tr("Preview"));
    setSubTitle(
        tr("The first rows of each file as Uproot reads them. If the text looks wrong, choose another "
           "encoding or separator; if the columns are not recognised, choose the exporting tool."));

    m_file = addCombo(tr("File"));
    m_format = addCombo(tr("Format"));
    m_encoding = addCombo(tr("Encoding"));
    m_separator = addCombo(tr("Separator"));
    m_sheet = addCombo(tr("Sheet"));
    m_preset = addCombo(tr("Preset"));
    m_file->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // For reports that put a title or a date above the header. Only Enter, an arrow or leaving the box re-reads.
    m_headerLine = new QSpinBox;
    m_headerLine->setRange(1, 1000000);
    m_headerLine->setKeyboardTracking(false);
    m_headerLine->setAccessibleName(tr("Header on line"));
    m_headerLine->setToolTip(tr("The line of the file that holds the column names; lines above it are not read."));
    m_headerLine->installEventFilter(this);
    // A later scan verifies removals and flags reappearances by its date, which a file's own date usually is.
    m_scanDate = new QDateEdit;
    m_scanDate->setCalendarPopup(true);
    m_scanDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_scanDate->setAccessibleName(tr("Scan taken on"));
    m_scanDate->setToolTip(tr("When the inventory in this file was taken. A scan verifies the removals on the "
                              "systems it lists and flags products back after one; it counts from this date on."));

    auto *grid = new QGridLayout;
    grid->addWidget(buddyLabel(tr("F&ile:"), m_file), 0, 0);
    grid->addWidget(m_file, 0, 1, 1, 3);
    grid->addWidget(buddyLabel(tr("F&ormat:"), m_format), 1, 0);
    grid->addWidget(m_format, 1, 1);
    grid->addWidget(buddyLabel(tr("&Encoding:"), m_encoding), 1, 2);
    grid->addWidget(m_encoding, 1, 3);
    grid->addWidget(buddyLabel(tr("&Preset:"), m_preset), 2, 0);
    grid->addWidget(m_preset, 2, 1);
    grid->addWidget(buddyLabel(tr("&Separator:"), m_separator), 2, 2);
    grid->addWidget(m_separator, 2, 3);
    grid->addWidget(buddyLabel(tr("Header on &line:"), m_headerLine), 3, 0);
    grid->addWidget(m_headerLine, 3, 1);
    grid->addWidget(buddyLabel(tr("S&heet:"), m_sheet), 3, 2);
    grid->addWidget(m_sheet, 3, 3);
    grid->addWidget(buddyLabel(tr("Scan &taken on:"), m_scanDate), 4, 0);
    grid->addWidget(m_scanDate, 4, 1);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    m_summary->setWordWrap(true);
    m_summary->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum); // never clipped to fit the table
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setAccessibleName(tr("What was read"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText); // file text is data, never markup
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_error->setAccessibleName(tr("Why the file cannot be read"));
    QFont bold = m_error->font();
    bold.setBold(true);
    m_error->setFont(bold);

    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Rows as read"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, arrows move inside it
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *tableLabel = buddyLabel(tr("&Rows as read (the numbers are lines in the file):"), m_table);

    m_issuesLabel->setBuddy(m_issues);
    m_issues->setAccessibleName(tr("Issues found while reading these rows"));
    m_issues->setMaximumHeight(110);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(tableLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_issuesLabel);
    layout->addWidget(m_issues);

    // The reading order: the file, what it is, how it decodes, then what came out.
    setTabOrder(m_file, m_format);
    setTabOrder(m_format, m_encoding);
    setTabOrder(m_encoding, m_preset);
    setTabOrder(m_preset, m_separator);
    setTabOrder(m_separator, m_headerLine);
    setTabOrder(m_headerLine, m_sheet);
    setTabOrder(m_sheet, m_scanDate);
    setTabOrder(m_scanDate, m_error);
    setTabOrder(m_error, m_table);
    setTabOrder(m_table, m_issues);

    connect(m_file, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            m_session->setCurrentFile(index);
    });
    // Queued: applying a choice re-reads the file and refills these lists, which must not happen inside the
    // list's own signal.
    for (QComboBox *box : {m_format, m_encoding, m_separator, m_sheet, m_preset})
        connect(box, &QComboBox::currentIndexChanged, this, &ImportPreviewPage::applyChoice,
                Qt::QueuedConnection);
    connect(m_headerLine, &QSpinBox::valueChanged, this, &ImportPreviewPage::applyChoice, Qt::QueuedConnection);
    connect(m_scanDate, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        const int f = m_session->currentFile();
        if (f >= 0 && f < m_session->fileCount())
            m_session->setScanDate(f, date);
    });
    // Only the page on screen follows the session: reading a file for a page not shown would only cost time.
    connect(m_session, &ImportBatch::filesChanged, this, [this] {
        if (isShown())
            refreshFiles();
    });
    connect(m_session, &ImportBatch::currentFileChanged, this, [this] {
        if (isShown())
            refresh();
    });
    connect(m_session, &ImportBatch::previewChanged, this, [this](int file) {
        if (isShown() && file == m_session->currentFile())
            refresh();
    });
}

QComboBox *ImportPreviewPage::addCombo(const QString &accessibleName)
{
    auto *box = new QComboBox;
    box->setAccessibleName(accessibleName);
    return box;
}

bool ImportPreviewPage::isShown() const
{
    return wizard() && wizard()->currentPage() == this;
}

void ImportPreviewPage::initializePage()
{
    refreshFiles();
}

void ImportPreviewPage::refreshFiles()
{
    {
        const QSignalBlocker blocker(m_file);
        m_file->clear();
        for (const QString &path : m_session->files())
            m_file->addItem(QFileInfo(path).fileName(), path);
        m_file->setCurrentIndex(m_session->currentFile());
    }
    refresh();
}

void ImportPreviewPage::refresh()
{
    const int f = m_session->currentFile();
    if (f < 0 || f >= m_session->fileCount()) {
        m_model->setPreview({}, {});
        return;
    }
    {
        const QSignalBlocker blocker(m_file);
        m_file->setCurrentIndex(f);
    }
    m_file->setToolTip(m_session->settings(f).path);
    {
        const ImportFileSettings &s = m_session->settings(f);
        const QSignalBlocker blocker(m_scanDate);
        m_scanDate->setDate(s.scanDate.isValid() ? s.scanDate : defaultScanDate(s.path));
    }
    const ImportPreview &p = m_session->preview(f);
    fillChoices();

    m_model->setPreview(p.header, p.rows);
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), MaxColumnWidth));

    QStringList summary;
    if (!p.header.isEmpty()) {
        const int n = int(p.rows.size());
        summary << (!p.error.isEmpty() ? tr("%n record(s) read before the error below.", nullptr, n)
                    : p.more           ? tr("The first %n record(s) of the file; more follow.", nullptr, n)
                                       : tr("All %n record(s) of the file.", nullptr, n))
                << tr("%n column(s).", nullptr, int(p.header.size()));
    }
    for (const QString &note : p.info.notes)
        summary << note;
    m_summary->setText(summary.join(u' '));
    m_summary->setVisible(!summary.isEmpty());
    m_error->setText(p.error.isEmpty() ? QString()
                                       : tr("\u26a0 This file cannot be read as chosen: %1").arg(p.error));
    m_error->setVisible(!p.error.isEmpty());
    m_error->setFocusPolicy(p.error.isEmpty() ? Qt::NoFocus : Qt::TabFocus);

    m_issues->clear();
    for (const ReadIssue &issue : p.issues) {
        const QString where = issue.column > 0 ? tr("Line %1, column %2").arg(issue.line).arg(issue.column)
                                               : tr("Line %1").arg(issue.line);
        m_issues->addItem(issue.skipped ? tr("%1: %2 (the row will be skipped)").arg(where, issue.reason)
                                        : tr("%1: %2").arg(where, issue.reason));
    }
    m_issues->setVisible(!p.issues.isEmpty());
    m_issuesLabel->setText(p.issues.isEmpty()
                               ? tr("No issues found while reading these rows.")
                               : tr("Iss&ues found while reading these rows (%1):").arg(p.issues.size()));
}

// Each list shows what is in effect: its first entry is "detected" with what detection found, the others
// force a choice.
void ImportPreviewPage::fillChoices()
{
    const int f = m_session->currentFile();
    const ImportFileSettings &s = m_session->settings(f);
    const ImportPreview &p = m_session->preview(f);
    const bool read = !p.header.isEmpty();
    const QString format = p.info.format;

    const QSignalBlocker b1(m_format), b2(m_encoding), b3(m_separator), b4(m_sheet), b5(m_preset),
        b6(m_headerLine);
    m_format->clear();
    for (const QString &name : ImportSession::formats()) {
        if (name == QLatin1String("auto"))
            m_format->addItem(read ? tr("Detected: %1").arg(ImportSession::formatName(format))
                                   : ImportSession::formatName(name),
                              name);
        else
            m_format->addItem(ImportSession::formatName(name), name);
    }
    selectData(m_format, s.format);

    const bool delimited = format == QLatin1String("csv") ||
                           (!read && (s.format == QLatin1String("auto") || s.format == QLatin1String("csv")));
    m_encoding->clear();
    for (TextDecoder::Encoding e : TextDecoder::choices()) {
        if (e == TextDecoder::Encoding::Auto)
            m_encoding->addItem(read && !p.info.encoding.isEmpty() ? tr("Detected: %1").arg(p.info.encoding)
                                                                   : tr("Detect from the content"),
                                int(e));
        else
            m_encoding->addItem(TextDecoder::nameOf(e), int(e));
    }
    selectData(m_encoding, int(s.reader.delimited.encoding));
    m_encoding->setEnabled(delimited);

    m_separator->clear();
    m_separator->addItem(read && !p.info.separator.isEmpty()
                             ? tr("Detected: %1").arg(ImportSession::separatorName(p.info.separator))
                             : tr("Detect from the content"),
                         QString());
    for (const QString &sep :
         {QStringLiteral(","), QStringLiteral(";"), QStringLiteral("\t"), QStringLiteral("|")})
        m_separator->addItem(ImportSession::separatorName(sep), sep);
    selectData(m_separator,
               s.reader.delimited.separator.isNull() ? QString() : QString(s.reader.delimited.separator));
    m_separator->setEnabled(delimited);

    m_sheet->clear();
    const bool workbook = format == QLatin1String("xlsx");
    if (workbook) {
        m_sheet->addItem(p.sheets.isEmpty() ? tr("First sheet") : tr("First sheet: %1").arg(p.sheets.first()),
                         QString());
        for (const QString &sheet : p.sheets)
            m_sheet->addItem(sheet, sheet);
        selectData(m_sheet, s.reader.xlsx.sheet);
    } else {
        m_sheet->addItem(tr("Only for Excel workbooks"), QString());
    }
    m_sheet->setEnabled(workbook);
    m_headerLine->setValue(int(qBound(qint64(1), s.reader.headerLine, qint64(1000000))));
    m_headerLine->setEnabled(delimited || workbook);

    m_preset->clear();
    // A remembered mapping carries the preset it was made with; a forced preset hides what detection says.
    QString detected;
    if (read)
        detected = s.preset == QLatin1String("auto") ? m_session->mapping(f).preset()
                                                     : ColumnMapping::fromHeader(p.header).preset();
    for (const QString &name : ImportSession::presets()) {
        if (name == QLatin1String("auto"))
            m_preset->addItem(detected.isEmpty()
                                  ? ImportSession::presetName(name)
                                  : tr("Detected: %1").arg(ImportSession::presetName(detected)),
                              name);
        else
            m_preset->addItem(ImportSession::presetName(name), name);
    }
    selectData(m_preset, s.preset);
}

// Enter in the header-line box reads the file again from that line and stays on the page (the wizard would
// otherwise take it for its default button and move on before the preview could be seen).
bool ImportPreviewPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_headerLine && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            m_headerLine->interpretText();
            return true;
        }
    }
    return QWizardPage::eventFilter(watched, event);
}

void ImportPreviewPage::applyChoice()
{
    const int f = m_session->currentFile();
    if (f < 0)
        return;
    ImportFileSettings s = m_session->settings(f);
    s.format = m_format->currentData().toString();
    s.reader.delimited.encoding = TextDecoder::Encoding(m_encoding->currentData().toInt());
    const QString sep = m_separator->currentData().toString();
    s.reader.delimited.separator = sep.isEmpty() ? QChar() : sep.front();
    s.reader.xlsx.sheet = m_sheet->isEnabled() ? m_sheet->currentData().toString() : QString();
    s.reader.headerLine = m_headerLine->isEnabled() ? m_headerLine->value() : 0;
    s.preset = m_preset->currentData().toString();
    m_session->setSettings(f, s);
}

} // namespace uproot
