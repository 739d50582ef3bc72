#include "app/cli.h"
#include "model/detection/directivecatalog.h"
#include "views/mainwindow.h"

#include <QApplication>
#include <QGuiApplication>
#include <cstdio>

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

bool haveDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
           || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

} // namespace

int main(int argc, char **argv)
{
    const QStringList args = argumentsOf(argc, argv);
    if (uproot::cli::isCommand(args)) {
        // Commands need QtGui for documents (fonts, QPdfWriter) but never a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        setIdentity();
        return uproot::cli::run(args);
    }
    if (!haveDisplay()) {
        std::fprintf(stderr, "uproot: no display to open the window on (DISPLAY is not set).\n"
                             "Use the command line instead; see uproot --help.\n");
        return uproot::cli::Failure;
    }
    QApplication app(argc, argv);
    setIdentity();
    const uproot::DirectiveCatalog catalog = uproot::DirectiveCatalog::builtin();
    uproot::MainWindow window(catalog);
    if (args.size() > 1 && !window.openProject(args.at(1)))
        return uproot::cli::BadInput;
    window.show();
    return app.exec();
}
