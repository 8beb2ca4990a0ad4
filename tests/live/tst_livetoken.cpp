// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "live/livetoken.h"
#include "live/ratelimiter.h"

#include <QSet>
#include <QTest>

using namespace cx;

class TestLiveToken : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokensAreLongAndFresh()
    {
        QSet<QByteArray> seen;
        for (int i = 0; i < 1000; ++i) {
            const QByteArray t = LiveToken::generate();
            QCOMPARE(t.size(), 24);
            const QByteArray raw = QByteArray::fromBase64(t, QByteArray::Base64UrlEncoding);
            QCOMPARE(raw.size(), LiveToken::bytes);
            for (char ch : t)
                QVERIFY(std::isalnum(static_cast<unsigned char>(ch)) || ch == '-' || ch == '_');
            seen.insert(t);
        }
        QCOMPARE(seen.size(), 1000);
    }

    void comparison()
    {
        QVERIFY(LiveToken::equal("abc", "abc"));
        QVERIFY(!LiveToken::equal("abc", "abd"));
        QVERIFY(!LiveToken::equal("abc", "abcd"));
        QVERIFY(!LiveToken::equal("abcd", "abc"));
        QVERIFY(!LiveToken::equal("", ""));   // no token is never a match
        QVERIFY(!LiveToken::equal("", "abc"));
    }

    void bucket()
    {
        RateLimiter limiter(10, 5, 0);
        int passed = 0;
        for (int i = 0; i < 20; ++i)
            passed += limiter.allow(0);
        QCOMPARE(passed, 10);
        QVERIFY(!limiter.allow(100));  // half a message refilled
        QVERIFY(limiter.allow(200));   // one
        QVERIFY(!limiter.allow(200));
        passed = 0;
        for (int i = 0; i < 20; ++i)
            passed += limiter.allow(60'000); // a minute later: full again, never more than the burst
        QCOMPARE(passed, 10);
    }
};

QTEST_GUILESS_MAIN(TestLiveToken)
#include "tst_livetoken.moc"
