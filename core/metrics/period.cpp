// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "period.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace cx {
namespace {

struct Labels { // the context of every label (model/labels.h)
    Q_DECLARE_TR_FUNCTIONS(cx::Labels)
};

// Floor division: keys stay consecutive for dates before year 0 and Julian day 0 as well.
qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

// The Monday of ISO week 1 of an ISO week-year: the week holding 4 January.
QDate firstMondayOfWeekYear(int year)
{
    const QDate jan4(year, 1, 4);
    return jan4.addDays(1 - jan4.dayOfWeek());
}

// 28 December is always in the last ISO week of its year.
int weeksIn(int year)
{
    return QDate(year, 12, 28).weekNumber();
}

} // namespace

QString name(Granularity granularity)
{
    switch (granularity) {
    case Granularity::Week:
        return QStringLiteral("week");
    case Granularity::Month:
        return QStringLiteral("month");
    case Granularity::Quarter:
        return QStringLiteral("quarter");
    }
    return QString();
}

QString label(Granularity granularity)
{
    switch (granularity) {
    //: The length of the periods values are given for, inside a sentence: "values per week"
    case Granularity::Week: return Labels::tr("week");
    //: The length of the periods values are given for, inside a sentence: "values per month"
    case Granularity::Month: return Labels::tr("month");
    //: The length of the periods values are given for, inside a sentence: "values per quarter"
    case Granularity::Quarter: return Labels::tr("quarter");
    }
    return {};
}

std::optional<Granularity> granularityFromName(const QString &text)
{
    for (Granularity g : { Granularity::Week, Granularity::Month, Granularity::Quarter }) {
        if (name(g) == text)
            return g;
    }
    return std::nullopt;
}

Period Period::containing(QDate date, Granularity granularity)
{
    if (!date.isValid())
        return Period();
    switch (granularity) {
    case Granularity::Week: {
        const qint64 monday = date.toJulianDay() - (date.dayOfWeek() - 1);
        return Period(granularity, qint32(floorDiv(monday, 7)));
    }
    case Granularity::Month:
        return Period(granularity, date.year() * 12 + date.month() - 1);
    case Granularity::Quarter:
        return Period(granularity, date.year() * 4 + (date.month() - 1) / 3);
    }
    return Period();
}

std::optional<Period> Period::fromName(const QString &text)
{
    // Anchored at both ends ("$" alone would let a trailing newline through); \d is ASCII only.
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(
        QStringLiteral("(\\d{4})-(?:W(\\d{2})|Q([1-4])|(\\d{2}))")));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int year = m.captured(1).toInt();
    if (year < 1) // QDate has no year 0
        return std::nullopt;
    if (m.hasCaptured(2)) {
        const int week = m.captured(2).toInt();
        if (week < 1 || week > weeksIn(year))
            return std::nullopt;
        return containing(firstMondayOfWeekYear(year).addDays(7 * (week - 1)), Granularity::Week);
    }
    if (m.hasCaptured(3))
        return Period(Granularity::Quarter, year * 4 + m.captured(3).toInt() - 1);
    const int month = m.captured(4).toInt();
    if (month < 1 || month > 12)
        return std::nullopt;
    return Period(Granularity::Month, year * 12 + month - 1);
}

QDate Period::first() const
{
    if (!isValid())
        return QDate();
    switch (m_granularity) {
    case Granularity::Week:
        return QDate::fromJulianDay(qint64(m_key) * 7);
    case Granularity::Month:
        return QDate(int(floorDiv(m_key, 12)), int(m_key - floorDiv(m_key, 12) * 12) + 1, 1);
    case Granularity::Quarter:
        return QDate(int(floorDiv(m_key, 4)), int(m_key - floorDiv(m_key, 4) * 4) * 3 + 1, 1);
    }
    return QDate();
}

QDate Period::last() const
{
    return isValid() ? next().first().addDays(-1) : QDate();
}

QString Period::name() const
{
    const QDate start = first();
    if (!start.isValid())
        return QString();
    switch (m_granularity) {
    case Granularity::Week: {
        int year = 0;
        const int week = start.weekNumber(&year);
        return QStringLiteral("%1-W%2")
            .arg(year, 4, 10, QLatin1Char('0'))
            .arg(week, 2, 10, QLatin1Char('0'));
    }
    case Granularity::Month:
        return QStringLiteral("%1-%2")
            .arg(start.year(), 4, 10, QLatin1Char('0'))
            .arg(start.month(), 2, 10, QLatin1Char('0'));
    case Granularity::Quarter:
        return QStringLiteral("%1-Q%2")
            .arg(start.year(), 4, 10, QLatin1Char('0'))
            .arg((start.month() - 1) / 3 + 1);
    }
    return QString();
}

} // namespace cx
