#pragma once

#include <QtGlobal>

namespace uproot {

// Long work reports progress here and polls for Cancel. The GUI shows it as a progress dialog, the command line
// as a line on the terminal; tests pass nothing or a recording sink.
class ProgressSink
{
public:
    virtual ~ProgressSink() = default;
    // done and total are in the same unit (bytes for readers); total may be 0 when unknown.
    virtual void progress(qint64 done, qint64 total) = 0;
    virtual bool isCancelled() const = 0;
};

} // namespace uproot
