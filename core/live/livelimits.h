// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace cx {

// What one participants' session accepts from the network, enforced by the server whatever the
// page does. The defaults are the documented limits (README and core/live/PROTOCOL.md); only
// tests lower them, to reach one quickly.
struct LiveLimits {
    int messageBytes = 4096;        // one WebSocket message; larger ones close the connection (1009)
    int nameChars = 40;             // a display name, after trimming
    int noteChars = 500;            // one parking-lot note, after trimming
    int notesPerParticipant = 20;   // parking-lot notes one participant may add in a session
    int participants = 200;         // people in one session (connected or not)
    int connectionsPerParticipant = 4; // tabs or devices one participant may have open at once;
                                       // participants × this is the most open sockets (1008 past it)
    int burst = 10;                 // messages a connection may send at once …
    double messagesPerSecond = 5;   // … and how fast that allowance refills
};

} // namespace cx
