#include "app/lockwaitprogress.h"

#include "model/project/projectaccess.h"
#include "model/translation.h"

#include <cstdio>
#include <unistd.h>

namespace uproot {

UPROOT_DECLARE_TR_FUNCTION(cli)

LockWaitProgress::LockWaitProgress(QString path) : m_path(std::move(path)), m_tty(isatty(fileno(stderr))) {}

LockWaitProgress::~LockWaitProgress()
{
    if (m_told && m_tty)
        std::fputs("\n", stderr);
}

void LockWaitProgress::waiting(int remainingMs, const LockHolder &holder)
{
    const int seconds = (remainingMs + 999) / 1000;
    if (!m_told) {
        m_told = true;
        std::fputs(qPrintable(QStringLiteral("uproot: ") + heldMessage(m_path, holder) + QLatin1String("; ") +
                              tr("waiting up to %n s for it", nullptr, seconds) + QLatin1Char('\n')),
                   stderr);
    }
    if (m_tty && seconds != m_lastSeconds) {
        m_lastSeconds = seconds;
        std::fputs(qPrintable(QLatin1Char('\r') + tr("waiting: %n s left ", nullptr, seconds)), stderr);
        std::fflush(stderr);
    }
}

} // namespace uproot
