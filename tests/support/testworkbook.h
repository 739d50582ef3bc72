#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace uproot::test {

// The entries of a ZIP archive: name inside the archive, and content.
using Entries = QList<QPair<QString, QByteArray>>;

// Writes the entries as a ZIP archive (deflated). False if it cannot.
bool writeZip(const QString &path, const Entries &entries);

struct TestSheet
{
    QString name;
    QList<QStringList> rows; // cell texts, written as inline strings from column A
};

// Writes a minimal XLSX package (content types, relationships, workbook, one part per sheet) that the reader
// must find through its relationships, as in a file saved by a spreadsheet program. False if it cannot.
bool writeTestWorkbook(const QString &path, const QList<TestSheet> &sheets);

} // namespace uproot::test
