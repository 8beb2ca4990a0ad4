// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvasrows.h"

#include "metrics/metricseries.h"
#include "model/personapalette.h"
#include "workshop/roundresults.h"

#include <algorithm>

namespace cx {

namespace {

// A metric's last months, as the Metrics view aggregates them (the mean of each month's
// values), oldest first. This runs on every change of the map, so manual measurements (ordered
// by date) are read from the end, the last year's only, not the years before.
QList<double> recentMonths(const Workspace &w, const Metric &metric, bool surveyed, qsizetype months)
{
    QList<double> values;
    if (surveyed) {
        const QList<PeriodValue> periods = MetricSeries::of(w, metric.uid, Granularity::Month);
        for (const PeriodValue &p : periods.last(std::min(months, periods.size())))
            values.append(p.value);
        return values;
    }
    int month = -1;
    double sum = 0;
    int n = 0;
    for (auto it = metric.measurements.crbegin(); it != metric.measurements.crend(); ++it) {
        const int key = it->date.year() * 12 + it->date.month();
        if (key != month) {
            if (n > 0)
                values.prepend(sum / n);
            if (values.size() == months)
                return values;
            month = key;
            sum = 0;
            n = 0;
        }
        sum += it->value;
        ++n;
    }
    if (n > 0)
        values.prepend(sum / n);
    return values;
}

} // namespace

CanvasRows CanvasRows::build(const JourneyLayout &layout, const Workspace &w, const QSet<Uid> &selection,
                             const QSet<Uid> &hiddenCurves, const QString &journeyCurve)
{
    CanvasRows rows;
    for (const JourneyLayout::Column &c : layout.columns) {
        const Stage &s = w.stages[c.stage];
        rows.stages.append({c.stage, s.title, {}, s.position, c.header, c.body});
    }
    for (const JourneyLayout::Row &r : layout.rows) {
        const Lane &l = w.lanes[r.lane];
        rows.lanes.append({r.lane, l.title, name(l.kind), l.position, r.header, r.body});
    }

    QHash<Uid, Uid> opens;
    for (const Link &link : w.links) {
        if (link.relation == Relation::OpensJourney && layout.cardIndex.contains(link.from))
            opens.insert(link.from, link.to);
    }
    const Uid journey = layout.columns.isEmpty() ? Uid() : w.stages.value(layout.columns.constFirst().stage).journey;
    const QHash<Uid, int> votes = RoundResults::cardDots(w, journey);
    // The metrics measuring each card's moment, by title, for its sparklines.
    QHash<Uid, QList<const Metric *>> measuring;
    QSet<Uid> surveyed; // metrics measured by survey responses
    for (const ResponseBatch &b : w.responseBatches)
        surveyed.insert(b.metric);
    for (const Link &link : w.links) {
        if (link.relation != Relation::Measures || !layout.cardIndex.contains(link.to))
            continue;
        if (const auto metric = w.metrics.constFind(link.from); metric != w.metrics.cend())
            measuring[link.to].append(&*metric);
    }
    rows.cards.reserve(layout.cards.size());
    for (const JourneyLayout::Card &card : layout.cards) {
        const Moment &m = w.moments[card.moment];
        const Uid detail = opens.value(m.uid);
        rows.cards.append({m.uid, card.rect, m.title, m.notes, m.channel, m.owner, m.emotion.value_or(0),
                      m.emotion.has_value(), m.importance, name(m.evidence), m.mattersMost, m.color,
                      m.tags, detail.isNull() ? QString() : uidText(detail), votes.value(m.uid),
                      selection.contains(m.uid), {}, w.stages.value(m.stage).title,
                      w.lanes.value(m.lane).title});
        if (auto metrics = measuring.value(m.uid); !metrics.isEmpty()) {
            std::sort(metrics.begin(), metrics.end(), [](const Metric *a, const Metric *b) { return a->title < b->title; });
            constexpr qsizetype lines = 2, recent = 12;
            for (const Metric *metric : std::as_const(metrics).first(std::min(lines, metrics.size()))) {
                const QList<double> values = recentMonths(w, *metric, surveyed.contains(metric->uid), recent);
                if (values.size() >= 2)
                    rows.cards.last().sparklines.append(values);
            }
        }
    }

    constexpr double handle = 16; // the point's square, for the viewport pool
    constexpr double handleSpacing = 12; // the least room a handle needs along the curve
    const QHash<Uid, QString> personaColors = PersonaPalette::colorsOf(w);
    for (qsizetype i = 0; i < layout.curves.size(); ++i) {
        const JourneyLayout::Curve &curve = layout.curves[i];
        const QString title = curve.persona.isNull() ? journeyCurve : w.personas.value(curve.persona).title;
        // The journey-wide curve takes the theme's ink in QML (empty colour here).
        const QString color = curve.persona.isNull() ? QString() : personaColors.value(curve.persona);
        const bool shown = !hiddenCurves.contains(curve.persona);
        rows.curves.append({curve.persona, title, color, curve.svgPath, int(curve.points.size()), shown});
        const QString persona = curve.persona.isNull() ? QString() : uidText(curve.persona);
        const QByteArray salt = curve.persona.toRfc4122();
        // A stage with more points than fit side by side gets no handles: they would overlap
        // and could not be grabbed one by one, and thousands of them would cost memory for
        // nothing. Its scores are set in the inspector; the curve still shows them.
        QHash<int, int> perColumn;
        for (const JourneyLayout::CurvePoint &p : curve.points)
            ++perColumn[layout.columnAt(p.point.x())];
        const auto crowded = [&](int column) {
            return column < 0 || column >= layout.columns.size()
                || perColumn.value(column) * handleSpacing > layout.columns[column].body.width();
        };
        for (const JourneyLayout::CurvePoint &p : curve.points) {
            if (crowded(layout.columnAt(p.point.x())))
                continue;
            // One key per curve and moment: the moment's uid with the persona's bytes mixed in.
            QByteArray key = p.moment.toRfc4122();
            for (int b = 0; b < key.size() && b < salt.size(); ++b)
                key[b] = char(key[b] ^ salt[b]);
            rows.points.append({QUuid::fromRfc4122(key), QRectF(p.point.x() - handle / 2, p.point.y() - handle / 2, handle, handle),
                           uidText(p.moment), persona, color, p.score, shown, w.moments.value(p.moment).title, title});
        }
    }
    return rows;
}

} // namespace cx
