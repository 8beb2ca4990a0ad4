// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "responsereader.h"

#include "datetext.h"
#include "delimitedtext.h"
#include "textindex.h"

#include <QDate>
#include <QHash>
#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

namespace cx {

namespace {

// A score as written: digits with an optional sign and one decimal point (or comma, when
// decimalComma); no exponents, no "nan" or "inf".
bool parseNumber(QStringView t, bool decimalComma, double *out)
{
    const qsizetype n = t.size();
    if (n == 0 || n > 40)
        return false;
    int whole = 0;
    qsizetype i = 0;
    for (; i < n && i < 9 && t[i].unicode() >= u'0' && t[i].unicode() <= u'9'; ++i)
        whole = whole * 10 + (t[i].unicode() - u'0');
    if (i == n) { // the common case: a few digits
        *out = whole;
        return true;
    }
    std::array<char, 48> latin1 {};
    qsizetype k = 0;
    i = 0;
    if (t[0] == u'+' || t[0] == u'-') {
        if (t[0] == u'-')
            latin1[k++] = '-';
        ++i;
    }
    int digits = 0;
    bool point = false;
    for (; i < n; ++i) {
        const char16_t c = t[i].unicode();
        if (c >= u'0' && c <= u'9') {
            latin1[k++] = char(c);
            ++digits;
        } else if (!point && (c == u'.' || (decimalComma && c == u','))) {
            latin1[k++] = '.';
            point = true;
        } else {
            return false;
        }
    }
    if (digits == 0)
        return false;
    const char *end = latin1.data() + k;
    const auto [ptr, ec] = std::from_chars(latin1.data(), end, *out);
    return ec == std::errc() && ptr == end;
}

// The state of one read: the table being filled and the look-ups that spare a million
// records their allocations.
class Reading
{
public:
    Reading(const DelimitedText &csv, const ResponseColumns &columns, const ScaleRange &scale,
            const MomentResolver &moments, bool decimalComma)
        : m_csv(csv)
        , m_columns(columns)
        , m_scale(scale)
        , m_resolver(moments)
        , m_decimalComma(decimalComma)
        , m_needed(std::max({ columns.date, columns.score, columns.moment, columns.segment }) + 1)
    { }

    void add(const QList<QStringView> &fields, qint64 row);
    // Decides the slash dates (see the header) and drops the records that are bad by it.
    void finish();

    ResponseTable table;

private:
    void reject(const QList<QStringView> &fields, qint64 row, const QString &reason);
    bool inPreview() const { return table.records <= ResponseReader::previewRows; }
    std::optional<qint32> moment(QStringView text, QString *why);
    qint32 segment(QStringView text);
    void dropResponses(const QList<bool> &drop);

    struct SlashDate {
        qsizetype response = 0;
        qint64 row = 0;
        QStringView text; // in the decoded text: a slash date holds no quote, so is never unescaped
    };

    const DelimitedText &m_csv;
    const ResponseColumns m_columns;
    const ScaleRange m_scale;
    const MomentResolver &m_resolver;
    const bool m_decimalComma;
    const int m_needed;

    QStringView m_lastDate; // the last date text in the decoded text and its day: dates repeat
    qint64 m_lastDay = 0;
    TextIndex m_moments; // ≥ 0: into momentUids; < 0: −1 − index into m_momentWhy
    QStringList m_momentWhy;
    QHash<Uid, qint32> m_uidIndex;
    TextIndex m_segments; // into responses.segmentNames
    qint32 m_lastSegment = -1;
    QList<SlashDate> m_slashDates;
    qint64 m_onlyDayFirst = 0;
    qint64 m_onlyMonthFirst = 0;
};

void Reading::reject(const QList<QStringView> &fields, qint64 row, const QString &reason)
{
    table.bad.append({ row, reason });
    if (!inPreview())
        return;
    auto raw = [&](int column) {
        return column >= 0 && column < fields.size()
            ? TextIndex::trimmed(fields.at(column)).toString()
            : QString();
    };
    table.preview.append({ row, raw(m_columns.date), raw(m_columns.score), raw(m_columns.moment),
                           raw(m_columns.segment), reason });
}

std::optional<qint32> Reading::moment(QStringView text, QString *why)
{
    std::optional<qint32> value = m_moments.find(text);
    if (!value) {
        const QString owned = text.toString();
        QString reason;
        if (const std::optional<Uid> uid = m_resolver(owned, &reason)) {
            auto known = m_uidIndex.constFind(*uid);
            if (known == m_uidIndex.constEnd()) {
                known = m_uidIndex.insert(*uid, qint32(table.responses.momentUids.size()));
                table.responses.momentUids.append(*uid);
            }
            value = *known;
        } else {
            m_momentWhy.append(reason.isEmpty()
                                   ? ResponseReader::tr("no moment is called “%1”").arg(text)
                                   : reason);
            value = -qint32(m_momentWhy.size());
        }
        m_moments.insert(owned, *value);
    }
    if (*value < 0) {
        *why = m_momentWhy.at(-1 - *value);
        return std::nullopt;
    }
    return value;
}

qint32 Reading::segment(QStringView text)
{
    QStringList &names = table.responses.segmentNames;
    if (m_lastSegment >= 0 && TextIndex::equal(names.at(m_lastSegment), text))
        return m_lastSegment;
    std::optional<qint32> found = m_segments.find(text);
    if (!found) {
        found = qint32(names.size());
        names.append(text.toString());
        m_segments.insert(names.constLast(), *found);
    }
    return m_lastSegment = *found;
}

void Reading::add(const QList<QStringView> &fields, qint64 row)
{
    if (std::all_of(fields.begin(), fields.end(),
                    [](QStringView f) { return TextIndex::trimmed(f).isEmpty(); }))
        return; // a spreadsheet's empty row: ",,,"
    ++table.records;
    if (fields.size() < m_needed)
        return reject(fields, row,
                      ResponseReader::tr("too few fields: %1, but the chosen columns need %2")
                          .arg(fields.size())
                          .arg(m_needed));

    const QStringView dateText = TextIndex::trimmed(fields.at(m_columns.date));
    qint64 day = 0;
    bool slash = false;
    if (dateText.isEmpty())
        return reject(fields, row, ResponseReader::tr("the date is missing"));
    if (!m_lastDate.isEmpty() && TextIndex::equal(dateText, m_lastDate)) {
        day = m_lastDay;
    } else {
        const DateText date = DateText::parse(dateText);
        switch (date.kind) {
        case DateText::Kind::NotDate:
            return reject(
                fields, row,
                ResponseReader::tr(
                    "the date “%1” is not in a known format (2026-08-14, 14.08.2026, 8/14/2026…)")
                    .arg(dateText));
        case DateText::Kind::NoSuchDay:
            return reject(
                fields, row,
                ResponseReader::tr("the date “%1” is no day of the calendar").arg(dateText));
        case DateText::Kind::Day:
            day = date.day;
            if (m_csv.isInText(dateText)) {
                m_lastDate = dateText;
                m_lastDay = day;
            }
            break;
        case DateText::Kind::Slash: {
            // Every slash date of the column counts towards its order, bad records' too.
            const bool dayFirst = date.slashDay(true).has_value();
            const bool monthFirst = date.slashDay(false).has_value();
            m_onlyDayFirst += dayFirst && !monthFirst;
            m_onlyMonthFirst += monthFirst && !dayFirst;
            slash = true;
            break;
        }
        }
    }

    const QStringView scoreText = TextIndex::trimmed(fields.at(m_columns.score));
    double score = 0;
    if (scoreText.isEmpty())
        return reject(fields, row, ResponseReader::tr("the score is missing"));
    if (!parseNumber(scoreText, m_decimalComma, &score))
        return reject(fields, row,
                      ResponseReader::tr("the score “%1” is not a number").arg(scoreText));
    if (score < m_scale.low || score > m_scale.high)
        return reject(
            fields, row,
            ResponseReader::tr("the score %1 is outside %2–%3")
                .arg(scoreText, QString::number(m_scale.low), QString::number(m_scale.high)));
    if (m_scale.scale != ResponseScale::Custom && score != std::floor(score))
        return reject(fields, row,
                      ResponseReader::tr("the score %1 is not a whole number, as %2 scores are")
                          .arg(scoreText, label(m_scale.scale)));

    qint32 momentIndex = -1;
    const QStringView momentText
        = m_columns.moment >= 0 ? TextIndex::trimmed(fields.at(m_columns.moment)) : QStringView();
    if (!momentText.isEmpty()) {
        QString why;
        const std::optional<qint32> known = moment(momentText, &why);
        if (!known)
            return reject(fields, row, why);
        momentIndex = *known;
    }
    const QStringView segmentText
        = m_columns.segment >= 0 ? TextIndex::trimmed(fields.at(m_columns.segment)) : QStringView();
    const qint32 segmentIndex = segmentText.isEmpty() ? -1 : segment(segmentText);

    Responses &r = table.responses;
    if (slash) {
        Q_ASSERT(m_csv.isInText(dateText));
        m_slashDates.append({ r.days.size(), row, dateText });
    }
    r.days.append(day);
    r.scores.append(score);
    r.moments.append(momentIndex);
    r.segments.append(segmentIndex);
    if (inPreview())
        table.preview.append(
            { row, slash ? dateText.toString() : QDate::fromJulianDay(day).toString(Qt::ISODate),
              QString::number(score), momentText.toString(), segmentText.toString(), QString() });
}

void Reading::finish()
{
    if (m_slashDates.isEmpty())
        return;
    enum class Order { DayFirst, MonthFirst, Undecided, Tied };
    Order order = Order::Undecided;
    if (m_onlyDayFirst > 0 || m_onlyMonthFirst > 0) {
        order = m_onlyDayFirst == m_onlyMonthFirst ? Order::Tied
            : m_onlyDayFirst > m_onlyMonthFirst    ? Order::DayFirst
                                                   : Order::MonthFirst;
    }
    QList<BadResponse> bad;
    QList<bool> drop;
    for (const SlashDate &s : std::as_const(m_slashDates)) {
        const DateText date = DateText::parse(s.text);
        const std::optional<qint64> dayFirst = date.slashDay(true);
        const std::optional<qint64> monthFirst = date.slashDay(false);
        std::optional<qint64> day;
        QString reason;
        switch (order) {
        case Order::DayFirst:
            day = dayFirst;
            if (!day)
                reason
                    = ResponseReader::tr("the date “%1” can only be month/day (M/d/yyyy), but most "
                                         "slash dates in this column are day/month (d/M/yyyy)")
                          .arg(s.text);
            break;
        case Order::MonthFirst:
            day = monthFirst;
            if (!day)
                reason
                    = ResponseReader::tr("the date “%1” can only be day/month (d/M/yyyy), but most "
                                         "slash dates in this column are month/day (M/d/yyyy)")
                          .arg(s.text);
            break;
        case Order::Undecided:
            if (dayFirst == monthFirst)
                day = dayFirst;
            else
                reason = ResponseReader::tr(
                             "the date “%1” is ambiguous: day/month or month/day, and no slash "
                             "date in this column has a part over 12 to decide")
                             .arg(s.text);
            break;
        case Order::Tied:
            reason = ResponseReader::tr(
                         "the date “%1” is a slash date, and this column has as many that can only "
                         "be day/month as that can only be month/day, so their order is unknown")
                         .arg(s.text);
            break;
        }
        auto previewRow = std::find_if(table.preview.begin(), table.preview.end(),
                                       [&](const PreviewRow &p) { return p.row == s.row; });
        if (day) {
            table.responses.days[s.response] = *day;
            if (previewRow != table.preview.end())
                previewRow->date = QDate::fromJulianDay(*day).toString(Qt::ISODate);
            continue;
        }
        if (drop.isEmpty())
            drop.resize(table.responses.size(), false);
        drop[s.response] = true;
        bad.append({ s.row, reason });
        if (previewRow != table.preview.end())
            previewRow->problem = reason;
    }
    if (bad.isEmpty())
        return;
    dropResponses(drop);
    const qsizetype before = table.bad.size();
    table.bad.append(bad);
    std::inplace_merge(table.bad.begin(), table.bad.begin() + before, table.bad.end(),
                       [](const BadResponse &a, const BadResponse &b) { return a.row < b.row; });
}

// Removes the responses marked in drop, and the moments and segments only they named.
void Reading::dropResponses(const QList<bool> &drop)
{
    Responses &r = table.responses;
    Responses kept;
    QList<qint32> momentMap(r.momentUids.size(), -1);
    QList<qint32> segmentMap(r.segmentNames.size(), -1);
    for (qsizetype k = 0; k < r.size(); ++k) {
        if (drop.at(k))
            continue;
        qint32 m = r.moments.at(k);
        if (m >= 0) {
            if (momentMap.at(m) < 0) {
                momentMap[m] = qint32(kept.momentUids.size());
                kept.momentUids.append(r.momentUids.at(m));
            }
            m = momentMap.at(m);
        }
        qint32 s = r.segments.at(k);
        if (s >= 0) {
            if (segmentMap.at(s) < 0) {
                segmentMap[s] = qint32(kept.segmentNames.size());
                kept.segmentNames.append(r.segmentNames.at(s));
            }
            s = segmentMap.at(s);
        }
        kept.days.append(r.days.at(k));
        kept.scores.append(r.scores.at(k));
        kept.moments.append(m);
        kept.segments.append(s);
    }
    r = std::move(kept);
}

// The header record; a failure when there is none.
Result readHeaderRecord(DelimitedText &csv, const QString &fileName, QStringList *header)
{
    QList<QStringView> fields;
    if (!csv.next(&fields)) {
        if (!csv.error().ok())
            return csv.error();
        return Result::failure(
            ErrorCode::Invalid,
            ResponseReader::tr("%1 is empty: there is no header line.").arg(fileName));
    }
    header->clear();
    for (QStringView f : std::as_const(fields))
        header->append(f.trimmed().toString());
    return Result::success();
}

} // namespace

ScaleRange rangeOf(ResponseScale scale)
{
    const auto [low, high] = fixedRange(scale);
    return {scale, low, high};
}

ResponseScale defaultScaleFor(MetricKind kind)
{
    switch (kind) {
    case MetricKind::Nps:
        return ResponseScale::Nps;
    case MetricKind::Csat:
        return ResponseScale::Csat;
    case MetricKind::Ces:
        return ResponseScale::Ces7;
    default:
        return ResponseScale::Custom;
    }
}

QString label(ResponseScale scale)
{
    switch (scale) {
    case ResponseScale::Nps:
        return ResponseReader::tr("NPS (0–10)");
    case ResponseScale::Csat:
        return ResponseReader::tr("CSAT (1–5)");
    case ResponseScale::Ces5:
        return ResponseReader::tr("CES (1–5)");
    case ResponseScale::Ces7:
        return ResponseReader::tr("CES (1–7)");
    case ResponseScale::Custom:
        break;
    }
    return ResponseReader::tr("Custom scale");
}

Result ResponseReader::readHeader(const QByteArray &bytes, const QString &fileName,
                                  QStringList *header, QChar *separator)
{
    QString text;
    if (Result decoded = DelimitedText::decode(bytes, fileName, &text); !decoded)
        return decoded;
    const QChar sep = DelimitedText::detectSeparator(text);
    DelimitedText csv(text, sep, fileName);
    QStringList names;
    if (Result r = readHeaderRecord(csv, fileName, &names); !r)
        return r;
    *header = names;
    *separator = sep;
    return Result::success();
}

Result ResponseReader::read(const QByteArray &bytes, const QString &fileName,
                            const ResponseColumns &columns, const ScaleRange &scale,
                            const MomentResolver &moments, ResponseTable *out)
{
    auto invalid = [](const QString &what) { return Result::failure(ErrorCode::Invalid, what); };
    if (columns.date < 0)
        return invalid(tr("%1: no column is chosen for the date.").arg(fileName));
    if (columns.score < 0)
        return invalid(tr("%1: no column is chosen for the score.").arg(fileName));
    if (!std::isfinite(scale.low) || !std::isfinite(scale.high) || !(scale.low < scale.high))
        return invalid(tr("The scale %1–%2 holds no scores.").arg(scale.low).arg(scale.high));
    Q_ASSERT(columns.moment < 0 || moments);
    if (columns.moment >= 0 && !moments)
        return Result::failure(
            ErrorCode::Internal,
            tr("%1: a moment column is chosen without a way to find moments.").arg(fileName));

    QString text;
    if (Result decoded = DelimitedText::decode(bytes, fileName, &text); !decoded)
        return decoded;
    const QChar separator = DelimitedText::detectSeparator(text);
    DelimitedText csv(text, separator, fileName);
    QStringList header;
    if (Result r = readHeaderRecord(csv, fileName, &header); !r)
        return r;
    for (const int column : { columns.date, columns.score, columns.moment, columns.segment }) {
        if (column >= header.size())
            return invalid(tr("%1: there is no column %2; the header's last column is %3.")
                               .arg(fileName)
                               .arg(column + 1)
                               .arg(header.size()));
    }

    Reading reading(csv, columns, scale, moments, separator == u';');
    QList<QStringView> fields;
    while (csv.next(&fields))
        reading.add(fields, csv.line());
    if (!csv.error().ok())
        return csv.error();
    reading.finish();
    reading.table.header = header;
    reading.table.separator = separator;
    *out = std::move(reading.table);
    return Result::success();
}

std::optional<int> ResponseReader::columnOf(const QStringList &header, const QString &nameOrNumber)
{
    const QString wanted = nameOrNumber.trimmed();
    if (wanted.isEmpty())
        return std::nullopt;
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (header.at(i).trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            return int(i);
    }
    bool ok = false;
    const int number = wanted.toInt(&ok);
    if (ok && number >= 1 && number <= header.size())
        return number - 1;
    return std::nullopt;
}

} // namespace cx
