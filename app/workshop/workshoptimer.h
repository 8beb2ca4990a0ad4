// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workshop/countdowntimer.h"

#include <QObject>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace cx {

// The workshop countdown as QML sees it: core's CountdownTimer, polled four times a second
// while it runs so the views redraw as the seconds go (text changes once a second; the rest is
// to catch the end within a quarter of a second). One instance is shared by the presentation
// and the presenter view, so both show the same time.
class WorkshopTimer : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool running READ running NOTIFY stateChanged)
    Q_PROPERTY(bool finished READ finished NOTIFY stateChanged)
    // Whether it was ever set or started in this session: an untouched timer is not shown
    // on the projector.
    Q_PROPERTY(bool used READ used NOTIFY stateChanged)
    Q_PROPERTY(int durationMinutes READ durationMinutes NOTIFY stateChanged)
    Q_PROPERTY(QString text READ text NOTIFY remainingChanged)
    Q_PROPERTY(QString durationText READ durationText NOTIFY stateChanged)
    Q_PROPERTY(qreal progress READ progress NOTIFY remainingChanged)
    Q_PROPERTY(QVariantList presets READ presets CONSTANT)

public:
    explicit WorkshopTimer(QObject *parent = nullptr);

    bool running() const { return m_timer.isRunning(); }
    bool finished() const { return m_timer.isFinished(); }
    bool used() const { return m_used; }
    int durationMinutes() const { return int(m_timer.durationMs() / 60'000); }
    QString text() const { return m_text; }
    QString durationText() const { return CountdownTimer::format(m_timer.durationMs()); }
    qreal progress() const { return m_progress; }
    QVariantList presets() const;
    // For the participants' page (issue 16), which counts down by itself from these.
    qint64 remainingMs() { return m_timer.remainingMs(); }
    qint64 totalMs() const { return m_timer.totalMs(); }

    Q_INVOKABLE void setMinutes(int minutes);
    // "7", "7:30", "90s"; false (nothing changed) when the text is not a duration.
    Q_INVOKABLE bool setTyped(const QString &text);
    Q_INVOKABLE void start();
    Q_INVOKABLE void pause();
    Q_INVOKABLE void toggle();
    Q_INVOKABLE void addMinute();
    Q_INVOKABLE void reset();

    // For tests and demonstrations: from now on the clock moves only by advance(), so a test
    // runs a fifteen-minute countdown in no time.
    Q_INVOKABLE void useManualClock();
    Q_INVOKABLE void advance(int ms);

Q_SIGNALS:
    void stateChanged();
    void remainingChanged();
    // The countdown ran out (the views flash; the presenter view says so).
    void ended();

private:
    void refresh();

    bool m_manual = false;
    qint64 m_manualNow = 0;
    CountdownTimer m_timer;
    QTimer m_tick;
    QString m_text;
    qreal m_progress = 1;
    bool m_used = false;
};

} // namespace cx
