#include "findingsfixture.h"

#include "model/detection/userdirectives.h"
#include "model/itemmodels/findingsmodel.h"
#include "model/project/project.h"
#include "views/directivesdialog.h"
#include "views/findingspane.h"
#include "views/tablepane.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

namespace uproot::test {

qint64 lineOf(int index)
{
    return index + 2;
}

QString field(const InventoryLine &line, int column)
{
    switch (column) {
    case FindingsModel::System:
        return QString::fromUtf8(line.system);
    case FindingsModel::Component:
        return QString::fromUtf8(line.component);
    case FindingsModel::Site:
        return QString::fromUtf8(line.site);
    case FindingsModel::Product:
        return QString::fromUtf8(line.product);
    }
    return {};
}

int coveredCount()
{
    int n = 0;
    for (const InventoryLine &line : kInventory)
        n += line.verdict != InventoryLine::NotCovered ? 1 : 0;
    return n;
}

void FindingsFixture::setUpFixture(const QString &testName)
{
    // The user's directive folder goes to a test location, never the person's own.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("UprootTest"));
    QCoreApplication::setApplicationName(testName);
    QVERIFY(m_dir.isValid());
}

void FindingsFixture::openFixtureProject()
{
    QDir(userDirectiveFolder()).removeRecursively();
    m_catalog = std::make_unique<DirectiveCatalog>(DirectiveCatalog::builtin());
    ++m_n;
    m_csv = m_dir.filePath(QStringLiteral("inventory%1.csv").arg(m_n));
    QFile csv(m_csv);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write(kHeader);
    csv.write("\n");
    for (const InventoryLine &line : kInventory)
        csv.write(QByteArray(line.system) + ',' + line.component + ',' + line.site + ",\"" + line.product +
                  "\",\"" + line.publisher + "\"," + line.version + '\n');
    csv.close();

    const QString path = m_dir.filePath(QStringLiteral("findings%1.uproot").arg(m_n));
    {
        QString error;
        std::unique_ptr<Project> project =
            Project::create(path, QStringLiteral("bod-17-01"), QDate(), {}, *m_catalog, &error);
        QVERIFY2(project, qPrintable(error));
        ImportReport report;
        ReadError readError;
        QVERIFY2(project->importFile(m_csv, {}, nullptr, &report, &readError),
                 qPrintable(readError.message()));
    }
    m_messages.clear();
    m_window = std::make_unique<MainWindow>(*m_catalog);
    m_window->setMessagePresenter([this](const MainWindow::Message &message) { m_messages.append(message); });
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openProject(path));
    UPROOT_STEP(showFindingsTab());
    QCOMPARE(findingsView()->model()->rowCount(), coveredCount());
}

void FindingsFixture::closeFixtureProject()
{
    m_window.reset();
    m_catalog.reset();
}

QTableView *FindingsFixture::findingsView() const
{
    return m_window->findingsPane()->view();
}

void FindingsFixture::showFindingsTab()
{
    QTabBar *bar = m_window->tabs()->tabBar();
    const int tab = m_window->tabs()->indexOf(m_window->findingsArea());
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(tab).center());
    QCOMPARE(m_window->tabs()->currentWidget(), m_window->findingsArea());
}

int FindingsFixture::rowOf(const QString &system, const QString &product) const
{
    const QAbstractItemModel *model = findingsView()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, FindingsModel::System).data().toString() == system &&
            model->index(row, FindingsModel::Product).data().toString() == product)
            return row;
    }
    return -1;
}

void FindingsFixture::clickRow(QTableView *view, int row)
{
    const QModelIndex index = view->model()->index(row, 0);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

void FindingsFixture::clickButton(QPushButton *button)
{
    QVERIFY(button->isVisible());
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

DirectivesDialog *FindingsFixture::openDirectives()
{
    QAction *manage = nullptr;
    for (QAction *action : m_window->menuBar()->findChildren<QAction *>()) {
        if (action->text() == QLatin1String("&Manage directives..."))
            manage = action;
    }
    if (!manage || manage->shortcut().isEmpty())
        return nullptr;
    manage->trigger();
    auto *dialog = m_window->findChild<DirectivesDialog *>();
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

void FindingsFixture::selectInList(DirectivesDialog *dialog, const QString &id)
{
    QTreeWidget *list = dialog->list();
    const QList<QTreeWidgetItem *> items = list->findItems(id, Qt::MatchExactly, DirectivesDialog::Id);
    QCOMPARE(items.size(), 1);
    list->scrollToItem(items.first());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(items.first()).center());
    QCOMPARE(dialog->currentId(), id);
}

} // namespace uproot::test
