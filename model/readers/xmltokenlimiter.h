#pragma once

#include <QIODevice>
#include <memory>

namespace uproot {

// QXmlStreamReader hands out the text between two tags as one token however long it is, so a hostile or
// broken XLSX part (a zip bomb holding one 2 GB "cell") would be held whole in memory. This device passes the
// bytes of another through and fails the read as soon as a run without '<' grows beyond a limit (a tag and the
// text after it; '>' may stand unescaped in text, so it does not end a run); the reader then reports the limit
// instead of running out of memory.
class XmlTokenLimiter final : public QIODevice
{
public:
    static constexpr qint64 DefaultLimit = 16 * 1024 * 1024;

    explicit XmlTokenLimiter(std::unique_ptr<QIODevice> source, qint64 limit = DefaultLimit);
    ~XmlTokenLimiter() override;

    bool isSequential() const override { return true; }
    bool exceeded() const { return m_exceeded; }
    qint64 limit() const { return m_limit; }
    // Bytes read from the source so far, for progress.
    qint64 consumed() const { return m_consumed; }
    qint64 sourceSize() const { return m_source->size(); }
    QIODevice *source() const { return m_source.get(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    std::unique_ptr<QIODevice> m_source;
    qint64 m_limit;
    qint64 m_run = 0;
    qint64 m_consumed = 0;
    bool m_exceeded = false;
};

} // namespace uproot
