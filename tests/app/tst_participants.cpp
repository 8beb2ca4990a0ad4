// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/journeycanvas.h"
#include "document/document.h"
#include "live/liveserver.h"
#include "live/participantlistmodel.h"
#include "live/participantscontroller.h"
#include "liveclient.h"
#include "samples.h"
#include "workshop/presentationcontroller.h"
#include "workshop/votingcontroller.h"
#include "workshop/workshoptimer.h"
#include "workspacecontroller.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkInterface>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cx;
using cx::test::LiveClient;

namespace {

const auto any = [](const QJsonObject &) { return true; };

int dotsIn(const Document &doc, const QString &round)
{
    int dots = 0;
    for (const Vote &v : doc.workspace().votes) {
        if (v.round == uidFromText(round))
            dots += v.dots;
    }
    return dots;
}

int loopbackIndex(const ParticipantsController &c)
{
    return int(c.interfaces().size()) - 1;
}

} // namespace

// The facilitator's side of a live session with a real LiveServer on 127.0.0.1 and real
// WebSocket clients: joining shows in the panel's model, votes count, removing someone takes
// their dots in one undo step, stopping says goodbye; what participants see follows the
// projector's stage and the countdown.
class TestParticipants : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<WorkspaceController> m_workspace;
    std::unique_ptr<JourneyCanvas> m_canvas;

    void open()
    {
        static int n = 0;
        const QString path = test::writableCopy(m_dir, QStringLiteral(CX_EXAMPLE), QStringLiteral("w%1.cxatlas").arg(++n));
        QVERIFY(!path.isEmpty());
        m_canvas.reset();
        m_workspace = std::make_unique<WorkspaceController>();
        QVERIFY(m_workspace->open(path));
        m_canvas = std::make_unique<JourneyCanvas>();
        m_canvas->setWorkspace(m_workspace.get());
        for (const QVariant &j : m_canvas->journeys()) {
            if (j.toMap().value(QStringLiteral("title")).toString() == u"Open a current account")
                m_canvas->setJourney(j.toMap().value(QStringLiteral("uid")).toString());
        }
        QVERIFY(!m_canvas->journey().isEmpty());
    }
    void startOnLoopback(ParticipantsController &c)
    {
        c.setWorkspace(m_workspace.get());
        c.setJourney(m_canvas->journey());
        QVERIFY2(c.start(loopbackIndex(c)), qPrintable(c.message()));
        QVERIFY(c.running());
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup()
    {
        m_canvas.reset();
        m_workspace.reset();
    }

    void interfaces()
    {
        const QVariantList entries
            = ParticipantsController::interfaceEntries(QNetworkInterface::allInterfaces());
        QVERIFY(!entries.isEmpty());
        // This computer alone, always, and last.
        const QVariantMap last = entries.constLast().toMap();
        QCOMPARE(last.value(QStringLiteral("label")).toString(),
                 QStringLiteral("This computer only (for a trial)"));
        QCOMPARE(last.value(QStringLiteral("address")).toString(), QStringLiteral("127.0.0.1"));
        for (qsizetype i = 0; i + 1 < entries.size(); ++i) {
            const QVariantMap e = entries.at(i).toMap();
            const QHostAddress address(e.value(QStringLiteral("address")).toString());
            QVERIFY2(!address.isNull() && !address.isLoopback() && !address.isLinkLocal(),
                     qPrintable(e.value(QStringLiteral("address")).toString()));
            QCOMPARE(e.value(QStringLiteral("label")).toString(),
                     e.value(QStringLiteral("name")).toString() + QStringLiteral(" · ")
                         + address.toString());
        }
    }

    void neverStartsByItself()
    {
        open();
        ParticipantsController c;
        QSignalSpy running(&c, &ParticipantsController::runningChanged);
        c.setWorkspace(m_workspace.get());
        c.setJourney(m_canvas->journey());
        QTest::qWait(50);
        QVERIFY(!c.running());
        QVERIFY(c.joinUrl().isEmpty());
        QVERIFY(c.joinText().isEmpty());
        QCOMPARE(running.count(), 0);

        // Refusals say why and start nothing.
        QVERIFY(!c.start(int(c.interfaces().size())));
        QVERIFY(!c.message().isEmpty());
        c.setJourney({});
        QVERIFY(!c.start(loopbackIndex(c)));
        QVERIFY(c.message().contains(u"journey"));
        QVERIFY(!c.running());
    }

    void joinVoteRemoveUndoStop()
    {
        // Given a named round on the journey and a session on this computer
        open();
        VotingController voting;
        voting.setWorkspace(m_workspace.get());
        voting.setJourney(m_canvas->journey());
        QVERIFY2(voting.start(QStringLiteral("Pain points"), 3, QStringLiteral("Ben"), 0, false),
                 qPrintable(voting.message()));
        ParticipantsController c;
        ParticipantListModel *model = c.participants();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        startOnLoopback(c);
        QCOMPARE(c.joinUrl().host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(c.joinText(), c.joinUrl().toString());
        QVERIFY(c.joinText().startsWith(u"http://127.0.0.1:"));
        QCOMPARE(c.listeningOn(), QStringLiteral("This computer only (for a trial)"));

        // When Ana joins from her phone
        LiveClient ana(c.joinUrl());
        QVERIFY(ana.open());
        const QJsonObject welcome = ana.join(QStringLiteral("Ana"));
        QCOMPARE(welcome.value(u"type").toString(), QStringLiteral("welcome"));
        const QString anaId = welcome.value(u"participant").toObject().value(u"id").toString();
        QVERIFY(!anaId.isEmpty());
        // Then the panel lists her, connected, with the round's dots
        QTRY_COMPARE(model->rowCount(), 1);
        const QModelIndex row = model->index(0);
        QCOMPARE(row.data(ParticipantListModel::NameRole).toString(), QStringLiteral("Ana"));
        QCOMPARE(row.data(ParticipantListModel::IdRole).toString(), anaId);
        QTRY_VERIFY(model->index(0).data(ParticipantListModel::ConnectedRole).toBool());
        QCOMPARE(model->connectedCount(), 1);
        QCOMPARE(row.data(ParticipantListModel::DotsRole).toInt(), 3);
        QCOMPARE(row.data(ParticipantListModel::UsedRole).toInt(), 0);

        // When she puts a dot on a moment she sees
        QVERIFY(ana.waitFor(QStringLiteral("state"), any));
        const QJsonObject state = ana.last(QStringLiteral("state"));
        const QJsonArray moments = state.value(u"moments").toArray();
        QVERIFY2(!moments.isEmpty(), QJsonDocument(state).toJson().constData());
        const QString moment = moments.first().toObject().value(u"uid").toString();
        const QJsonObject ok = ana.request({ { QStringLiteral("type"), QStringLiteral("vote") },
                                             { QStringLiteral("moment"), moment },
                                             { QStringLiteral("delta"), 1 } });
        QVERIFY2(ok.value(u"type").toString() == u"ok", QJsonDocument(ok).toJson().constData());
        // Then her used dots show, and the vote is in the workspace
        QTRY_COMPARE(model->index(0).data(ParticipantListModel::UsedRole).toInt(), 1);
        Document &doc = *m_workspace->document();
        QCOMPARE(dotsIn(doc, voting.round()), 1);

        // A second, anonymous participant is "Anonymous N" in the panel
        LiveClient someone(c.joinUrl());
        QVERIFY(someone.open());
        const QJsonObject second = someone.join(QString());
        QCOMPARE(second.value(u"type").toString(), QStringLiteral("welcome"));
        QTRY_COMPARE(model->rowCount(), 2);
        const QString number
            = second.value(u"participant").toObject().value(u"id").toString().remove(u'p');
        QCOMPARE(model->index(1).data(ParticipantListModel::NameRole).toString(),
                 QStringLiteral("Anonymous %1").arg(number));
        QVERIFY(!model->index(1).data(ParticipantListModel::NamedRole).toBool());

        // When the facilitator removes Ana
        QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
        QVERIFY2(c.remove(anaId), qPrintable(c.message()));
        // Then she is gone from the panel, her page is told and closed, her dot is taken back
        QTRY_COMPARE(model->rowCount(), 1);
        QVERIFY(removed.count() >= 1);
        QCOMPARE(model->indexOf(anaId), -1);
        QVERIFY(ana.waitFor(QStringLiteral("bye"), any));
        QCOMPARE(ana.last(QStringLiteral("bye")).value(u"code").toString(),
                 QStringLiteral("removed"));
        QVERIFY(ana.waitClosed());
        QCOMPARE(dotsIn(doc, voting.round()), 0);
        // and one undo step brings the dot back
        QVERIFY(m_workspace->canUndo());
        m_workspace->undo();
        QCOMPARE(dotsIn(doc, voting.round()), 1);
        // An unknown participant cannot be removed, and the panel says so
        QVERIFY(!c.remove(QStringLiteral("nobody")));
        QVERIFY(!c.message().isEmpty());

        // When the facilitator stops the session
        QSignalSpy running(&c, &ParticipantsController::runningChanged);
        c.stop();
        // Then everyone is told and disconnected, and the address is gone
        QVERIFY(!c.running());
        QVERIFY(running.count() >= 1);
        QVERIFY(c.joinUrl().isEmpty());
        QVERIFY(!c.server());
        QVERIFY(someone.waitFor(QStringLiteral("bye"), any));
        QCOMPARE(someone.last(QStringLiteral("bye")).value(u"code").toString(),
                 QStringLiteral("stopped"));
        QVERIFY(someone.waitClosed());
        QCOMPARE(model->rowCount(), 0);
        // The participants' edits stay in the workspace.
        QCOMPARE(dotsIn(doc, voting.round()), 1);
    }

    void followsTheProjectorAndTheTimer()
    {
        open();
        ParticipantsController c;
        startOnLoopback(c);
        LiveClient ana(c.joinUrl());
        QVERIFY(ana.open());
        QCOMPARE(ana.join(QStringLiteral("Ana")).value(u"type").toString(),
                 QStringLiteral("welcome"));
        const auto stageOf = [](const QJsonObject &state) {
            return state.value(u"stage").toObject().value(u"uid").toString();
        };
        QVERIFY(ana.waitFor(QStringLiteral("state"), any));
        const QString first = stageOf(ana.last(QStringLiteral("state")));
        QVERIFY(!first.isEmpty());

        // The projector moves to the third stage: participants follow.
        PresentationController present;
        present.setCanvas(m_canvas.get());
        c.setPresentation(&present);
        present.jumpTo(3);
        const QString third
            = present.columns().at(2).toMap().value(QStringLiteral("uid")).toString();
        QVERIFY(third != first);
        QVERIFY2(ana.waitFor(QStringLiteral("state"),
                             [&](const QJsonObject &s) { return stageOf(s) == third; }),
                 "the participants' stage did not follow the projector");

        // The countdown: hidden until used, then running with its total.
        WorkshopTimer timer;
        timer.useManualClock();
        c.setTimer(&timer);
        timer.setMinutes(5);
        timer.start();
        QVERIFY2(ana.waitFor(QStringLiteral("state"),
                             [](const QJsonObject &s) {
                                 return s.value(u"timer").toObject().value(u"running").toBool();
                             }),
                 "the timer did not reach the participants");
        const QJsonObject timed = ana.last(QStringLiteral("state"));
        QCOMPARE(timed.value(u"timer").toObject().value(u"totalMs").toInteger(), 300'000);
        timer.advance(60'000);
        timer.pause();
        QVERIFY(ana.waitFor(QStringLiteral("state"), [](const QJsonObject &s) {
            const QJsonObject t = s.value(u"timer").toObject();
            return !t.isEmpty() && !t.value(u"running").toBool();
        }));
        const QJsonObject paused = ana.last(QStringLiteral("state"));
        QCOMPARE(paused.value(u"timer").toObject().value(u"remainingMs").toInteger(), 240'000);

        // Without a presentation: the stage of the card selected on the map.
        const Document &doc = *m_workspace->document();
        QString fifthStageMoment;
        const QString fifth
            = present.columns().at(4).toMap().value(QStringLiteral("uid")).toString();
        for (const Moment &m : doc.workspace().moments) {
            if (uidText(m.stage) == fifth)
                fifthStageMoment = uidText(m.uid);
        }
        QVERIFY(!fifthStageMoment.isEmpty());
        c.setPresentation(nullptr);
        c.setSelectedMoment(fifthStageMoment);
        QVERIFY(ana.waitFor(QStringLiteral("state"),
                            [&](const QJsonObject &s) { return stageOf(s) == fifth; }));
    }

    void stopsWhenTheWorkspaceCloses()
    {
        open();
        ParticipantsController c;
        startOnLoopback(c);
        c.setJoinShown(true);
        LiveClient ana(c.joinUrl());
        QVERIFY(ana.open());
        QCOMPARE(ana.join(QStringLiteral("Ana")).value(u"type").toString(),
                 QStringLiteral("welcome"));
        m_workspace->close();
        QVERIFY(!c.running());
        QVERIFY(!c.server()); // let go of, not only stopped
        QVERIFY(!c.joinShown());
        QVERIFY(ana.waitFor(QStringLiteral("bye"), any));
        QCOMPARE(ana.last(QStringLiteral("bye")).value(u"code").toString(),
                 QStringLiteral("stopped"));
        QVERIFY(ana.waitClosed());
    }

    void stopsWhenDestroyed()
    {
        // The window closing or the app quitting destroys the controller.
        open();
        auto c = std::make_unique<ParticipantsController>();
        startOnLoopback(*c);
        LiveClient ana(c->joinUrl());
        QVERIFY(ana.open());
        QCOMPARE(ana.join(QStringLiteral("Ana")).value(u"type").toString(),
                 QStringLiteral("welcome"));
        c.reset();
        QVERIFY(ana.waitFor(QStringLiteral("bye"), any));
        QCOMPARE(ana.last(QStringLiteral("bye")).value(u"code").toString(),
                 QStringLiteral("stopped"));
        QVERIFY(ana.waitClosed());
    }
};

QTEST_MAIN(TestParticipants)
#include "tst_participants.moc"
