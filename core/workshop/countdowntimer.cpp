// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "countdowntimer.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <algorithm>
#include <memory>

namespace cx {

namespace {

CountdownTimer::Clock monotonicClock()
{
    // Shared so copies of the function read the same origin.
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    return [timer] { return timer->elapsed(); };
}

} // namespace

CountdownTimer::CountdownTimer(Clock clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock ? std::move(clock) : monotonicClock())
{
}

qint64 CountdownTimer::remainingMs()
{
    if (!m_running)
        return m_leftMs;
    const qint64 left = m_leftMs - (now() - m_startedAt);
    if (left > 0)
        return left;
    // Ran out since the last look: stop here, so every later look agrees.
    m_running = false;
    m_finished = true;
    m_leftMs = 0;
    Q_EMIT changed();
    Q_EMIT finished();
    return 0;
}

void CountdownTimer::poll()
{
    remainingMs();
}

void CountdownTimer::setDurationMs(qint64 ms)
{
    m_durationMs = std::clamp<qint64>(ms, 1000, maxDurationMs);
    reset();
}

qint64 CountdownTimer::parseDuration(const QString &text)
{
    static const QRegularExpression minutes(QStringLiteral(R"(^\s*(\d{1,3})\s*(?:m|min)?\s*$)"));
    static const QRegularExpression minSec(QStringLiteral(R"(^\s*(\d{1,3})\s*:\s*([0-5]\d)\s*$)"));
    static const QRegularExpression seconds(QStringLiteral(R"(^\s*(\d{1,5})\s*s\s*$)"));
    qint64 ms = -1;
    if (const auto m = minutes.match(text); m.hasMatch())
        ms = m.captured(1).toLongLong() * 60 * 1000;
    else if (const auto m2 = minSec.match(text); m2.hasMatch())
        ms = (m2.captured(1).toLongLong() * 60 + m2.captured(2).toLongLong()) * 1000;
    else if (const auto s = seconds.match(text); s.hasMatch())
        ms = s.captured(1).toLongLong() * 1000;
    if (ms <= 0 || ms > maxDurationMs)
        return -1;
    return ms;
}

bool CountdownTimer::setTyped(const QString &text)
{
    const qint64 ms = parseDuration(text);
    if (ms < 0)
        return false;
    setDurationMs(ms);
    return true;
}

void CountdownTimer::start()
{
    if (m_running)
        return;
    if (m_finished || m_leftMs <= 0) {
        m_leftMs = m_durationMs;
        m_totalMs = m_durationMs;
    }
    m_finished = false;
    m_running = true;
    m_startedAt = now();
    Q_EMIT changed();
}

void CountdownTimer::pause()
{
    if (!m_running)
        return;
    const qint64 left = remainingMs();
    if (!m_running)
        return; // it ran out at this very look
    m_leftMs = left;
    m_running = false;
    Q_EMIT changed();
}

void CountdownTimer::addMinute()
{
    constexpr qint64 minute = 60 * 1000;
    if (m_running) {
        // Moving the start keeps the arithmetic in one place.
        const qint64 left = remainingMs();
        if (m_running) {
            m_leftMs = std::min(left + minute, maxDurationMs);
            m_startedAt = now();
            m_totalMs = std::max(m_totalMs + minute, m_leftMs);
            Q_EMIT changed();
            return;
        }
    }
    if (m_finished) {
        m_finished = false;
        m_leftMs = minute;
        m_totalMs = minute;
    } else {
        m_leftMs = std::min(m_leftMs + minute, maxDurationMs);
        m_totalMs = std::max(m_totalMs + minute, m_leftMs);
    }
    Q_EMIT changed();
}

void CountdownTimer::reset()
{
    m_running = false;
    m_finished = false;
    m_leftMs = m_durationMs;
    m_totalMs = m_durationMs;
    Q_EMIT changed();
}

QString CountdownTimer::format(qint64 ms)
{
    const qint64 total = (std::max<qint64>(ms, 0) + 999) / 1000;
    const qint64 h = total / 3600, m = (total / 60) % 60, s = total % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

} // namespace cx
