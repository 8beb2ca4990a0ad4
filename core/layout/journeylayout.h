// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layoutmetrics.h"
#include "model/workspace.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <optional>

namespace cx {

// The geometry of one journey map: stage columns, lane rows, a rectangle per moment card, the
// line of visibility and the emotion curves. Computed from the workspace alone, so the canvas
// and the PDF export draw the same map. A pure value: recompute it after a change.
//
// Cards of one cell stack downwards in position order; a lane is as tall as its fullest cell.
// The curves live in the first emotions lane, or in a band of their own under the stage
// headers when the journey has none.
struct JourneyLayout {
    struct Column {
        Uid stage;
        QRectF header;
        QRectF body;   // the column below its header, over all lanes
    };
    struct Row {
        Uid lane;
        LaneKind kind = LaneKind::Steps;
        QRectF header; // at the left
        QRectF body;   // the row right of its header, over all stages
    };
    struct Card {
        Uid moment;
        Uid stage;
        Uid lane;
        QRectF rect;
    };
    struct CurvePoint {
        Uid moment;
        QPointF point;
        int score = 0;
    };
    // One curve: the journey-wide scores (persona null) or one persona's.
    struct Curve {
        Uid persona;
        QList<CurvePoint> points; // left to right
        QString svgPath;          // a smooth path through the points, for SVG and PDF
        QList<QPointF> polyline;  // the same curve sampled as short segments, for the canvas
    };

    LayoutMetrics metrics;
    QSizeF size;
    QList<Column> columns;        // in stage order
    QList<Row> rows;              // in lane order
    QList<Card> cards;            // by stage, then lane, then position
    QHash<Uid, qsizetype> cardIndex;
    QRectF curveArea;
    std::optional<double> lineOfVisibility; // y of the border above the first backstage lane
    QList<Curve> curves;          // journey-wide first, then each persona of the journey
    QHash<std::pair<Uid, Uid>, int> cellCounts; // (stage, lane) → cards in that cell

    static JourneyLayout compute(const Workspace &workspace, const Uid &journey,
                                 const LayoutMetrics &metrics = {});

    std::optional<QRectF> cardRect(const Uid &moment) const;
    // The cell under point and the position a card dropped there would take.
    struct Slot {
        Uid stage;
        Uid lane;
        int position = 0;
    };
    std::optional<Slot> slotAt(QPointF point) const;
    // Cards that intersect rect (a rubber band), in card order.
    QList<Uid> cardsIn(const QRectF &rect) const;
    // Index of the column / row under x / y, or -1.
    int columnAt(double x) const;
    int rowAt(double y) const;

    // A smooth SVG path through points, kept inside band (Catmull-Rom as cubic Béziers).
    static QString pathThrough(const QList<CurvePoint> &points, const QRectF &band);
    // The same curve as a polyline, each Bézier sampled in steps segments.
    static QList<QPointF> polylineThrough(const QList<CurvePoint> &points, const QRectF &band, int steps = 8);

    // Emotion scores and heights in the curve area: +2 at the top, -2 at the bottom.
    double yForScore(double score) const;
    int scoreAt(double y) const;
};

} // namespace cx
