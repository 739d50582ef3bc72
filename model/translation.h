#pragma once

#include <QCoreApplication>
#include <QString>

// Gives the code of one .cpp file that is not inside a class with Q_DECLARE_TR_FUNCTIONS (free functions, or
// a class that is no QObject) a tr() in one translation context, as Q_DECLARE_TR_FUNCTIONS does for a class.
// Write it once at namespace scope after the includes, naming the context as Q_DECLARE_TR_FUNCTIONS does:
//
//     UPROOT_DECLARE_TR_FUNCTION(ColumnMapping)
//
// It is a macro in a header, not a function in a library, so that every library (readers, detection,
// documents, the model, the views and the program) can use it without linking to another. The function is
// static so that two files naming different contexts never clash.
#define UPROOT_DECLARE_TR_FUNCTION(context)                                                                  \
    [[maybe_unused]] static QString tr(const char *sourceText, const char *disambiguation = nullptr,         \
                                       int n = -1)                                                           \
    {                                                                                                        \
        return QCoreApplication::translate(#context, sourceText, disambiguation, n);                         \
    }
