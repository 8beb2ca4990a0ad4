// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/metricstatus.h"
#include "model/enums.h"

#include <QColor>
#include <QCoreApplication>
#include <QRectF>

class QPainter;

namespace cx {

// A status's colour on paper. Never shown alone: the status's word goes beside it.
QColor statusColor(MetricStatus status);

// One metric's values over time as a small line chart, drawn with QPainter in points (core
// links no chart library): the metric's title wrapped whole, its status as a swatch and a
// word, the trend and the unit; a value axis with ticks at 1-2-5 steps and light grid lines; a
// period axis with as many period names as fit without overlapping; the 95% interval as a band
// where values came from responses; the values as a line broken at periods without data, with
// a point per period, hollow where the sample was small; the target as a dashed line with its
// label. The chart is a value: build it, then paint it into any rectangle.
class TrendChartPainter
{
    Q_DECLARE_TR_FUNCTIONS(cx::PdfExport)

public:
    struct Chart {
        QString title;
        QString unit;
        QList<PeriodValue> periods; // oldest first, as MetricSeries gives them; not empty
        std::optional<double> target;
        Direction direction = Direction::HigherIsBetter;
        MetricStatus status = MetricStatus::NoData;
        Trend trend = Trend::Unknown;
        // Where the scale ends (NPS −100 … 100, a share 0 … 100): no tick beyond.
        std::optional<std::pair<double, double>> bounds;
    };

    // Ticks from at or below low to at or above high, about count of them, a step of 1, 2 or 5
    // times a power of ten; low == high gets a range around the value. Never empty.
    static QList<double> niceTicks(double low, double high, int count);
    // Which of count evenly spaced labels, each at most labelWidth wide and spacing apart, to
    // show so that none overlaps the next: every k-th (counted back from the latest); k ≥ 1.
    static int labelStride(int count, double spacing, double labelWidth);
    // The height the title and status lines take at width.
    static double headerHeight(const Chart &chart, double width);
    // A value as the pages print it, with a minus sign: no decimals for whole numbers and from
    // 100, else one (two below 10 when the second is needed); or with decimals given.
    static QString number(double value, int decimals = -1);
    // "rising", "falling", "flat", "unknown": the trend as the charts and tables say it.
    static QString trendWord(Trend trend);

    // The legend of the charts' marks, flowed over lines of width: the value per period, a
    // small sample, the 95% interval, the target; with a rule under it.
    static double legendHeight(double width, const QString &period);
    static void paintLegend(QPainter *painter, QPointF topLeft, double width, const QString &period);

    explicit TrendChartPainter(Chart chart) : m_chart(std::move(chart)) {}
    // Paints the whole chart inside rect; text is real text in DejaVu Sans.
    void paint(QPainter *painter, const QRectF &rect) const;

private:
    void paintPlot(QPainter *painter, const QRectF &rect) const;

    Chart m_chart;
};

} // namespace cx
