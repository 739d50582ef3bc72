#include "views/importmappingpage.h"

#include "model/import/columnrole.h"
#include "model/project/importbatch.h"
#include "views/importsession.h"
#include "views/progressdialogsink.h"

#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <QWizard>

namespace uproot {

namespace {

constexpr int MaxSampleChars = 60;

QString sampleOf(const ImportPreview &preview, int column)
{
    for (const SourceRecord &r : preview.rows) {
        const QString value = r.fields.value(column).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return QString();
}

QLabel *plainLabel(const QString &text)
{
    auto *label = new QLabel(text);
    label->setTextFormat(Qt::PlainText); // header names and values are data, never markup
    return label;
}

} // namespace

ImportMappingPage::ImportMappingPage(ImportBatch *session, QWidget *parent)
    : QWizardPage(parent), m_session(session), m_file(new QComboBox), m_origin(new QLabel),
      m_scroll(new QScrollArea), m_reset(new QPushButton(tr("&Reset to the proposed roles"))),
      m_message(new QLabel)
{
    setTitle(tr("Columns"));
    setSubTitle(
        tr("Say which column holds what. Every file needs a System name and a Software name column; "
           "columns set to Ignore are not imported. The roles are remembered for the next file with the "
           "same columns."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    auto *fileLabel = new QLabel(tr("Fi&le:"));
    fileLabel->setBuddy(m_file);
    m_file->setAccessibleName(tr("File"));
    m_file->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *top = new QHBoxLayout;
    top->addWidget(fileLabel);
    top->addWidget(m_file, 1);

    m_origin->setWordWrap(true);
    m_origin->setTextFormat(Qt::PlainText);
    m_origin->setAccessibleName(tr("Where the roles come from"));

    m_scroll->setWidgetResizable(true);
    m_scroll->setFocusPolicy(Qt::NoFocus); // Tab goes straight to the role lists inside
    m_scroll->setAccessibleName(tr("Column roles"));

    m_reset->setAccessibleName(tr("Reset to the proposed roles"));
    m_reset->setToolTip(tr("Forget the changes made here and use the remembered or preset roles"));

    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->setAccessibleName(tr("What is missing"));

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_message, 1);
    bottom->addWidget(m_reset, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_origin);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(bottom);

    connect(m_file, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            m_session->setCurrentFile(index);
    });
    connect(m_reset, &QPushButton::clicked, this,
            [this] { m_session->resetMapping(m_session->currentFile()); });
    // Only the page on screen follows the session: checking every file's mapping reads every file.
    connect(m_session, &ImportBatch::filesChanged, this, [this] {
        if (isShown())
            refreshFiles();
    });
    connect(m_session, &ImportBatch::currentFileChanged, this, [this] {
        if (isShown())
            rebuild();
    });
    connect(m_session, &ImportBatch::previewChanged, this, [this](int file) {
        if (isShown() && file == m_session->currentFile())
            rebuild();
    });
    connect(m_session, &ImportBatch::mappingChanged, this, [this](int file) {
        if (!isShown())
            return;
        if (file == m_session->currentFile())
            updateRoles();
        updateMessage();
    });
}

bool ImportMappingPage::isShown() const
{
    return wizard() && wizard()->currentPage() == this;
}

void ImportMappingPage::initializePage()
{
    refreshFiles();
}

void ImportMappingPage::refreshFiles()
{
    {
        const QSignalBlocker blocker(m_file);
        m_file->clear();
        for (const QString &path : m_session->files())
            m_file->addItem(QFileInfo(path).fileName(), path);
    }
    rebuild();
}

void ImportMappingPage::rebuild()
{
    const int f = m_session->currentFile();
    {
        const QSignalBlocker blocker(m_file);
        m_file->setCurrentIndex(f);
    }
    m_roles.clear();
    // The old rows go with their widget; a new one avoids reusing combos wired to another file's columns.
    delete m_scroll->takeWidget();
    m_rows = new QWidget;
    auto *grid = new QGridLayout(m_rows);
    // The role lists sit next to what they describe; spare width goes to the right of them.
    grid->setColumnStretch(3, 1);
    grid->setHorizontalSpacing(18);
    m_scroll->setWidget(m_rows);
    if (f < 0 || f >= m_session->fileCount()) {
        updateMessage();
        return;
    }
    m_file->setToolTip(m_session->settings(f).path);
    const ImportPreview &p = m_session->preview(f);
    if (p.header.isEmpty()) {
        auto *why = plainLabel(tr("This file cannot be read, so its columns are not known: %1").arg(p.error));
        why->setWordWrap(true);
        grid->addWidget(why, 0, 0, 1, 4);
        grid->setRowStretch(1, 1);
        updateRoles();
        updateMessage();
        return;
    }
    QFont bold = font();
    bold.setBold(true);
    const QStringList headings = {tr("Column"), tr("Sample value"), tr("Role")};
    for (int i = 0; i < headings.size(); ++i) {
        auto *heading = plainLabel(headings[i]);
        heading->setFont(bold);
        grid->addWidget(heading, 0, i);
    }
    QWidget *previous = m_file;
    for (int c = 0; c < p.header.size(); ++c) {
        const QString name = p.header[c].isEmpty() ? tr("(column %1, no name)").arg(c + 1) : p.header[c];
        const QString sample = sampleOf(p, c);
        auto *nameLabel = plainLabel(name);
        auto *sampleLabel =
            plainLabel(sample.size() > MaxSampleChars ? sample.left(MaxSampleChars) + u'\u2026' : sample);
        sampleLabel->setToolTip(sample);
        sampleLabel->setMinimumWidth(120);
        auto *box = new QComboBox;
        box->setFocusPolicy(Qt::StrongFocus);
        box->installEventFilter(this);
        for (ColumnRole role : allRoles())
            box->addItem(roleName(role), int(role));
        box->setAccessibleName(tr("Role of column %1").arg(name));
        box->setAccessibleDescription(sample.isEmpty() ? tr("No sample value in the previewed rows")
                                                       : tr("Sample value: %1").arg(sample));
        grid->addWidget(nameLabel, c + 1, 0);
        grid->addWidget(sampleLabel, c + 1, 1);
        grid->addWidget(box, c + 1, 2);
        connect(box, &QComboBox::currentIndexChanged, this, [this, c, box] {
            m_session->setRole(m_session->currentFile(), c, ColumnRole(box->currentData().toInt()));
        });
        setTabOrder(previous, box);
        previous = box;
        m_roles.append(box);
    }
    setTabOrder(previous, m_reset);
    grid->setRowStretch(int(p.header.size()) + 1, 1);
    updateRoles();
    updateMessage();
}

void ImportMappingPage::updateRoles()
{
    const int f = m_session->currentFile();
    if (f < 0 || f >= m_session->fileCount())
        return;
    const ColumnMapping mapping = m_session->mapping(f);
    for (int c = 0; c < m_roles.size(); ++c) {
        QComboBox *box = m_roles[c];
        const QSignalBlocker blocker(box);
        box->setCurrentIndex(qMax(0, box->findData(int(mapping.role(c)))));
    }
    const ImportPreview &p = m_session->preview(f);
    QString origin;
    if (!p.header.isEmpty()) {
        const QString preset = ImportSession::presetName(mapping.preset());
        origin =
            m_session->isMappingRemembered(f)
                ? tr("Preset: %1. The roles are the ones used for the last file imported with these columns.")
                      .arg(preset)
                : tr("Preset: %1. Change the preset on the previous page if the file comes from another "
                     "tool.")
                      .arg(preset);
    }
    m_origin->setText(origin);
    m_reset->setEnabled(!p.header.isEmpty());
}

void ImportMappingPage::updateMessage()
{
    QString why;
    const bool complete = m_session->fileCount() > 0 && m_session->firstUnusableFile(&why) < 0;
    if (complete) {
        m_message->setText(tr("Ready to import %n file(s). Choose Import to start; Cancel in the progress "
                              "dialog stops it and leaves the project as it was.",
                              nullptr, m_session->fileCount()));
    } else {
        m_message->setText(why.isEmpty() ? tr("\u26a0 There is no file to import.")
                                         : tr("\u26a0 Cannot import yet. %1").arg(why));
    }
    if (complete != m_complete) {
        m_complete = complete;
        emit completeChanged();
    }
}

bool ImportMappingPage::eventFilter(QObject *watched, QEvent *event)
{
    // A wheel turned over the list of columns scrolls it; it changes a role only in the list that has the
    // focus.
    auto *box = qobject_cast<QComboBox *>(watched);
    if (event->type() == QEvent::Wheel && box && !box->hasFocus()) {
        QApplication::sendEvent(m_scroll->viewport(), event);
        return true;
    }
    return QWizardPage::eventFilter(watched, event);
}

bool ImportMappingPage::isComplete() const
{
    return m_complete;
}

bool ImportMappingPage::validatePage()
{
    QString why;
    const int unusable = m_session->firstUnusableFile(&why);
    if (unusable >= 0) {
        m_session->setCurrentFile(unusable);
        updateMessage();
        return false;
    }
    const int total = m_session->fileCount();
    m_session->runImport([this, total](int file) {
        return std::make_unique<ProgressDialogSink>(
            tr("Importing %1 (file %2 of %3)...")
                .arg(QFileInfo(m_session->settings(file).path).fileName())
                .arg(file + 1)
                .arg(total),
            this);
    });
    return true;
}

} // namespace uproot
