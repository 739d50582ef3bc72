#pragma once

#include "model/import/importreport.h"

#include <QString>

namespace uproot {

// What became of one file of an import batch (the files the import wizard imports together).
struct ImportOutcome
{
    enum class Status { Imported, Failed, Cancelled, NotStarted };

    QString path;
    Status status = Status::NotStarted;
    ImportReport report; // filled when Imported
    QString error;       // why it was not imported: file, line, column and reason
};

} // namespace uproot
