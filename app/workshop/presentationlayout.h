// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layout/journeylayout.h"

#include <QList>
#include <QRectF>
#include <QString>

namespace cx {

// Where things go in the presentation's stage spotlight, in reference units: one unit is one
// pixel of a 1920 × 1080 screen, and QML scales everything by the screen's size, so the type
// grows and shrinks with the screen (titles stay at least 28 px, stage headers 40 px, at
// 1920 × 1080).
//
// The stages stand side by side as columns of one strip; the camera centres the current one
// and the views dim the rest. In a column: the stage's header, then each lane that holds
// moments there (its name in a gutter, its cards two to a line), then, across the whole strip,
// a band with the emotion curves mapped onto the columns. What does not fit the screen's height
// is counted (overflow) rather than shrunk below a size a room can read: the overview shows it.
//
// A pure value computed from the map's layout, so the spotlight always shows the same moments
// in the same order as the canvas.
struct PresentationLayout {
    static constexpr double screenWidth = 1920;
    static constexpr double screenHeight = 1080;
    static constexpr double columnWidth = 1120;
    static constexpr double columnGap = 64;
    static constexpr double headerTop = 28;
    static constexpr double headerHeight = 160;
    static constexpr double laneGutter = 210;
    static constexpr double bodyTop = 196;
    static constexpr double bodyBottom = 856;
    static constexpr double cardHeight = 136;
    static constexpr double cardGap = 14;
    static constexpr double curveTop = 888;
    static constexpr double curveHeight = 164;
    static constexpr int cardsPerLine = 2;

    struct Column {
        Uid stage;
        double x = 0;
        int overflow = 0; // moments of the stage that did not fit
    };
    struct LaneLabel {
        Uid lane;
        int column = 0;
        QRectF rect;
    };
    struct Card {
        Uid moment;
        int column = 0;
        QRectF rect;
    };
    struct Curve {
        Uid persona; // null for the journey-wide curve
        QString path; // SVG path data in strip units
    };

    QList<Column> columns;
    QList<LaneLabel> labels;
    QList<Card> cards;
    QList<Curve> curves;
    double width = 0;

    static PresentationLayout compute(const JourneyLayout &map);

    // The strip's x that shows at the screen's left edge when column is centred.
    static double cameraX(int column);
    // The strip's x of a map x (a point of the emotion curves), column by column.
    double stripX(const JourneyLayout &map, double mapX) const;
    static double yForScore(double score);
};

} // namespace cx
