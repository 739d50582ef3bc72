#include "model/documents/documentrenderer.h"

#include "model/documents/documentlayouter.h"
#include "model/documents/documentpainter.h"
#include "model/documents/documentstyle.h"
#include "model/documents/printabletext.h"
#include "model/documents/writefailure.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QGuiApplication>

#include <QPdfWriter>
#include <QSaveFile>
#include <cerrno>

namespace uproot {

namespace {

// "Plan of action — BOD 17-01: Removal of Kaspersky-branded Products": a viewer's window title names the
// directive.
QString pdfTitle(const Document &document)
{
    const QString title = document.subtitle.isEmpty()
                              ? document.title
                              : document.title + QStringLiteral(" \u2014 ") + document.subtitle;
    return printableText(title, LineBreaks::Flatten, 4000);
}

QString xmlText(const QString &text)
{
    return printableText(text, LineBreaks::Flatten, 4000).toHtmlEscaped();
}

// QPdfWriter writes the title and creator into the document information dictionary itself; author and subject
// have no setter in Qt 6.4, so they travel in the XMP metadata packet, which also repeats the title.
QByteArray xmpOf(const Document &document)
{
    const QString author = document.author.isEmpty() ? QStringLiteral("Uproot") : document.author;
    const QString created = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QString xmp;
    xmp += QStringLiteral("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n");
    xmp += QStringLiteral(
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
        " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\""
        " xmlns:uproot=\"https://uproot.invalid/ns/audit/1.0/\">\n");
    xmp += QStringLiteral("   <dc:format>application/pdf</dc:format>\n");
    xmp += QStringLiteral("   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">") +
           xmlText(pdfTitle(document)) + QStringLiteral("</rdf:li></rdf:Alt></dc:title>\n");
    xmp += QStringLiteral("   <dc:creator><rdf:Seq><rdf:li>") + xmlText(author) +
           QStringLiteral("</rdf:li></rdf:Seq></dc:creator>\n");
    if (!document.subject.isEmpty()) {
        xmp += QStringLiteral("   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">") +
               xmlText(document.subject) + QStringLiteral("</rdf:li></rdf:Alt></dc:description>\n");
    }
    if (document.auditHead.isValid()) {
        // Read back by readPdfAuditHead (model/documents/pdfaudithead.h).
        xmp += QStringLiteral("   <uproot:auditEvents>%1</uproot:auditEvents>\n   <uproot:auditHash>%2</uproot:auditHash>\n")
                   .arg(document.auditHead.events)
                   .arg(document.auditHead.hash.toHtmlEscaped());
    }
    xmp += QStringLiteral("   <xmp:CreatorTool>Uproot</xmp:CreatorTool>\n   <xmp:CreateDate>") + created +
           QStringLiteral("</xmp:CreateDate>\n   <pdf:Producer>Qt ") + QLatin1String(qVersion()) +
           QStringLiteral("</pdf:Producer>\n");
    xmp += QStringLiteral("  </rdf:Description>\n </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
    return xmp.toUtf8();
}

// The document with its audit trail head said in words, on the title page and as its last line, for a person
// to compare with `uproot audit`.
Document withAuditHead(const Document &document)
{
    if (!document.auditHead.isValid())
        return document;
    Document out = document;
    const QString line = QCoreApplication::translate("Document", "Audit trail head: %n events, SHA-256 %1", nullptr,
                                                     int(document.auditHead.events))
                             .arg(document.auditHead.hash);
    out.titleNote = out.titleNote.isEmpty() ? line : out.titleNote + QLatin1Char(' ') + line + QLatin1Char('.');
    out.blocks.append(DocumentBlock::paragraph(line, DocumentBlock::Emphasis::Note));
    return out;
}

// Fonts live in QtGui: a command-line export must create a QGuiApplication (the offscreen platform will do)
// before it writes a document, or Qt would abort inside the font database.
bool haveGuiApplication(QString *error)
{
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return true;
    if (error) {
        *error = QCoreApplication::translate(
            "Document", "Documents can only be written once the application has started its graphical part.");
    }
    return false;
}

} // namespace

QByteArray pdfXmpMetadata(const Document &document)
{
    return xmpOf(document);
}

DocumentLayout layoutDocument(const Document &document, QPagedPaintDevice *device)
{
    const DocumentStyle style;
    // For a paged device width() and height() are the printable area inside the margins, in device units,
    // which is where the painter's origin sits.
    DocumentLayouter layouter(style, device, QSizeF(device->width(), device->height()));
    return layouter.layout(withAuditHead(document));
}

bool renderDocument(const Document &document, QPagedPaintDevice *device, QString *error, int *pageCount)
{
    if (!device) {
        if (error)
            *error = QCoreApplication::translate("Document", "No device to print on.");
        return false;
    }
    if (!haveGuiApplication(error))
        return false;
    if (device->width() <= 0 || device->height() <= 0) {
        if (error)
            *error =
                QCoreApplication::translate("Document", "The page has no printable area; check the margins.");
        return false;
    }
    const DocumentStyle style;
    DocumentLayouter layouter(style, device, QSizeF(device->width(), device->height()));
    const DocumentLayout layout = layouter.layout(withAuditHead(document));
    if (pageCount)
        *pageCount = int(layout.pages.size());
    return DocumentPainter(style).paint(layout, device, error);
}

bool applyPageSetup(QPagedPaintDevice *device, const PageSetup &setup)
{
    return device && device->setPageLayout(setup.pageLayout());
}

bool writeDocumentPdf(const Document &document, const QString &path, const PageSetup &setup, QString *error,
                      int *pageCount)
{
    if (!haveGuiApplication(error))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error) {
            *error = QCoreApplication::translate("Document", "Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        }
        return false;
    }
    bool painted = false;
    {
        QPdfWriter writer(&file);
        writer.setTitle(pdfTitle(document));
        writer.setCreator(QStringLiteral("Uproot"));
        writer.setDocumentXmpMetadata(xmpOf(document));
        if (!applyPageSetup(&writer, setup)) {
            if (error)
                *error = QCoreApplication::translate("Document", "The margins do not fit on the paper.");
            file.cancelWriting();
            return false;
        }
        painted = renderDocument(document, &writer, error, pageCount);
    }
    if (!painted) {
        file.cancelWriting();
        return false;
    }
    errno = 0;
    if (!file.commit()) {
        const int systemError = errno;
        if (error) {
            *error = QCoreApplication::translate("Document", "Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), writeFailureReason(file, systemError));
        }
        return false;
    }
    return true;
}

} // namespace uproot
