#include "model/import/importpreview.h"

#include "model/readers/progresssink.h"
#include "model/readers/readerfactory.h"
#include "model/readers/xlsxreader.h"

#include <memory>

namespace uproot {

namespace {

// Stops a preview that finds only problems: a file whose every row is skipped would otherwise be read to its
// end before the page could show anything.
class PreviewSink final : public ProgressSink
{
public:
    void progress(qint64, qint64) override {}
    bool isCancelled() const override { return stop; }
    bool stop = false;
};

} // namespace

ImportPreview ImportPreview::read(const ImportFileSettings &settings)
{
    ImportPreview p;
    p.loaded = true;
    QString why;
    std::unique_ptr<RecordReader> reader = openReader(settings.path, settings.format, &why, settings.reader);
    if (!reader) {
        p.error = why;
        return p;
    }
    p.header = reader->header();
    p.info = reader->info();
    if (p.info.format == QLatin1String("xlsx"))
        p.sheets = XlsxReader::sheetNames(settings.path, nullptr);
    PreviewSink sink;
    const auto onRecord = [&p](const SourceRecord &record) {
        if (p.rows.size() >= Rows) {
            p.more = true;
            return false;
        }
        p.rows.append(record);
        return true;
    };
    const auto onIssue = [&p, &sink](const ReadIssue &issue) {
        p.issues.append(issue);
        if (p.issues.size() >= MaxIssues) {
            p.more = true;
            sink.stop = true;
        }
    };
    if (!reader->read(onRecord, onIssue, &sink) && !sink.stop)
        p.error = reader->error().message();
    p.info = reader->info(); // notes found while reading
    return p;
}

} // namespace uproot
