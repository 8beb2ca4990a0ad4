// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratelimiter.h"

#include <algorithm>

namespace cx {

bool RateLimiter::allow(qint64 nowMs)
{
    if (nowMs > m_last) {
        m_tokens = std::min<double>(m_burst, m_tokens + double(nowMs - m_last) * m_perMs);
        m_last = nowMs;
    }
    if (m_tokens < 1.0)
        return false;
    m_tokens -= 1.0;
    return true;
}

} // namespace cx
