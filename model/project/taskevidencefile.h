#pragma once

#include "model/store/storetypes.h"

namespace uproot {

// The largest file a task takes as evidence. The bytes are held in memory while they are attached (and by the
// undo command afterwards) and live inside the project file, so a screenshot, a log or a signed form fits, a
// disk image does not.
constexpr qint64 kMaxEvidenceBytes = 100 * 1024 * 1024;

// Reads a file to attach as evidence: its name, size, bytes and SHA-256. False, with a message naming the
// file and what is wrong (missing, a folder, unreadable, larger than kMaxEvidenceBytes), when it cannot be
// taken.
bool readEvidenceFile(const QString &path, TaskEvidenceRecord *evidence, QString *error);

// Writes a file's evidence (read with its bytes) to path, after checking the bytes still have the SHA-256
// recorded when they were attached; nothing is written when they do not, or for a reference.
bool saveEvidenceCopy(const TaskEvidenceRecord &evidence, const QString &path, QString *error);

// Lower-case hex SHA-256 of the bytes.
QString sha256Hex(const QByteArray &bytes);

} // namespace uproot
