#include "app/terminalprogress.h"

#include <cstdio>
#include <unistd.h>

namespace uproot {

TerminalProgress::TerminalProgress(QString label)
    : m_label(std::move(label))
    , m_tty(isatty(fileno(stderr)))
{
    m_sinceLast.start();
}

TerminalProgress::~TerminalProgress()
{
    if (m_shown)
        std::fprintf(stderr, "\n");
}

void TerminalProgress::progress(qint64 done, qint64 total)
{
    if (!m_tty || m_sinceLast.elapsed() < 200)
        return;
    m_sinceLast.restart();
    m_shown = true;
    if (total > 0)
        std::fprintf(stderr, "\r%s: %3d%%", qPrintable(m_label), int(done * 100 / total));
    else
        std::fprintf(stderr, "\r%s: %lld", qPrintable(m_label), static_cast<long long>(done));
    std::fflush(stderr);
}

} // namespace uproot
