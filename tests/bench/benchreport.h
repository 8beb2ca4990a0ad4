// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace cx::bench {

// Durations of repeated runs of one operation, in nanoseconds (QElapsedTimer::nsecsElapsed).
class Samples
{
public:
    void add(qint64 nanoseconds) { m_values.append(nanoseconds); }
    qsizetype size() const { return m_values.size(); }
    bool isEmpty() const { return m_values.isEmpty(); }
    // The nearest-rank percentile (0 < p <= 100) in milliseconds; 50 is the median (the
    // lower middle value for an even count). 0 when empty.
    double percentileMs(double p) const;
    double medianMs() const { return percentileMs(50); }
    double maxMs() const { return percentileMs(100); }

private:
    QList<qint64> m_values;
};

// One line of the results table: CX Atlas against the raw sqlite3 baseline, in milliseconds.
struct Figure {
    // The table lists figures by section, then in the order they were added.
    enum Section { Open, Edit, Create, Other };
    Section section = Other;
    QString name;
    double cxMs = 0;
    double rawMs = 0;
    // The target in words, and whether it was met; empty and nullopt for figures reported
    // without one.
    QString target;
    std::optional<bool> pass;
    QString note;

    double ratio() const { return rawMs > 0 ? cxMs / rawMs : 0; }
};

// Collects figures and prints them as a table on standard output. baseline heads the column
// of rawMs (what each figure is measured against in the same run).
class Report
{
public:
    explicit Report(const QString &baseline = QStringLiteral("raw sqlite3")) : m_baseline(baseline) {}
    void add(const Figure &figure) { m_figures.append(figure); }
    void print() const;
    int missCount() const;

private:
    QString m_baseline;
    QList<Figure> m_figures;
};

// "12.3 ms", "0.456 ms", "1234 ms": a few significant digits whatever the magnitude.
QString formatMs(double ms);
// Prints a line at once (progress of long steps), UTF-8 on standard output.
void say(const QString &line);

} // namespace cx::bench
