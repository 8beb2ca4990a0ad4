// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshop/countdowntimer.h"

#include <QSignalSpy>
#include <QTest>

using namespace cx;

// The workshop countdown on a clock the test moves by hand: no test waits for real time.
class TestCountdownTimer : public QObject
{
    Q_OBJECT

    qint64 m_now = 1000; // any origin: the timer must not care
    CountdownTimer::Clock clock() { return [this] { return m_now; }; }

private Q_SLOTS:
    void init() { m_now = 1000; }

    void presetsStartPauseAndResume()
    {
        // Given a five-minute countdown
        CountdownTimer timer(clock());
        timer.setMinutes(5);
        QCOMPARE(timer.remainingMs(), 5 * 60'000);
        QVERIFY(!timer.isRunning());
        // When it runs for 90 s, then pauses for ten minutes
        timer.start();
        m_now += 90'000;
        QCOMPARE(timer.remainingMs(), 210'000);
        timer.pause();
        m_now += 600'000;
        // Then the pause took nothing, and it goes on from where it stood
        QCOMPARE(timer.remainingMs(), 210'000);
        timer.start();
        m_now += 10'000;
        QCOMPARE(timer.remainingMs(), 200'000);
        QCOMPARE(CountdownTimer::format(timer.remainingMs()), QStringLiteral("3:20"));
        for (int minutes : CountdownTimer::presetMinutes) {
            timer.setMinutes(minutes);
            QVERIFY(!timer.isRunning());
            QCOMPARE(timer.remainingMs(), minutes * 60'000);
        }
    }

    void finishesOnceAtZero()
    {
        CountdownTimer timer(clock());
        timer.setMinutes(2);
        QSignalSpy finished(&timer, &CountdownTimer::finished);
        timer.start();
        m_now += 119'999;
        timer.poll();
        QCOMPARE(finished.count(), 0);
        QCOMPARE(CountdownTimer::format(timer.remainingMs()), QStringLiteral("0:01")); // rounded up
        m_now += 1;
        timer.poll();
        QCOMPARE(finished.count(), 1);
        QVERIFY(timer.isFinished());
        QVERIFY(!timer.isRunning());
        m_now += 60'000;
        timer.poll();
        QCOMPARE(timer.remainingMs(), 0);
        QCOMPARE(finished.count(), 1); // once, however often it is asked
        QCOMPARE(CountdownTimer::format(0), QStringLiteral("0:00"));
        // Started again after the end, it runs the full duration
        timer.start();
        QCOMPARE(timer.remainingMs(), 120'000);
        QVERIFY(!timer.isFinished());
    }

    void addMinute()
    {
        CountdownTimer timer(clock());
        timer.setMinutes(2);
        timer.start();
        m_now += 100'000;
        timer.addMinute();
        QCOMPARE(timer.remainingMs(), 80'000);
        QCOMPARE(timer.totalMs(), 180'000);
        QVERIFY(timer.isRunning());
        timer.pause();
        timer.addMinute();
        QCOMPARE(timer.remainingMs(), 140'000);
        // After the end, one more minute to finish the exercise
        timer.start();
        m_now += 140'000;
        timer.poll();
        QVERIFY(timer.isFinished());
        timer.addMinute();
        QVERIFY(!timer.isFinished());
        QCOMPARE(timer.remainingMs(), 60'000);
        timer.start();
        m_now += 30'000;
        QCOMPARE(timer.remainingMs(), 30'000);
    }

    void resetAndChangedSignal()
    {
        CountdownTimer timer(clock());
        timer.setMinutes(10);
        QSignalSpy changed(&timer, &CountdownTimer::changed);
        timer.start();
        m_now += 5000;
        timer.reset();
        QCOMPARE(changed.count(), 2);
        QVERIFY(!timer.isRunning());
        QCOMPARE(timer.remainingMs(), 600'000);
        timer.pause(); // not running: nothing to do
        QCOMPARE(changed.count(), 2);
    }

    void typedDurations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("minutes") << QStringLiteral("7") << qint64(420'000);
        QTest::newRow("minutes with unit") << QStringLiteral(" 12 min ") << qint64(720'000);
        QTest::newRow("minutes and seconds") << QStringLiteral("7:30") << qint64(450'000);
        QTest::newRow("seconds") << QStringLiteral("90s") << qint64(90'000);
        QTest::newRow("zero") << QStringLiteral("0") << qint64(-1);
        QTest::newRow("too long") << QStringLiteral("181") << qint64(-1);
        QTest::newRow("bad seconds") << QStringLiteral("7:75") << qint64(-1);
        QTest::newRow("words") << QStringLiteral("five") << qint64(-1);
        QTest::newRow("empty") << QString() << qint64(-1);
    }
    void typedDurations()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        QCOMPARE(CountdownTimer::parseDuration(text), ms);
        CountdownTimer timer(clock());
        timer.setMinutes(3);
        QCOMPARE(timer.setTyped(text), ms > 0);
        QCOMPARE(timer.durationMs(), ms > 0 ? ms : 180'000);
    }

    void formats()
    {
        QCOMPARE(CountdownTimer::format(15 * 60'000), QStringLiteral("15:00"));
        QCOMPARE(CountdownTimer::format(3'600'000 + 61'000), QStringLiteral("1:01:01"));
        QCOMPARE(CountdownTimer::format(-5), QStringLiteral("0:00"));
    }

    void defaultClockIsMonotonic()
    {
        // The real clock, once, only to see it is wired: nothing here waits on it.
        CountdownTimer timer;
        timer.setMinutes(2);
        timer.start();
        QVERIFY(timer.remainingMs() <= 120'000);
        QVERIFY(timer.remainingMs() > 100'000);
    }
};

QTEST_GUILESS_MAIN(TestCountdownTimer)
#include "tst_countdowntimer.moc"
