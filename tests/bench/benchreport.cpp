// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchreport.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace cx::bench {

double Samples::percentileMs(double p) const
{
    if (m_values.isEmpty())
        return 0;
    QList<qint64> sorted = m_values;
    std::sort(sorted.begin(), sorted.end());
    const auto n = double(sorted.size());
    const auto rank = qsizetype(std::ceil(p / 100.0 * n));
    const qsizetype index = std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1);
    return double(sorted[index]) / 1e6;
}

QString formatMs(double ms)
{
    if (ms <= 0)
        return QStringLiteral("-");
    const int decimals = ms < 1 ? 3 : ms < 10 ? 2 : ms < 1000 ? 1 : 0;
    return QString::number(ms, 'f', decimals) + QStringLiteral(" ms");
}

void say(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int Report::missCount() const
{
    return int(std::count_if(m_figures.cbegin(), m_figures.cend(),
                             [](const Figure &f) { return f.pass == false; }));
}

void Report::print() const
{
    const QStringList header{QStringLiteral("figure"), QStringLiteral("CX Atlas"),
                             m_baseline, QStringLiteral("ratio"),
                             QStringLiteral("target"), QStringLiteral("result")};
    QList<Figure> figures = m_figures;
    std::stable_sort(figures.begin(), figures.end(),
                     [](const Figure &a, const Figure &b) { return a.section < b.section; });
    QList<QStringList> rows;
    for (const Figure &f : std::as_const(figures)) {
        rows.append({f.name, formatMs(f.cxMs), formatMs(f.rawMs),
                     f.rawMs > 0 ? QString::number(f.ratio(), 'f', 2) + QStringLiteral("x") : QStringLiteral("-"),
                     f.target.isEmpty() ? QStringLiteral("-") : f.target,
                     !f.pass ? QStringLiteral("") : *f.pass ? QStringLiteral("PASS") : QStringLiteral("MISS  <<<")});
    }
    QList<qsizetype> widths;
    for (qsizetype c = 0; c < header.size(); ++c) {
        qsizetype w = header[c].size();
        for (const QStringList &row : std::as_const(rows))
            w = std::max(w, row[c].size());
        widths.append(w);
    }
    auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            // Names and targets read left to right; numbers line up on the right.
            const bool left = c == 0 || c >= 4;
            text += left ? cells[c].leftJustified(widths[c]) : cells[c].rightJustified(widths[c]);
            if (c + 1 < cells.size())
                text += QStringLiteral("  ");
        }
        say(text.trimmed());
    };
    say(QString());
    line(header);
    QString rule;
    for (qsizetype c = 0; c < widths.size(); ++c)
        rule += QString(widths[c], u'-') + (c + 1 < widths.size() ? QStringLiteral("  ") : QString());
    say(rule);
    for (const QStringList &row : std::as_const(rows))
        line(row);
    for (const Figure &f : std::as_const(figures)) {
        if (!f.note.isEmpty())
            say(QStringLiteral("  * %1: %2").arg(f.name, f.note));
    }
    const int misses = missCount();
    say(misses == 0 ? QStringLiteral("\nAll targets met.")
                    : QStringLiteral("\nMISSED %1 target(s) (marked <<<).").arg(misses));
}

} // namespace cx::bench
