// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"
#include "model/uid.h"

#include <QList>
#include <QString>

namespace cx {

class WorkspaceGraph;

struct RankedElement {
    Uid uid;
    NodeKind kind = NodeKind::System;
    QString title;
    int value = 0;             // see ValueRanking
    int moments = 0;           // moments that depend on it
    int momentsThatMatter = 0; // of which moments that matter
    double betweenness = 0;    // see ValueRanking
};

// Systems and processes ranked by the value they carry.
// - value = Σ importance(m) × (m is a moment that matters ? 2 : 1), over every moment m that
//   uses the element or uses an element that depends on it, through any chain of DependsOn
//   links; each moment counts once however many chains lead to it. One breadth-first search
//   per system or process.
// - betweenness: Brandes' betweenness centrality (unnormalised) of the element in the
//   architecture layer, i.e. the directed graph of all elements and their DependsOn links: how
//   many shortest service → … → data chains pass through it. Moments are left out of that
//   graph: they only start chains, and with them the cost grows with the whole workspace.
// Order: value (high first), then betweenness (high first), then title, then uid.
class ValueRanking
{
public:
    static constexpr int mattersMostWeight = 2;

    static QList<RankedElement> of(const WorkspaceGraph &graph);
};

} // namespace cx
