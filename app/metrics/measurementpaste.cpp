// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "measurementpaste.h"

#include <QStringList>
#include <cmath>

namespace cx {

QDate MeasurementPaste::date(const QString &text) const
{
    const QString t = text.trimmed();
    QDate d = QDate::fromString(t, Qt::ISODate);
    if (d.isValid())
        return d;
    const QString format = dateFormat();
    d = m_locale.toDate(t, format);
    // A two-digit year is read as 19yy; measurements are of this century.
    if (d.isValid() && !format.contains(QStringLiteral("yyyy")) && d.year() < 1950)
        d = d.addYears(100);
    return d;
}

std::optional<double> MeasurementPaste::value(const QString &text) const
{
    const QString t = text.trimmed();
    bool ok = false;
    double v = m_locale.toDouble(t, &ok);
    if (!ok)
        v = QLocale::c().toDouble(t, &ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

QString MeasurementPaste::dateFormat() const
{
    return m_locale.dateFormat(QLocale::ShortFormat);
}

std::optional<QList<Measurement>> MeasurementPaste::rows(const QString &text, QString *error) const
{
    QList<Measurement> result;
    const QStringList lines = text.split(QLatin1Char('\n'));
    bool first = true;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines[i];
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const int number = int(i) + 1;
        const QStringList cells = line.split(QLatin1Char('\t'));
        const bool wasFirst = std::exchange(first, false);
        if (cells.size() < 2) {
            if (error)
                *error = tr("Line %1 (“%2”) needs a date and a value separated by a tab.").arg(number).arg(line.trimmed());
            return std::nullopt;
        }
        const QDate d = date(cells[0]);
        const auto v = value(cells[1]);
        // Column headings copied with the data: neither a date nor a number.
        if (wasFirst && !d.isValid() && !v)
            continue;
        if (!d.isValid()) {
            if (error)
                *error = tr("Line %1: “%2” is not a date (write 2025-01-31 or %3).")
                             .arg(number).arg(cells[0].trimmed(), dateFormat());
            return std::nullopt;
        }
        if (!v) {
            if (error)
                *error = tr("Line %1: “%2” is not a number.").arg(number).arg(cells[1].trimmed());
            return std::nullopt;
        }
        result.append({d, *v, cells.mid(2).join(QLatin1Char(' ')).trimmed()});
    }
    if (result.isEmpty()) {
        if (error)
            *error = tr("There are no rows to paste: copy a date and a value, separated by a tab, on each line.");
        return std::nullopt;
    }
    return result;
}

} // namespace cx
