#include "model/readers/xmltokenlimiter.h"

namespace uproot {

XmlTokenLimiter::XmlTokenLimiter(std::unique_ptr<QIODevice> source, qint64 limit)
    : m_source(std::move(source)), m_limit(limit)
{
    QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

XmlTokenLimiter::~XmlTokenLimiter() = default;

qint64 XmlTokenLimiter::readData(char *data, qint64 maxSize)
{
    if (m_exceeded)
        return -1;
    const qint64 got = m_source->read(data, maxSize);
    if (got <= 0)
        return got;
    m_consumed += got;
    qint64 run = m_run;
    for (qint64 i = 0; i < got; ++i) {
        const char c = data[i];
        run = c == '<' ? 0 : run + 1;
        if (run > m_limit) {
            m_exceeded = true;
            setErrorString(QStringLiteral("an XML token is longer than %1 bytes").arg(m_limit));
            return -1;
        }
    }
    m_run = run;
    return got;
}

} // namespace uproot
