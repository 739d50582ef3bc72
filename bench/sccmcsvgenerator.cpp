#include "bench/sccmcsvgenerator.h"

#include "bench/benchmark.h"

#include <QFile>
#include <cstdio>
#include <QRandomGenerator>

namespace uproot::bench {

qint64 writeSccmCsv(const QString &path, qint64 rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return -1;
    // A pool of titles like a real estate's: a few hundred common ones, a long tail of versions.
    static const char *const vendors[] = {"Microsoft Corporation", "Google LLC", "Adobe Inc.", "Oracle Corporation",
                                          "Mozilla", "Cisco Systems, Inc.", "VMware, Inc.", "Citrix Systems, Inc.",
                                          "Igor Pavlov", "Notepad++ Team", "Zoom Video Communications, Inc.",
                                          "Dell Inc.", "HP Inc.", "Intel Corporation", "NVIDIA Corporation"};
    static const char *const kaspersky[][2] = {
        {"Kaspersky Endpoint Security 10 for Windows", "Kaspersky Lab"},
        {"Kaspersky Endpoint Security for Windows", "AO Kaspersky Lab"},
        {"Kaspersky Security Center 10 Network Agent", "Kaspersky Lab ZAO"},
    };
    QRandomGenerator rng(20171013);
    QByteArray buffer;
    buffer.reserve(1 << 20);
    buffer += "ResourceID,Netbios_Name0,Resource_Domain_OR_Workgr0,DisplayName0,Publisher0,Version0,InstallDate0\r\n";
    constexpr int kTitlesPerHost = 80;
    qint64 written = 0;
    for (qint64 host = 0; written < rows; ++host) {
        const bool affected = rng.bounded(100) < 3;
        const QByteArray name = "WS" + QByteArray::number(100000 + host);
        const QByteArray id = QByteArray::number(16777216 + host);
        for (int t = 0; t < kTitlesPerHost && written < rows; ++t, ++written) {
            QByteArray title;
            QByteArray publisher;
            if (affected && t < 2) {
                title = kaspersky[(host + t) % 3][0];
                publisher = kaspersky[(host + t) % 3][1];
            } else {
                const quint32 n = rng.bounded(900u);
                title = "Application " + QByteArray::number(n) + " Suite";
                publisher = vendors[n % std::size(vendors)];
            }
            buffer += id + ',' + name + ",CORP,\"" + title + "\",\"" + publisher + "\"," +
                      QByteArray::number(rng.bounded(20)) + '.' + QByteArray::number(rng.bounded(100)) + '.' +
                      QByteArray::number(rng.bounded(10000)) + ",2017" +
                      QByteArray::number(1001 + rng.bounded(12) * 100 + rng.bounded(28)).right(4) + "\r\n";
            if (buffer.size() > (1 << 20) - 512) {
                file.write(buffer);
                buffer.clear();
            }
        }
    }
    file.write(buffer);
    return file.error() == QFile::NoError ? file.size() : -1;
}

} // namespace uproot::bench

namespace uproot::bench {

QString generatedSccmCsv(qint64 rows)
{
    const QString path = scratchDir() + QStringLiteral("/sccm-%1.csv").arg(rows);
    if (!QFile::exists(path)) {
        std::fprintf(stderr, "generating %lld rows...\n", static_cast<long long>(rows));
        if (writeSccmCsv(path, rows) < 0)
            return {};
    }
    return path;
}

} // namespace uproot::bench
