// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/workspace.h"

namespace cx {

// What a voting round decided: the moments by dots (competition ranking, "1224": moments with
// as many dots share a rank and the next rank skips), and how many dots each participant used.
struct RoundResults {
    struct Entry {
        Uid moment;
        int dots = 0;
        int rank = 0;       // 1 for the most dots
        bool tied = false;  // another moment has as many dots
    };
    struct Participation {
        QString participant;
        int used = 0;
        int of = 0;
    };

    QList<Entry> ranking;              // moments with at least one dot, most dots first
    QList<Participation> participation; // every voter of the round, in the round's order
    int totalDots = 0;

    // The round's results; ties are ordered by stage, then lane, then place in the cell.
    static RoundResults of(const Workspace &w, const Uid &round);
    // Dots per moment of the round.
    static QHash<Uid, int> dotsByMoment(const Workspace &w, const Uid &round);
    // The dots a journey's cards show: during a round, that round's (none while its tally is
    // hidden, so that early dots do not anchor the room); otherwise every vote they have had.
    static QHash<Uid, int> cardDots(const Workspace &w, const Uid &journey);
    // Dots one participant gave in the round, in total and on one moment.
    static int usedBy(const Workspace &w, const Uid &round, const QString &participant);
    static int dotsOn(const Workspace &w, const Uid &round, const Uid &moment, const QString &participant);

    // The moments ranked 1 … n: a tie at place n takes every tied moment, so the result may
    // hold more than n (never a moment with no dots).
    QList<Uid> top(int n) const;
    int participantsWhoVoted() const;
};

} // namespace cx
