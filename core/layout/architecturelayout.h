// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"
#include "model/uid.h"

#include <QFont>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSet>
#include <QStringList>
#include <optional>

namespace cx {

struct Workspace;

// Which part of the CX architecture to draw. Null uids mean "all".
struct ArchitectureFilter {
    Uid journey;
    Uid persona;             // only the journeys this persona follows
    Uid stage;               // only the moments of this stage
    bool mattersOnly = false; // only moments that matter (and what they reach)

    bool operator==(const ArchitectureFilter &) const = default;
};

// The fixed measures of the architecture picture, in layout units.
struct ArchitectureMetrics {
    double labelWidth = 132;  // the layer names at the left
    double boxWidth = 168;
    double boxHeight = 52;
    double gapX = 16;
    double layerGap = 56;     // between layers, room for the links' curves
    double metricsGap = 72;   // between the layers and the metrics column
    // Lines of title a box makes room for. The screen keeps one line (the inspector shows the
    // rest); paper cannot, so the PDF asks for more: then each layer's boxes grow to the
    // longest title in it, and a title that needs more still is cut and numbered in the key.
    int titleLines = 1;
    double titleSize = 14;    // the title's pixel size, as ArchitecturePainter draws it
    double keyWidth = 0;      // the key's lines at least this wide (the page's): fewer lines
};

// The layered picture of the CX architecture: the moments along the top in journey and stage
// order, the frontstage elements (stories, experiences, services) below them, the line of
// visibility, the backstage elements (processes, systems, data) below it, the metrics in a
// column beside in roll-up order (strategic at the top), and the insights and opportunities
// about the moments in a column beyond. Within each layer the order is chosen to reduce the
// links' crossings (barycentre sweeps, the moments' order fixed). The canvas, the PDF and the
// SVG exports all draw from this.
struct ArchitectureLayout {
    struct Box {
        Uid uid;
        NodeKind kind = NodeKind::Moment;
        int layer = 0;        // index into layers; metrics: -1
        QRectF rect;
        int keyNumber = 0;    // its number in the key when its title is cut; 0: shown whole
    };
    struct Layer {
        NodeKind kind = NodeKind::Moment;
        QRectF band;          // the whole row, label included
    };
    // A link as a cubic curve from one box's border to the other's.
    struct Edge {
        Uid from;
        Relation relation = Relation::Uses;
        Uid to;
        QPointF start;
        QPointF control1;
        QPointF control2;
        QPointF end;
    };

    ArchitectureMetrics metrics;
    QSizeF size;
    QList<Layer> layers;      // top to bottom, only kinds that have boxes
    QList<Box> boxes;         // layer by layer, left to right, then the metrics top to bottom
    QHash<Uid, qsizetype> boxIndex;
    QList<Edge> edges;
    std::optional<double> lineOfVisibility; // y between the frontstage and the backstage layers
    QRectF metricsColumn;
    QRectF notesColumn;       // the insights and opportunities, beside the metrics
    // Titles cut in their boxes (only with metrics.titleLines > 1), in keyNumber order; the
    // key under the picture writes them in full ("[n] title", wrapped to keyArea's width).
    QList<Uid> key;
    QStringList keyLines;
    QRectF keyArea;

    static ArchitectureLayout compute(const Workspace &workspace, const ArchitectureFilter &filter = {},
                                      const ArchitectureMetrics &metrics = {});

    // A box's title as printed: wrapped to the title width, at most metrics.titleLines lines,
    // the last elided and ending in "[n]" when the title is cut (keyNumber n).
    QStringList titleLinesOf(const QString &title, bool mattersMost, int keyNumber = 0) const;
    // The title's font: bold for a moment that matters.
    QFont titleFont(bool mattersMost) const;
    static constexpr double keySize = 12; // the key's pixel size

    std::optional<QRectF> rectOf(const Uid &uid) const;
    // The box under point, or null.
    Uid boxAt(QPointF point) const;
    // The box's whole chain over the drawn links: everything it reaches (what it uses, depends
    // on, measures, drives) and everything that reaches it, itself included.
    QSet<Uid> chainOf(const Uid &uid) const;
    // How many pairs of links between the same two adjacent layers cross: what the ordering
    // minimises, exposed for tests and for the benchmark.
    int crossings() const;
};

} // namespace cx
