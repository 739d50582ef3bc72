#pragma once

#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

// Running the uproot program from a test (UPROOT_EXE, set for every test by uproot_add_test) and writing the files
// it reads: shared by the command-line tests.
namespace uproot::testsupport {

struct CliResult
{
    int code = -1; // -1: it did not finish, or crashed
    QString out;
    QString err;
};

inline CliResult runUproot(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(UPROOT_EXE), args);
    if (!p.waitForFinished(300000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

inline QString writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(content);
    return path;
}

} // namespace uproot::testsupport
