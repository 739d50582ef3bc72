// The big tables load pages from SQL, never the whole table (issue 13, item 5): the inventory model's row
// count is the SQL count while only the first page was read; every sort order, either way and with a search,
// matches an independent sort of the column's values with no row shown twice or left out; a search's count
// matches an independent SQL count; a newer search makes the count still to come for an older one stale.
#include "model/detection/directivecatalog.h"
#include "model/itemmodels/inventorymodel.h"
#include "model/project/project.h"
#include "model/store/database.h"
#include "model/store/statement.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace uproot;

namespace {

// The store's reader, counting the pages the model asks for.
class CountingReader final : public InventoryReader
{
public:
    explicit CountingReader(InventoryReader &real) : m_real(real) {}
    QList<PageQuery> pages;
    int counts = 0;

    QList<ImportSourceRecord> importSources() override { return m_real.importSources(); }
    ImportSourceRecord importSource(Id id) override { return m_real.importSource(id); }
    QString importReportOfInstallation(Id id) override { return m_real.importReportOfInstallation(id); }
    QHash<QString, Id> systemIdsByNormalizedName() override { return m_real.systemIdsByNormalizedName(); }
    SystemRecord system(Id id) override { return m_real.system(id); }
    QList<TitleRecord> titles() override { return m_real.titles(); }
    qint64 systemCount() override { return m_real.systemCount(); }
    qint64 installationCount() override { return m_real.installationCount(); }
    qint64 titleCount() override { return m_real.titleCount(); }
    qint64 countInventory(const PageQuery &q) override
    {
        ++counts;
        return m_real.countInventory(q);
    }
    QList<InventoryRow> inventoryPage(const PageQuery &q) override
    {
        pages.append(q);
        return m_real.inventoryPage(q);
    }
    InventoryRow installation(Id id) override { return m_real.installation(id); }
    QList<InventoryRow> installationsOfSystem(Id id) override { return m_real.installationsOfSystem(id); }

private:
    InventoryReader &m_real;
};

} // namespace

class TestBigTables : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void countIsSqlWhileOnlyAPageIsRead();
    void sortMatchesAnIndependentSort_data();
    void sortMatchesAnIndependentSort();
    void searchCountMatchesSql_data();
    void searchCountMatchesSql();
    void newerSearchDropsStaleCount();

private:
    qint64 sqlCount(const QByteArray &sql, const QString &bound = {});
    QStringList sqlColumn(const QByteArray &sql, const QString &bound = {});

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    static constexpr int kSystems = 40;
    static constexpr int kTitlesPerSystem = 16;
};

qint64 TestBigTables::sqlCount(const QByteArray &sql, const QString &bound)
{
    const QStringList values = sqlColumn(sql, bound);
    return values.isEmpty() ? -1 : values.first().toLongLong();
}

QStringList TestBigTables::sqlColumn(const QByteArray &sql, const QString &bound)
{
    Database db;
    QString error;
    if (!db.open(m_project->path(), false, true, &error))
        qFatal("cannot open: %s", qPrintable(error));
    Statement st(db, sql.constData());
    if (!bound.isNull())
        st.bind(1, bound);
    QStringList values;
    while (st.next())
        values.append(st.text(0));
    return values;
}

void TestBigTables::initTestCase()
{
    QString error;
    m_project = Project::create(m_dir.filePath(QStringLiteral("big.uproot")), QStringLiteral("bod-17-01"),
                                QDate(), {}, DirectiveCatalog::builtin(), &error);
    QVERIFY2(m_project, qPrintable(error));
    // 640 installations (over three pages) on 40 systems in three components and two sites, a Kaspersky
    // product on every fifth system, names and versions out of order so no column's order is the import's.
    const QString csv = m_dir.filePath(QStringLiteral("big.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QByteArray rows = "Hostname,Software,Publisher,Version,Component,Site\n";
    const char *const components[] = {"Navy", "Army", ""};
    for (int s = 0; s < kSystems; ++s) {
        const QByteArray host = "WS-" + QByteArray::number((s * 17) % kSystems + 100);
        for (int t = 0; t < kTitlesPerSystem; ++t) {
            const bool kaspersky = t == 0 && s % 5 == 0;
            const QByteArray title = kaspersky ? QByteArray("Kaspersky Endpoint Security for Windows")
                                               : "App " + QByteArray::number((t * 7 + s) % 23);
            const QByteArray publisher = kaspersky ? QByteArray("AO Kaspersky Lab")
                                                   : "Vendor " + QByteArray::number((t * 7 + s) % 23 % 5);
            rows += host + ',' + title + ',' + publisher + ',' + QByteArray::number((s * 31 + t * 13) % 50) +
                    '.' + QByteArray::number(t) + ',' + components[s % 3] + ',' + (s % 2 ? "East" : "West") +
                    '\n';
        }
    }
    f.write(rows);
    f.close();
    ImportReport report;
    ReadError readError;
    QVERIFY2(m_project->importFile(csv, {}, nullptr, &report, &readError), qPrintable(readError.message()));
    QCOMPARE(m_project->inventory().installationCount(), qint64(kSystems * kTitlesPerSystem));
}

void TestBigTables::cleanupTestCase()
{
    m_project.reset();
}

void TestBigTables::countIsSqlWhileOnlyAPageIsRead()
{
    // No model tester here: it reads rows of its own, and this counts the rows read.
    CountingReader reader(m_project->inventory());
    InventoryModel model;
    QSignalSpy counted(&model, &PagedTableModel::countFinished);
    model.setSource(&reader, m_project->changes());
    // The first page is shown before the count: rows past it arrive when the event loop runs.
    QVERIFY(model.isCounting());
    QVERIFY(counted.wait());
    QCOMPARE(qint64(model.rowCount()), sqlCount("SELECT count(*) FROM installations"));
    for (int row = 0; row < 60; ++row)
        QVERIFY(!model.index(row, InventoryModel::System).data().toString().isEmpty());
    // One page of rows was read, not the table.
    QCOMPARE(reader.pages.size(), 1);
    QCOMPARE(reader.pages.first().offset, qint64(0));
    QVERIFY(reader.pages.first().limit < model.rowCount());
    // The last row is a page of its own, read when it is shown.
    QVERIFY(!model.index(model.rowCount() - 1, InventoryModel::System).data().toString().isEmpty());
    QCOMPARE(reader.pages.size(), 2);
}

void TestBigTables::sortMatchesAnIndependentSort_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QString>("search");
    // The column's values in the test's own SQL, sorted below in C++.
    QTest::addColumn<QByteArray>("values");
    const QByteArray from =
        " FROM installations i JOIN systems s ON s.id = i.system_id JOIN software_titles t ON "
        "t.id = i.title_id";
    const struct
    {
        int column;
        const char *name;
        QByteArray expression;
    } columns[] = {{InventoryModel::System, "system", "s.name"},
                   {InventoryModel::Component, "component", "coalesce(s.component, '')"},
                   {InventoryModel::Site, "site", "coalesce(s.site, '')"},
                   {InventoryModel::Product, "product", "t.name"},
                   {InventoryModel::Publisher, "publisher", "t.publisher"},
                   {InventoryModel::Version, "version", "i.version"},
                   {InventoryModel::Source, "source", "printf('%08d', i.source_line)"}};
    for (const auto &c : columns) {
        for (bool descending : {false, true}) {
            for (const QString &search : {QString(), QStringLiteral("kasp")}) {
                QByteArray where;
                if (!search.isEmpty())
                    where = " WHERE instr(lower(s.name || '|' || coalesce(s.component, '') || '|' || "
                            "coalesce(s.site, '')"
                            " || '|' || t.name || '|' || t.publisher), ?1) > 0";
                QTest::addRow("%s %s%s", c.name, descending ? "desc" : "asc",
                              search.isEmpty() ? "" : " searched")
                    << c.column << descending << search << "SELECT " + c.expression + from + where;
            }
        }
    }
}

void TestBigTables::sortMatchesAnIndependentSort()
{
    QFETCH(int, column);
    QFETCH(bool, descending);
    QFETCH(QString, search);
    QFETCH(QByteArray, values);
    InventoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(&m_project->inventory(), m_project->changes());
    model.setSearch(search);
    model.sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    model.finishCounting();

    QStringList expected = sqlColumn(values, search.isNull() ? QString() : search.toLower());
    std::sort(expected.begin(), expected.end());
    if (descending)
        std::reverse(expected.begin(), expected.end());
    QCOMPARE(model.rowCount(), int(expected.size()));
    QStringList shown;
    QSet<Id> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, column);
        shown.append(column == InventoryModel::Source
                         ? QStringLiteral("%1").arg(index.data(PagedTableModel::RawValueRole).toLongLong(), 8,
                                                    10, QLatin1Char('0'))
                         : index.data().toString());
        ids.insert(model.installationAt(index));
    }
    QCOMPARE(shown, expected);
    // Pages neither overlap nor skip: every installation once.
    QCOMPARE(ids.size(), expected.size());
}

void TestBigTables::searchCountMatchesSql_data()
{
    QTest::addColumn<QString>("search");
    QTest::newRow("a vendor") << QStringLiteral("kaspersky");
    QTest::newRow("a component") << QStringLiteral("navy");
    QTest::newRow("a system") << QStringLiteral("ws-117");
    QTest::newRow("many") << QStringLiteral("app");
    QTest::newRow("none") << QStringLiteral("no such thing");
    QTest::newRow("wildcards are text") << QStringLiteral("%_");
}

void TestBigTables::searchCountMatchesSql()
{
    QFETCH(QString, search);
    InventoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(&m_project->inventory(), m_project->changes());
    model.setSearch(search);
    model.finishCounting();
    const qint64 expected = sqlCount(
        "SELECT count(*) FROM installations i JOIN systems s ON s.id = i.system_id JOIN software_titles t ON "
        "t.id = i.title_id WHERE instr(lower(s.name || '|' || coalesce(s.component, '') || '|' || "
        "coalesce(s.site, '') || '|' || t.name || '|' || t.publisher), ?1) > 0",
        search.toLower());
    QCOMPARE(qint64(model.rowCount()), expected);
}

void TestBigTables::newerSearchDropsStaleCount()
{
    CountingReader reader(m_project->inventory());
    InventoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(&reader, m_project->changes());
    model.finishCounting();
    reader.counts = 0;
    // Three keystrokes before the event loop runs: only the last term is counted.
    model.setSearch(QStringLiteral("a"));
    model.setSearch(QStringLiteral("ap"));
    model.setSearch(QStringLiteral("app"));
    QSignalSpy counted(&model, &PagedTableModel::countFinished);
    QVERIFY(counted.wait());
    QCOMPARE(reader.counts, 1);
    QCOMPARE(model.search(), QStringLiteral("app"));
    QTest::qWait(20);
    QCOMPARE(reader.counts, 1);
}

QTEST_GUILESS_MAIN(TestBigTables)
#include "tst_bigtables.moc"
