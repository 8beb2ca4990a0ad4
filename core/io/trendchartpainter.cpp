// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trendchartpainter.h"

#include "exportstyle.h"
#include "layout/textlines.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace cx {

namespace S = ExportStyle;

namespace {

constexpr double titleSize = 9.5;
constexpr double statusSize = 8;
constexpr double axisSize = 7;
constexpr double swatch = 7;       // the status's square
constexpr double pointRadius = 2.4;
constexpr double tickLength = 3;
constexpr double headerGap = 4;    // between the status line and the plot
// As in WorkshopResultsPages: text is broken a little narrower than measured, because
// QPdfWriter draws DejaVu Sans at these small sizes a few per cent wider.
constexpr double printSlack = 0.96;

double lineHeight(double size, bool bold = false)
{
    return QFontMetricsF(S::font(size, bold)).lineSpacing();
}

double textWidth(const QString &text, double size, bool bold = false)
{
    return QFontMetricsF(S::font(size, bold)).horizontalAdvance(text);
}

QStringList titleLines(const TrendChartPainter::Chart &chart, double width)
{
    return TextLines::lines(chart.title, S::font(titleSize, true), width * printSlack);
}

QString statusText(const TrendChartPainter::Chart &chart)
{
    QString text = TrendChartPainter::tr("%1 · trend %2").arg(label(chart.status), TrendChartPainter::trendWord(chart.trend));
    if (!chart.unit.trimmed().isEmpty())
        text += TrendChartPainter::tr(" · in %1").arg(chart.unit.trimmed());
    return text;
}

QStringList statusLines(const TrendChartPainter::Chart &chart, double width)
{
    return TextLines::lines(statusText(chart), S::font(statusSize), (width - swatch - 4) * printSlack);
}

// The periods from the first to the last of the series, gaps included.
QList<Period> periodAxis(const QList<PeriodValue> &values)
{
    QList<Period> axis;
    if (values.isEmpty())
        return axis;
    for (Period p = values.constFirst().period; p <= values.constLast().period; p = p.next())
        axis.append(p);
    return axis;
}

QStringList legendItems(const QString &period)
{
    //: %1: the length of the periods: "week", "month" or "quarter"
    return {TrendChartPainter::tr("value per %1").arg(period), TrendChartPainter::tr("small sample (under 30 responses)"),
            TrendChartPainter::tr("95% interval (survey responses)"), TrendChartPainter::tr("target")};
}

// Where each legend item goes, from (0, 0), and the height of it all.
QList<QPointF> legendFlow(const QStringList &items, double width, double *height)
{
    const QFontMetricsF fm(S::font(statusSize));
    const double line = lineHeight(statusSize);
    QList<QPointF> at;
    double x = 0, y = 2;
    for (const QString &item : items) {
        const double w = 22 + fm.horizontalAdvance(item) + 18;
        if (x > 0 && x + w > width) {
            x = 0;
            y += line;
        }
        at.append(QPointF(x, y));
        x += w;
    }
    *height = y + line + 6;
    return at;
}

QColor bandColor()
{
    QColor band = S::accent;
    band.setAlphaF(0.16f);
    return band;
}

} // namespace

QColor statusColor(MetricStatus status)
{
    switch (status) {
    case MetricStatus::OnTrack: return QColor(0x2e, 0x7d, 0x32);
    case MetricStatus::AtRisk: return QColor(0xc7, 0x77, 0x00);
    case MetricStatus::OffTrack: return QColor(0xc6, 0x28, 0x28);
    case MetricStatus::NoTarget: return QColor(0x7a, 0x82, 0x90);
    case MetricStatus::NoData: break;
    }
    return QColor(0xd3, 0xd8, 0xe0);
}

QList<double> TrendChartPainter::niceTicks(double low, double high, int count)
{
    if (!std::isfinite(low) || !std::isfinite(high))
        return {0, 1};
    if (high < low)
        std::swap(low, high);
    if (high - low <= 1e-12 * std::max(1.0, std::abs(high))) {
        const double around = low == 0 ? 1 : std::abs(low) * 0.1;
        low -= around;
        high += around;
    }
    const double raw = (high - low) / std::max(1, count - 1);
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    double step = 10 * power;
    for (const double m : {1.0, 2.0, 5.0}) {
        if (m * power >= raw * (1 - 1e-9)) {
            step = m * power;
            break;
        }
    }
    const double first = std::floor(low / step + 1e-9) * step;
    const int steps = int(std::ceil((high - first) / step - 1e-9));
    QList<double> ticks;
    for (int i = 0; i <= std::max(1, steps); ++i) {
        double tick = first + i * step;
        if (std::abs(tick) < step * 1e-9)
            tick = 0; // not "-0"
        ticks.append(tick);
    }
    return ticks;
}

int TrendChartPainter::labelStride(int count, double spacing, double labelWidth)
{
    if (count <= 1)
        return 1;
    if (spacing <= 0)
        return count;
    constexpr double gap = 5; // between two labels
    return std::max(1, int(std::ceil((labelWidth + gap) / spacing - 1e-9)));
}

double TrendChartPainter::headerHeight(const Chart &chart, double width)
{
    return lineHeight(titleSize, true) * double(titleLines(chart, width).size())
           + lineHeight(statusSize) * double(statusLines(chart, width).size()) + headerGap;
}

QString TrendChartPainter::number(double value, int decimals)
{
    const double magnitude = std::abs(value);
    if (decimals < 0) {
        decimals = magnitude >= 100 || std::abs(std::round(value) - value) < 1e-9 ? 0 : 1;
        if (magnitude < 10 && std::abs(std::round(value * 10) - value * 10) > 1e-6)
            decimals = 2;
    }
    QString text = QLocale().toString(value, 'f', decimals);
    if (text.startsWith(u'-'))
        text.replace(0, 1, QChar(0x2212)); // a minus sign, as print sets it
    return text;
}

QString TrendChartPainter::trendWord(Trend trend)
{
    switch (trend) {
    case Trend::Rising: return tr("rising");
    case Trend::Falling: return tr("falling");
    case Trend::Flat: return tr("flat");
    case Trend::Unknown: break;
    }
    return tr("unknown");
}

double TrendChartPainter::legendHeight(double width, const QString &period)
{
    double height = 0;
    legendFlow(legendItems(period), width, &height);
    return height;
}

void TrendChartPainter::paintLegend(QPainter *painter, QPointF topLeft, double width, const QString &period)
{
    const QStringList items = legendItems(period);
    double height = 0;
    const QList<QPointF> at = legendFlow(items, width, &height);
    const double line = lineHeight(statusSize);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QPointF p = topLeft + at[i];
        const double mid = p.y() + line / 2;
        painter->setBrush(Qt::NoBrush);
        switch (i) {
        case 0:
            painter->setPen(QPen(S::accent, 1.4));
            painter->drawLine(QPointF(p.x(), mid), QPointF(p.x() + 16, mid));
            painter->setBrush(S::accent);
            painter->drawEllipse(QPointF(p.x() + 8, mid), pointRadius, pointRadius);
            break;
        case 1:
            painter->setPen(QPen(S::accent, 1.1));
            painter->setBrush(Qt::white);
            painter->drawEllipse(QPointF(p.x() + 8, mid), pointRadius, pointRadius);
            break;
        case 2: painter->fillRect(QRectF(p.x(), mid - 4, 16, 8), bandColor()); break;
        default:
            painter->setPen(QPen(S::text, 0.9, Qt::DashLine));
            painter->drawLine(QPointF(p.x(), mid), QPointF(p.x() + 16, mid));
            break;
        }
        S::drawLines(painter, QRectF(p.x() + 22, p.y(), 400, 0), {items[i]}, S::font(statusSize), S::text);
    }
    painter->setPen(QPen(S::gridLine, 0.75));
    painter->drawLine(topLeft + QPointF(0, height - 2), topLeft + QPointF(width, height - 2));
    painter->restore();
}

void TrendChartPainter::paint(QPainter *painter, const QRectF &rect) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    double y = rect.top();
    y += S::drawLines(painter, QRectF(rect.left(), y, rect.width(), 0), titleLines(m_chart, rect.width()),
                      S::font(titleSize, true), S::text);
    // The status as a swatch and a word, so it reads without the colour.
    const double statusLine = lineHeight(statusSize);
    painter->setPen(QPen(S::text, 0.4));
    painter->setBrush(statusColor(m_chart.status));
    painter->drawRect(QRectF(rect.left(), y + (statusLine - swatch) / 2, swatch, swatch));
    y += S::drawLines(painter, QRectF(rect.left() + swatch + 4, y, rect.width() - swatch - 4, 0),
                      statusLines(m_chart, rect.width()), S::font(statusSize), S::text);
    y += headerGap;
    if (rect.bottom() - y > 30)
        paintPlot(painter, QRectF(rect.left(), y, rect.width(), rect.bottom() - y));
    painter->restore();
}

void TrendChartPainter::paintPlot(QPainter *painter, const QRectF &rect) const
{
    const QList<PeriodValue> &values = m_chart.periods;
    const QList<Period> axis = periodAxis(values);
    if (axis.isEmpty())
        return;
    const QFont axisFont = S::font(axisSize);
    const double axisLine = lineHeight(axisSize);

    // The value range: every value, interval end and the target.
    double low = values.constFirst().value, high = low;
    for (const PeriodValue &v : values) {
        low = std::min({low, v.value, v.low.value_or(v.value)});
        high = std::max({high, v.value, v.high.value_or(v.value)});
    }
    if (m_chart.target) {
        low = std::min(low, *m_chart.target);
        high = std::max(high, *m_chart.target);
    }
    // A little room, so no point or target sits on the frame, but none past the scale's ends.
    const double room = (high - low) * 0.04;
    low -= room;
    high += room;
    if (m_chart.bounds) {
        low = std::max(low, std::min(m_chart.bounds->first, low + room));
        high = std::min(high, std::max(m_chart.bounds->second, high - room));
    }
    const double periodRow = axisLine + tickLength + 2;
    const double plotHeight = rect.height() - periodRow;
    QList<double> ticks = niceTicks(low, high, std::clamp(int(plotHeight / 26), 2, 8));
    if (const auto bounds = m_chart.bounds) {
        const auto outside = [&](double t) { return t < bounds->first - 1e-9 || t > bounds->second + 1e-9; };
        QList<double> inside = ticks;
        inside.removeIf(outside);
        if (inside.size() >= 2 && inside.constFirst() <= low + 1e-9 && inside.constLast() >= high - 1e-9)
            ticks = inside;
    }
    double labelWidth = 0;
    for (const double t : ticks)
        labelWidth = std::max(labelWidth, textWidth(number(t), axisSize));
    const QRectF plot(rect.left() + labelWidth + tickLength + 4, rect.top() + axisLine / 2,
                      rect.width() - labelWidth - tickLength - 4 - 2, plotHeight - axisLine / 2);
    const double bottom = ticks.constFirst(), top = ticks.constLast();
    auto yOf = [&](double v) { return plot.bottom() - (v - bottom) / (top - bottom) * plot.height(); };
    const double slot = plot.width() / double(axis.size());
    const qint32 firstKey = axis.constFirst().key();
    auto xOf = [&](const Period &p) { return plot.left() + (double(p.key() - firstKey) + 0.5) * slot; };

    // Grid and value axis.
    for (const double t : ticks) {
        const double ty = yOf(t);
        painter->setPen(QPen(S::curveGuide, 0.5));
        painter->drawLine(QPointF(plot.left(), ty), QPointF(plot.right(), ty));
        painter->setPen(QPen(S::mutedText, 0.6));
        painter->drawLine(QPointF(plot.left() - tickLength, ty), QPointF(plot.left(), ty));
        S::drawLines(painter, QRectF(rect.left(), ty - axisLine / 2, labelWidth, 0), {number(t)}, axisFont, S::mutedText,
                     Qt::AlignRight);
    }
    // Period axis: a tick per period, as many names as fit.
    double nameWidth = 0;
    for (const Period &p : axis)
        nameWidth = std::max(nameWidth, textWidth(p.name(), axisSize));
    const int stride = labelStride(int(axis.size()), slot, nameWidth);
    painter->setPen(QPen(S::mutedText, 0.6));
    painter->drawLine(plot.bottomLeft(), plot.bottomRight());
    painter->drawLine(plot.bottomLeft(), plot.topLeft());
    for (qsizetype i = 0; i < axis.size(); ++i) {
        const double x = xOf(axis[i]);
        // Counted from the latest period, which is always named.
        const bool named = (axis.size() - 1 - i) % stride == 0;
        painter->setPen(QPen(S::mutedText, 0.6));
        if (named || slot >= 3) // unnamed ticks only where they stay apart
            painter->drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + (named ? tickLength : tickLength / 2)));
        if (named) {
            // Centred under the tick, kept inside the chart at the ends.
            const double w = textWidth(axis[i].name(), axisSize) + 2;
            const double left = std::max(rect.left(), std::min(x - w / 2, rect.right() - w));
            S::drawLines(painter, QRectF(left, plot.bottom() + tickLength + 1, w, 0), {axis[i].name()}, axisFont,
                         S::mutedText, Qt::AlignHCenter);
        }
    }

    // Runs of consecutive periods: the line and the band break where a period has no data.
    QList<QList<PeriodValue>> runs;
    for (const PeriodValue &v : values) {
        if (runs.isEmpty() || runs.constLast().constLast().period.next() != v.period)
            runs.append(QList<PeriodValue>());
        runs.last().append(v);
    }
    const QColor band = bandColor();
    for (const QList<PeriodValue> &run : std::as_const(runs)) {
        // The 95% interval: a band over each stretch of consecutive periods that have one (survey
        // months; manual values before them have none), a bar for such a period alone.
        QList<QList<PeriodValue>> stretches(1);
        for (const PeriodValue &v : run) {
            if (v.low && v.high)
                stretches.last().append(v);
            else if (!stretches.constLast().isEmpty())
                stretches.append(QList<PeriodValue>());
        }
        for (const QList<PeriodValue> &sized : std::as_const(stretches)) {
            if (sized.size() == 1) {
                const PeriodValue &v = sized.constFirst();
                painter->setPen(QPen(band.darker(130), 3, Qt::SolidLine, Qt::FlatCap));
                painter->drawLine(QPointF(xOf(v.period), yOf(*v.low)), QPointF(xOf(v.period), yOf(*v.high)));
            } else if (sized.size() > 1) {
                QPolygonF area;
                for (const PeriodValue &v : sized)
                    area.append(QPointF(xOf(v.period), yOf(*v.high)));
                for (auto it = sized.crbegin(); it != sized.crend(); ++it)
                    area.append(QPointF(xOf(it->period), yOf(*it->low)));
                painter->setPen(Qt::NoPen);
                painter->setBrush(band);
                painter->drawPolygon(area);
            }
        }
        QPolygonF line;
        for (const PeriodValue &v : run)
            line.append(QPointF(xOf(v.period), yOf(v.value)));
        painter->setPen(QPen(S::accent, 1.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawPolyline(line);
    }

    // The target, dashed, labelled at the right above the line (below it near the top).
    if (m_chart.target) {
        const double ty = yOf(*m_chart.target);
        painter->setPen(QPen(S::text, 0.9, Qt::DashLine));
        painter->drawLine(QPointF(plot.left(), ty), QPointF(plot.right(), ty));
        const QString text = tr("target %1").arg(number(*m_chart.target));
        const double w = textWidth(text, axisSize, true) + 4;
        const double labelTop = ty - axisLine - 1 >= plot.top() ? ty - axisLine - 1 : ty + 1;
        const QRectF box(plot.right() - w, labelTop, w, axisLine);
        painter->fillRect(box, QColor(255, 255, 255, 220));
        S::drawLines(painter, box, {text}, S::font(axisSize, true), S::text, Qt::AlignHCenter);
    }

    // A point per period: filled, or hollow for a small sample.
    for (const PeriodValue &v : values) {
        painter->setPen(QPen(S::accent, 1.1));
        painter->setBrush(v.smallSample ? QBrush(Qt::white) : QBrush(S::accent));
        painter->drawEllipse(QPointF(xOf(v.period), yOf(v.value)), pointRadius, pointRadius);
    }
}

} // namespace cx
