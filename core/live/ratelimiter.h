// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace cx {

// A token bucket: up to burst messages at once, refilled at perSecond. Time comes in as
// milliseconds on a monotonic clock, so tests can step it without waiting.
class RateLimiter
{
public:
    RateLimiter(int burst, double perSecond, qint64 nowMs)
        : m_burst(burst), m_perMs(perSecond / 1000.0), m_tokens(burst), m_last(nowMs) {}

    // True (and one message counted) when a message may pass now.
    bool allow(qint64 nowMs);

private:
    int m_burst;
    double m_perMs;
    double m_tokens;
    qint64 m_last;
};

} // namespace cx
