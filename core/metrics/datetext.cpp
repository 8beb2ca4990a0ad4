// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "datetext.h"

#include <QDate>

namespace cx {

namespace {

// A cursor over the text; every read either consumes what it matched or returns a failure.
struct Cursor {
    QStringView t;
    qsizetype i = 0;

    bool atEnd() const { return i >= t.size(); }
    bool peek(char16_t c) const { return i < t.size() && t[i].unicode() == c; }
    bool take(char16_t c)
    {
        if (!peek(c))
            return false;
        ++i;
        return true;
    }
    // min to max ASCII digits as a number, or -1.
    int number(int min, int max)
    {
        int value = 0;
        int count = 0;
        while (count < max && i < t.size() && t[i].unicode() >= u'0' && t[i].unicode() <= u'9') {
            value = value * 10 + (t[i].unicode() - u'0');
            ++i;
            ++count;
        }
        return count >= min ? value : -1;
    }
    bool takeWord(QStringView word)
    {
        if (t.size() - i < word.size()
            || t.sliced(i, word.size()).compare(word, Qt::CaseInsensitive) != 0)
            return false;
        i += word.size();
        return true;
    }
};

// The rest of a date-time after the date and its separator: H:mm[:ss[.fraction]], then AM/PM
// when allowed and a zone when allowed, and nothing after.
bool timeToEnd(Cursor c, bool amPm, bool zone)
{
    const int hour = c.number(1, 2);
    if (hour < 0 || !c.take(u':'))
        return false;
    const int minute = c.number(2, 2);
    if (minute < 0 || minute > 59)
        return false;
    if (c.take(u':')) {
        const int second = c.number(2, 2);
        if (second < 0 || second > 60)
            return false;
        if (c.take(u'.') || c.take(u','))
            if (c.number(1, 9) < 0)
                return false;
    }
    bool twelveHour = false;
    if (amPm) {
        Cursor word = c;
        word.take(u' ');
        if (word.takeWord(u"AM") || word.takeWord(u"PM")) {
            c = word;
            twelveHour = true;
        }
    }
    if (twelveHour ? hour < 1 || hour > 12 : hour > 23)
        return false;
    if (zone && !c.atEnd()) {
        if (!c.take(u'Z')) {
            if (!c.take(u'+') && !c.take(u'-'))
                return false;
            const int hours = c.number(2, 2);
            if (hours < 0 || hours > 14)
                return false;
            if (!c.atEnd()) {
                c.take(u':');
                const int minutes = c.number(2, 2);
                if (minutes < 0 || minutes > 59)
                    return false;
            }
        }
    }
    return c.atEnd();
}

DateText dayOf(int year, int month, int day)
{
    DateText d;
    if (!QDate::isValid(year, month, day)) {
        d.kind = DateText::Kind::NoSuchDay;
        return d;
    }
    d.kind = DateText::Kind::Day;
    d.day = QDate(year, month, day).toJulianDay();
    return d;
}

// After the date: the end, or a separator and a time.
bool restIsTime(Cursor c, bool isoSeparator, bool amPm, bool zone)
{
    if (c.atEnd())
        return true;
    if (!c.take(u' ') && !(isoSeparator && c.take(u'T')))
        return false;
    return timeToEnd(c, amPm, zone);
}

} // namespace

DateText DateText::parse(QStringView text)
{
    Cursor c { text };
    const int lead = c.number(1, 4);
    if (lead < 0)
        return {};
    const qsizetype leadDigits = c.i;
    if (leadDigits == 4) {
        // Year first: 2026-08-14[time] or 2026/08/14.
        char16_t sep = u'-';
        if (!c.take(u'-')) {
            if (!c.take(u'/'))
                return {};
            sep = u'/';
        }
        const int month = c.number(sep == u'-' ? 2 : 1, 2);
        if (month < 0 || !c.take(sep))
            return {};
        const int day = c.number(sep == u'-' ? 2 : 1, 2);
        if (day < 0 || !restIsTime(c, sep == u'-', false, sep == u'-'))
            return {};
        return dayOf(lead, month, day);
    }
    if (leadDigits > 2)
        return {};
    if (c.take(u'.')) {
        const int month = c.number(1, 2);
        if (month < 0 || !c.take(u'.'))
            return {};
        const int year = c.number(4, 4);
        if (year < 0 || !restIsTime(c, false, false, false))
            return {};
        return dayOf(year, month, lead);
    }
    if (c.take(u'/')) {
        const int second = c.number(1, 2);
        if (second < 0 || !c.take(u'/'))
            return {};
        const int year = c.number(4, 4);
        if (year < 0 || !restIsTime(c, false, true, false))
            return {};
        DateText d;
        d.kind = Kind::Slash;
        d.first = lead;
        d.second = second;
        d.year = year;
        if (!d.slashDay(true) && !d.slashDay(false))
            d.kind = Kind::NoSuchDay;
        return d;
    }
    return {};
}

std::optional<qint64> DateText::slashDay(bool dayFirst) const
{
    const int d = dayFirst ? first : second;
    const int m = dayFirst ? second : first;
    if (!QDate::isValid(year, m, d))
        return std::nullopt;
    return QDate(year, m, d).toJulianDay();
}

} // namespace cx
