// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "link.h"
#include "node.h"
#include "responsebatch.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <optional>

namespace cx {

// Everything one workspace holds, in memory. A plain value: the Document owns one and keeps it
// equal to the file; tests compare two with ==.
struct Workspace {
    QHash<Uid, Persona> personas;
    QHash<Uid, Journey> journeys;
    QHash<Uid, Stage> stages;
    QHash<Uid, Lane> lanes;
    QHash<Uid, Moment> moments;
    QHash<Uid, Element> elements;
    QHash<Uid, Metric> metrics;
    QHash<Uid, Insight> insights;
    QHash<Uid, Opportunity> opportunities;
    QHash<Uid, Vote> votes;
    QHash<Uid, VotingRound> rounds;
    QHash<Uid, ParkingNote> parkingNotes;
    QHash<Uid, ResponseBatch> responseBatches;
    QSet<Link> links;

    bool operator==(const Workspace &) const = default;

    std::optional<Node> node(const Uid &uid) const;
    std::optional<NodeKind> kind(const Uid &uid) const;
    bool contains(const Uid &uid) const { return kind(uid).has_value(); }
    // Inserts or replaces the record with the node's uid.
    void put(const Node &node);
    void remove(const Uid &uid);

    // Ordered views of one journey, by position.
    QList<Stage> stagesOf(const Uid &journey) const;
    QList<Lane> lanesOf(const Uid &journey) const;
    // A journey's voting rounds by start time, and its parking lot by position.
    QList<VotingRound> roundsOf(const Uid &journey) const;
    QList<ParkingNote> parkingLotOf(const Uid &journey) const;
    // Moments of one cell, ordered by position.
    QList<Moment> momentsIn(const Uid &stage, const Uid &lane) const;

    QList<Uid> personasOf(const Uid &journey) const;
    int nodeCount() const;
};

} // namespace cx
