#include "model/detection/textnormalizer.h"

#include <QVarLengthArray>

#include <string_view>
#include <utility>

namespace uproot {

namespace {

bool isDash(char16_t c)
{
    return (c >= 0x2010 && c <= 0x2015) || c == 0x2212;
}

// Legal forms that may stand after the name ("Kaspersky Lab ZAO", "Huawei Technologies Co., Ltd."), and the
// Russian ones (АО, ЗАО, ОАО, ПАО, ООО) in Latin and Cyrillic letters.
constexpr std::u16string_view kLegalSuffixes[] = {
    u"inc", u"incorporated", u"corp", u"corporation", u"co",  u"company", u"ltd", u"limited", u"llc",
    u"lp",  u"llp",          u"plc",  u"gmbh",        u"ag",  u"kg",      u"sa",  u"sas",     u"sarl",
    u"bv",  u"nv",           u"ab",   u"oy",          u"spa", u"srl",     u"pty", u"pte",     u"kk",
    u"jsc", u"ojsc",         u"pjsc", u"cjsc",        u"ao",  u"zao",     u"oao", u"pao",     u"ooo",
    u"ао",  u"зао",          u"оао",  u"пао",         u"ооо"};

// Legal forms that may stand before the name ("AO Kaspersky Lab", "ООО Касперский").
constexpr std::u16string_view kLegalPrefixes[] = {u"ao",   u"zao",  u"oao", u"pao", u"ooo", u"jsc", u"ojsc",
                                                  u"pjsc", u"cjsc", u"ао",  u"зао", u"оао", u"пао", u"ооо"};

template <std::size_t N> bool isOneOf(QStringView word, const std::u16string_view (&list)[N])
{
    for (const std::u16string_view &entry : list) {
        if (word == QStringView(entry.data(), qsizetype(entry.size())))
            return true;
    }
    return false;
}

bool isAscii(QStringView text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

bool isWordCharacter(char16_t c)
{
    if (c < 0x80)
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
    // Halves of a surrogate pair belong to a letter outside the basic plane; keep them together.
    if (QChar::isSurrogate(c))
        return true;
    const QChar ch(c);
    return ch.isLetterOrNumber() || ch.isMark();
}

} // namespace

QString foldText(QStringView text)
{
    // Inventories are mostly ASCII: fold those in one pass without Unicode tables.
    if (isAscii(text)) {
        QString out(text.size(), Qt::Uninitialized);
        char16_t *o = reinterpret_cast<char16_t *>(out.data());
        qsizetype length = 0;
        bool pendingSpace = false;
        for (QChar ch : text) {
            char16_t c = ch.unicode();
            if (c <= 0x20 || c == 0x7F) { // white space and control characters
                pendingSpace = length > 0;
                continue;
            }
            if (pendingSpace) {
                o[length++] = u' ';
                pendingSpace = false;
            }
            if (c >= u'A' && c <= u'Z')
                c = char16_t(c + (u'a' - u'A'));
            o[length++] = c;
        }
        out.truncate(length);
        return out;
    }
    const QString source = text.toString().normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString out;
    out.reserve(source.size());
    bool pendingSpace = false;
    for (QChar c : source) {
        if (c.isSpace() || c.category() == QChar::Other_Control) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(u' ');
            pendingSpace = false;
        }
        out.append(isDash(c.unicode()) ? QChar(u'-') : c);
    }
    return out;
}

QString normalizeOrganizationName(QStringView name)
{
    const QString folded = foldText(name);
    QString out(folded.size(), Qt::Uninitialized);
    char16_t *o = reinterpret_cast<char16_t *>(out.data());
    qsizetype length = 0;
    // Word boundaries in out, as [start, end).
    QVarLengthArray<std::pair<qsizetype, qsizetype>, 16> words;
    bool inWord = false;
    for (QChar ch : folded) {
        const char16_t c = ch.unicode();
        // Dots and apostrophes join ("L.L.C." is "llc", "Kaspersky's" is "kasperskys").
        if (c == u'.' || c == u'\'' || c == 0x2019 || c == 0x02BC)
            continue;
        if (!isWordCharacter(c)) {
            inWord = false;
            continue;
        }
        if (!inWord) {
            if (length > 0)
                o[length++] = u' ';
            words.append({length, length});
            inWord = true;
        }
        o[length++] = c;
        words.last().second = length;
    }
    if (words.isEmpty())
        return QString();
    const QStringView all(o, length);
    auto word = [&](qsizetype i) { return all.mid(words[i].first, words[i].second - words[i].first); };
    qsizetype first = 0;
    qsizetype last = words.size();
    while (last - first > 1 && isOneOf(word(first), kLegalPrefixes))
        ++first;
    while (last - first > 1 && isOneOf(word(last - 1), kLegalSuffixes))
        --last;
    return all.mid(words[first].first, words[last - 1].second - words[first].first).toString();
}

} // namespace uproot
