// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layout/journeylayout.h"

#include <QCoreApplication>
#include <QPainterPath>

class QPainter;

namespace cx {

// Paints one journey map the way the canvas shows it, from its JourneyLayout: stage headers,
// lanes tinted by kind, cards (title, channel · owner, evidence dot, ★ for a moment that
// matters, the user's colour as a bar), the emotion curves with their guides, the line of
// visibility, and a legend of the curves under the map. Used by the PDF, SVG and PNG exports.
// Draws in layout units from (0, 0) with the painter's current transform; holds references to
// the workspace and layout, which must outlive it.
class JourneyPainter
{
    Q_DECLARE_TR_FUNCTIONS(cx::JourneyPainter)

public:
    static constexpr double legendHeight = 40;

    JourneyPainter(const Workspace &workspace, const JourneyLayout &layout);

    // The map and its legend.
    QSizeF size() const;
    // Paints everything; only what meets clip (in layout units) when it is not null, so a tile
    // of a huge map costs what the tile shows.
    void paint(QPainter *painter, const QRectF &clip = {}) const;

    // An SVG path's M, L and C commands as a QPainterPath (what JourneyLayout writes).
    static QPainterPath pathFromSvg(const QString &svg);

private:
    void paintGrid(QPainter *painter, const QRectF &clip) const;
    void paintCard(QPainter *painter, const JourneyLayout::Card &card) const;
    void paintCurves(QPainter *painter, const QRectF &clip) const;
    void paintLegend(QPainter *painter) const;

    const Workspace &m_workspace;
    const JourneyLayout &m_layout;
    QHash<Uid, int> m_votes;
};

} // namespace cx
