// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace cx {

// The workshop timer as participants see it: hidden until the facilitator has used it, then
// the time left (counted down on the page while running) and the run's total.
struct LiveTimerState {
    bool shown = false;
    bool running = false;
    qint64 remainingMs = 0;
    qint64 totalMs = 0;

    bool operator==(const LiveTimerState &) const = default;
};

} // namespace cx
