// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journeylayout.h"

#include <QStringBuilder>
#include <algorithm>
#include <cmath>

namespace cx {

namespace {

constexpr double curveInset = 18; // keeps +2 and -2 off the edges of the curve's row
// Past this many points a curve is drawn through averages of neighbouring points: thousands
// of bends read as noise, and stroking them costs every renderer (Shapes, PDF) dearly.
constexpr qsizetype maxPathPoints = 512;

QList<JourneyLayout::CurvePoint> thinned(const QList<JourneyLayout::CurvePoint> &points)
{
    if (points.size() <= maxPathPoints)
        return points;
    QList<JourneyLayout::CurvePoint> result;
    const qsizetype bucket = (points.size() + maxPathPoints - 1) / maxPathPoints;
    for (qsizetype i = 0; i < points.size(); i += bucket) {
        const qsizetype end = std::min(points.size(), i + bucket);
        QPointF sum;
        for (qsizetype k = i; k < end; ++k)
            sum += points[k].point;
        result.append({points[i].moment, sum / double(end - i), points[i].score});
    }
    return result;
}

QString number(double value)
{
    return QString::number(value, 'f', 1);
}

// A smooth path through points (Catmull-Rom turned into cubic Béziers), with the control
// points kept inside the band so the curve never swings past +2 or -2.
QString smoothPath(const QList<JourneyLayout::CurvePoint> &points, const QRectF &band)
{
    if (points.isEmpty())
        return {};
    QString path = u"M " % number(points[0].point.x()) % u' ' % number(points[0].point.y());
    if (points.size() == 1)
        return path % u" L " % number(points[0].point.x() + 0.1) % u' ' % number(points[0].point.y());
    auto clampY = [&band](double y) { return std::clamp(y, band.top(), band.bottom()); };
    for (qsizetype i = 0; i + 1 < points.size(); ++i) {
        const QPointF p0 = points[std::max<qsizetype>(i - 1, 0)].point;
        const QPointF p1 = points[i].point;
        const QPointF p2 = points[i + 1].point;
        const QPointF p3 = points[std::min<qsizetype>(i + 2, points.size() - 1)].point;
        const QPointF c1(p1.x() + (p2.x() - p0.x()) / 6, clampY(p1.y() + (p2.y() - p0.y()) / 6));
        const QPointF c2(p2.x() - (p3.x() - p1.x()) / 6, clampY(p2.y() - (p3.y() - p1.y()) / 6));
        path += u" C " % number(c1.x()) % u' ' % number(c1.y()) % u' ' % number(c2.x()) % u' '
            % number(c2.y()) % u' ' % number(p2.x()) % u' ' % number(p2.y());
    }
    return path;
}

} // namespace

JourneyLayout JourneyLayout::compute(const Workspace &w, const Uid &journey, const LayoutMetrics &m)
{
    JourneyLayout layout;
    layout.metrics = m;
    const QList<Stage> stages = w.stagesOf(journey);
    const QList<Lane> lanes = w.lanesOf(journey);
    QHash<Uid, int> stageIndex, laneIndex;
    for (int i = 0; i < stages.size(); ++i)
        stageIndex.insert(stages[i].uid, i);
    for (int i = 0; i < lanes.size(); ++i)
        laneIndex.insert(lanes[i].uid, i);

    // The journey's moments in map order, and how full each cell is.
    struct Placed {
        const Moment *moment;
        int stage;
        int lane;
    };
    QList<Placed> placed;
    for (const Moment &moment : w.moments) {
        if (moment.journey != journey)
            continue;
        const auto s = stageIndex.constFind(moment.stage);
        const auto l = laneIndex.constFind(moment.lane);
        if (s != stageIndex.cend() && l != laneIndex.cend())
            placed.append({&moment, *s, *l});
    }
    std::sort(placed.begin(), placed.end(), [](const Placed &a, const Placed &b) {
        return std::tie(a.stage, a.lane, a.moment->position) < std::tie(b.stage, b.lane, b.moment->position);
    });
    QList<int> fullest(lanes.size(), 0);
    {
        QList<int> count(qsizetype(stages.size()) * lanes.size(), 0);
        for (const Placed &p : std::as_const(placed)) {
            int &c = count[qsizetype(p.lane) * stages.size() + p.stage];
            fullest[p.lane] = std::max(fullest[p.lane], ++c);
        }
    }

    // Columns.
    double x = m.laneHeaderWidth;
    for (const Stage &stage : stages) {
        const double width = stage.width > 0 ? std::max(stage.width, m.minStageWidth) : m.stageWidth;
        layout.columns.append({stage.uid, QRectF(x, 0, width, m.stageHeaderHeight), {}});
        x += width;
    }
    const double totalWidth = std::max(x, m.laneHeaderWidth + m.stageWidth);

    // Rows, and the curve's row.
    const auto emotionsLane = std::find_if(lanes.cbegin(), lanes.cend(),
                                           [](const Lane &l) { return l.kind == LaneKind::Emotions; });
    double y = m.stageHeaderHeight;
    if (emotionsLane == lanes.cend()) {
        layout.curveArea = QRectF(m.laneHeaderWidth, y, totalWidth - m.laneHeaderWidth, m.curveBandHeight)
                               .adjusted(0, curveInset, 0, -curveInset);
        y += m.curveBandHeight;
    }
    for (int i = 0; i < lanes.size(); ++i) {
        const Lane &lane = lanes[i];
        const int n = fullest[i];
        const double needed = n > 0 ? 2 * m.cellPadding + n * m.cardHeight + (n - 1) * m.cardGap : 0;
        double height = lane.height > 0 ? std::max(lane.height, m.minLaneHeight) : m.laneHeight;
        if (lane.kind == LaneKind::Emotions && emotionsLane->uid == lane.uid)
            height = std::max(height, m.curveBandHeight);
        height = std::max(height, needed);
        Row row{lane.uid, lane.kind, QRectF(0, y, m.laneHeaderWidth, height),
                QRectF(m.laneHeaderWidth, y, totalWidth - m.laneHeaderWidth, height)};
        if (emotionsLane != lanes.cend() && emotionsLane->uid == lane.uid)
            layout.curveArea = row.body.adjusted(0, curveInset, 0, -curveInset);
        if (i > 0 && lane.kind == LaneKind::Backstage && lanes[i - 1].kind != LaneKind::Backstage
            && !layout.lineOfVisibility)
            layout.lineOfVisibility = y;
        layout.rows.append(row);
        y += height;
    }
    layout.size = QSizeF(totalWidth, std::max(y, m.stageHeaderHeight + m.laneHeight));
    for (Column &column : layout.columns)
        column.body = QRectF(column.header.left(), m.stageHeaderHeight, column.header.width(),
                             layout.size.height() - m.stageHeaderHeight);

    // Cards, stacked in each cell.
    layout.cards.reserve(placed.size());
    int previousStage = -1, previousLane = -1, inCell = 0;
    for (const Placed &p : std::as_const(placed)) {
        inCell = (p.stage == previousStage && p.lane == previousLane) ? inCell + 1 : 0;
        previousStage = p.stage;
        previousLane = p.lane;
        const QRectF column = layout.columns[p.stage].header;
        const QRectF row = layout.rows[p.lane].body;
        const QRectF rect(column.left() + m.cellPadding,
                          row.top() + m.cellPadding + inCell * (m.cardHeight + m.cardGap),
                          column.width() - 2 * m.cellPadding, m.cardHeight);
        layout.cardIndex.insert(p.moment->uid, layout.cards.size());
        layout.cards.append({p.moment->uid, p.moment->stage, p.moment->lane, rect});
        layout.cellCounts[{p.moment->stage, p.moment->lane}] = inCell + 1;
    }

    // Curves: the journey-wide scores, then each persona's. In each stage the scored moments
    // spread evenly across the column, in map order.
    QList<Uid> curvePersonas{Uid()};
    curvePersonas += w.personasOf(journey);
    for (const Uid &persona : std::as_const(curvePersonas)) {
        Curve curve{persona, {}, {}, {}};
        QList<QList<std::pair<const Moment *, int>>> perStage(stages.size());
        for (const Placed &p : std::as_const(placed)) {
            std::optional<int> score;
            if (persona.isNull()) {
                score = p.moment->emotion;
            } else {
                for (const PersonaEmotion &e : p.moment->emotions) {
                    if (e.persona == persona)
                        score = e.score;
                }
            }
            if (score)
                perStage[p.stage].append({p.moment, *score});
        }
        for (int s = 0; s < stages.size(); ++s) {
            const QRectF column = layout.columns[s].header;
            const auto &scored = perStage[s];
            for (qsizetype i = 0; i < scored.size(); ++i) {
                const double px = column.left() + column.width() * double(i + 1) / double(scored.size() + 1);
                curve.points.append({scored[i].first->uid, QPointF(px, layout.yForScore(scored[i].second)),
                                     scored[i].second});
            }
        }
        if (persona.isNull() || !curve.points.isEmpty()) {
            const QList<CurvePoint> through = thinned(curve.points);
            curve.svgPath = pathThrough(through, layout.curveArea);
            curve.polyline = polylineThrough(through, layout.curveArea);
            layout.curves.append(curve);
        }
    }
    return layout;
}

QList<QPointF> JourneyLayout::polylineThrough(const QList<CurvePoint> &points, const QRectF &band, int steps)
{
    QList<QPointF> result;
    if (points.isEmpty())
        return result;
    result.append(points[0].point);
    auto clampY = [&band](double y) { return std::clamp(y, band.top(), band.bottom()); };
    for (qsizetype i = 0; i + 1 < points.size(); ++i) {
        const QPointF p0 = points[std::max<qsizetype>(i - 1, 0)].point;
        const QPointF p1 = points[i].point;
        const QPointF p2 = points[i + 1].point;
        const QPointF p3 = points[std::min<qsizetype>(i + 2, points.size() - 1)].point;
        const QPointF c1(p1.x() + (p2.x() - p0.x()) / 6, clampY(p1.y() + (p2.y() - p0.y()) / 6));
        const QPointF c2(p2.x() - (p3.x() - p1.x()) / 6, clampY(p2.y() - (p3.y() - p1.y()) / 6));
        for (int k = 1; k <= steps; ++k) {
            const double t = double(k) / steps, u = 1 - t;
            result.append(u * u * u * p1 + 3 * u * u * t * c1 + 3 * u * t * t * c2 + t * t * t * p2);
        }
    }
    return result;
}

QString JourneyLayout::pathThrough(const QList<CurvePoint> &points, const QRectF &band)
{
    return smoothPath(points, band);
}

std::optional<QRectF> JourneyLayout::cardRect(const Uid &moment) const
{
    const auto it = cardIndex.constFind(moment);
    if (it == cardIndex.cend())
        return std::nullopt;
    return cards[*it].rect;
}

int JourneyLayout::columnAt(double x) const
{
    const auto it = std::upper_bound(columns.cbegin(), columns.cend(), x,
                                     [](double v, const Column &c) { return v < c.header.right(); });
    if (it == columns.cend() || x < it->header.left())
        return -1;
    return int(it - columns.cbegin());
}

int JourneyLayout::rowAt(double y) const
{
    const auto it = std::upper_bound(rows.cbegin(), rows.cend(), y,
                                     [](double v, const Row &r) { return v < r.body.bottom(); });
    if (it == rows.cend() || y < it->body.top())
        return -1;
    return int(it - rows.cbegin());
}

std::optional<JourneyLayout::Slot> JourneyLayout::slotAt(QPointF point) const
{
    const int c = columnAt(point.x());
    const int r = rowAt(point.y());
    if (c < 0 || r < 0)
        return std::nullopt;
    const Uid stage = columns[c].stage;
    const Uid lane = rows[r].lane;
    const int count = cellCounts.value({stage, lane});
    const double pitch = metrics.cardHeight + metrics.cardGap;
    const double offset = point.y() - rows[r].body.top() - metrics.cellPadding + pitch / 2;
    const int position = std::clamp(int(std::floor(offset / pitch)), 0, count);
    return Slot{stage, lane, position};
}

QList<Uid> JourneyLayout::cardsIn(const QRectF &rect) const
{
    QList<Uid> result;
    const QRectF band = rect.normalized();
    for (const Card &card : cards) {
        if (card.rect.intersects(band))
            result.append(card.moment);
    }
    return result;
}

double JourneyLayout::yForScore(double score) const
{
    return curveArea.top() + (2.0 - score) / 4.0 * curveArea.height();
}

int JourneyLayout::scoreAt(double y) const
{
    if (curveArea.height() <= 0)
        return 0;
    const double score = 2.0 - (y - curveArea.top()) / curveArea.height() * 4.0;
    return std::clamp(int(std::lround(score)), Moment::minEmotion, Moment::maxEmotion);
}

} // namespace cx
