#pragma once

#include "model/documents/contactperson.h"
#include "model/documents/directivereference.h"

#include <QDate>
#include <QString>

namespace uproot {

// Wording shared by the directive documents. They are written for US federal agencies, so numbers and dates
// follow US English whatever the machine's locale ("41,230", "September 13, 2017").

// "Not recorded in the project": what an empty field reads, so no element of a plan silently disappears.
QString notRecordedText();
QString textOrNotRecorded(const QString &text);
// The agency inside a sentence: its name, or "the agency" when none is recorded, so that a sentence never
// reads "Not recorded in the project submits this plan". Capitalised when it starts the sentence.
QString agencyInSentence(const QString &agency, bool startsSentence);
QString longDateText(const QDate &date);           // "September 13, 2017"; "Not scheduled" when invalid
QString shortDateText(const QDate &date);          // "Sep 13, 2017"; "Not scheduled" when invalid
QString countText(qint64 count);                   // "41,230"
QString endpointsText(qint64 count);               // "1 endpoint", "41,230 endpoints"
QString daysText(qint64 count);                    // "1 day", "12 days"
QString contactText(const ContactPerson &contact); // "Jane Doe, 202-555-0100, jane.doe@agency.gov"
QString
directiveNameText(const DirectiveReference &directive); // "BOD 17-01: Removal of Kaspersky-branded Products"
QString coveredProductsText(
    const DirectiveReference &directive); // "Kaspersky-branded products" or "covered products"

} // namespace uproot
