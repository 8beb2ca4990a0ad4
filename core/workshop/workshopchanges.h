// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/changeset.h"
#include "model/result.h"
#include "model/workspace.h"

#include <QCoreApplication>

namespace cx {

// The change sets of a workshop's edits, built from the current workspace and checked against
// the round's rules first (as Changes does for plain edits; nothing is applied here). On
// failure the change set is empty and *error says why in words for the facilitator. New
// records get their ids and times here, so the Document can push the change set as it is.
class WorkshopChanges
{
    Q_DECLARE_TR_FUNCTIONS(cx::WorkshopChanges)

public:
    // A new round on journey, started at when. participants empty: anonymous, seats counted.
    static ChangeSet startRound(const Workspace &w, const Uid &journey, const QString &name,
                                int dotsPerParticipant, const QStringList &participants, int seats,
                                bool hideTally, const QDateTime &when, Result *error);
    // One dot more (delta +1) or fewer (delta -1) from participant on moment, in a running
    // round. Refused past the participant's dots, or when there is no dot to take back.
    static ChangeSet castDot(const Workspace &w, const Uid &round, const Uid &moment,
                             const QString &participant, int delta, const QDateTime &when,
                             Result *error);
    static ChangeSet endRound(const Workspace &w, const Uid &round, const QDateTime &when, Result *error);
    // Marks as moments that matter the moments ranked 1 … n by the round's dots (a tie at
    // place n takes every tied moment, as RoundResults::top says).
    static ChangeSet markTop(const Workspace &w, const Uid &round, int n, Result *error);

    // A note at the end of journey's parking lot.
    static ChangeSet park(const Workspace &w, const Uid &journey, const QString &text,
                          ParkingKind kind, Result *error);
    // The note becomes a moment in the cell (stage, lane) at position, an insight or an
    // opportunity (its text the title), and leaves the lot: one change set.
    static ChangeSet noteToMoment(const Workspace &w, const Uid &note, const Uid &stage,
                                  const Uid &lane, int position, Result *error);
    static ChangeSet noteToInsight(const Workspace &w, const Uid &note, Result *error);
    static ChangeSet noteToOpportunity(const Workspace &w, const Uid &note, Result *error);
    // The note at a new place in its lot.
    static ChangeSet moveNote(const Workspace &w, const Uid &note, int position, Result *error);
};

} // namespace cx
