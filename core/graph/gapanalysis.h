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

enum class GapKind {
    MomentWithoutMetric,    // a moment that matters that nothing measures
    MomentWithoutOwner,     // a moment that matters with an empty owner
    MomentWithoutBackstage, // a moment that matters that no system, process or data supports
    UnlinkedElement,        // an element with no link at all
    MetricWithoutGoal,      // an operational or tactical metric that leads to no strategic one
    MetricCycle,            // metrics that drive each other round a cycle
};

// One finding. For a cycle, uid and title are those of its first member and cycle lists all.
struct Gap {
    GapKind kind = GapKind::MomentWithoutMetric;
    Uid uid;
    NodeKind itemKind = NodeKind::Moment;
    QString title;
    QString message; // translated; names the item (and its journey, for a moment)
    QList<Uid> cycle;
    QStringList cycleTitles;
};

struct GapReport {
    QList<Gap> gaps; // by kind (in GapKind order), then title, then uid
    bool isEmpty() const { return gaps.isEmpty(); }
    int count(GapKind kind) const;
};

// Gaps in the CX architecture: what `cxatlas check` reports. The definitions:
// - Without a metric: no metric measures the moment, nor any element the moment uses directly.
//   Deeper dependencies do not count: a measure of the core banking system's uptime does not
//   tell how the customer fared at this moment.
// - Without backstage support: no chain of Uses and DependsOn links leads from the moment to a
//   system, process or data element (one multi-source breadth-first search back from every
//   backstage element).
// - Unlinked element: no link of any relation, in or out.
// - Without a goal, and cycles: see MetricHierarchy.
class GapAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(cx::GapAnalysis)

public:
    static GapReport of(const WorkspaceGraph &graph);
    // The stable name of a kind, for JSON ("moment-without-metric" …). Never translated.
    static QString name(GapKind kind);
    // A translated heading for the findings of one kind.
    static QString heading(GapKind kind);
};

} // namespace cx
