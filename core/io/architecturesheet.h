// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layout/architecturelayout.h"
#include "model/workspace.h"

#include <QSizeF>
#include <memory>

namespace cx {

// The CX architecture of one journey arranged for paper, in pictures that read at a printed
// size (PdfPages places them on pages):
// - nothing, when no element or metric is linked to the journey's moments (a strip of bare
//   moments tells a reader nothing);
// - the whole picture, when it fits the room at a readable scale;
// - otherwise bands: the moments that have links, in journey order, a few at a time, each band
//   with what those moments use and depend on and the metrics, insights and opportunities about
//   them. A band is a picture of its own (an element several bands use is in each), so a wide
//   journey reads down the pages like wrapped lines instead of running across a hundred pages.
// The layouts give a box's title up to five lines (ArchitectureMetrics::titleLines), then a key.
class ArchitectureSheet
{
public:
    struct Band {
        // The band's records (its moments and what they reach, and the links between them);
        // null for the whole picture, drawn from the workspace itself.
        std::shared_ptr<const Workspace> records;
        ArchitectureLayout layout;
        int firstMoment = 0; // 1-based, among the moments with links
        int lastMoment = 0;
        double scale = 0;    // points per layout unit on paper
    };

    static constexpr double minScale = 0.3;  // points per layout unit: 14 px titles at 4.2 pt
    static constexpr double bandScale = 0.42; // what a band aims for: titles at 5.9 pt
    static constexpr double maxScale = 0.5;

    // room: the page's content area in points. forTiles: always the whole picture, for
    // printing across pages at a chosen scale.
    ArchitectureSheet(const Workspace &workspace, const Uid &journey, QSizeF room, bool forTiles = false);

    // Whether there is anything to draw: some element or metric is linked to a moment.
    bool hasLinks() const { return m_linked > 0; }
    bool whole() const { return m_whole; }
    int momentCount() const { return m_moments; }
    int linkedMomentCount() const { return m_linked; }
    const QList<Band> &bands() const { return m_bands; }
    // The picture's size in layout units, its margin included (ArchitecturePainter::size).
    static QSizeF pictureSize(const ArchitectureLayout &layout);
    // The layout measures of a printed picture; its key as wide as width (layout units).
    static ArchitectureMetrics printMetrics(double keyWidth = 0);

private:
    std::shared_ptr<const Workspace> recordsOf(const QList<Uid> &moments) const;
    void planBands(const QList<Uid> &linked, QSizeF room);

    const Workspace &m_workspace;
    Uid m_journey;
    QHash<Uid, QList<Link>> m_linksOf;  // the links touching a record, both ends, but Drives
    QHash<Uid, QList<Link>> m_drivesOf; // a metric's Drives links
    int m_moments = 0;
    int m_linked = 0;
    bool m_whole = false;
    QList<Band> m_bands;
};

} // namespace cx
