// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "livesession.h"

#include "livemessage.h"
#include "livestate.h"
#include "livetoken.h"
#include "document/document.h"
#include "workshop/roundresults.h"
#include "workshop/workshopchanges.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QWebSocket>

Q_LOGGING_CATEGORY(lcLive, "cx.live")

using namespace Qt::StringLiterals;

namespace cx {

namespace {

// Coalesces the updates of a burst of edits (a room voting at once) into one message each.
constexpr int publishDelayMs = 30;

} // namespace

LiveSession::LiveSession(Document &document, QByteArray token, LiveLimits limits, QObject *parent)
    : QObject(parent), m_document(&document), m_token(std::move(token)), m_limits(limits)
{
    m_clock.start();
    m_publish.setSingleShot(true);
    m_publish.setInterval(publishDelayMs);
    connect(&m_publish, &QTimer::timeout, this, &LiveSession::publish);
    connect(&document, &Document::changed, this, &LiveSession::schedulePublish);
}

LiveSession::~LiveSession()
{
    closeAll(tr("The facilitator ended the session."));
}

void LiveSession::adopt(QWebSocket *socket)
{
    socket->setParent(this);
    // Open sockets cost memory whether or not they join: at most as many as the participants
    // could use, so a script holding sockets open cannot starve the session.
    if (qsizetype(m_connections.size()) >= qsizetype(m_limits.participants) * m_limits.connectionsPerParticipant) {
        qCWarning(lcLive).noquote() << "refused a WebSocket from" << socket->peerAddress().toString()
                                    << "- the session has" << m_connections.size() << "open";
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("too many connections"));
        socket->deleteLater();
        return;
    }
    socket->setMaxAllowedIncomingMessageSize(m_limits.messageBytes);
    socket->setMaxAllowedIncomingFrameSize(m_limits.messageBytes);
    m_connections.push_back(std::make_unique<Connection>(
        Connection{socket, RateLimiter(m_limits.burst, m_limits.messagesPerSecond, m_clock.elapsed()), -1, {}}));
    connect(socket, &QWebSocket::textMessageReceived, this,
            [this, socket](const QString &text) { onMessage(socket, text); });
    connect(socket, &QWebSocket::binaryMessageReceived, this, [this, socket](const QByteArray &) {
        if (Connection *found = connectionOf(socket))
            error(*found, {}, "malformed", QStringLiteral("Messages are JSON text."));
    });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] { onClosed(socket); });
}

void LiveSession::closeAll(const QString &message)
{
    m_publish.stop();
    for (const auto &c : m_connections) {
        send(c->socket, QJsonObject{{u"type"_s, u"bye"_s}, {u"code"_s, u"stopped"_s}, {u"message"_s, message}});
        c->socket->disconnect(this);
        c->socket->close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("session ended"));
        c->socket->deleteLater();
    }
    const bool had = !m_connections.empty();
    m_connections.clear();
    if (had)
        Q_EMIT participantsChanged();
}

void LiveSession::setJourney(const Uid &journey)
{
    if (m_journey == journey)
        return;
    m_journey = journey;
    schedulePublish();
    Q_EMIT participantsChanged(); // dots are counted in the journey's round
}

void LiveSession::setStage(const Uid &stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    schedulePublish();
}

void LiveSession::setTimer(const LiveTimerState &timer)
{
    if (m_timer == timer)
        return;
    m_timer = timer;
    m_timerSetAt = m_clock.elapsed();
    schedulePublish();
}

QList<LiveParticipantInfo> LiveSession::participants() const
{
    QList<LiveParticipantInfo> list;
    if (!m_document)
        return list;
    const Workspace &w = m_document->workspace();
    const auto round = LiveState::runningRound(w, m_journey);
    for (int i = 0; i < int(m_participants.size()); ++i) {
        const Participant &p = m_participants[i];
        if (p.removed)
            continue;
        LiveParticipantInfo info{p.id, p.name, false, 0, 0, p.notes};
        for (const auto &c : m_connections)
            info.connected = info.connected || c->participant == i;
        if (round) {
            info.dots = round->dotsPerParticipant;
            const QString voter = voterOf(p, round->uid);
            info.used = voter.isEmpty() ? 0 : RoundResults::usedBy(w, round->uid, voter);
        }
        list.append(info);
    }
    return list;
}

Result LiveSession::removeParticipant(const QString &id)
{
    auto it = std::find_if(m_participants.begin(), m_participants.end(),
                           [&](const Participant &p) { return p.id == id && !p.removed; });
    if (it == m_participants.end() || !m_document)
        return Result::failure(ErrorCode::NotFound, tr("No participant “%1” in this session.").arg(id));
    const int index = int(it - m_participants.begin());
    const Workspace &w = m_document->workspace();
    ChangeSet change;
    int dots = 0;
    for (const Vote &v : w.votes) {
        if (it->votedIn.contains(v.round) && v.participant == voterOf(*it, v.round)) {
            change.nodes.append(NodeChange{Node(v), std::nullopt});
            dots += v.dots;
        }
    }
    const QString who = it->name.isEmpty() ? tr("an anonymous participant") : it->name;
    if (!change.nodes.isEmpty()) {
        if (Result r = m_document->edit(std::move(change), tr("Remove %1 and their %n dot(s)", nullptr, dots).arg(who)); !r)
            return r;
    }
    it->removed = true;
    // Closing may report the disconnection at once, which edits m_connections: collect first.
    QList<QPointer<QWebSocket>> theirs;
    for (const auto &c : m_connections) {
        if (c->participant == index)
            theirs.append(c->socket);
    }
    for (const QPointer<QWebSocket> &socket : theirs) {
        if (!socket)
            continue;
        send(socket, QJsonObject{{u"type"_s, u"bye"_s}, {u"code"_s, u"removed"_s},
                                 {u"message"_s, QStringLiteral("The facilitator removed you from the session.")}});
        socket->close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("removed"));
    }
    Q_EMIT participantsChanged();
    return Result::success();
}

LiveSession::Connection *LiveSession::connectionOf(QWebSocket *socket)
{
    for (const auto &c : m_connections) {
        if (c->socket == socket)
            return c.get();
    }
    return nullptr;
}

void LiveSession::onClosed(QWebSocket *socket)
{
    auto it = std::find_if(m_connections.begin(), m_connections.end(),
                           [socket](const auto &c) { return c->socket == socket; });
    if (it == m_connections.end())
        return;
    const bool joined = (*it)->participant >= 0;
    m_connections.erase(it);
    socket->deleteLater();
    if (joined)
        Q_EMIT participantsChanged();
}

void LiveSession::onMessage(QWebSocket *socket, const QString &text)
{
    Connection *c = connectionOf(socket);
    if (!c)
        return;
    const QByteArray utf8 = text.toUtf8();
    if (utf8.size() > m_limits.messageBytes) {
        socket->close(QWebSocketProtocol::CloseCodeTooMuchData, QStringLiteral("message too big"));
        return;
    }
    if (!c->limiter.allow(m_clock.elapsed())) {
        error(*c, {}, "rate", QStringLiteral("Too many messages; wait a moment and try again."));
        return;
    }
    auto read = LiveMessage::read(utf8, m_token, m_limits);
    if (const auto *refusal = std::get_if<LiveMessage::Refusal>(&read)) {
        if (refusal->token) {
            refuseToken(socket, QStringLiteral("a WebSocket message without the session token from %1")
                                    .arg(socket->peerAddress().toString()));
        } else {
            error(*c, refusal->id, refusal->code, refusal->message);
        }
        return;
    }
    dispatch(*c, std::get<LiveMessage>(read));
}

void LiveSession::refuseToken(QWebSocket *socket, const QString &what)
{
    qCWarning(lcLive).noquote() << "refused" << what;
    Q_EMIT refused(what);
    socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("forbidden"));
}

void LiveSession::dispatch(Connection &c, const LiveMessage &m)
{
    if (m.type == LiveMessage::Type::Join)
        return join(c, m);
    if (c.participant < 0)
        return error(c, m.id, "not-joined", QStringLiteral("Join first."));
    if (m.type == LiveMessage::Type::Name)
        return rename(c, m);
    if (!m_document || m_document->isReadOnly())
        return error(c, m.id, "read-only", QStringLiteral("The workspace cannot be changed now."));
    if (m.type == LiveMessage::Type::Vote)
        return vote(c, m);
    note(c, m);
}

void LiveSession::join(Connection &c, const LiveMessage &m)
{
    const QJsonValue &id = m.id;
    if (c.participant >= 0)
        return error(c, id, "joined", QStringLiteral("This connection has joined already."));
    if (m.rejoin) {
        const QByteArray &key = *m.rejoin;
        int found = -1;
        for (int i = 0; i < int(m_participants.size()); ++i) {
            // Every key is compared, so the time does not say which one came close.
            if (LiveToken::equal(m_participants[i].key, key) && !m_participants[i].removed)
                found = i;
        }
        if (found < 0)
            return error(c, id, "unknown-key", QStringLiteral("This session does not know that key."));
        // A phone that lost its network may leave half-open connections behind: the oldest go.
        QList<QPointer<QWebSocket>> stale;
        int open = 0;
        for (auto it = m_connections.rbegin(); it != m_connections.rend(); ++it) {
            if ((*it)->participant == found && ++open >= m_limits.connectionsPerParticipant)
                stale.append((*it)->socket);
        }
        for (const QPointer<QWebSocket> &socket : stale) {
            if (socket)
                socket->close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("replaced"));
        }
        c.participant = found;
    } else {
        const QString &name = m.name;
        if (!name.isEmpty() && nameTaken(name, -1))
            return error(c, id, "name-taken", QStringLiteral("Someone in this session has that name."));
        const auto live = std::count_if(m_participants.cbegin(), m_participants.cend(),
                                        [](const Participant &p) { return !p.removed; });
        if (live >= m_limits.participants)
            return error(c, id, "full", QStringLiteral("This session has %1 participants, its most.").arg(m_limits.participants));
        Participant p;
        p.id = QStringLiteral("p%1").arg(m_participants.size() + 1);
        p.name = name;
        p.key = LiveToken::generate();
        m_participants.push_back(std::move(p));
        c.participant = int(m_participants.size()) - 1;
    }
    const Participant &p = m_participants[c.participant];
    send(c.socket, QJsonObject{{u"type"_s, u"welcome"_s}, {u"id"_s, id},
                               {u"participant"_s, QJsonObject{{u"id"_s, p.id}, {u"name"_s, p.name}, {u"key"_s, QString::fromLatin1(p.key)}}},
                               {u"limits"_s, QJsonObject{{u"nameChars"_s, m_limits.nameChars},
                                                      {u"noteChars"_s, m_limits.noteChars},
                                                      {u"notes"_s, m_limits.notesPerParticipant}}}});
    // The newcomer gets the whole picture now; everyone else only what changed.
    if (m_document) {
        const Workspace &w = m_document->workspace();
        send(c.socket, LiveState::shared(w, m_journey, m_stage, timerNow()));
        c.lastYou.clear();
        const auto round = LiveState::runningRound(w, m_journey);
        sendYou(c.participant, round ? LiveState::dotsByVoter(w, round->uid) : QHash<QString, QHash<Uid, int>>());
    }
    Q_EMIT participantsChanged();
}

void LiveSession::rename(Connection &c, const LiveMessage &m)
{
    const QJsonValue &id = m.id;
    const QString &name = m.name;
    Participant &p = m_participants[c.participant];
    if (!p.name.isEmpty())
        return error(c, id, "named", QStringLiteral("You have a name already."));
    if (nameTaken(name, c.participant))
        return error(c, id, "name-taken", QStringLiteral("Someone in this session has that name."));
    p.name = name;
    ok(c, id);
    if (m_document) {
        const Workspace &w = m_document->workspace();
        const auto round = LiveState::runningRound(w, m_journey);
        sendYou(c.participant, round ? LiveState::dotsByVoter(w, round->uid) : QHash<QString, QHash<Uid, int>>());
    }
    Q_EMIT participantsChanged();
}

bool LiveSession::nameTaken(const QString &name, int except) const
{
    for (int i = 0; i < int(m_participants.size()); ++i) {
        if (i != except && !m_participants[i].removed
            && m_participants[i].name.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString LiveSession::voterOf(const Participant &p, const Uid &round) const
{
    if (!m_document)
        return {};
    const VotingRound r = m_document->workspace().rounds.value(round);
    if (r.isAnonymous())
        return p.seats.value(round);
    // The round's own spelling when it lists the name already, as voterFor chose it.
    for (const QString &listed : r.participants) {
        if (listed.compare(p.name, Qt::CaseInsensitive) == 0)
            return listed;
    }
    return p.name;
}

QString LiveSession::voterFor(Participant &p, const Uid &roundId, bool grow, QString *code, bool *adds)
{
    const Workspace &w = m_document->workspace();
    const VotingRound round = w.rounds.value(roundId);
    *adds = false;
    if (!round.isAnonymous()) {
        if (p.name.isEmpty()) {
            *code = QStringLiteral("name-required");
            return {};
        }
        // The round's own spelling of the name, when the facilitator listed it already.
        for (const QString &listed : round.participants) {
            if (listed.compare(p.name, Qt::CaseInsensitive) == 0)
                return listed;
        }
        *adds = grow;
        return grow ? p.name : QString();
    }
    if (const QString seat = p.seats.value(roundId); !seat.isEmpty() || !grow)
        return seat;
    // The first seat no participant of this session holds and nobody has voted from.
    QSet<QString> held;
    for (const Participant &other : m_participants)
        held.insert(other.seats.value(roundId));
    const auto dots = LiveState::dotsByVoter(w, roundId);
    for (int seat = 1; seat <= round.seats; ++seat) {
        const QString s = QString::number(seat);
        if (!held.contains(s) && !dots.contains(s)) {
            p.seats.insert(roundId, s);
            return s;
        }
    }
    if (round.seats >= VotingRound::maxSeats) {
        *code = QStringLiteral("full");
        return {};
    }
    *adds = true;
    const QString s = QString::number(round.seats + 1);
    p.seats.insert(roundId, s);
    return s;
}

void LiveSession::vote(Connection &c, const LiveMessage &message)
{
    const QJsonValue &id = message.id;
    const int step = message.delta;
    const Uid &moment = message.moment;
    const Workspace &w = m_document->workspace();
    const auto round = LiveState::runningRound(w, m_journey);
    if (!round)
        return error(c, id, "no-round", QStringLiteral("No voting round runs now."));
    const auto m = w.moments.constFind(moment);
    if (moment.isNull() || m == w.moments.cend() || m->journey != m_journey)
        return error(c, id, "no-moment", QStringLiteral("That is not a moment of this journey."));

    Participant &p = m_participants[c.participant];
    const bool hadSeat = p.seats.contains(round->uid);
    auto forgetSeat = [&] {
        if (!hadSeat)
            p.seats.remove(round->uid);
    };
    QString code;
    bool adds = false;
    const QString voter = voterFor(p, round->uid, step > 0, &code, &adds);
    if (voter.isEmpty()) {
        if (code == u"name-required")
            return error(c, id, "name-required", QStringLiteral("This round counts dots by name: give your name first."));
        if (code == u"full")
            return error(c, id, "full", QStringLiteral("The round has all its seats."));
        return error(c, id, "no-dot", QStringLiteral("You have no dot on that moment."));
    }
    if (step > 0 && RoundResults::usedBy(w, round->uid, voter) >= round->dotsPerParticipant) {
        forgetSeat();
        return error(c, id, "no-dots", QStringLiteral("All %1 dots are used; take one back first.").arg(round->dotsPerParticipant));
    }
    if (step < 0 && RoundResults::dotsOn(w, round->uid, moment, voter) <= 0)
        return error(c, id, "no-dot", QStringLiteral("You have no dot on that moment."));

    // A name the round does not list yet, or one seat more, joins the round in the same step.
    VotingRound grown = *round;
    if (adds) {
        if (round->isAnonymous())
            grown.seats = voter.toInt();
        else
            grown.participants.append(voter);
        grown.modified = fileTimestamp();
    }
    Result built;
    ChangeSet change;
    if (adds) {
        Workspace view = w;
        view.rounds.insert(grown.uid, grown);
        change = WorkshopChanges::castDot(view, round->uid, moment, voter, step, fileTimestamp(), &built);
        if (built)
            change.nodes.prepend(NodeChange{Node(*round), Node(grown)});
    } else {
        change = WorkshopChanges::castDot(w, round->uid, moment, voter, step, fileTimestamp(), &built);
    }
    if (!built) {
        forgetSeat();
        return error(c, id, "refused", built.message());
    }
    const QString who = p.name.isEmpty() ? tr("Participant %1").arg(voter) : p.name;
    const QString text = step > 0 ? tr("%1: dot on “%2”").arg(who, m->title) : tr("%1: dot taken from “%2”").arg(who, m->title);
    if (Result r = m_document->edit(std::move(change), text); !r) {
        forgetSeat();
        return error(c, id, r.code() == ErrorCode::ReadOnly ? "read-only" : "refused", r.message());
    }
    p.votedIn.insert(round->uid);
    ok(c, id);
    const Workspace &after = m_document->workspace();
    QHash<QString, QHash<Uid, int>> mine;
    for (const Vote &v : after.votes) {
        if (v.round == round->uid && v.participant == voter)
            mine[voter][v.moment] += v.dots;
    }
    sendYou(c.participant, mine);
}

void LiveSession::note(Connection &c, const LiveMessage &m)
{
    const QJsonValue &id = m.id;
    const QString &text = m.text;
    const ParkingKind kind = m.kind;
    Participant &p = m_participants[c.participant];
    if (p.notes >= m_limits.notesPerParticipant)
        return error(c, id, "notes-limit", QStringLiteral("You have added %1 notes, the most for one person.").arg(m_limits.notesPerParticipant));
    Result built;
    ChangeSet change = WorkshopChanges::park(m_document->workspace(), m_journey, text, kind, &built);
    if (!built)
        return error(c, id, "refused", built.message());
    // The note says who sent it; the facilitator can edit or drop that like any note.
    const QString tag = p.name.isEmpty() ? tr("From an anonymous participant") : tr("From %1").arg(p.name);
    for (NodeChange &nc : change.nodes) {
        if (nc.after) {
            if (auto *n = std::get_if<ParkingNote>(&*nc.after))
                n->notes = tag;
        }
    }
    const QString who = p.name.isEmpty() ? tr("An anonymous participant") : p.name;
    if (Result r = m_document->edit(std::move(change), tr("%1: note “%2”").arg(who, text.left(40))); !r)
        return error(c, id, r.code() == ErrorCode::ReadOnly ? "read-only" : "refused", r.message());
    ++p.notes;
    ok(c, id);
    const auto round = LiveState::runningRound(m_document->workspace(), m_journey);
    sendYou(c.participant, round ? LiveState::dotsByVoter(m_document->workspace(), round->uid)
                                 : QHash<QString, QHash<Uid, int>>());
}

void LiveSession::send(QWebSocket *socket, const QJsonObject &message)
{
    socket->sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void LiveSession::error(Connection &c, const QJsonValue &id, const char *code, const QString &message)
{
    send(c.socket, QJsonObject{{u"type"_s, u"error"_s}, {u"id"_s, id}, {u"code"_s, QLatin1String(code)}, {u"message"_s, message}});
}

void LiveSession::ok(Connection &c, const QJsonValue &id)
{
    send(c.socket, QJsonObject{{u"type"_s, u"ok"_s}, {u"id"_s, id}});
    m_participantsDirty = true;
    schedulePublish();
}

void LiveSession::schedulePublish()
{
    if (!m_publish.isActive())
        m_publish.start();
}

void LiveSession::publish()
{
    if (!m_document)
        return;
    const Workspace &w = m_document->workspace();
    // What changed is judged on the timer as set (its time left moves on by itself); what is
    // sent has the time left now.
    const QByteArray key = QJsonDocument(LiveState::shared(w, m_journey, m_stage, m_timer)).toJson(QJsonDocument::Compact);
    const bool sharedChanged = key != m_lastShared;
    m_lastShared = key;
    const QByteArray shared = m_timer.running
        ? QJsonDocument(LiveState::shared(w, m_journey, m_stage, timerNow())).toJson(QJsonDocument::Compact)
        : key;
    const auto round = LiveState::runningRound(w, m_journey);
    const auto dots = round ? LiveState::dotsByVoter(w, round->uid) : QHash<QString, QHash<Uid, int>>();
    QSet<int> done;
    for (const auto &c : m_connections) {
        if (c->participant < 0)
            continue;
        if (sharedChanged)
            c->socket->sendTextMessage(QString::fromUtf8(shared));
        if (!done.contains(c->participant)) {
            done.insert(c->participant);
            sendYou(c->participant, dots);
        }
    }
    if (std::exchange(m_participantsDirty, false) || sharedChanged)
        Q_EMIT participantsChanged();
}

LiveTimerState LiveSession::timerNow() const
{
    LiveTimerState now = m_timer;
    if (now.running)
        now.remainingMs = std::max<qint64>(0, now.remainingMs - (m_clock.elapsed() - m_timerSetAt));
    return now;
}

void LiveSession::sendYou(int participant, const QHash<QString, QHash<Uid, int>> &dots)
{
    const Participant &p = m_participants[participant];
    const auto round = LiveState::runningRound(m_document->workspace(), m_journey);
    const QString voter = round ? voterOf(p, round->uid) : QString();
    const QByteArray you = QJsonDocument(LiveState::personal(round, p.name, voter.isEmpty() ? QHash<Uid, int>() : dots.value(voter),
                                                             p.notes, m_limits.notesPerParticipant))
                               .toJson(QJsonDocument::Compact);
    for (const auto &c : m_connections) {
        if (c->participant == participant && c->lastYou != you) {
            c->lastYou = you;
            c->socket->sendTextMessage(QString::fromUtf8(you));
        }
    }
}

} // namespace cx
