// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

#include <algorithm>

namespace cx {

std::optional<Node> Workspace::node(const Uid &uid) const
{
    if (auto it = personas.constFind(uid); it != personas.cend()) return Node(*it);
    if (auto it = journeys.constFind(uid); it != journeys.cend()) return Node(*it);
    if (auto it = stages.constFind(uid); it != stages.cend()) return Node(*it);
    if (auto it = lanes.constFind(uid); it != lanes.cend()) return Node(*it);
    if (auto it = moments.constFind(uid); it != moments.cend()) return Node(*it);
    if (auto it = elements.constFind(uid); it != elements.cend()) return Node(*it);
    if (auto it = metrics.constFind(uid); it != metrics.cend()) return Node(*it);
    if (auto it = insights.constFind(uid); it != insights.cend()) return Node(*it);
    if (auto it = opportunities.constFind(uid); it != opportunities.cend()) return Node(*it);
    if (auto it = votes.constFind(uid); it != votes.cend()) return Node(*it);
    if (auto it = rounds.constFind(uid); it != rounds.cend()) return Node(*it);
    if (auto it = parkingNotes.constFind(uid); it != parkingNotes.cend()) return Node(*it);
    if (auto it = responseBatches.constFind(uid); it != responseBatches.cend()) return Node(*it);
    return std::nullopt;
}

std::optional<NodeKind> Workspace::kind(const Uid &uid) const
{
    if (personas.contains(uid)) return NodeKind::Persona;
    if (journeys.contains(uid)) return NodeKind::Journey;
    if (stages.contains(uid)) return NodeKind::Stage;
    if (lanes.contains(uid)) return NodeKind::Lane;
    if (moments.contains(uid)) return NodeKind::Moment;
    if (auto it = elements.constFind(uid); it != elements.cend()) return it->kind;
    if (metrics.contains(uid)) return NodeKind::Metric;
    if (insights.contains(uid)) return NodeKind::Insight;
    if (opportunities.contains(uid)) return NodeKind::Opportunity;
    if (votes.contains(uid)) return NodeKind::Vote;
    if (rounds.contains(uid)) return NodeKind::VotingRound;
    if (parkingNotes.contains(uid)) return NodeKind::ParkingNote;
    if (responseBatches.contains(uid)) return NodeKind::ResponseBatch;
    return std::nullopt;
}

void Workspace::put(const Node &node)
{
    struct Visitor {
        Workspace &w;
        void operator()(const Persona &n) { w.personas.insert(n.uid, n); }
        void operator()(const Journey &n) { w.journeys.insert(n.uid, n); }
        void operator()(const Stage &n) { w.stages.insert(n.uid, n); }
        void operator()(const Lane &n) { w.lanes.insert(n.uid, n); }
        void operator()(const Moment &n) { w.moments.insert(n.uid, n); }
        void operator()(const Element &n) { w.elements.insert(n.uid, n); }
        void operator()(const Metric &n) { w.metrics.insert(n.uid, n); }
        void operator()(const Insight &n) { w.insights.insert(n.uid, n); }
        void operator()(const Opportunity &n) { w.opportunities.insert(n.uid, n); }
        void operator()(const Vote &n) { w.votes.insert(n.uid, n); }
        void operator()(const VotingRound &n) { w.rounds.insert(n.uid, n); }
        void operator()(const ParkingNote &n) { w.parkingNotes.insert(n.uid, n); }
        void operator()(const ResponseBatch &n) { w.responseBatches.insert(n.uid, n); }
    };
    std::visit(Visitor{*this}, node);
}

void Workspace::remove(const Uid &uid)
{
    personas.remove(uid) || journeys.remove(uid) || stages.remove(uid) || lanes.remove(uid)
        || moments.remove(uid) || elements.remove(uid) || metrics.remove(uid)
        || insights.remove(uid) || opportunities.remove(uid) || votes.remove(uid)
        || rounds.remove(uid) || parkingNotes.remove(uid) || responseBatches.remove(uid);
}

template<typename T>
static QList<T> byPosition(const QHash<Uid, T> &all, const Uid &journey)
{
    QList<T> result;
    for (const T &item : all) {
        if (item.journey == journey)
            result.append(item);
    }
    std::sort(result.begin(), result.end(),
              [](const T &a, const T &b) { return a.position < b.position; });
    return result;
}

QList<Stage> Workspace::stagesOf(const Uid &journey) const { return byPosition(stages, journey); }
QList<Lane> Workspace::lanesOf(const Uid &journey) const { return byPosition(lanes, journey); }

QList<VotingRound> Workspace::roundsOf(const Uid &journey) const
{
    QList<VotingRound> result;
    for (const VotingRound &r : rounds) {
        if (r.journey == journey)
            result.append(r);
    }
    std::sort(result.begin(), result.end(), [](const VotingRound &a, const VotingRound &b) {
        return std::tuple(a.started, uidText(a.uid)) < std::tuple(b.started, uidText(b.uid));
    });
    return result;
}

QList<ResponseBatch> Workspace::batchesOf(const Uid &metric) const
{
    QList<ResponseBatch> result;
    for (const ResponseBatch &b : responseBatches) {
        if (b.metric == metric)
            result.append(b);
    }
    std::sort(result.begin(), result.end(), [](const ResponseBatch &a, const ResponseBatch &b) {
        return std::tuple(a.created, uidText(a.uid)) < std::tuple(b.created, uidText(b.uid));
    });
    return result;
}

QList<ParkingNote> Workspace::parkingLotOf(const Uid &journey) const
{
    return byPosition(parkingNotes, journey);
}

QList<Moment> Workspace::momentsIn(const Uid &stage, const Uid &lane) const
{
    QList<Moment> result;
    for (const Moment &m : moments) {
        if (m.stage == stage && m.lane == lane)
            result.append(m);
    }
    std::sort(result.begin(), result.end(),
              [](const Moment &a, const Moment &b) { return a.position < b.position; });
    return result;
}

QList<Uid> Workspace::personasOf(const Uid &journey) const
{
    QList<Uid> result;
    for (const Link &l : links) {
        if (l.relation == Relation::Follows && l.to == journey)
            result.append(l.from);
    }
    std::sort(result.begin(), result.end(), [this](const Uid &a, const Uid &b) {
        return personas.value(a).title < personas.value(b).title;
    });
    return result;
}

int Workspace::nodeCount() const
{
    return int(personas.size() + journeys.size() + stages.size() + lanes.size() + moments.size()
               + elements.size() + metrics.size() + insights.size() + opportunities.size());
}

} // namespace cx
