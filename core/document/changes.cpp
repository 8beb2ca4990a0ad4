// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "changes.h"

#include "model/labels.h"
#include "model/rules.h"

#include <QSet>
#include <algorithm>

namespace cx {

namespace {

Result notFound(const Uid &uid)
{
    return Result::failure(ErrorCode::NotFound,
                           Changes::tr("There is no record %1 in this workspace.").arg(uidText(uid)));
}

// Sets each item's position to its index, recording the ones that change.
template<typename T>
void renumber(QList<T> ordered, QHash<Uid, NodeChange> &changes, const Workspace &w)
{
    for (int i = 0; i < ordered.size(); ++i) {
        T &item = ordered[i];
        if (item.position == i)
            continue;
        auto it = changes.find(item.uid);
        if (it == changes.end())
            it = changes.insert(item.uid, {*w.node(item.uid), Node(item)});
        std::get<T>(*it->after).position = i;
    }
}

ChangeSet collect(const QHash<Uid, NodeChange> &changes)
{
    ChangeSet result;
    result.nodes = changes.values();
    result.simplify();
    return result;
}

} // namespace

ChangeSet Changes::add(const Workspace &w, const QList<Node> &nodes, Result *error)
{
    QList<Node> ordered = nodes;
    std::stable_sort(ordered.begin(), ordered.end(), [](const Node &a, const Node &b) {
        return creationRank(kindOf(a)) < creationRank(kindOf(b));
    });
    // Several new records may refer to each other: check each against the workspace with
    // the ones before it added. A copy of the workspace shares its data until written.
    std::optional<Workspace> scratch;
    if (ordered.size() > 1)
        scratch = w;
    const Workspace &check = scratch ? *scratch : w;
    ChangeSet result;
    result.nodes.reserve(ordered.size());
    for (const Node &node : std::as_const(ordered)) {
        if (check.contains(uidOf(node))) {
            //: %1: the kind of record, a noun ("story", "moment"); %2: its title
            *error = Result::failure(ErrorCode::Invalid, tr("%1 “%2” already exists (id %3).")
                                                             .arg(label(kindOf(node)), titleOf(node),
                                                                  uidText(uidOf(node))));
            return {};
        }
        if (Result r = Rules::checkNode(check, node); !r) {
            *error = r;
            return {};
        }
        if (scratch)
            scratch->put(node);
        result.nodes.append({std::nullopt, node});
    }
    return result;
}

ChangeSet Changes::update(const Workspace &w, const Node &after, Result *error)
{
    const auto before = w.node(uidOf(after));
    if (!before) {
        *error = notFound(uidOf(after));
        return {};
    }
    if (before->index() != after.index()) {
        //: %1, %3: kinds of record, nouns ("story", "system"); %2: the record's title
        *error = Result::failure(ErrorCode::Invalid, tr("%1 “%2” cannot change into a %3.")
                                                         .arg(label(kindOf(*before)), titleOf(*before),
                                                              label(kindOf(after))));
        return {};
    }
    if (Result r = Rules::checkNode(w, after); !r) {
        *error = r;
        return {};
    }
    ChangeSet result;
    result.nodes.append({before, after});
    result.simplify();
    return result;
}

ChangeSet Changes::remove(const Workspace &w, const QList<Uid> &uids, Result *error)
{
    QSet<Uid> gone;
    using Cell = std::pair<Uid, Uid>;
    QSet<Uid> journeysTouched;
    QSet<Uid> lotsTouched;
    QSet<Cell> cellsTouched;
    auto cellKey = [](const Moment &m) { return Cell(m.stage, m.lane); };
    for (const Uid &uid : uids) {
        if (!w.contains(uid)) {
            *error = notFound(uid);
            return {};
        }
        gone.insert(uid);
    }
    // Containment: a journey takes its stages and lanes, and a stage or lane its moments.
    for (const Stage &s : w.stages) {
        if (gone.contains(s.journey))
            gone.insert(s.uid);
    }
    for (const Lane &l : w.lanes) {
        if (gone.contains(l.journey))
            gone.insert(l.uid);
    }
    for (const Moment &m : w.moments) {
        if (gone.contains(m.journey) || gone.contains(m.stage) || gone.contains(m.lane))
            gone.insert(m.uid);
    }
    for (const VotingRound &r : w.rounds) {
        if (gone.contains(r.journey))
            gone.insert(r.uid);
    }
    for (const ParkingNote &n : w.parkingNotes) {
        if (gone.contains(n.journey))
            gone.insert(n.uid);
    }
    for (const ResponseBatch &b : w.responseBatches) {
        if (gone.contains(b.metric))
            gone.insert(b.uid);
    }
    for (const Vote &v : w.votes) {
        if (gone.contains(v.moment) || gone.contains(v.round))
            gone.insert(v.uid);
    }

    QHash<Uid, NodeChange> changes;
    for (const Uid &uid : std::as_const(gone)) {
        changes.insert(uid, {w.node(uid), std::nullopt});
        if (const auto s = w.stages.constFind(uid); s != w.stages.cend())
            journeysTouched.insert(s->journey);
        else if (const auto l = w.lanes.constFind(uid); l != w.lanes.cend())
            journeysTouched.insert(l->journey);
        else if (const auto n = w.parkingNotes.constFind(uid); n != w.parkingNotes.cend())
            lotsTouched.insert(n->journey);
    }

    // What stays: renumber siblings, drop emotions of removed personas.
    for (const Uid &uid : uids) {
        if (const auto m = w.moments.constFind(uid); m != w.moments.cend())
            cellsTouched.insert(cellKey(*m));
    }
    QHash<Cell, QList<Moment>> cells;
    for (const Moment &m : w.moments) {
        if (gone.contains(m.uid))
            continue;
        Moment kept = m;
        kept.emotions.removeIf([&](const PersonaEmotion &e) { return gone.contains(e.persona); });
        if (kept.emotions != m.emotions)
            changes.insert(m.uid, {Node(m), Node(kept)});
        if (cellsTouched.contains(cellKey(m)))
            cells[cellKey(m)].append(m);
    }
    for (const Cell &key : std::as_const(cellsTouched)) {
        QList<Moment> cell = cells.value(key);
        std::sort(cell.begin(), cell.end(), [](const Moment &a, const Moment &b) { return a.position < b.position; });
        renumber(cell, changes, w);
    }
    for (const Uid &journey : std::as_const(journeysTouched)) {
        if (gone.contains(journey))
            continue;
        QList<Stage> stages = w.stagesOf(journey);
        stages.removeIf([&](const Stage &s) { return gone.contains(s.uid); });
        renumber(stages, changes, w);
        QList<Lane> lanes = w.lanesOf(journey);
        lanes.removeIf([&](const Lane &l) { return gone.contains(l.uid); });
        renumber(lanes, changes, w);
    }
    for (const Uid &journey : std::as_const(lotsTouched)) {
        if (gone.contains(journey))
            continue;
        QList<ParkingNote> lot = w.parkingLotOf(journey);
        lot.removeIf([&](const ParkingNote &n) { return gone.contains(n.uid); });
        renumber(lot, changes, w);
    }

    ChangeSet result = collect(changes);
    for (const Link &link : w.links) {
        if (gone.contains(link.from) || gone.contains(link.to))
            result.links.append({link, false});
    }
    return result;
}

ChangeSet Changes::moveMoments(const Workspace &w, const QList<Uid> &moments, const Uid &stage,
                               const Uid &lane, int position, Result *error)
{
    const auto s = w.stages.constFind(stage);
    const auto l = w.lanes.constFind(lane);
    if (s == w.stages.cend() || l == w.lanes.cend() || s->journey != l->journey) {
        *error = Result::failure(ErrorCode::Invalid,
                                 tr("Moments can only move to a stage and lane of one journey."));
        return {};
    }
    QSet<Uid> moving;
    QSet<std::pair<Uid, Uid>> sources;
    for (const Uid &uid : moments) {
        const auto m = w.moments.constFind(uid);
        if (m == w.moments.cend()) {
            *error = notFound(uid);
            return {};
        }
        if (m->journey != s->journey) {
            *error = Result::failure(ErrorCode::Invalid,
                                     tr("Moment “%1” belongs to another journey; copy it instead.")
                                         .arg(m->title));
            return {};
        }
        moving.insert(uid);
        sources.insert({m->stage, m->lane});
    }
    QHash<Uid, NodeChange> changes;
    // The target cell without the moving cards, then the moving cards at position.
    QList<Moment> target = w.momentsIn(stage, lane);
    target.removeIf([&](const Moment &m) { return moving.contains(m.uid); });
    const qsizetype at = std::clamp<qsizetype>(position, 0, target.size());
    QList<Moment> inserted;
    for (const Uid &uid : moments) {
        Moment m = w.moments.value(uid);
        m.stage = stage;
        m.lane = lane;
        inserted.append(m);
    }
    target.insert(at, inserted.size(), Moment());
    std::copy(inserted.cbegin(), inserted.cend(), target.begin() + at);
    for (int i = 0; i < target.size(); ++i) {
        Moment after = target[i];
        after.position = i;
        const Moment &before = w.moments[after.uid];
        if (!(after == before))
            changes.insert(after.uid, {Node(before), Node(after)});
    }
    for (const auto &[fromStage, fromLane] : std::as_const(sources)) {
        if (fromStage == stage && fromLane == lane)
            continue;
        QList<Moment> rest = w.momentsIn(fromStage, fromLane);
        rest.removeIf([&](const Moment &m) { return moving.contains(m.uid); });
        renumber(rest, changes, w);
    }
    return collect(changes);
}

ChangeSet Changes::insertMoments(const Workspace &w, QList<Moment> moments, const Uid &stage,
                                 const Uid &lane, int position, Result *error)
{
    const auto s = w.stages.constFind(stage);
    const auto l = w.lanes.constFind(lane);
    if (s == w.stages.cend() || l == w.lanes.cend() || s->journey != l->journey) {
        *error = Result::failure(ErrorCode::Invalid,
                                 tr("Moments can only go into a stage and lane of one journey."));
        return {};
    }
    QList<Moment> cell = w.momentsIn(stage, lane);
    const qsizetype at = std::clamp<qsizetype>(position, 0, cell.size());
    for (Moment &m : moments) {
        m.journey = s->journey;
        m.stage = stage;
        m.lane = lane;
        if (w.contains(m.uid)) {
            *error = Result::failure(ErrorCode::Invalid, tr("Moment “%1” already exists.").arg(m.title));
            return {};
        }
    }
    cell.insert(at, moments.size(), Moment());
    std::copy(moments.cbegin(), moments.cend(), cell.begin() + at);
    ChangeSet result;
    for (int i = 0; i < cell.size(); ++i) {
        Moment m = cell[i];
        const bool isNew = i >= at && i < at + moments.size();
        m.position = i;
        if (isNew) {
            if (Result r = Rules::checkNode(w, m); !r) {
                *error = r;
                return {};
            }
            result.nodes.append({std::nullopt, Node(m)});
        } else if (m.position != w.moments.value(m.uid).position) {
            result.nodes.append({Node(w.moments.value(m.uid)), Node(m)});
        }
    }
    return result;
}

ChangeSet Changes::insertBand(const Workspace &w, const Node &stageOrLane, int position, Result *error)
{
    if (w.contains(uidOf(stageOrLane))) {
        *error = Result::failure(ErrorCode::Invalid, tr("“%1” already exists.").arg(titleOf(stageOrLane)));
        return {};
    }
    ChangeSet result;
    auto place = [&](auto band, auto siblings) {
        const qsizetype at = std::clamp<qsizetype>(position, 0, siblings.size());
        band.position = int(at);
        if (Result r = Rules::checkNode(w, Node(band)); !r) {
            *error = r;
            return;
        }
        result.nodes.append({std::nullopt, Node(band)});
        for (qsizetype i = at; i < siblings.size(); ++i) {
            auto moved = siblings[i];
            moved.position = int(i + 1);
            result.nodes.append({Node(siblings[i]), Node(moved)});
        }
    };
    if (const Stage *stage = std::get_if<Stage>(&stageOrLane))
        place(*stage, w.stagesOf(stage->journey));
    else if (const Lane *lane = std::get_if<Lane>(&stageOrLane))
        place(*lane, w.lanesOf(lane->journey));
    else
        *error = Result::failure(ErrorCode::Invalid, tr("Only stages and lanes are placed this way."));
    if (!error->ok())
        return {};
    return result;
}

ChangeSet Changes::reorder(const Workspace &w, const Uid &uid, int position, Result *error)
{
    QHash<Uid, NodeChange> changes;
    auto move = [&](auto ordered) {
        const auto from = std::find_if(ordered.begin(), ordered.end(),
                                       [&](const auto &item) { return item.uid == uid; });
        auto item = *from;
        ordered.erase(from);
        ordered.insert(std::clamp<qsizetype>(position, 0, ordered.size()), item);
        renumber(ordered, changes, w);
    };
    if (const auto s = w.stages.constFind(uid); s != w.stages.cend())
        move(w.stagesOf(s->journey));
    else if (const auto l = w.lanes.constFind(uid); l != w.lanes.cend())
        move(w.lanesOf(l->journey));
    else {
        *error = Result::failure(ErrorCode::Invalid, tr("Only stages and lanes can be reordered."));
        return {};
    }
    return collect(changes);
}

ChangeSet Changes::link(const Workspace &w, const Link &link, Result *error)
{
    if (Result r = Rules::checkLink(w, link); !r) {
        *error = r;
        return {};
    }
    ChangeSet result;
    result.links.append({link, true});
    return result;
}

ChangeSet Changes::unlink(const Workspace &w, const Link &link, Result *error)
{
    if (!w.links.contains(link)) {
        *error = Result::failure(ErrorCode::NotFound, tr("Those two are not linked."));
        return {};
    }
    ChangeSet result;
    result.links.append({link, false});
    return result;
}

} // namespace cx
