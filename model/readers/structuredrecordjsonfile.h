#pragma once

#include "model/readers/sourcerecord.h"
#include "model/readers/structuredrecordjsonscanner.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

namespace uproot {

class ProgressSink;

// One pass of a JSON reader over its file (osquery's array, a CycloneDX BOM, a GLPI inventory; in open() and
// in read() alike): open the file, scan it with the reader's selector, stop at the first error, and between
// the values handed out report progress and honour Cancel. A reader supplies only what differs: which values
// it wants and how large one may be, what it does with each, and what the document as a whole must be.
class StructuredRecordJsonFile final
{
    Q_DECLARE_TR_FUNCTIONS(StructuredRecordJsonFile)
public:
    using Scanner = StructuredRecordJsonScanner;

    enum class Verdict {
        Next, // go on with the next value
        Stop, // end the pass here, successfully (the record callback asked to stop)
        Fail  // end the pass with the line, column and reason the handler wrote to its ReadError
    };
    // Called for each value the selector hands out; the file name is filled in on a Fail.
    using ValueHandler = std::function<Verdict(const Scanner::Value &value, ReadError *error)>;

    StructuredRecordJsonFile(const QString &path, Scanner::Selector selector, qint64 maxValueBytes);

    // The document must be an array ('[') or an object ('{'); a pass that reaches the end of anything else
    // fails at line 1, column 1 with `reason`. (A pass the handler stops has seen what it wanted.)
    void requireRoot(char kind, const QString &reason);

    // Returns false when the file cannot be opened or read, is not valid JSON, has a value larger than
    // maxValueBytes, does not have the required root, is cancelled (sink->isCancelled()) or the handler
    // fails; error() then says where and why.
    bool scan(const ValueHandler &onValue, ProgressSink *sink = nullptr);
    ReadError error() const { return m_error; }
    // The file's text encoding as the last pass found it, however that pass ended.
    QString encoding() const { return m_encoding; }

    // For a handler: fails at the place where `value` starts.
    static Verdict failAt(const Scanner::Value &value, const QString &reason, ReadError *error);

private:
    bool fail(qint64 line, int column, const QString &reason);

    QString m_path;
    Scanner::Selector m_selector;
    qint64 m_maxValueBytes;
    char m_root = 0; // 0: any
    QString m_rootReason;
    QString m_encoding;
    ReadError m_error;
};

} // namespace uproot
