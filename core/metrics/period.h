// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QHashFunctions>
#include <QString>
#include <compare>
#include <limits>
#include <optional>

namespace cx {

// How long the periods are that responses and measurements are aggregated over.
enum class Granularity { Week, Month, Quarter };

// "week", "month", "quarter": stable, for files and the command line.
QString name(Granularity granularity);
std::optional<Granularity> granularityFromName(const QString &name);
// Translated, a noun inside a sentence (lowercase in English): "week", "month", "quarter".
QString label(Granularity granularity);

// One calendar period: an ISO 8601 week (Monday to Sunday, numbered within its ISO week-year),
// a month or a quarter. A small value type; periods of one granularity order by time, and
// key() numbers them consecutively (next().key() == key() + 1). Periods of different
// granularities order by granularity first, which means nothing: do not mix them.
// A default-constructed Period is invalid: name() is empty, first() and last() are null dates.
class Period
{
public:
    Period() = default;

    static Period containing(QDate date, Granularity granularity);
    // Parses "2026-08", "2026-W05" and "2026-Q3" exactly (four-digit year, two-digit month and
    // week, a week that its year has); nullopt for anything else.
    static std::optional<Period> fromName(const QString &name);

    bool isValid() const { return m_key != invalidKey; }
    Granularity granularity() const { return m_granularity; }
    // "2026-08", "2026-W05" (the ISO week-year: 2027-01-01 is in "2026-W53"), "2026-Q3".
    QString name() const;
    QDate first() const;
    QDate last() const;
    Period next() const { return Period(m_granularity, m_key + 1); }
    // Month: year·12 + month − 1; quarter: year·4 + quarter − 1; week: the Julian day of its
    // Monday / 7 (Julian day 0 is a Monday).
    qint32 key() const { return m_key; }

    bool operator==(const Period &) const = default;
    std::strong_ordering operator<=>(const Period &) const = default;

private:
    static constexpr qint32 invalidKey = std::numeric_limits<qint32>::min();
    Period(Granularity granularity, qint32 key)
        : m_granularity(granularity)
        , m_key(key)
    { }

    Granularity m_granularity = Granularity::Month;
    qint32 m_key = invalidKey;
};

inline size_t qHash(const Period &period, size_t seed = 0)
{
    return qHashMulti(seed, static_cast<int>(period.granularity()), period.key());
}

} // namespace cx
