// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshoptimer.h"

#include <QElapsedTimer>
#include <memory>

namespace cx {

namespace {

// The real clock, or the manual one once a test asks for it: one function, read through the
// owner's flag, since the core timer takes its clock once.
CountdownTimer::Clock switchableClock(const bool *manual, const qint64 *manualNow)
{
    auto real = std::make_shared<QElapsedTimer>();
    real->start();
    return [real, manual, manualNow] { return *manual ? *manualNow : real->elapsed(); };
}

} // namespace

WorkshopTimer::WorkshopTimer(QObject *parent)
    : QObject(parent)
    , m_timer(switchableClock(&m_manual, &m_manualNow))
{
    m_tick.setInterval(250);
    connect(&m_tick, &QTimer::timeout, this, [this] { m_timer.poll(); refresh(); });
    connect(&m_timer, &CountdownTimer::changed, this, [this] {
        if (m_timer.isRunning())
            m_tick.start();
        else
            m_tick.stop();
        refresh();
        Q_EMIT stateChanged();
    });
    connect(&m_timer, &CountdownTimer::finished, this, &WorkshopTimer::ended);
    refresh();
}

QVariantList WorkshopTimer::presets() const
{
    QVariantList result;
    for (int minutes : CountdownTimer::presetMinutes)
        result.append(minutes);
    return result;
}

void WorkshopTimer::setMinutes(int minutes)
{
    m_used = true;
    m_timer.setMinutes(minutes);
}

bool WorkshopTimer::setTyped(const QString &text)
{
    if (!m_timer.setTyped(text))
        return false;
    m_used = true;
    Q_EMIT stateChanged();
    return true;
}

void WorkshopTimer::start()
{
    m_used = true;
    m_timer.start();
}

void WorkshopTimer::pause() { m_timer.pause(); }

void WorkshopTimer::toggle()
{
    if (m_timer.isRunning())
        pause();
    else
        start();
}

void WorkshopTimer::addMinute()
{
    m_used = true;
    m_timer.addMinute();
}

void WorkshopTimer::reset() { m_timer.reset(); }

void WorkshopTimer::useManualClock()
{
    // Paused on the real clock and started again on the manual one, so a running countdown
    // carries on from what it had left.
    const bool running = m_timer.isRunning();
    m_timer.pause();
    m_manual = true;
    m_manualNow = 0;
    if (running)
        m_timer.start();
}

void WorkshopTimer::advance(int ms)
{
    if (!m_manual)
        return;
    m_manualNow += ms;
    m_timer.poll();
    refresh();
}

void WorkshopTimer::refresh()
{
    const qint64 left = m_timer.remainingMs();
    const QString text = CountdownTimer::format(left);
    const qreal progress = m_timer.totalMs() > 0 ? qreal(left) / qreal(m_timer.totalMs()) : 0;
    // Redraw only when something a view shows changed: the text once a second, the bar by a
    // visible step.
    if (text == m_text && qAbs(progress - m_progress) < 0.002)
        return;
    m_text = text;
    m_progress = progress;
    Q_EMIT remainingChanged();
}

} // namespace cx
