// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bandlistmodel.h"
#include "cardlistmodel.h"
#include "curvelistmodel.h"
#include "pointlistmodel.h"

#include "layout/journeylayout.h"
#include "model/workspace.h"

#include <QSet>

namespace cx {

// What the canvas's list models show for one journey: rows built from its layout and the
// workspace. A plain value, so the canvas can hand each list to its model's sync().
struct CanvasRows {
    QList<BandRow> stages;
    QList<BandRow> lanes;
    QList<CardRow> cards;
    QList<CurveRow> curves;
    QList<PointRow> points; // the curves' handles, where a stage has room for them

    // journeyCurve titles the journey-wide curve in the legend (translated by the caller).
    static CanvasRows build(const JourneyLayout &layout, const Workspace &workspace, const QSet<Uid> &selection,
                            const QSet<Uid> &hiddenCurves, const QString &journeyCurve);
};

} // namespace cx
