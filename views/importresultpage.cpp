#include "views/importresultpage.h"

#include "model/project/importbatch.h"
#include "views/importsession.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace uproot {

namespace {

qint64 countOf(const ImportReport &r, const QString &key)
{
    const QList<std::pair<const char *, qint64>> counts = {
        {"rowsRead", r.rowsRead},
        {"rowsImported", r.rowsImported},
        {"rowsSkipped", r.rowsSkipped},
        {"systemsNew", r.systemsNew},
        {"systemsSeenAgain", r.systemsSeenAgain},
        {"installationsNew", r.installationsNew},
        {"installationsSeenAgain", r.installationsSeenAgain},
        {"rowsRepeated", r.rowsRepeated},
        {"titlesNew", r.titlesNew},
        {"titlesDetected", r.titlesDetected},
        {"findingsNew", r.findingsNew},
    };
    for (const auto &[name, value] : counts) {
        if (key == QLatin1String(name))
            return value;
    }
    return 0;
}

} // namespace

ImportResultPage::ImportResultPage(ImportBatch *session, QWidget *parent)
    : QWizardPage(parent), m_session(session), m_file(new QComboBox), m_overall(new QLabel),
      m_status(new QLabel), m_source(new QLabel), m_details(new QWidget), m_issuesLabel(new QLabel),
      m_issues(new QTreeWidget), m_notes(new QLabel), m_save(new QPushButton(tr("&Save report...")))
{
    setTitle(tr("Import report"));
    setFinalPage(true);

    m_overall->setTextFormat(Qt::PlainText);
    m_overall->setWordWrap(true);
    QFont bold = m_overall->font();
    bold.setBold(true);
    m_overall->setFont(bold);
    m_status->setFont(bold);

    auto *fileLabel = new QLabel(tr("Fi&le:"));
    fileLabel->setBuddy(m_file);
    m_file->setAccessibleName(tr("File"));
    m_file->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *top = new QHBoxLayout;
    top->addWidget(fileLabel);
    top->addWidget(m_file, 1);

    for (QLabel *label : {m_status, m_source, m_notes}) {
        label->setTextFormat(Qt::PlainText); // paths and reasons quote the file: data, never markup
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    m_status->setAccessibleName(tr("Outcome"));
    m_source->setAccessibleName(tr("How the file was read"));
    m_notes->setAccessibleName(tr("Notes"));

    const QList<std::pair<QString, QString>> figures = {
        {QStringLiteral("rowsRead"), tr("Rows read:")},
        {QStringLiteral("rowsImported"), tr("Rows imported:")},
        {QStringLiteral("rowsSkipped"), tr("Rows skipped:")},
        {QStringLiteral("rowsRepeated"), tr("Rows repeating an earlier row:")},
        {QStringLiteral("systemsNew"), tr("Systems new:")},
        {QStringLiteral("systemsSeenAgain"), tr("Systems seen again:")},
        {QStringLiteral("installationsNew"), tr("Installations new:")},
        {QStringLiteral("installationsSeenAgain"), tr("Installations seen again:")},
        {QStringLiteral("titlesNew"), tr("Software titles new:")},
        {QStringLiteral("titlesDetected"), tr("Titles detected as covered:")},
        {QStringLiteral("findingsNew"), tr("Findings new:")},
    };
    // Two columns of figures keep the issue list in view on a small screen.
    auto *left = new QFormLayout;
    auto *right = new QFormLayout;
    for (int i = 0; i < figures.size(); ++i) {
        auto *value = new QLabel;
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        (i < 6 ? left : right)->addRow(figures[i].second, value);
        m_figures.append({figures[i].first, figures[i].second, value});
    }
    auto *counts = new QHBoxLayout(m_details);
    counts->setContentsMargins(0, 0, 0, 0);
    counts->addLayout(left);
    counts->addSpacing(24);
    counts->addLayout(right);
    counts->addStretch(1);

    m_issues->setColumnCount(3);
    m_issues->setHeaderLabels({tr("Line"), tr("Reason"), tr("Outcome")});
    m_issues->setRootIsDecorated(false);
    m_issues->setUniformRowHeights(true);
    m_issues->setAccessibleName(tr("Rows skipped and other issues"));
    m_issues->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_issues->header()->setStretchLastSection(false);
    m_issuesLabel->setBuddy(m_issues);

    m_save->setAccessibleName(tr("Save report"));
    m_save->setToolTip(tr("Write the report of every file to a text file"));
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_overall);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_source);
    layout->addWidget(m_details);
    layout->addWidget(m_issuesLabel);
    layout->addWidget(m_issues, 1);
    layout->addWidget(m_notes);
    layout->addStretch(0);
    layout->addLayout(saveRow);
    setTabOrder(m_file, m_status);
    setTabOrder(m_status, m_issues);
    setTabOrder(m_issues, m_save);

    connect(m_file, &QComboBox::currentIndexChanged, this, &ImportResultPage::showFile);
    connect(m_save, &QPushButton::clicked, this, &ImportResultPage::saveDialog);
}

void ImportResultPage::initializePage()
{
    const QList<ImportOutcome> outcomes = m_session->outcomes();
    const int imported = m_session->importedCount();
    m_overall->setText(imported == outcomes.size()
                           ? tr("%n file(s) imported.", nullptr, int(outcomes.size()))
                           : tr("%1 of %n file(s) imported; the others left the project as it was.", nullptr,
                                int(outcomes.size()))
                                 .arg(imported));
    setSubTitle(
        tr("What the import made of each file. Rows that could not be imported are listed with their line "
           "in the file."));
    {
        const QSignalBlocker blocker(m_file);
        m_file->clear();
        for (const ImportOutcome &o : outcomes) {
            const QString name = QFileInfo(o.path).fileName();
            m_file->addItem(o.status == ImportOutcome::Status::Imported ? name
                                                                        : tr("%1 (not imported)").arg(name),
                            o.path);
        }
    }
    showFile(outcomes.isEmpty() ? -1 : 0);
}

void ImportResultPage::showFile(int index)
{
    const QList<ImportOutcome> outcomes = m_session->outcomes();
    m_issues->clear();
    if (index < 0 || index >= outcomes.size()) {
        m_status->clear();
        return;
    }
    m_file->setCurrentIndex(index);
    const ImportOutcome &o = outcomes.at(index);
    const bool imported = o.status == ImportOutcome::Status::Imported;
    const ImportReport &r = o.report;
    m_status->setText((imported ? QStringLiteral("\u2714 ") : QStringLiteral("\u26a0 ")) +
                      ImportBatch::outcomeText(o));
    QStringList source;
    if (imported) {
        source << tr("Read as %1").arg(ImportSession::formatName(r.format));
        if (!r.encoding.isEmpty())
            source << tr("encoding %1").arg(r.encoding);
        if (!r.separator.isEmpty())
            source << tr("separator %1").arg(ImportSession::separatorName(r.separator));
        source << tr("preset %1").arg(ImportSession::presetName(r.preset));
    }
    m_source->setText(source.join(QStringLiteral(", ")));
    // A file not imported has no figures: its rows were rolled back, whatever was counted before it stopped.
    m_source->setVisible(imported);
    m_details->setVisible(imported);
    for (const Figure &f : std::as_const(m_figures)) {
        const QString value = imported ? QLocale().toString(countOf(r, f.key)) : QString();
        f.value->setText(value);
        f.value->setAccessibleName(f.title + u' ' + value);
    }
    for (const ReadIssue &issue : r.issues) {
        auto *item = new QTreeWidgetItem(m_issues);
        item->setText(0, issue.column > 0 ? tr("%1, column %2").arg(issue.line).arg(issue.column)
                                          : QString::number(issue.line));
        item->setText(1, issue.reason);
        item->setToolTip(1, issue.reason);
        item->setText(2, issue.skipped ? tr("Row skipped") : tr("Read, with a warning"));
    }
    m_issues->resizeColumnToContents(0);
    m_issues->resizeColumnToContents(2);
    const qint64 unlisted = r.issueCount - r.issues.size();
    if (!imported)
        m_issuesLabel->clear();
    else if (r.issueCount == 0)
        m_issuesLabel->setText(tr("No rows were skipped and nothing else was amiss."));
    else if (r.firstUnlistedSkip > 0)
        m_issuesLabel->setText(tr("Rows skipped and other &issues (%1; %2 listed; %3 more skipped rows lie "
                                  "between lines %4 and %5):")
                                   .arg(r.issueCount)
                                   .arg(r.issues.size())
                                   .arg(r.rowsSkipped - r.skippedRowsListed)
                                   .arg(r.firstUnlistedSkip)
                                   .arg(r.lastUnlistedSkip));
    else if (unlisted > 0)
        m_issuesLabel->setText(tr("Rows skipped and other &issues (%1; the first %2 are listed):")
                                   .arg(r.issueCount)
                                   .arg(r.issues.size()));
    else
        m_issuesLabel->setText(tr("Rows skipped and other &issues (%1):").arg(r.issueCount));
    m_issuesLabel->setVisible(imported);
    m_issues->setVisible(imported && r.issueCount > 0);
    m_notes->setText(r.notes.isEmpty() ? QString() : tr("Notes: %1").arg(r.notes.join(u' ')));
    m_notes->setVisible(!r.notes.isEmpty());
}

void ImportResultPage::saveDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save import report"), tr("import-report.txt"),
                                                      tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_session->saveReport(path, &error))
        QMessageBox::warning(this, tr("Report not saved"), error);
}

QString ImportResultPage::figure(const QString &key) const
{
    for (const Figure &f : m_figures) {
        if (f.key == key)
            return f.value->text();
    }
    return QString();
}

} // namespace uproot
