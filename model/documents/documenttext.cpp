#include "model/documents/documenttext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace uproot {

namespace {

const QLocale &usEnglish()
{
    static const QLocale locale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

} // namespace

QString notRecordedText()
{
    return QCoreApplication::translate("Document", "Not recorded in the project");
}

QString textOrNotRecorded(const QString &text)
{
    return text.trimmed().isEmpty() ? notRecordedText() : text;
}

QString agencyInSentence(const QString &agency, bool startsSentence)
{
    if (!agency.trimmed().isEmpty())
        return agency.trimmed();
    return startsSentence ? QCoreApplication::translate("Document", "The agency")
                          : QCoreApplication::translate("Document", "the agency");
}

QString longDateText(const QDate &date)
{
    if (!date.isValid())
        return QCoreApplication::translate("Document", "Not scheduled");
    return usEnglish().toString(date, QStringLiteral("MMMM d, yyyy"));
}

QString shortDateText(const QDate &date)
{
    if (!date.isValid())
        return QCoreApplication::translate("Document", "Not scheduled");
    return usEnglish().toString(date, QStringLiteral("MMM d, yyyy"));
}

QString countText(qint64 count)
{
    return usEnglish().toString(count);
}

QString endpointsText(qint64 count)
{
    if (count == 1)
        return QCoreApplication::translate("Document", "1 endpoint");
    return QCoreApplication::translate("Document", "%1 endpoints").arg(countText(count));
}

QString daysText(qint64 count)
{
    if (count == 1 || count == -1)
        return QCoreApplication::translate("Document", "1 day");
    return QCoreApplication::translate("Document", "%1 days").arg(countText(count));
}

QString contactText(const ContactPerson &contact)
{
    QStringList parts;
    for (const QString &part : {contact.name, contact.phone, contact.email}) {
        if (!part.trimmed().isEmpty())
            parts.append(part.trimmed());
    }
    return parts.isEmpty() ? notRecordedText() : parts.join(QStringLiteral(", "));
}

QString directiveNameText(const DirectiveReference &directive)
{
    if (directive.shortName.isEmpty())
        return textOrNotRecorded(directive.title);
    if (directive.title.isEmpty())
        return directive.shortName;
    return directive.shortName + QStringLiteral(": ") + directive.title;
}

QString coveredProductsText(const DirectiveReference &directive)
{
    return directive.coveredProducts.trimmed().isEmpty()
               ? QCoreApplication::translate("Document", "covered products")
               : directive.coveredProducts.trimmed();
}

} // namespace uproot
