#include "model/readers/structuredrecordjsonfile.h"

#include "model/readers/progresssink.h"
#include "model/readers/structuredrecordinput.h"

#include <QFile>
#include <QScopeGuard>

namespace uproot {

StructuredRecordJsonFile::StructuredRecordJsonFile(const QString &path, Scanner::Selector selector,
                                                   qint64 maxValueBytes)
    : m_path(path)
    , m_selector(std::move(selector))
    , m_maxValueBytes(maxValueBytes)
{
}

void StructuredRecordJsonFile::requireRoot(char kind, const QString &reason)
{
    m_root = kind;
    m_rootReason = reason;
}

bool StructuredRecordJsonFile::fail(qint64 line, int column, const QString &reason)
{
    m_error = ReadError{m_path, line, column, reason};
    return false;
}

StructuredRecordJsonFile::Verdict StructuredRecordJsonFile::failAt(const Scanner::Value &value,
                                                                   const QString &reason, ReadError *error)
{
    *error = ReadError{QString(), value.line, value.column, reason};
    return Verdict::Fail;
}

bool StructuredRecordJsonFile::scan(const ValueHandler &onValue, ProgressSink *sink)
{
    m_error = ReadError();
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(0, 0, tr("cannot open the file: %1").arg(file.errorString()));
    const qint64 size = file.size();
    StructuredRecordInput input(&file);
    // The readers report the encoding in their info(), also for a file they could not read to the end.
    const auto keepEncoding = qScopeGuard([&] { m_encoding = input.encoding(); });
    Scanner scanner(&input, m_selector, m_maxValueBytes);
    Scanner::Value value;
    qint64 reported = -1;
    for (;;) {
        const Scanner::Result result = scanner.next(&value);
        if (result == Scanner::Result::Failed) {
            m_error = scanner.error();
            m_error.file = m_path;
            return false;
        }
        if (result == Scanner::Result::End)
            break;
        if (sink) {
            if (sink->isCancelled())
                return fail(0, 0, QCoreApplication::translate("uproot::RecordReader", "cancelled"));
            if (input.position() != reported) {
                reported = input.position();
                sink->progress(reported, size);
            }
        }
        ReadError handlerError;
        switch (onValue(value, &handlerError)) {
        case Verdict::Next:
            break;
        case Verdict::Stop:
            return true;
        case Verdict::Fail:
            return fail(handlerError.line, handlerError.column, handlerError.reason);
        }
    }
    if (m_root != 0 && scanner.rootKind() != m_root)
        return fail(1, 1, m_rootReason);
    if (sink)
        sink->progress(size, size);
    return true;
}

} // namespace uproot
