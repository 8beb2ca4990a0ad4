// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacediff.h"

#include <algorithm>

namespace cx {

namespace {

template<typename T>
void append(QList<Node> &out, const QHash<Uid, T> &records)
{
    for (const T &record : records)
        out.append(Node(record));
}

} // namespace

QList<Node> WorkspaceDiff::nodesOf(const Workspace &w)
{
    QList<Node> out;
    out.reserve(w.nodeCount());
    append(out, w.personas);
    append(out, w.journeys);
    append(out, w.stages);
    append(out, w.lanes);
    append(out, w.moments);
    append(out, w.elements);
    append(out, w.metrics);
    append(out, w.insights);
    append(out, w.opportunities);
    append(out, w.votes);
    append(out, w.rounds);
    append(out, w.parkingNotes);
    append(out, w.responseBatches);
    std::sort(out.begin(), out.end(), [](const Node &a, const Node &b) {
        const int ra = creationRank(kindOf(a));
        const int rb = creationRank(kindOf(b));
        return ra != rb ? ra < rb : uidOf(a) < uidOf(b);
    });
    return out;
}

ChangeSet WorkspaceDiff::between(const Workspace &from, const Workspace &to)
{
    ChangeSet change;
    const QList<Node> before = nodesOf(from);
    const QList<Node> after = nodesOf(to);
    for (const Node &n : before) {
        const auto other = to.node(uidOf(n));
        if (!other)
            change.nodes.append({n, std::nullopt});
        else if (!(*other == n))
            change.nodes.append({n, *other});
    }
    for (const Node &n : after) {
        if (!from.contains(uidOf(n)))
            change.nodes.append({std::nullopt, n});
    }
    for (const Link &l : from.links) {
        if (!to.links.contains(l))
            change.links.append({l, false});
    }
    for (const Link &l : to.links) {
        if (!from.links.contains(l))
            change.links.append({l, true});
    }
    return change;
}

} // namespace cx
