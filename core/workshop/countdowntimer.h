// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <array>
#include <functional>

namespace cx {

// The workshop's countdown for time-boxed exercises: a duration (a preset of 2, 5, 10 or 15
// minutes, or typed), start, pause, one more minute, reset, and the moment it runs out.
//
// It keeps no timer of its own: the time left is worked out from a monotonic clock whenever it
// is asked, so a view can poll it at whatever rate it draws, and a test can hand in a clock it
// moves by hand and never wait. The clock returns milliseconds from any fixed origin; it must
// never go backwards. Without one, QElapsedTimer's monotonic clock is used.
//
// Signals: changed() after any change of state (not as time passes); finished() once, from
// poll() or remainingMs(), when a running countdown reaches zero.
class CountdownTimer : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<qint64()>;
    static constexpr std::array<int, 4> presetMinutes{2, 5, 10, 15};
    static constexpr qint64 maxDurationMs = 180LL * 60 * 1000; // three hours: a long session

    explicit CountdownTimer(Clock clock = {}, QObject *parent = nullptr);

    qint64 durationMs() const { return m_durationMs; }
    // The total of this run: the duration plus every minute added; what a progress bar fills.
    qint64 totalMs() const { return m_totalMs; }
    qint64 remainingMs();
    bool isRunning() const { return m_running; }
    bool isFinished() const { return m_finished; }

    // A new duration, clamped to 1 s … maxDurationMs; stops and resets the countdown to it.
    void setDurationMs(qint64 ms);
    void setMinutes(int minutes) { setDurationMs(qint64(minutes) * 60 * 1000); }
    // A typed duration: "7" (minutes), "7:30" (minutes and seconds), "90s", "1h5" is not taken.
    // Returns false, changing nothing, for anything else or for zero.
    bool setTyped(const QString &text);
    static qint64 parseDuration(const QString &text); // ms, or -1

    void start();   // from where it stands; after the end, from the full duration again
    void pause();
    void addMinute(); // to the time left (a finished countdown gets one minute and may start again)
    void reset();   // back to the full duration, stopped
    // Checks the clock: emits finished() when the time ran out since the last look.
    void poll();

    // "m:ss", or "h:mm:ss" from one hour up, of a number of milliseconds rounded up to the
    // next second (a countdown shows 0:00 only when it is over).
    static QString format(qint64 ms);

Q_SIGNALS:
    void changed();
    void finished();

private:
    qint64 now() const { return m_clock(); }

    Clock m_clock;
    qint64 m_durationMs = 5 * 60 * 1000;
    qint64 m_totalMs = 5 * 60 * 1000;
    qint64 m_leftMs = 5 * 60 * 1000; // what was left when it last started or paused
    qint64 m_startedAt = 0;
    bool m_running = false;
    bool m_finished = false;
};

} // namespace cx
