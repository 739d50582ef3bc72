#include "bench/childprocess.h"

#include <QElapsedTimer>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace uproot::bench {

ChildRun runChild(const QString &program, const QStringList &arguments, const QString &stdinFile)
{
    std::vector<QByteArray> storage;
    storage.push_back(program.toLocal8Bit());
    for (const QString &a : arguments)
        storage.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    const QByteArray input = stdinFile.toLocal8Bit();

    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        const int null = open("/dev/null", O_WRONLY);
        dup2(null, STDOUT_FILENO);
        dup2(null, STDERR_FILENO);
        if (!input.isEmpty()) {
            const int in = open(input.constData(), O_RDONLY);
            dup2(in, STDIN_FILENO);
        }
        execvp(argv[0], argv.data());
        _exit(127);
    }
    ChildRun run;
    if (pid < 0)
        return run;
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    run.seconds = timer.nsecsElapsed() / 1e9;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.peakRssMb = usage.ru_maxrss / 1024.0;
    return run;
}

} // namespace uproot::bench
