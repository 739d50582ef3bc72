// libFuzzer target for opening a project file: the bytes are written to a file and opened read-only through
// ProjectStore::open, the one public way in (the checks that open makes are its own business). A file that is
// not a sound project must be refused with a reason, never crash or hang the program; one that is opened must
// answer the reads a read-only window makes first.
#include "model/store/audittrail.h"
#include "model/store/findingsreader.h"
#include "model/store/inventoryreader.h"
#include "model/store/projectstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

using namespace uproot;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_project";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static QTemporaryDir dir;
    // A fresh name for every input: SQLite must not find a journal or a cached page of the one before.
    static quint64 count = 0;
    const QString path = dir.filePath(QStringLiteral("input-%1.uproot").arg(++count));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
            std::abort();
    }
    QString error;
    std::unique_ptr<ProjectStore> store = ProjectStore::open(path, ProjectStore::OpenMode::ReadOnly, &error);
    if (!store) {
        if (error.isEmpty())
            std::abort(); // a refusal must say why
    } else {
        (void)store->schemaVersion();
        (void)store->inventory().installationCount();
        (void)store->findings().countAll();
        (void)store->audit().verify();
        (void)store->integrityCheck();
        store.reset();
    }
    for (const QString &suffix :
         {QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    return 0;
}
