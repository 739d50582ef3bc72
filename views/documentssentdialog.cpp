#include "views/documentssentdialog.h"

#include "model/project/documentexport.h"
#include "model/project/project.h"
#include "model/timeline/timelineprint.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace uproot {

DocumentsSentDialog::DocumentsSentDialog(Project *project, QWidget *parent)
    : QDialog(parent), m_project(project), m_list(new QTreeWidget), m_summary(new QLabel),
      m_send(new QPushButton(tr("Send &final document"))), m_save(new QPushButton(tr("&Save a copy...")))
{
    setWindowTitle(tr("Documents sent"));
    setObjectName(QStringLiteral("documentsSentDialog"));
    m_summary->setWordWrap(true);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAccessibleName(tr("Documents sent"));
    m_list->setHeaderLabels({tr("No."), tr("Document"), tr("File"), tr("Sent"), tr("By"), tr("Pages"),
                             tr("Size"), tr("Audit head"), tr("SHA-256")});
    m_list->header()->setStretchLastSection(true);

    auto *kinds = new QMenu(m_send);
    for (const QString &kind : {QStringLiteral("identification"), QStringLiteral("plan"),
                                QStringLiteral("status"), QStringLiteral("timeline")})
        kinds->addAction(sentDocumentTitle(kind) + QStringLiteral("..."), this,
                         [this, kind] { chooseWhereToSend(kind); });
    m_send->setMenu(kinds);
    const bool writable = m_project && !m_project->isReadOnly() && !m_project->isSalvageCopy();
    m_send->setEnabled(writable);
    m_send->setToolTip(writable
                           ? tr("Write a document and keep it in the register as sent (cannot be undone)")
                           : tr("The project is open read-only"));
    m_save->setEnabled(false);
    connect(m_save, &QPushButton::clicked, this, &DocumentsSentDialog::chooseWhereToSave);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_save->setEnabled(selectedId() != 0); });
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &DocumentsSentDialog::chooseWhereToSave);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_send, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(960, 360);

    if (m_project) {
        connect(m_project->changes(), &ProjectChanges::changed, this, [this](const ProjectChange &change) {
            if (change.touches(ProjectChange::Documents))
                reload();
        });
    }
    reload();
}

void DocumentsSentDialog::reload()
{
    m_list->clear();
    if (!m_project)
        return;
    const QList<SentDocument> all = m_project->sentDocuments().all();
    const QLocale locale;
    for (const SentDocument &d : all) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(Number, QString::number(d.id));
        item->setData(Number, Qt::UserRole, d.id);
        item->setText(Kind, sentDocumentTitle(d.kind));
        item->setText(File, d.fileName);
        item->setText(Sent, locale.toString(d.sentAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(By, d.sentBy);
        item->setText(Pages, QString::number(d.pages));
        item->setText(Size, locale.formattedDataSize(d.size));
        item->setText(AuditHeadColumn, tr("%n event(s)", nullptr, int(d.auditHead.events)));
        item->setToolTip(AuditHeadColumn, tr("SHA-256 %1").arg(d.auditHead.hash));
        item->setText(Sha256, d.sha256);
        item->setTextAlignment(Number, Qt::AlignRight);
        item->setTextAlignment(Pages, Qt::AlignRight);
        item->setTextAlignment(Size, Qt::AlignRight);
    }
    for (int c = 0; c < Sha256; ++c)
        m_list->resizeColumnToContents(c);
    m_summary->setText(
        all.isEmpty() ? tr("No document has been sent from this project yet. A document sent is kept here "
                           "whole, with its SHA-256 and the audit trail head it prints.")
                      : tr("%n document(s) sent. Each is kept whole, as it was sent; the audit trail "
                           "check (uproot audit --verify) compares them with the trail.",
                           nullptr, int(all.size())));
    m_save->setEnabled(selectedId() != 0);
}

Id DocumentsSentDialog::selectedId() const
{
    const QList<QTreeWidgetItem *> chosen = m_list->selectedItems();
    return chosen.isEmpty() ? 0 : chosen.first()->data(Number, Qt::UserRole).toLongLong();
}

void DocumentsSentDialog::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

bool DocumentsSentDialog::sendFinal(const QString &kind, const QString &pdfPath, QString *error)
{
    QString why;
    int pages = 0;
    bool ok = m_project != nullptr;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    if (ok && kind == QLatin1String("timeline"))
        ok = TimelinePrint::writePdf(*m_project, TimelinePrintOptions{}, pdfPath, &why, &pages);
    else if (ok)
        ok = exportDocument(*m_project, kind, pdfPath, &why, &pages);
    // A document made from reads that failed is not sent.
    if (ok && !m_project->readFault().isEmpty()) {
        why = tr("a read from the project failed: %1").arg(m_project->readFault());
        QFile::remove(pdfPath);
        ok = false;
    }
    SentDocument kept;
    if (ok && !m_project->keepSentDocument(kind, pdfPath, pages, &why, &kept)) {
        QFile::remove(pdfPath);
        why = tr("%1 was not kept in the register, and was removed: %2").arg(pdfPath, why);
        ok = false;
    }
    QApplication::restoreOverrideCursor();
    if (!ok) {
        if (error)
            *error = why;
        showError(tr("Document not sent"), why);
        return false;
    }
    // The new entry is the last row; it is selected, so that Save a copy works on it at once.
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(Number, Qt::UserRole).toLongLong() == kept.id)
            m_list->setCurrentItem(m_list->topLevelItem(i));
    }
    m_summary->setText(tr("Wrote %1 (%n page(s)) and kept it as document %2 of the register.", nullptr, pages)
                           .arg(pdfPath)
                           .arg(kept.id));
    return true;
}

bool DocumentsSentDialog::saveCopy(Id id, const QString &path, QString *error)
{
    QString why;
    if (!m_project || !m_project->saveSentDocumentCopy(id, path, &why)) {
        if (error)
            *error = why;
        showError(tr("Copy not saved"), why);
        return false;
    }
    m_summary->setText(tr("Wrote %1, document %2 as it was sent.").arg(path).arg(id));
    return true;
}

void DocumentsSentDialog::chooseWhereToSend(const QString &kind)
{
    if (!m_project)
        return;
    const QString suggested = m_project->displayName() + QLatin1Char('-') + kind + QStringLiteral(".pdf");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Send final document: %1").arg(sentDocumentTitle(kind)), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const auto answer = QMessageBox::question(this, tr("Send final document"),
                                              tr("%1 will be written to %2 and kept in the project's "
                                                 "register of documents sent, with the audit trail "
                                                 "head it prints. This cannot be undone.")
                                                  .arg(sentDocumentTitle(kind), path),
                                              QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Ok);
    if (answer == QMessageBox::Ok)
        sendFinal(kind, path);
}

void DocumentsSentDialog::chooseWhereToSave()
{
    const Id id = selectedId();
    if (!id)
        return;
    const QString name = m_list->selectedItems().first()->text(File);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save a copy of the document sent"), name, tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        saveCopy(id, path);
}

} // namespace uproot
