// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nodebase.h"
#include "uid.h"

#include <QStringList>

namespace cx {

// A dot-voting round of a workshop on one journey (title: its name). Not linkable: a round and
// its votes live in their own tables. Participants are named, or counted anonymously as seats
// numbered 1 … seats (the participant of a vote is then the seat's number).
struct VotingRound : NodeBase {
    static constexpr int minDots = 1;
    static constexpr int maxDots = 20;
    static constexpr int maxSeats = 200;

    Uid journey;
    int dotsPerParticipant = 3;
    QStringList participants;  // named participants, in strip order; empty when anonymous
    int seats = 0;             // anonymous participants when participants is empty
    bool hideTally = false;    // dots stay hidden on the cards until the round ends
    QDateTime started;
    QDateTime ended;           // invalid while the round runs

    bool isRunning() const { return !ended.isValid(); }
    bool isAnonymous() const { return participants.isEmpty(); }
    // Who may vote: the names, or "1" … "seats".
    QStringList voters() const;

    bool operator==(const VotingRound &) const = default;
};

} // namespace cx
