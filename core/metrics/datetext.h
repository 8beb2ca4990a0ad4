// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>
#include <optional>

namespace cx {

// A date as survey tools and spreadsheets write it, read by hand: QDate::fromString is slow
// for a million rows and knows no slash dates whose order is decided by the rest of a column.
//
//   2026-08-14                                ISO 8601 date
//   2026-08-14T09:30[:15[.250]][Z|±hh[:mm]]   ISO date-time: the date as written, i.e. the
//   2026-08-14 09:30[:15][Z|±hh[:mm]]         day in the time's own offset
//   2026/08/14                                year first
//   14.08.2026 [09:30[:15]]                   German, day first (day and month 1 or 2 digits)
//   8/14/2026 or 14/8/2026 [9:30[:15] [AM|PM]]   a slash date: day/month or month/day
//
// Leading and trailing spaces must be trimmed by the caller.
struct DateText {
    enum class Kind {
        NotDate, // none of the formats above
        NoSuchDay, // in a format above, but no day of the calendar (2026-02-30, 31/31/2026)
        Day, // day holds it
        Slash, // first/second/year, the order still to be decided
    };

    Kind kind = Kind::NotDate;
    qint64 day = 0; // QDate::toJulianDay()
    int first = 0; // Slash: the two parts before the year, in the order written
    int second = 0;
    int year = 0;

    static DateText parse(QStringView text);

    // The day a slash date is, read day first or month first; nothing when that reading is no
    // day (so 25/3/2026 is only day-first, 3/4/2026 both, and 4/4/2026 the same day both ways).
    std::optional<qint64> slashDay(bool dayFirst) const;
};

} // namespace cx
