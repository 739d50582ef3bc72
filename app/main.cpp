#include "app/cli.h"
#include "model/detection/directivecatalog.h"
#include "model/detection/userdirectives.h"
#include "views/apppalette.h"
#include "views/mainwindow.h"
#include "views/projectrefusaldialog.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTimer>
#include <cstdio>
#include <unistd.h>

namespace {

QStringList argumentsOf(int argc, char **argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    return args;
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Uproot"));
    QCoreApplication::setApplicationName(QStringLiteral("Uproot"));
    QCoreApplication::setApplicationVersion(QStringLiteral(UPROOT_VERSION));
}

// Qt warns on every start when XDG_RUNTIME_DIR is unset (a root shell, a CI job); give it the private folder it
// would fall back to anyway, so the warning does not drown a command's own output.
void ensureRuntimeDir()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QByteArray dir = QDir::tempPath().toLocal8Bit() + "/runtime-" + QByteArray::number(getuid());
    if (QDir().mkpath(QString::fromLocal8Bit(dir))) {
        QFile::setPermissions(QString::fromLocal8Bit(dir),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", dir);
    }
}

bool haveDisplay(bool platformOption)
{
    return platformOption || !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
           || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

} // namespace

int main(int argc, char **argv)
{
    const QStringList args = argumentsOf(argc, argv);
    ensureRuntimeDir();
    if (uproot::cli::isCommand(args)) {
        // Commands need QtGui for documents (fonts, QPdfWriter) but never a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        setIdentity();
        // Qt reads its own options from argv; the command sees the rest as typed.
        return uproot::cli::run(uproot::cli::withoutLeadingQtOptions(args));
    }
    bool platformOption = false;
    const QStringList rest = uproot::cli::withoutLeadingQtOptions(args, &platformOption);
    if (!haveDisplay(platformOption)) {
        std::fprintf(stderr, "uproot: no display to open the window on (DISPLAY is not set).\n"
                             "Use the command line instead; see uproot --help.\n");
        return uproot::cli::Failure;
    }
    QApplication app(argc, argv);
    setIdentity();
    // UPROOT_PALETTE=dark or high-contrast shows the window in that palette where the desktop offers none.
    if (!uproot::AppPalette::apply(qEnvironmentVariable("UPROOT_PALETTE")))
        std::fprintf(stderr, "uproot: UPROOT_PALETTE is light, dark or high-contrast; using the system's.\n");
    uproot::DirectiveCatalog catalog = uproot::DirectiveCatalog::builtin();
    // The user's own directives (copied, edited or imported in the Directives dialog) join the shipped ones.
    QStringList problems;
    uproot::loadUserDirectives(catalog, uproot::userDirectiveFolder(), &problems);
    for (const QString &problem : std::as_const(problems))
        std::fprintf(stderr, "uproot: a directive file was left out: %s\n", qPrintable(problem));
    uproot::MainWindow window(catalog);
    // A refused project leaves the window open on the dialog that says why and offers a read-only copy.
    if (rest.size() > 1 && !window.openProject(rest.at(1)) &&
        !window.findChild<uproot::ProjectRefusalDialog *>())
        return uproot::cli::BadInput;
    window.show();
    if (!problems.isEmpty())
        QTimer::singleShot(0, &window, [&window, problems] { window.reportLeftOutDirectives(problems); });
    return app.exec();
}
