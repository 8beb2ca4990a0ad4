// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The participants' protocol from the outside, as phones and browsers meet it: real sockets on
// 127.0.0.1, every refusal with its documented code, and the workspace unchanged after each.
#include "liveclient.h"
#include "samples.h"
#include "live/liveserver.h"
#include "workshop/workshopedits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace cx;
using namespace cx::test;

namespace {

QJsonObject msg(const QString &type, std::initializer_list<std::pair<QString, QJsonValue>> fields = {})
{
    QJsonObject m{{QStringLiteral("type"), type}};
    for (const auto &[k, v] : fields)
        m.insert(k, v);
    return m;
}

QString code(const QJsonObject &reply)
{
    return reply.value(u"type").toString() == u"error" ? reply.value(u"code").toString() : reply.value(u"type").toString();
}

struct Http {
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QHash<QByteArray, QByteArray> headers;
};

Http get(const QUrl &url, const QByteArray &verb = "GET")
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    QNetworkReply *reply = manager.sendCustomRequest(request, verb);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(5000);
    Http r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(), reply->error(), {}};
    for (const auto &pair : reply->rawHeaderPairs())
        r.headers.insert(pair.first.toLower(), pair.second);
    reply->deleteLater();
    return r;
}

QUrl withToken(QUrl url, const QString &token, const QString &rest = {})
{
    url.setPath(QStringLiteral("/s/%1/%2").arg(token, rest));
    return url;
}

} // namespace

class TestLiveProtocol : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    Samples m_s;
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<LiveServer> m_server;
    QList<LiveClient *> m_clients;

    LiveClient *client()
    {
        auto *c = new LiveClient(m_server->joinUrl(), this);
        m_clients.append(c);
        return c;
    }
    LiveClient *joined(const QString &name)
    {
        LiveClient *c = client();
        if (!c->open())
            return nullptr;
        const QJsonObject welcome = c->join(name);
        if (welcome.value(u"type").toString() != u"welcome")
            return nullptr;
        return c;
    }
    Uid startRound(bool anonymous, int dots = 3)
    {
        Uid round;
        WorkshopEdits edits(*m_doc);
        const Result r = edits.startRound(m_s.journey.uid, QStringLiteral("Pain points"), dots,
                                          anonymous ? QStringList() : QStringList{QStringLiteral("Priya")},
                                          anonymous ? 1 : 0, false, &round);
        return r ? round : Uid();
    }
    int dotsOf(const Uid &round, const QString &voter) const
    {
        int n = 0;
        for (const Vote &v : m_doc->workspace().votes)
            n += v.round == round && v.participant == voter ? v.dots : 0;
        return n;
    }
    QString fileState() { return fileDump(*m_doc); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_doc = sampleDocument(*m_dir, m_s);
        QVERIFY(m_doc);
        m_server = std::make_unique<LiveServer>(*m_doc);
        m_server->setJourney(m_s.journey.uid);
        m_server->setStage(m_s.discover.uid);
        const Result r = m_server->start(QHostAddress::LocalHost);
        QVERIFY2(r, qPrintable(r.message()));
    }
    void cleanup()
    {
        qDeleteAll(m_clients);
        m_clients.clear();
        m_server.reset();
        m_doc.reset();
        m_dir.reset();
    }

    void joinAddressHasAFreshLongToken()
    {
        const QUrl url = m_server->joinUrl();
        QCOMPARE(url.scheme(), QStringLiteral("http"));
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        const QStringList parts = url.path().split(u'/', Qt::SkipEmptyParts);
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts[1].size(), 24); // 144 bits of base64url
        QVERIFY(QByteArray::fromBase64(parts[1].toLatin1(), QByteArray::Base64UrlEncoding).size() >= 16);
        m_server->stop();
        QVERIFY(m_server->start(QHostAddress::LocalHost));
        QVERIFY(m_server->joinUrl().path() != url.path());
    }

    void servesThePageWithStrictHeaders()
    {
        for (const QString &file : {QString(), QStringLiteral("strings.js"), QStringLiteral("app.js"), QStringLiteral("app.css"), QStringLiteral("icon.svg")}) {
            QUrl url = m_server->joinUrl();
            url.setPath(url.path() + file);
            const Http r = get(url);
            QCOMPARE(r.status, 200);
            QVERIFY(!r.body.isEmpty());
            QVERIFY2(r.headers.value("content-security-policy").contains("default-src 'none'"), r.headers.value("content-security-policy"));
            QVERIFY(r.headers.value("content-security-policy").contains("connect-src 'self' ws://127.0.0.1:"));
            QCOMPARE(r.headers.value("x-content-type-options"), QByteArray("nosniff"));
            QCOMPARE(r.headers.value("referrer-policy"), QByteArray("no-referrer"));
            QVERIFY(!r.headers.contains("access-control-allow-origin"));
        }
        QUrl unknown = m_server->joinUrl();
        unknown.setPath(unknown.path() + QStringLiteral("secrets.json"));
        QCOMPARE(get(unknown).status, 404);
        QCOMPARE(get(m_server->joinUrl(), "POST").status, 405);
    }

    void requestsWithoutTheTokenGet403AndNoData()
    {
        const QString token = m_server->joinUrl().path().split(u'/', Qt::SkipEmptyParts).at(1);
        QString wrong = token;
        wrong[5] = wrong[5] == u'A' ? u'B' : u'A';
        QSignalSpy refused(m_server.get(), &LiveServer::refused);
        QUrl root = m_server->joinUrl();
        const QList<QUrl> urls{withToken(root, wrong), withToken(root, wrong, QStringLiteral("app.js")),
                               withToken(root, token.left(23)), withToken(root, token + u'x'),
                               withToken(root, QString()), QUrl(root.toString(QUrl::RemovePath)),
                               QUrl(root.toString(QUrl::RemovePath) + QStringLiteral("/app.js"))};
        for (const QUrl &url : urls) {
            const Http r = get(url);
            QCOMPARE(r.status, 403);
            QVERIFY(!r.body.contains("Open an account"));
            QVERIFY(!r.body.contains("<script"));
        }
        QCOMPARE(refused.size(), urls.size());
        QCOMPARE(m_server->refusedCount(), urls.size());
        for (const auto &args : refused)
            QVERIFY(!args.at(0).toString().contains(wrong)); // the guess is not written to the log
    }

    void socketsWithoutTheTokenAreRefused()
    {
        const QString before = fileState();
        LiveClient *wrong = new LiveClient(withToken(m_server->joinUrl(), QStringLiteral("A").repeated(24)), this);
        m_clients.append(wrong);
        QVERIFY(!wrong->open());
        QVERIFY(wrong->messages.isEmpty());

        // Connected with the token, then a message without it: closed as a policy violation.
        LiveClient *c = client();
        QVERIFY(c->open());
        c->sendRaw(QStringLiteral(R"({"type":"join","name":"Eve"})"));
        QVERIFY(c->waitClosed());
        QCOMPARE(c->closeCode, int(QWebSocketProtocol::CloseCodePolicyViolated));
        QVERIFY(c->last(QStringLiteral("welcome")).isEmpty());
        QCOMPARE(m_server->refusedCount(), 2);
        QVERIFY(m_server->participants().isEmpty());
        QCOMPARE(fileState(), before);
    }

    void aStoppedSessionsTokenIsRevoked()
    {
        const QUrl old = m_server->joinUrl();
        LiveClient *c = joined(QStringLiteral("Ana"));
        QVERIFY(c);
        const quint16 port = m_server->port();
        m_server->stop();
        QVERIFY(c->waitFor(QStringLiteral("bye"), [](const QJsonObject &m) { return m.value(u"code").toString() == u"stopped"; }));
        QVERIFY(c->waitClosed());
        QVERIFY(!m_server->isRunning());
        QCOMPARE(get(old).error, QNetworkReply::ConnectionRefusedError);
        // A new session on the same port: the old address is refused, the new one works.
        QVERIFY(m_server->start(QHostAddress::LocalHost, port));
        QCOMPARE(get(old).status, 403);
        LiveClient late(old);
        QVERIFY(!late.open());
        QCOMPARE(get(m_server->joinUrl()).status, 200);
    }

    void participantsSeeOnlyTheShownStage()
    {
        LiveClient *c = joined(QStringLiteral("Ana"));
        QVERIFY(c);
        const QJsonObject welcome = c->last(QStringLiteral("welcome"));
        QCOMPARE(welcome.value(u"participant").toObject().value(u"name").toString(), QStringLiteral("Ana"));
        QCOMPARE(welcome.value(u"participant").toObject().value(u"key").toString().size(), 24);
        QVERIFY(c->waitFor(QStringLiteral("state"), [](const QJsonObject &) { return true; }));
        const QJsonObject state = c->last(QStringLiteral("state"));
        QCOMPARE(state.value(u"journey").toString(), m_s.journey.title);
        QCOMPARE(state.value(u"stage").toObject().value(u"title").toString(), QStringLiteral("Discover"));
        QCOMPARE(state.value(u"stage").toObject().value(u"number").toInt(), 1);
        QCOMPARE(state.value(u"stage").toObject().value(u"count").toInt(), 2);
        const QJsonArray moments = state.value(u"moments").toArray();
        QCOMPARE(moments.size(), 1);
        QCOMPARE(moments[0].toObject().value(u"title").toString(), m_s.seeAd.title);
        QCOMPARE(moments[0].toObject().value(u"channel").toString(), QStringLiteral("Social"));
        QVERIFY(state.value(u"round").isNull());
        QVERIFY(state.value(u"timer").isNull());
        // Nothing private leaves: notes, owners, personas, other journeys, the file.
        QByteArray all;
        for (const QJsonObject &m : std::as_const(c->messages))
            all += QJsonDocument(m).toJson();
        for (const QString &secret : {m_s.seeAd.notes, m_s.seeAd.owner, m_s.persona.title, m_s.detailJourney.title,
                                      m_s.journey.notes, m_s.discover.notes, m_s.parked.title, m_s.fillForm.title,
                                      m_dir->path(), QStringLiteral("cxatlas")})
            QVERIFY2(!all.contains(secret.toUtf8()), qPrintable(secret));

        // The projector moves on: the page follows.
        m_server->setStage(m_s.apply.uid);
        QVERIFY(c->waitFor(QStringLiteral("state"), [](const QJsonObject &m) {
            return m.value(u"stage").toObject().value(u"title").toString() == u"Apply";
        }));
        QCOMPARE(c->last(QStringLiteral("state")).value(u"moments").toArray().size(), 2);
        m_server->setTimer(LiveTimerState{true, true, 90'000, 300'000});
        QVERIFY(c->waitFor(QStringLiteral("state"), [](const QJsonObject &m) {
            const int left = m.value(u"timer").toObject().value(u"remainingMs").toInt();
            return left <= 90'000 && left > 80'000; // the time left when sent
        }));
        // Someone joining later gets the time left then, not what the timer was set to.
        QTest::qWait(300);
        LiveClient *late = joined(QStringLiteral("Late"));
        QVERIFY(late);
        QVERIFY(late->waitFor(QStringLiteral("state"), [](const QJsonObject &m) {
            const int left = m.value(u"timer").toObject().value(u"remainingMs").toInt();
            return left > 0 && left <= 89'700;
        }));
    }

    void namedRoundVotesUpToTheLimit()
    {
        const Uid round = startRound(false);
        QVERIFY(!round.isNull());
        LiveClient *c = joined(QStringLiteral("Ana"));
        QVERIFY(c);
        const QString moment = uidText(m_s.seeAd.uid);
        auto vote = [&](const QString &m, int delta) {
            return c->request(msg(QStringLiteral("vote"), {{QStringLiteral("moment"), m}, {QStringLiteral("delta"), delta}}));
        };
        const int steps = m_doc->undoStack()->count();
        QCOMPARE(code(vote(moment, 1)), QStringLiteral("ok"));
        // The name joined the round in the same undo step as the dot.
        QCOMPARE(m_doc->undoStack()->count(), steps + 1);
        QVERIFY(m_doc->workspace().rounds.value(round).participants.contains(QStringLiteral("Ana")));
        QCOMPARE(code(vote(moment, 1)), QStringLiteral("ok"));
        QCOMPARE(code(vote(uidText(m_s.verify.uid), 1)), QStringLiteral("ok"));
        const QString before = fileState();
        QCOMPARE(code(vote(moment, 1)), QStringLiteral("no-dots"));
        QCOMPARE(fileState(), before);
        QCOMPARE(dotsOf(round, QStringLiteral("Ana")), 3);
        QVERIFY(c->waitFor(QStringLiteral("you"), [](const QJsonObject &m) { return m.value(u"used").toInt() == 3; }));
        QCOMPARE(c->last(QStringLiteral("you")).value(u"votes").toObject().value(moment).toInt(), 2);
        // Take one back, then one that is not there.
        QCOMPARE(code(vote(moment, -1)), QStringLiteral("ok"));
        QCOMPARE(dotsOf(round, QStringLiteral("Ana")), 2);
        QCOMPARE(code(vote(uidText(m_s.fillForm.uid), -1)), QStringLiteral("no-dot"));
        // Moments of other journeys, nonsense uids: refused.
        QCOMPARE(code(vote(uidText(newUid()), 1)), QStringLiteral("no-moment"));
        QCOMPARE(code(vote(QStringLiteral("<b>x</b>"), 1)), QStringLiteral("no-moment"));
        // Every accepted dot is the facilitator's to undo.
        m_doc->undoStack()->undo();
        QCOMPARE(dotsOf(round, QStringLiteral("Ana")), 3);
        QCOMPARE(m_server->participants().value(0).used, 3);
    }

    void anonymousParticipantsNeedANameInANamedRound()
    {
        startRound(false);
        LiveClient *c = joined(QString());
        QVERIFY(c);
        QVERIFY(c->waitFor(QStringLiteral("you"), [](const QJsonObject &m) { return m.value(u"needsName").toBool(); }));
        const QJsonObject vote = msg(QStringLiteral("vote"), {{QStringLiteral("moment"), uidText(m_s.seeAd.uid)}, {QStringLiteral("delta"), 1}});
        QCOMPARE(code(c->request(vote)), QStringLiteral("name-required"));
        QCOMPARE(code(c->request(msg(QStringLiteral("name"), {{QStringLiteral("name"), QStringLiteral("   ")}}))), QStringLiteral("name-empty"));
        QCOMPARE(code(c->request(msg(QStringLiteral("name"), {{QStringLiteral("name"), QStringLiteral("Priya")}}))), QStringLiteral("ok"));
        QCOMPARE(code(c->request(msg(QStringLiteral("name"), {{QStringLiteral("name"), QStringLiteral("Again")}}))), QStringLiteral("named"));
        QCOMPARE(code(c->request(vote)), QStringLiteral("ok"));
    }

    void aListedNameIsTakenInTheRoundsSpelling()
    {
        // The round lists "Priya"; a phone joins as "priya": one person, one spelling.
        const Uid round = startRound(false);
        LiveClient *c = joined(QStringLiteral("priya"));
        QVERIFY(c);
        QCOMPARE(code(c->request(msg(QStringLiteral("vote"), {{QStringLiteral("moment"), uidText(m_s.seeAd.uid)}, {QStringLiteral("delta"), 1}}))),
                 QStringLiteral("ok"));
        QCOMPARE(dotsOf(round, QStringLiteral("Priya")), 1);
        QCOMPARE(m_doc->workspace().rounds.value(round).participants, QStringList{QStringLiteral("Priya")});
        QCOMPARE(m_server->participants().value(0).used, 1);
        QVERIFY(m_server->removeParticipant(m_server->participants().value(0).id));
        QCOMPARE(dotsOf(round, QStringLiteral("Priya")), 0);
    }

    void anonymousRoundsGiveSeats()
    {
        const Uid round = startRound(true);
        LiveClient *a = joined(QString());
        LiveClient *b = joined(QStringLiteral("Bo"));
        QVERIFY(a && b);
        const QJsonObject vote = msg(QStringLiteral("vote"), {{QStringLiteral("moment"), uidText(m_s.seeAd.uid)}, {QStringLiteral("delta"), 1}});
        QCOMPARE(code(a->request(vote)), QStringLiteral("ok"));
        QCOMPARE(code(b->request(vote)), QStringLiteral("ok"));
        // Seat 1 existed; the second participant's dot brought seat 2, and no name is stored.
        QCOMPARE(m_doc->workspace().rounds.value(round).seats, 2);
        QCOMPARE(dotsOf(round, QStringLiteral("1")), 1);
        QCOMPARE(dotsOf(round, QStringLiteral("2")), 1);
        for (const Vote &v : m_doc->workspace().votes)
            QVERIFY(v.participant != u"Bo");
    }

    void namesAreCheckedAndKeptAsText()
    {
        LiveClient *c = client();
        QVERIFY(c->open());
        QCOMPARE(code(c->join(QStringLiteral("x").repeated(41))), QStringLiteral("name-too-long"));
        QVERIFY(joined(QStringLiteral("Ana")));
        QCOMPARE(code(c->join(QStringLiteral("ANA"))), QStringLiteral("name-taken"));
        const QString html = QStringLiteral("<img src=x onerror=alert(1)>");
        QCOMPARE(code(c->join(html)), QStringLiteral("welcome"));
        QCOMPARE(code(c->join(QStringLiteral("Bo"))), QStringLiteral("joined"));
        QCOMPARE(m_server->participants().last().name, html);
        const QString note = QStringLiteral("<script>alert('x')</script> & <b>bold</b>");
        QCOMPARE(code(c->request(msg(QStringLiteral("note"), {{QStringLiteral("text"), note}}))), QStringLiteral("ok"));
        const QList<ParkingNote> lot = m_doc->workspace().parkingLotOf(m_s.journey.uid);
        QCOMPARE(lot.last().title, note);
        QCOMPARE(lot.last().notes, QStringLiteral("From %1").arg(html));
    }

    void notesHaveLimits()
    {
        LiveClient *c = joined(QStringLiteral("Ana"));
        QVERIFY(c);
        const int lot = int(m_doc->workspace().parkingLotOf(m_s.journey.uid).size());
        auto note = [&](const QString &text, const QString &kind = QStringLiteral("idea")) {
            return code(c->request(msg(QStringLiteral("note"), {{QStringLiteral("text"), text}, {QStringLiteral("kind"), kind}})));
        };
        QCOMPARE(note(QStringLiteral("Is the branch told?"), QStringLiteral("question")), QStringLiteral("ok"));
        QCOMPARE(m_doc->workspace().parkingLotOf(m_s.journey.uid).last().kind, ParkingKind::Question);
        QCOMPARE(note(QStringLiteral("  ")), QStringLiteral("note-empty"));
        QCOMPARE(note(QStringLiteral("x").repeated(501)), QStringLiteral("note-too-long"));
        QCOMPARE(note(QStringLiteral("y"), QStringLiteral("rant")), QStringLiteral("malformed"));
        QCOMPARE(m_doc->workspace().parkingLotOf(m_s.journey.uid).size(), lot + 1);
        // A note of 10,000 characters is over the message size: the connection closes (1009).
        c->send(msg(QStringLiteral("note"), {{QStringLiteral("text"), QStringLiteral("z").repeated(10'000)}}));
        QVERIFY(c->waitClosed());
        QCOMPARE(c->closeCode, int(QWebSocketProtocol::CloseCodeTooMuchData));
        QCOMPARE(m_doc->workspace().parkingLotOf(m_s.journey.uid).size(), lot + 1);
    }

    void malformedMessagesChangeNothing()
    {
        startRound(false);
        LiveClient *c = joined(QStringLiteral("Ana"));
        QVERIFY(c);
        const QString before = fileState();
        const QString token = QString::fromLatin1(c->token());
        const QStringList bad{
            QStringLiteral("not json"), QStringLiteral("[1,2]"), QStringLiteral("{\"token\":\"%1\"}").arg(token),
            QStringLiteral("{\"token\":\"%1\",\"type\":\"dance\"}").arg(token),
            QStringLiteral("{\"token\":\"%1\",\"type\":\"vote\",\"delta\":1}").arg(token),
            QStringLiteral("{\"token\":\"%1\",\"type\":\"vote\",\"moment\":\"%2\",\"delta\":2}").arg(token, uidText(m_s.seeAd.uid)),
            QStringLiteral("{\"token\":\"%1\",\"type\":\"vote\",\"moment\":\"%2\",\"delta\":\"1\"}").arg(token, uidText(m_s.seeAd.uid)),
            QStringLiteral("{\"token\":\"%1\",\"type\":\"note\",\"text\":42}").arg(token),
        };
        for (const QString &text : bad)
            c->sendRaw(text);
        c->socket.sendBinaryMessage(QByteArray("\x00\x01", 2));
        QVERIFY(c->waitFor(QStringLiteral("error"), [&](const QJsonObject &) {
            return std::count_if(c->messages.cbegin(), c->messages.cend(), [](const QJsonObject &m) {
                return m.value(u"type").toString() == u"error";
            }) == bad.size() + 1;
        }));
        for (const QJsonObject &m : std::as_const(c->messages)) {
            if (m.value(u"type").toString() == u"error")
                QCOMPARE(m.value(u"code").toString(), QStringLiteral("malformed"));
        }
        QVERIFY(c->isOpen());
        QCOMPARE(fileState(), before);
        // Not joined yet: everything but join is refused.
        LiveClient *fresh = client();
        QVERIFY(fresh->open());
        QCOMPARE(code(fresh->request(msg(QStringLiteral("note"), {{QStringLiteral("text"), QStringLiteral("hi")}}))), QStringLiteral("not-joined"));
        QCOMPARE(code(fresh->request(msg(QStringLiteral("join"), {{QStringLiteral("rejoin"), QStringLiteral("nope")}}))), QStringLiteral("unknown-key"));
        QCOMPARE(fileState(), before);
    }

    void theTwoHundredAndFirstIsRefused()
    {
        for (int i = 1; i <= 200; ++i)
            QVERIFY2(joined(QStringLiteral("P%1").arg(i)), qPrintable(QString::number(i)));
        LiveClient *late = client();
        QVERIFY(late->open());
        QCOMPARE(code(late->join(QStringLiteral("Late"))), QStringLiteral("full"));
        QCOMPARE(m_server->participants().size(), 200);
        // Removing one makes room.
        QVERIFY(m_server->removeParticipant(m_server->participants().first().id));
        QCOMPARE(code(late->join(QStringLiteral("Late"))), QStringLiteral("welcome"));
    }

    void openSocketsAreCapped()
    {
        // Two participants with one connection each: a third socket is closed at once.
        m_server.reset();
        LiveLimits limits;
        limits.participants = 2;
        limits.connectionsPerParticipant = 1;
        m_server = std::make_unique<LiveServer>(*m_doc, limits);
        m_server->setJourney(m_s.journey.uid);
        QVERIFY(m_server->start(QHostAddress::LocalHost));
        LiveClient *a = client();
        LiveClient *b = client();
        QVERIFY(a->open() && b->open());
        LiveClient *c = client();
        c->open(); // the handshake may finish before the close arrives
        QVERIFY(c->waitClosed());
        QCOMPARE(c->closeCode, int(QWebSocketProtocol::CloseCodePolicyViolated));
        QCOMPARE(code(a->join(QStringLiteral("Ana"))), QStringLiteral("welcome"));
        // When one goes, there is room again.
        b->socket.close();
        QVERIFY(b->waitClosed());
        QTest::qWait(200); // the server hears of it
        LiveClient *d = client();
        QVERIFY(d->open());
        QCOMPARE(code(d->join(QStringLiteral("Bo"))), QStringLiteral("welcome"));
    }

    void floodingIsRateLimited()
    {
        LiveClient *c = joined(QStringLiteral("Ana"));
        QVERIFY(c);
        const int lot = int(m_doc->workspace().parkingLotOf(m_s.journey.uid).size());
        QList<int> ids;
        for (int i = 0; i < 40; ++i)
            ids.append(c->send(msg(QStringLiteral("note"), {{QStringLiteral("text"), QStringLiteral("idea %1").arg(i)}})));
        auto count = [&](const QString &type, const QString &errorCode = {}) {
            return int(std::count_if(c->messages.cbegin(), c->messages.cend(), [&](const QJsonObject &m) {
                return m.value(u"type").toString() == type && (errorCode.isEmpty() || m.value(u"code").toString() == errorCode);
            }));
        };
        QVERIFY(QTest::qWaitFor([&] { return count(QStringLiteral("ok")) + count(QStringLiteral("error")) >= 40; }, 5000));
        const int accepted = count(QStringLiteral("ok"));
        const int limited = count(QStringLiteral("error"), QStringLiteral("rate"));
        // The join took one of the ten at once.
        QVERIFY2(accepted >= 9 && accepted < 20, qPrintable(QString::number(accepted)));
        QCOMPARE(accepted + limited, 40);
        QCOMPARE(m_doc->workspace().parkingLotOf(m_s.journey.uid).size(), lot + accepted);
        // After a pause the connection may talk again.
        QTest::qWait(1000);
        QCOMPARE(code(c->request(msg(QStringLiteral("note"), {{QStringLiteral("text"), QStringLiteral("later")}}))), QStringLiteral("ok"));
    }

    void removingAParticipantTakesTheirDotsInOneStep()
    {
        const Uid round = startRound(false);
        LiveClient *c = joined(QStringLiteral("Ana"));
        LiveClient *other = joined(QStringLiteral("Bo"));
        QVERIFY(c && other);
        const QJsonObject vote = msg(QStringLiteral("vote"), {{QStringLiteral("moment"), uidText(m_s.seeAd.uid)}, {QStringLiteral("delta"), 1}});
        QCOMPARE(code(c->request(vote)), QStringLiteral("ok"));
        QCOMPARE(code(c->request(msg(QStringLiteral("vote"), {{QStringLiteral("moment"), uidText(m_s.verify.uid)}, {QStringLiteral("delta"), 1}}))), QStringLiteral("ok"));
        QCOMPARE(code(other->request(vote)), QStringLiteral("ok"));
        const QString key = c->last(QStringLiteral("welcome")).value(u"participant").toObject().value(u"key").toString();
        const int steps = m_doc->undoStack()->count();
        QVERIFY(m_server->removeParticipant(m_server->participants().first().id));
        QCOMPARE(m_doc->undoStack()->count(), steps + 1);
        QCOMPARE(dotsOf(round, QStringLiteral("Ana")), 0);
        QCOMPARE(dotsOf(round, QStringLiteral("Bo")), 1);
        QVERIFY(c->waitFor(QStringLiteral("bye"), [](const QJsonObject &m) { return m.value(u"code").toString() == u"removed"; }));
        QVERIFY(c->waitClosed());
        QCOMPARE(m_server->participants().size(), 1);
        m_doc->undoStack()->undo();
        QCOMPARE(dotsOf(round, QStringLiteral("Ana")), 2);
        // The removed participant's key no longer works.
        LiveClient *again = client();
        QVERIFY(again->open());
        QCOMPARE(code(again->request(msg(QStringLiteral("join"), {{QStringLiteral("rejoin"), key}}))), QStringLiteral("unknown-key"));
        QVERIFY(!m_server->removeParticipant(QStringLiteral("p99")));
    }

    void aDroppedPhoneRejoinsAsItself()
    {
        startRound(false);
        LiveClient *c = joined(QStringLiteral("Ana"));
        QVERIFY(c);
        QCOMPARE(code(c->request(msg(QStringLiteral("vote"), {{QStringLiteral("moment"), uidText(m_s.seeAd.uid)}, {QStringLiteral("delta"), 1}}))), QStringLiteral("ok"));
        const QJsonObject me = c->last(QStringLiteral("welcome")).value(u"participant").toObject();
        c->socket.abort();
        QVERIFY(QTest::qWaitFor([&] { return !m_server->participants().value(0).connected; }, 5000));
        LiveClient *back = client();
        QVERIFY(back->open());
        const QJsonObject welcome = back->request(msg(QStringLiteral("join"), {{QStringLiteral("rejoin"), me.value(u"key")}}));
        QCOMPARE(welcome.value(u"participant").toObject().value(u"id"), me.value(u"id"));
        QVERIFY(back->waitFor(QStringLiteral("you"), [](const QJsonObject &m) { return m.value(u"used").toInt() == 1; }));
        QCOMPARE(m_server->participants().size(), 1);
        QVERIFY(m_server->participants().value(0).connected);
    }

    void closingTheWorkspaceStopsTheServer()
    {
        LiveClient *c = joined(QStringLiteral("Ana"));
        QVERIFY(c);
        QSignalSpy running(m_server.get(), &LiveServer::runningChanged);
        m_doc.reset();
        QCOMPARE(running.size(), 1);
        QVERIFY(!m_server->isRunning());
        QVERIFY(c->waitClosed());
    }

    void readOnlyWorkspacesCannotInvite()
    {
        m_server->stop();
        Result error;
        auto readOnly = Document::open(m_doc->file()->path(), OpenMode::ReadOnly, &error);
        QVERIFY2(readOnly, qPrintable(error.message()));
        LiveServer server(*readOnly);
        const Result r = server.start(QHostAddress::LocalHost);
        QVERIFY(!r);
        QVERIFY(r.message().contains(QStringLiteral("read-only")));
        QVERIFY(!server.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestLiveProtocol)
#include "tst_liveprotocol.moc"
