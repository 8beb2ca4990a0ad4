// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "livetimerstate.h"
#include "model/workspace.h"

#include <QHash>
#include <QJsonObject>
#include <optional>

namespace cx {

// What participants may see of a workspace, as the protocol's JSON (PROTOCOL.md). Only the
// shown journey's title, the shown stage with its moments' titles and channels, the running
// round and the timer leave the program: never notes, personas, other journeys or file names.
class LiveState
{
public:
    // stage when it is one of journey's stages, otherwise the journey's first (null: none).
    static Uid shownStage(const Workspace &w, const Uid &journey, const Uid &stage);
    static std::optional<VotingRound> runningRound(const Workspace &w, const Uid &journey);
    // The "state" message every participant gets.
    static QJsonObject shared(const Workspace &w, const Uid &journey, const Uid &stage,
                              const LiveTimerState &timer);
    // Each voter's dots per moment in a round.
    static QHash<QString, QHash<Uid, int>> dotsByVoter(const Workspace &w, const Uid &round);
    // The "you" message: voter is the participant's name or seat in the running round (""
    // before their first dot); dots their dots per moment there.
    static QJsonObject personal(const std::optional<VotingRound> &round, const QString &name,
                                const QHash<Uid, int> &dots, int notes, int notesLimit);
};

} // namespace cx
