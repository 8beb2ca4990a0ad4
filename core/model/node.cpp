// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "node.h"

namespace cx {

Uid uidOf(const Node &node)
{
    return std::visit([](const auto &n) { return n.uid; }, node);
}

NodeKind kindOf(const Node &node)
{
    struct Visitor {
        NodeKind operator()(const Persona &) const { return NodeKind::Persona; }
        NodeKind operator()(const Journey &) const { return NodeKind::Journey; }
        NodeKind operator()(const Stage &) const { return NodeKind::Stage; }
        NodeKind operator()(const Lane &) const { return NodeKind::Lane; }
        NodeKind operator()(const Moment &) const { return NodeKind::Moment; }
        NodeKind operator()(const Element &e) const { return e.kind; }
        NodeKind operator()(const Metric &) const { return NodeKind::Metric; }
        NodeKind operator()(const Insight &) const { return NodeKind::Insight; }
        NodeKind operator()(const Opportunity &) const { return NodeKind::Opportunity; }
        NodeKind operator()(const Vote &) const { return NodeKind::Vote; }
        NodeKind operator()(const VotingRound &) const { return NodeKind::VotingRound; }
        NodeKind operator()(const ParkingNote &) const { return NodeKind::ParkingNote; }
        NodeKind operator()(const ResponseBatch &) const { return NodeKind::ResponseBatch; }
    };
    return std::visit(Visitor{}, node);
}

QString titleOf(const Node &node)
{
    struct Visitor {
        QString operator()(const Vote &v) const { return v.participant; }
        QString operator()(const NodeBase &n) const { return n.title; }
    };
    return std::visit(Visitor{}, node);
}

int creationRank(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Journey: return 1;
    case NodeKind::Stage:
    case NodeKind::Lane:
    case NodeKind::VotingRound:
    case NodeKind::ParkingNote: return 2;
    case NodeKind::Moment: return 3;
    case NodeKind::Vote: return 4;
    case NodeKind::ResponseBatch: return 1; // after its metric
    default: return 0; // personas, elements, metrics, insights, opportunities stand alone
    }
}

} // namespace cx
