#pragma once

#include <QIODevice>

namespace uproot {

// A read-only device over another that refuses to go on when the bytes between two '<' grow past a limit.
// XML cannot hold a raw '<' inside text or a tag, so such a run is one text node or tag, and
// QXmlStreamReader would hold it whole in memory: a 100 MB <NAME> would cost several hundred MB. When the
// limit is passed the device reports end of data, overrun() turns true and overrunLine() says on which line
// (1-based) the run began, so the reader can name the place instead of "premature end of document".
class MarkupRunDevice final : public QIODevice
{
public:
    MarkupRunDevice(QIODevice *source, qint64 maxRunBytes);

    bool overrun() const { return m_overrun; }
    qint64 overrunLine() const { return m_runStartLine; }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QIODevice *m_source;
    qint64 m_maxRun;
    qint64 m_run = 0;
    qint64 m_line = 1;
    qint64 m_runStartLine = 1;
    bool m_overrun = false;
};

} // namespace uproot
