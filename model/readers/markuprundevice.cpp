#include "model/readers/markuprundevice.h"

namespace uproot {

MarkupRunDevice::MarkupRunDevice(QIODevice *source, qint64 maxRunBytes)
    : m_source(source)
    , m_maxRun(maxRunBytes)
{
    open(QIODevice::ReadOnly);
}

qint64 MarkupRunDevice::readData(char *data, qint64 maxSize)
{
    if (m_overrun)
        return -1;
    const qint64 got = m_source->read(data, maxSize);
    if (got <= 0)
        return got;
    for (qint64 i = 0; i < got; ++i) {
        const char c = data[i];
        if (c == '<') {
            m_run = 0;
            m_runStartLine = m_line;
        } else if (++m_run > m_maxRun) {
            m_overrun = true;
            return -1;
        }
        if (c == '\n')
            ++m_line;
    }
    return got;
}

} // namespace uproot
