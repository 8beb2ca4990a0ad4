// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layout/architecturelayout.h"
#include "model/workspace.h"

#include <QCoreApplication>

class QPainter;

namespace cx {

// Paints the CX architecture as the Architecture view shows it, from its ArchitectureLayout:
// the layer names at the left, the links as curves, the boxes (a bar coloured by kind, title,
// detail, ★ for a moment that matters), the line of visibility, the metrics column and the key of
// titles cut short. Draws in layout units from (0, 0); holds references to the workspace and
// layout, which must outlive it.
class ArchitecturePainter
{
    Q_DECLARE_TR_FUNCTIONS(cx::ArchitecturePainter)

public:
    static constexpr double margin = 24; // room around the picture for the headings

    ArchitecturePainter(const Workspace &workspace, const ArchitectureLayout &layout);

    QSizeF size() const;
    // Paints everything; only what meets clip (picture units, margin included) when it is not
    // null, so a tile of a wide picture costs what the tile shows.
    void paint(QPainter *painter, const QRectF &clip = {}) const;
    // The second line of a box: journey · stage (the stage alone when every moment drawn is of
    // one journey), kind · level, or the owner.
    QString detailOf(const ArchitectureLayout::Box &box) const;

private:
    void paintBox(QPainter *painter, const ArchitectureLayout::Box &box) const;

    const Workspace &m_workspace;
    const ArchitectureLayout &m_layout;
    bool m_oneJourney = true;
};

} // namespace cx
