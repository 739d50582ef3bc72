#include "model/readers/separatorsniffer.h"

#include <array>
#include <vector>

namespace uproot {

namespace {

constexpr int CandidateCount = 4;
constexpr std::array<char16_t, CandidateCount> Candidates = {u',', u';', u'\t', u'|'};
constexpr int MaxRecords = 200;

using Counts = std::array<int, CandidateCount>;

// Counts separators per record outside quotes. A doubled quote toggles twice, which leaves the state right.
std::vector<Counts> countPerRecord(QStringView text, bool complete)
{
    std::vector<Counts> records;
    Counts current{};
    bool inQuotes = false;
    bool blank = true;
    for (qsizetype i = 0; i < text.size() && int(records.size()) < MaxRecords; ++i) {
        const char16_t c = text[i].unicode();
        if (c == u'"') {
            inQuotes = !inQuotes;
            blank = false;
            continue;
        }
        if (inQuotes)
            continue;
        if (c == u'\n' || c == u'\r') {
            if (!blank)
                records.push_back(current);
            current = {};
            blank = true;
            continue;
        }
        blank = false;
        for (int k = 0; k < CandidateCount; ++k)
            current[k] += c == Candidates[k];
    }
    // The last record counts when the sample ends the file, or when it is all there is (a header longer than
    // the sample).
    if (!blank && (complete || records.empty()))
        records.push_back(current);
    return records;
}

} // namespace

QList<QChar> SeparatorSniffer::candidates()
{
    QList<QChar> result;
    for (char16_t c : Candidates)
        result.append(QChar(c));
    return result;
}

QChar SeparatorSniffer::detect(QStringView sample, bool complete)
{
    const std::vector<Counts> records = countPerRecord(sample, complete);
    if (records.empty())
        return QChar();
    // A first record with no candidate at all is a title above the header (a report's name, a date): the
    // separator is judged from the first record that has one.
    qsizetype head = 0;
    while (head + 1 < qsizetype(records.size()) && records[size_t(head)] == Counts{})
        ++head;
    int best = -1;
    double bestScore = -1;
    int bestHeaderCount = 0;
    const qsizetype rows = qsizetype(records.size()) - 1 - head;
    for (int k = 0; k < CandidateCount; ++k) {
        const int inHeader = records[size_t(head)][k];
        if (inHeader == 0)
            continue;
        qsizetype agreeing = 0;
        for (qsizetype r = head + 1; r <= head + rows; ++r)
            agreeing += records[size_t(r)][k] == inHeader;
        const double score = rows > 0 ? double(agreeing) / double(rows) : 1.0;
        if (score > bestScore || (score == bestScore && inHeader > bestHeaderCount)) {
            best = k;
            bestScore = score;
            bestHeaderCount = inHeader;
        }
    }
    return best < 0 ? QChar() : QChar(Candidates[best]);
}

} // namespace uproot
