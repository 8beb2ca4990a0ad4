// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A room voting at once: 50 phones send their dots (and take some back) without waiting for
// answers. What the workspace stores must be exactly what the phones were told was accepted,
// and nobody may hold more than the round's dots.
#include "liveclient.h"
#include "samples.h"
#include "live/liveserver.h"
#include "workshop/workshopedits.h"

#include <QRandomGenerator>
#include <QTest>

using namespace cx;
using namespace cx::test;

class TestLiveConcurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fiftyParticipantsVoteAtOnce()
    {
        QTemporaryDir dir;
        Samples s;
        auto doc = sampleDocument(dir, s);
        QVERIFY(doc);
        Uid round;
        QVERIFY(WorkshopEdits(*doc).startRound(s.journey.uid, QStringLiteral("Room"), 3,
                                               {QStringLiteral("Facilitator")}, 0, false, &round));
        LiveServer server(*doc);
        server.setJourney(s.journey.uid);
        QVERIFY(server.start(QHostAddress::LocalHost));

        constexpr int people = 50;
        std::vector<std::unique_ptr<LiveClient>> clients;
        for (int i = 0; i < people; ++i) {
            clients.push_back(std::make_unique<LiveClient>(server.joinUrl()));
            QVERIFY(clients.back()->open());
            QCOMPARE(clients.back()->join(QStringLiteral("P%1").arg(i)).value(u"type").toString(), QStringLiteral("welcome"));
        }
        // Each sends 8 messages (within the burst of 10): dots and take-backs on the three
        // moments, in an order of its own, all before any answer is read.
        const QList<Uid> moments{s.seeAd.uid, s.fillForm.uid, s.verify.uid};
        const quint32 seed = QRandomGenerator::global()->generate();
        QRandomGenerator random(seed);
        std::vector<QList<std::pair<int, std::pair<Uid, int>>>> sent(people);
        for (int step = 0; step < 8; ++step) {
            for (int i = 0; i < people; ++i) {
                const Uid moment = moments[random.bounded(3)];
                const int delta = random.bounded(4) == 0 ? -1 : 1;
                const int id = clients[i]->send(QJsonObject{{QStringLiteral("type"), QStringLiteral("vote")},
                                                            {QStringLiteral("moment"), uidText(moment)},
                                                            {QStringLiteral("delta"), delta}});
                sent[i].append({id, {moment, delta}});
            }
        }
        auto answered = [&] {
            for (int i = 0; i < people; ++i) {
                for (const auto &[id, vote] : sent[i]) {
                    if (clients[i]->reply(id, 0).isEmpty())
                        return false;
                }
            }
            return true;
        };
        QVERIFY2(QTest::qWaitFor(answered, 30'000), qPrintable(QStringLiteral("seed %1").arg(seed)));

        // What each phone was told, replayed: its dots per moment.
        int accepted = 0;
        for (int i = 0; i < people; ++i) {
            QHash<Uid, int> told;
            int held = 0;
            for (const auto &[id, vote] : sent[i]) {
                const QJsonObject reply = clients[i]->reply(id, 0);
                if (reply.value(u"type").toString() == u"ok") {
                    told[vote.first] += vote.second;
                    held += vote.second;
                    ++accepted;
                    QVERIFY(held <= 3);
                } else {
                    const QString code = reply.value(u"code").toString();
                    QVERIFY2(code == u"no-dots" || code == u"no-dot", qPrintable(code));
                }
            }
            const QString who = QStringLiteral("P%1").arg(i);
            QHash<Uid, int> stored;
            for (const Vote &v : doc->workspace().votes) {
                if (v.round == round && v.participant == who)
                    stored[v.moment] += v.dots;
            }
            for (const Uid &m : moments)
                QCOMPARE(stored.value(m), told.value(m));
        }
        // And the file holds what memory holds.
        QCOMPARE(difference(reload(doc->file()->path()), doc->workspace()), QString());
        qInfo("seed %u: %d of %d messages accepted", seed, accepted, people * 8);
    }
};

QTEST_GUILESS_MAIN(TestLiveConcurrency)
#include "tst_liveconcurrency.moc"
