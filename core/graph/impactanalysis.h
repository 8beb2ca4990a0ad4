// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"
#include "model/uid.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace cx {

class WorkspaceGraph;
struct Workspace;

// One record that depends on the source of an impact analysis.
struct ImpactedItem {
    Uid uid;
    NodeKind kind = NodeKind::Moment;
    QString title;
    int depth = 0;          // links between the source and the item along the path
    QList<Uid> path;        // from the source to the item, both included
    QStringList pathTitles; // the same, by title
    // Moments only: their journey, and what ranks them.
    Uid journey;
    QString journeyTitle;
    bool mattersMost = false;
    int importance = 0;
    QString message;        // translated, names the item and how it depends on the source
};

// Everything that depends on one element or metric, transitively.
struct ImpactReport {
    Uid source;
    NodeKind sourceKind = NodeKind::System;
    QString sourceTitle;
    QList<ImpactedItem> moments;  // moments that matter first, then importance (high first), title
    QList<ImpactedItem> elements; // elements that depend on the source; by depth, then title
    QList<ImpactedItem> journeys; // by depth, then title
    QList<ImpactedItem> personas; // by depth, then title
    QList<ImpactedItem> metrics;  // for a metric: the higher metrics it drives; by depth, title

    bool isEmpty() const;
    QString summary() const; // translated, one line
};

// Impact: what suffers when an element fails or changes, or what loses its measure when a
// metric does. The dependencies, each followed against the link's direction:
//   an element used by a moment (Uses) → the moment;
//   an element another element depends on (DependsOn) → that element;
//   a moment → its journey; a journey → the personas that follow it (Follows) and the moment
//   of a larger journey that opens it (OpensJourney), and on from there.
// For a metric, the search starts from what it measures (moments and elements, Measures) and
// also climbs the metrics it drives (Drives). One breadth-first search: depth and path are
// those of a shortest dependency chain.
class ImpactAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(cx::ImpactAnalysis)

public:
    // An empty report (isEmpty, null source) when source is not an element or metric of graph.
    static ImpactReport of(const WorkspaceGraph &graph, const Uid &source);
    // The elements and metrics that text names: the one whose uid it is, or those whose title
    // equals it ignoring case. Sorted by title, then uid.
    static QList<Uid> find(const Workspace &workspace, const QString &text);
};

} // namespace cx
