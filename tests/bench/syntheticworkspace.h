// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/link.h"
#include "model/node.h"
#include "model/result.h"
#include "model/workspace.h"

#include <QList>
#include <functional>

namespace cx::bench {

// The shape of a generated workspace. Counts of the other kinds follow from moments:
// elements ≈ moments / 10 (the six kinds in turn), metrics ≈ moments / 50, insights and
// opportunities ≈ moments / 100, votes ≈ moments / 20.
struct SyntheticOptions {
    int moments = 1000;
    int journeys = 1;
    int stagesPerJourney = 8;
    int lanesPerJourney = 8;
    int personas = 3;
    quint32 seed = 0x43584154;
};

// A deterministic, realistic-looking workspace for benchmarks: the same options always give
// the same records, uids and timestamps included (a seeded QRandomGenerator draws them all).
// Moments are spread over every stage × lane cell of the journeys with positions 0 … n-1 per
// cell; about 5 links per moment: each moment uses ~3 elements and is measured by 2 metrics,
// elements depend on one element further backstage, metrics drive a higher-level metric, and
// a few insights and opportunities explain and improve moments. Everything passes Rules.
struct SyntheticWorkspace {
    // What moments need to exist: personas, journeys, stages, lanes (parents first).
    QList<Node> skeleton;
    QList<Node> moments;
    // Elements, metrics, insights, opportunities, then votes (which refer to moments).
    QList<Node> others;
    // Follows links (persona → journey), the only ones the skeleton alone can hold.
    QList<Link> skeletonLinks;
    // Every other link.
    QList<Link> links;

    static SyntheticWorkspace generate(const SyntheticOptions &options);

    // Every record in creation order (skeleton, moments, others) and every link.
    QList<Node> allNodes() const;
    QList<Link> allLinks() const;
    qsizetype nodeCount() const { return skeleton.size() + moments.size() + others.size(); }
    qsizetype linkCount() const { return skeletonLinks.size() + links.size(); }
    // The same data in memory, as Document::workspace() holds it after opening the file.
    Workspace workspace() const;
};

// Called now and then while writing: records and links written so far, and the total.
using WriteProgress = std::function<void(qsizetype done, qsizetype total)>;

// Creates a new workspace file at path (WorkspaceFile::create) holding nodes and links,
// written through WorkspaceStore::apply as a few large change sets (one transaction each),
// the fastest way the store offers. nodes must be in creation order (parents first).
Result writeWorkspaceFile(const QString &path, const QList<Node> &nodes, const QList<Link> &links,
                          const WriteProgress &progress = {});

} // namespace cx::bench
