// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/workspace.h"

#include <optional>

namespace cx {

// What a workshop's dot votes decided, as CSV for spreadsheets: one row per (ended voting
// round, moment with at least one dot), quoted as MomentsCsv quotes (RFC 4180, CRLF, UTF-8,
// a header row first). Rounds by start time (then journey title, then id); in a round, the
// moments in RoundResults' order (most dots first, ties in map order) with its competition
// rank, whether the rank is shared, and the dots each participant gave there ("Ana 2; Ben 1",
// in the round's participant order; anonymous seats as "Participant 3"). Times are ISO 8601
// UTC. A running round is left out: it has no results yet. Text is written as it is, like the
// moments' CSV (a name starting with = stays so, for a faithful round trip).
class VotesCsv
{
public:
    static QStringList header();
    // journey: only that journey's rounds. No ended round: the header alone.
    static QByteArray write(const Workspace &workspace, const std::optional<Uid> &journey = std::nullopt);
    // The ended rounds write() holds, in its order.
    static QList<VotingRound> endedRounds(const Workspace &workspace, const std::optional<Uid> &journey = std::nullopt);
};

} // namespace cx
