// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "node.h"

#include <algorithm>

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

namespace {

struct References {
    QList<Uid> operator()(const Stage &s) const { return {s.journey}; }
    QList<Uid> operator()(const Lane &l) const { return {l.journey}; }
    QList<Uid> operator()(const Moment &m) const
    {
        QList<Uid> refs{m.journey, m.stage, m.lane};
        for (const PersonaEmotion &e : m.emotions)
            refs.append(e.persona);
        return refs;
    }
    QList<Uid> operator()(const Vote &v) const { return {v.round, v.moment}; }
    QList<Uid> operator()(const VotingRound &r) const { return {r.journey}; }
    QList<Uid> operator()(const ParkingNote &n) const { return {n.journey}; }
    QList<Uid> operator()(const ResponseBatch &b) const { return {b.metric}; }
    template<typename T>
    QList<Uid> operator()(const T &) const { return {}; }
};

} // namespace

QList<Uid> referencesOf(const Node &node)
{
    QList<Uid> refs = std::visit(References{}, node);
    std::sort(refs.begin(), refs.end());
    refs.erase(std::unique(refs.begin(), refs.end()), refs.end());
    return refs;
}

} // namespace cx
