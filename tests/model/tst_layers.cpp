// The layers hold (docs/architecture.md): nothing outside model/store includes the SQLite engine's own headers
// (connection, transaction, statements, the concrete table stores), views/ never includes SQLite, and model/
// includes no widget. The build already keeps Qt Widgets out of model/'s link; this keeps the store's
// internals out of everyone else's sources, which no linker would notice.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

class TestLayers : public QObject
{
    Q_OBJECT
private slots:
    void includesStayInTheirLayer_data();
    void includesStayInTheirLayer();
};

namespace {

struct Include
{
    QString file; // relative to the source tree
    int line;
    QString header;
};

QList<Include> includesUnder(const QString &folder)
{
    QList<Include> all;
    const QString root = QStringLiteral(UPROOT_SOURCE_DIR) + u'/';
    static const QRegularExpression include(QString::fromLatin1(R"(^\s*#\s*include\s*[<"]([^>"]+)[>"])"));
    QDirIterator it(root + folder, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        int line = 0;
        while (!f.atEnd()) {
            ++line;
            const QRegularExpressionMatch m = include.match(QString::fromUtf8(f.readLine()));
            if (m.hasMatch())
                all.append({path.mid(root.size()), line, m.captured(1)});
        }
    }
    return all;
}

} // namespace

void TestLayers::includesStayInTheirLayer_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("forbidden"); // a regular expression over the included header's name
    const QString engine = QString::fromLatin1(
        R"(^model/store/(database|transaction|statement|schema|schemacheck|verifiedfiles|sqlite\w*|findingstore|inventorystore|taskstore|templatestore|inventorybulkload)\.h$|^sqlite3\.h$)");
    for (const char *folder : {"model/project", "model/itemmodels", "model/timeline", "model/planning",
                               "model/import", "model/demo", "model/readers", "model/detection", "model/documents",
                               "views", "app", "bench"})
        QTest::newRow(folder) << QString::fromLatin1(folder) << engine;
    QTest::newRow("model has no widgets")
        << QStringLiteral("model") << QString::fromLatin1(R"(^(QtWidgets/|Q(Widget|MessageBox|Dialog|Application|MainWindow|AbstractItemView|TableView)$))");
    QTest::newRow("views have no SQL") << QStringLiteral("views") << QString::fromLatin1(R"(sqlite|^QSql)");
}

void TestLayers::includesStayInTheirLayer()
{
    QFETCH(QString, folder);
    QFETCH(QString, forbidden);
    const QRegularExpression pattern(forbidden);
    const QList<Include> includes = includesUnder(folder);
    QVERIFY2(!includes.isEmpty(), qPrintable(folder + QStringLiteral(": no sources found")));
    QStringList wrong;
    for (const Include &i : includes) {
        if (pattern.match(i.header).hasMatch())
            wrong << QStringLiteral("%1:%2 includes %3").arg(i.file).arg(i.line).arg(i.header);
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestLayers)
#include "tst_layers.moc"
