#pragma once

#include <QWizardPage>

class QListWidget;
class QPushButton;

namespace uproot {

class ImportBatch;

// The wizard's first page: the files to import, picked with a file dialog or dropped on the page.
class ImportFilesPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportFilesPage(ImportBatch *session, QWidget *parent = nullptr);

    bool isComplete() const override;

    QListWidget *fileList() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void pickFiles();
    void removeSelected();
    void refresh();

    ImportBatch *m_session;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace uproot
