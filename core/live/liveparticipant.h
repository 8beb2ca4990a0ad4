// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cx {

// One participant of a session as the facilitator's panel lists them.
struct LiveParticipantInfo {
    QString id;          // stable for the session ("p1", "p2", …)
    QString name;        // the display name; empty while anonymous
    bool connected = false;
    int used = 0;        // dots used in the journey's running round
    int dots = 0;        // dots each participant has in that round (0: no round runs)
    int notes = 0;       // parking-lot notes added in this session

    bool operator==(const LiveParticipantInfo &) const = default;
};

} // namespace cx
