#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryFile>

#include <functional>
#include <memory>

namespace uproot {

// Writes one table as an XLSX workbook of one sheet: a bold-less header row, then the rows `next` gives until
// it returns false, every cell an inline string (formulas neutralised, characters XML cannot hold dropped,
// cut at Excel's 32,767 characters). Written beside the target and renamed over it at the end, so a failure
// leaves no half file. Through QuaZip, which the XLSX reader uses already: Debian's libxlsxwriter cannot
// share a process with it (both bring minizip's zipOpen3, and the one QuaZip exports wins, crashing
// libxlsxwriter's).
// The same, row by row, for a writer that pushes its rows (a store's forEach). Nothing appears under the
// target's name until finish(); a writer dropped unfinished leaves nothing behind, so an export that finds
// its rows incomplete (a read that failed) abandons it and the file it would replace stays as it was.
class XlsxTableWriter final
{
public:
    XlsxTableWriter(const QString &path, const QString &sheetName, const QStringList &header);
    ~XlsxTableWriter();
    XlsxTableWriter(const XlsxTableWriter &) = delete;
    XlsxTableWriter &operator=(const XlsxTableWriter &) = delete;

    bool isGood() const { return m_ok; }
    bool addRow(const QStringList &cells);
    // Ends the workbook and renames it over the target; false with what could not be written and why (the
    // system's reason where there is one), the target untouched.
    bool finish(QString *error);

private:
    struct Parts;
    bool put(const QByteArray &bytes);
    void noteFailure();

    QString m_path;
    QTemporaryFile m_part;
    std::unique_ptr<Parts> m_parts;
    QString m_error;
    int m_systemError = 0;
    qint64 m_rows = 0;
    bool m_ok = true;
};

bool writeXlsxTable(const QString &path, const QString &sheetName, const QStringList &header,
                    const std::function<bool(QStringList *row)> &next, QString *error);

} // namespace uproot
