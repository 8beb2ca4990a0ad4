// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace cx {

// The fixed measures of a journey map, in layout units (device-independent pixels at 100 %).
// One set for the canvas and the exporters, so screen and paper agree.
struct LayoutMetrics {
    double stageHeaderHeight = 52;
    double laneHeaderWidth = 176;
    double stageWidth = 248;       // a column the user has not resized
    double minStageWidth = 140;
    double laneHeight = 104;       // an empty lane the user has not resized
    double minLaneHeight = 56;
    double curveBandHeight = 168;  // the emotion curve's row when there is no emotions lane
    double cardHeight = 76;
    double cardGap = 8;
    double cellPadding = 10;
};

} // namespace cx
