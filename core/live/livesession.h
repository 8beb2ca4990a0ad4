// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "livelimits.h"
#include "liveparticipant.h"
#include "livetimerstate.h"
#include "ratelimiter.h"
#include "model/result.h"
#include "model/uid.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <memory>
#include <vector>

class QWebSocket;

namespace cx {

class Document;
struct LiveMessage;

// The participants of one session and their WebSocket messages (PROTOCOL.md): joining,
// names, dots and notes become edits of the Document (WorkshopChanges, one undo step each);
// every message is checked against the token and the limits first, and a refusal answers
// with an error code and changes nothing. What participants see is published after each
// change, coalesced, and only when it differs from what they last got.
class LiveSession : public QObject
{
    Q_OBJECT

public:
    LiveSession(Document &document, QByteArray token, LiveLimits limits, QObject *parent = nullptr);
    ~LiveSession() override;

    const QByteArray &token() const { return m_token; }
    // Takes a socket whose upgrade request carried the token.
    void adopt(QWebSocket *socket);
    // Sends bye (code stopped) to everyone and closes every connection.
    void closeAll(const QString &message);

    void setJourney(const Uid &journey);
    Uid journey() const { return m_journey; }
    void setStage(const Uid &stage);
    void setTimer(const LiveTimerState &timer);

    QList<LiveParticipantInfo> participants() const;
    Result removeParticipant(const QString &id);

Q_SIGNALS:
    void participantsChanged();
    void refused(const QString &what);

private:
    struct Participant {
        QString id;
        QString name;
        QByteArray key;
        int notes = 0;
        QHash<Uid, QString> seats;   // anonymous rounds: the seat held
        QSet<Uid> votedIn;           // rounds this participant cast dots in
        bool removed = false;        // by the facilitator: the key no longer works
    };
    struct Connection {
        QWebSocket *socket = nullptr;
        RateLimiter limiter;
        int participant = -1;        // index in m_participants; -1 until joined
        QByteArray lastYou;
    };

    void onMessage(QWebSocket *socket, const QString &text);
    void onClosed(QWebSocket *socket);
    Connection *connectionOf(QWebSocket *socket);
    void dispatch(Connection &c, const LiveMessage &message);
    void join(Connection &c, const LiveMessage &message);
    void rename(Connection &c, const LiveMessage &message);
    void vote(Connection &c, const LiveMessage &message);
    void note(Connection &c, const LiveMessage &message);
    // The voter string of p in round (name or seat), choosing a seat or adding the name when
    // grow is true; "" with *code set when there is none.
    QString voterFor(Participant &p, const Uid &round, bool grow, QString *code, bool *adds);
    bool nameTaken(const QString &name, int except) const;

    void send(QWebSocket *socket, const QJsonObject &message);
    void error(Connection &c, const QJsonValue &id, const char *code, const QString &message);
    void ok(Connection &c, const QJsonValue &id);
    void refuseToken(QWebSocket *socket, const QString &what);
    void schedulePublish();
    void publish();
    void sendYou(int participant, const QHash<QString, QHash<Uid, int>> &dots);
    QString voterOf(const Participant &p, const Uid &round) const;
    // The timer as it stands now: a running one has counted down since it was set.
    LiveTimerState timerNow() const;

    QPointer<Document> m_document;
    QByteArray m_token;
    LiveLimits m_limits;
    Uid m_journey;
    Uid m_stage;
    LiveTimerState m_timer;
    qint64 m_timerSetAt = 0;     // m_clock's time when m_timer was set
    std::vector<Participant> m_participants;
    std::vector<std::unique_ptr<Connection>> m_connections;
    QByteArray m_lastShared;
    bool m_participantsDirty = false;
    QTimer m_publish;
    QElapsedTimer m_clock;
};

} // namespace cx
