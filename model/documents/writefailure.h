#pragma once

#include <QString>

class QFileDevice;

namespace uproot {

// Why a file could not be written, in the system's words ("No space left on device", "File too large").
// systemError is errno as it was right after the call that failed (set errno to 0 before it): a QSaveFile
// that fails to commit has already closed its temporary file, and closing forgets the error string, leaving
// "Unknown error". Without a system error the device's own error string is used.
QString writeFailureReason(const QFileDevice &file, int systemError);

} // namespace uproot
