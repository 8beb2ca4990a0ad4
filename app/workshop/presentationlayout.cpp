// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentationlayout.h"

#include <QHash>
#include <algorithm>
#include <cmath>

namespace cx {

double PresentationLayout::cameraX(int column)
{
    return column * (columnWidth + columnGap) + columnWidth / 2 - screenWidth / 2;
}

double PresentationLayout::yForScore(double score)
{
    return curveTop + (2 - score) / 4 * curveHeight;
}

double PresentationLayout::stripX(const JourneyLayout &map, double mapX) const
{
    const int column = map.columnAt(mapX);
    if (column < 0 || column >= columns.size())
        return 0;
    const QRectF body = map.columns[column].body;
    const double fraction = body.width() > 0 ? std::clamp((mapX - body.left()) / body.width(), 0.0, 1.0) : 0.5;
    return columns[column].x + laneGutter + fraction * (columnWidth - laneGutter);
}

PresentationLayout PresentationLayout::compute(const JourneyLayout &map)
{
    PresentationLayout result;
    QHash<Uid, int> columnOf;
    for (qsizetype i = 0; i < map.columns.size(); ++i) {
        result.columns.append({map.columns[i].stage, double(i) * (columnWidth + columnGap), 0});
        columnOf.insert(map.columns[i].stage, int(i));
    }
    result.width = result.columns.isEmpty() ? 0 : result.columns.constLast().x + columnWidth;

    // The map's cards come by stage, then lane, then position: a run of one (stage, lane) is
    // one cell, laid out as lines of cards under the stage's header.
    QList<double> y(result.columns.size(), bodyTop);
    QList<bool> full(result.columns.size(), false);
    const double cardsLeft = laneGutter;
    const double cardsWidth = columnWidth - laneGutter;
    for (qsizetype at = 0; at < map.cards.size();) {
        qsizetype end = at;
        while (end < map.cards.size() && map.cards[end].stage == map.cards[at].stage
               && map.cards[end].lane == map.cards[at].lane)
            ++end;
        const int column = columnOf.value(map.cards[at].stage, -1);
        const int count = int(end - at);
        if (column < 0) {
            at = end;
            continue;
        }
        Column &c = result.columns[column];
        const int perLine = std::min(count, cardsPerLine);
        const double width = (cardsWidth - (perLine - 1) * cardGap) / perLine;
        int placed = 0;
        double top = y[column];
        while (placed < count && !full[column]) {
            if (top + cardHeight > bodyBottom) {
                full[column] = true;
                break;
            }
            for (int i = 0; i < perLine && placed < count; ++i, ++placed) {
                const QRectF rect(c.x + cardsLeft + i * (width + cardGap), top, width, cardHeight);
                result.cards.append({map.cards[at + placed].moment, column, rect});
            }
            top += cardHeight + cardGap;
        }
        if (placed > 0) {
            result.labels.append({map.cards[at].lane, column,
                                  QRectF(c.x, y[column], laneGutter - cardGap, top - cardGap - y[column])});
            y[column] = top + 8; // a little more air between lanes than between lines
        }
        c.overflow += count - placed;
        at = end;
    }

    // The curves, each point moved from its place in the map's column to the same place in the
    // strip's column, its height from its score.
    const QRectF band(0, curveTop, result.width, curveHeight);
    for (const JourneyLayout::Curve &curve : map.curves) {
        QList<JourneyLayout::CurvePoint> points;
        points.reserve(curve.points.size());
        for (const JourneyLayout::CurvePoint &p : curve.points)
            points.append({p.moment, QPointF(result.stripX(map, p.point.x()), yForScore(p.score)), p.score});
        result.curves.append({curve.persona, JourneyLayout::pathThrough(points, band)});
    }
    return result;
}

} // namespace cx
