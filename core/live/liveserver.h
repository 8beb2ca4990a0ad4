// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "livelimits.h"
#include "liveparticipant.h"
#include "livetimerstate.h"
#include "model/result.h"
#include "model/uid.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <memory>

namespace cx {

class Document;
class LiveHttp;
class LiveSession;

// The participants' server of a workshop: a small HTTP server on one address the facilitator
// chose, serving the join page (resources/web, compiled in) and a WebSocket for live updates,
// under a fresh random session token (core/live/PROTOCOL.md has the protocol). Votes and notes
// arrive as ordinary edits of the Document, saved at once and undoable by the facilitator.
//
// It never starts by itself; stop(), the destructor and the Document's destruction all close
// every connection and revoke the token.
class LiveServer : public QObject
{
    Q_OBJECT

public:
    explicit LiveServer(Document &document, LiveLimits limits = {}, QObject *parent = nullptr);
    ~LiveServer() override;

    // Listens on address (port 0: any free port) with a new token. Fails with a message when the
    // address cannot be bound or the workspace is read-only.
    Result start(const QHostAddress &address, quint16 port = 0);
    // Says goodbye to every participant, closes their connections and forgets the token:
    // the join address stops working for good. Participants' edits stay in the workspace.
    void stop();
    bool isRunning() const;

    // http://ADDRESS:PORT/s/TOKEN/ (IPv6 addresses in brackets); empty while stopped.
    QUrl joinUrl() const;
    QHostAddress address() const { return m_address; }
    quint16 port() const { return m_port; }

    // What participants see: the journey, the stage the projector shows (null: its first
    // stage) and the workshop timer.
    void setJourney(const Uid &journey);
    Uid journey() const;
    void setStage(const Uid &stage);
    void setTimer(const LiveTimerState &timer);

    // Everyone who joined this session, in the order they joined.
    QList<LiveParticipantInfo> participants() const;
    // Removes a participant: their dots in the journey's rounds go in one undo step, their
    // connections close and their key stops working. Fails when id is unknown.
    Result removeParticipant(const QString &id);

    // Requests and messages refused for a missing or wrong token since start (each is logged).
    int refusedCount() const;

Q_SIGNALS:
    void runningChanged();
    void participantsChanged();
    // A request or message was refused for its token; what says which, without the token.
    void refused(const QString &what);

private:
    QPointer<Document> m_document;
    LiveLimits m_limits;
    std::unique_ptr<LiveSession> m_session;
    std::unique_ptr<LiveHttp> m_http;
    QHostAddress m_address;
    quint16 m_port = 0;
    Uid m_journey;
    Uid m_stage;
    LiveTimerState m_timer;
    int m_refusedCount = 0;
};

} // namespace cx
