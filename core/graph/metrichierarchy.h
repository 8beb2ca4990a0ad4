// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"
#include "model/uid.h"

#include <QList>
#include <QStringList>

namespace cx {

class WorkspaceGraph;

// Metrics that drive each other round in a circle, in the order they drive: metrics[0] drives
// metrics[1] … and the last drives metrics[0]. Starts at the member first by title.
struct MetricCycle {
    QList<Uid> metrics;
    QStringList titles;
    // "A → B → C → A"
    QString pathText() const;
};

struct RollUpEntry {
    Uid uid;
    QString title;
    MetricLevel level = MetricLevel::Operational;
    QList<Uid> drives;     // the metrics it drives directly, in roll-up order
    int stepsToGoal = -1;  // fewest Drives links to a strategic metric; -1 when it reaches none
};

struct MetricHierarchyReport {
    // Every metric once, each before the metrics that drive it: strategic goals first, down to
    // the tactical measures. Among metrics free to go in any order: strategic, operational,
    // tactical, then by title. Within a cycle the order is that of a depth-first search.
    QList<RollUpEntry> rollUp;
    QList<MetricCycle> cycles;
    // Operational and tactical metrics with no chain of Drives links to any strategic metric,
    // in roll-up order.
    QList<Uid> withoutGoal;
};

// The metric hierarchy (tactical → operational → strategic along Drives links). One
// boost::depth_first_visit per metric, in the order above, sharing one colour map: finishing
// order gives the roll-up order, back edges the cycles (one per back edge, so every cycle is
// covered by at least one reported path). A breadth-first search back from the strategic
// metrics finds those that reach a goal.
class MetricHierarchy
{
public:
    static MetricHierarchyReport of(const WorkspaceGraph &graph);
};

} // namespace cx
