#pragma once

#include "model/readers/xlsxnumberformat.h"
#include "model/readers/xlsxsharedstrings.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

class QIODevice;
class QuaZip;
class QXmlStreamReader;

namespace uproot {

class XmlTokenLimiter;

// The parts of an XLSX package a reader needs before it can stream a sheet: which sheets there are and where
// their XML lives (found through the package relationships, not guessed), the date system, the cell styles'
// number formats and the shared strings. The shared strings are kept at hand (cells refer to them by index),
// in a temporary file when there are many; the sheets are opened as streams.
class XlsxWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWorkbook)
public:
    struct Sheet
    {
        QString name;
        QString part; // the zip entry holding its XML
        bool hidden = false;
    };

    // The shared strings may not exceed this many characters in all (a guard against zip bombs filling the
    // disk with the temporary file).
    static constexpr qsizetype MaxSharedChars = 512 * 1024 * 1024;

    // Reads from a seekable device the caller keeps alive.
    explicit XlsxWorkbook(QIODevice *device);
    ~XlsxWorkbook();
    Q_DISABLE_COPY_MOVE(XlsxWorkbook)

    // Opens the package and reads the workbook, its relationships and the styles. False with errorString()
    // when the file is not a ZIP archive, not a workbook, or malformed.
    bool open();
    bool loadSharedStrings();
    QString errorString() const { return m_error; }
    // True when the last failure was not the file's: the temporary file for the shared strings could not be
    // written or read back (a full disk).
    bool failedOutsideTheFile() const { return m_failedOutside; }

    QList<Sheet> sheets() const { return m_sheets; }
    // The first visible worksheet, or the one named (exactly, else ignoring case); -1 when there is none.
    int sheetIndex(const QString &name) const;
    bool date1904() const { return m_date1904; }
    const XlsxSharedStrings &sharedStrings() const { return m_sharedStrings; }
    XlsxNumberFormat::Kind styleKind(int styleIndex) const
    {
        return styleIndex >= 0 && styleIndex < m_styleKinds.size() ? m_styleKinds.at(styleIndex)
                                                                   : XlsxNumberFormat::Number;
    }

    // A stream over one part of the package; only one can be open at a time.
    std::unique_ptr<XmlTokenLimiter> openPart(const QString &part);

    // Tells an old binary Excel file or anything else apart from a ZIP archive, from its first bytes; empty
    // when the bytes are a ZIP archive.
    static QString whyNotZip(const QByteArray &head);
    // What went wrong reading a part's XML, in words for the user.
    static QString xmlError(const QXmlStreamReader &xml, const XmlTokenLimiter &device);
    // Undoes the _xHHHH_ escapes OOXML writes for characters XML cannot hold (a CR is "_x000D_").
    static QString unescape(const QString &text);

private:
    struct Relationship
    {
        QString type; // the last segment of the type URI: "officeDocument", "worksheet", "sharedStrings", ...
        QString target;
    };
    QHash<QString, Relationship> readRelationships(const QString &sourcePart);
    bool readWorkbook(const QString &part, const QHash<QString, Relationship> &relationships);
    bool readStyles(const QString &part);
    bool partError(const QString &part, const QString &what);

    QIODevice *m_device;
    std::unique_ptr<QuaZip> m_zip;
    QString m_error;
    QList<Sheet> m_sheets;
    QString m_sharedStringsPart;
    bool m_date1904 = false;
    XlsxSharedStrings m_sharedStrings;
    bool m_sharedStringsLoaded = false;
    bool m_failedOutside = false;
    QList<XlsxNumberFormat::Kind> m_styleKinds;
};

} // namespace uproot
