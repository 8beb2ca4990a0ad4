// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "liveserver.h"

#include "livehttp.h"
#include "livesession.h"
#include "livetoken.h"
#include "document/document.h"

#include <QLoggingCategory>
#include <QTcpServer>
#include <QWebSocket>

Q_DECLARE_LOGGING_CATEGORY(lcLive)

namespace cx {

LiveServer::LiveServer(Document &document, LiveLimits limits, QObject *parent)
    : QObject(parent), m_document(&document), m_limits(limits)
{
    // The server edits through the Document: it must not outlive it by a single message.
    connect(&document, &QObject::destroyed, this, &LiveServer::stop);
}

LiveServer::~LiveServer()
{
    stop();
}

Result LiveServer::start(const QHostAddress &address, quint16 port)
{
    if (isRunning())
        return Result::failure(ErrorCode::Invalid, tr("The participants' session is running already."));
    if (!m_document)
        return Result::failure(ErrorCode::Invalid, tr("No workspace is open."));
    if (m_document->isReadOnly()) {
        return Result::failure(ErrorCode::ReadOnly,
                               tr("Participants cannot join: this workspace is read-only, so their votes and notes could not be saved."));
    }
    auto listener = std::make_unique<QTcpServer>();
    if (!listener->listen(address, port)) {
        return Result::failure(ErrorCode::Io, tr("Cannot accept participants on %1: %2")
                                                  .arg(address.toString(), listener->errorString()));
    }
    const QByteArray token = LiveToken::generate();
    m_session = std::make_unique<LiveSession>(*m_document, token, m_limits);
    m_session->setJourney(m_journey);
    m_session->setStage(m_stage);
    m_session->setTimer(m_timer);
    connect(m_session.get(), &LiveSession::participantsChanged, this, &LiveServer::participantsChanged);
    connect(m_session.get(), &LiveSession::refused, this, [this](const QString &what) {
        ++m_refusedCount;
        Q_EMIT refused(what);
    });
    m_http = std::make_unique<LiveHttp>(token, [this](const QString &what) {
        qCWarning(lcLive).noquote() << "refused" << what;
        ++m_refusedCount;
        Q_EMIT refused(what);
    });
    m_address = address;
    m_port = listener->serverPort();
    const QUrl url = joinUrl();
    // CSP host sources cannot name IPv6 literals; 'self' covers ws: to the same host there.
    m_http->setSocketOrigin(address.protocol() == QAbstractSocket::IPv6Protocol
                                ? QByteArray("'self'")
                                : "'self' ws://" + url.authority().toUtf8());
    m_http->bind(listener.release());
    connect(m_http.get(), &QAbstractHttpServer::newWebSocketConnection, this, [this] {
        while (m_http && m_http->hasPendingWebSocketConnections()) {
            std::unique_ptr<QWebSocket> socket = m_http->nextPendingWebSocketConnection();
            // LiveHttp let the upgrade through only with the token; checked again because the
            // session may have stopped in between.
            const QString expected = QStringLiteral("/s/%1/ws").arg(QString::fromLatin1(m_session->token()));
            if (socket->requestUrl().path() != expected) {
                socket->close(QWebSocketProtocol::CloseCodePolicyViolated);
                continue;
            }
            m_session->adopt(socket.release());
        }
    });
    qCInfo(lcLive).noquote() << "participants' session on" << url.toString(QUrl::RemovePath);
    Q_EMIT runningChanged();
    return Result::success();
}

void LiveServer::stop()
{
    if (!isRunning())
        return;
    m_session->closeAll(tr("The facilitator ended the session."));
    m_http->revoke();
    m_http.reset();
    m_session.reset();
    m_port = 0;
    qCInfo(lcLive) << "participants' session stopped";
    Q_EMIT runningChanged();
    Q_EMIT participantsChanged();
}

bool LiveServer::isRunning() const
{
    return m_http != nullptr;
}

QUrl LiveServer::joinUrl() const
{
    if (!isRunning())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_address.toString());
    url.setPort(m_port);
    url.setPath(QStringLiteral("/s/%1/").arg(QString::fromLatin1(m_session->token())));
    return url;
}

void LiveServer::setJourney(const Uid &journey)
{
    m_journey = journey;
    if (m_session)
        m_session->setJourney(journey);
}

Uid LiveServer::journey() const
{
    return m_journey;
}

void LiveServer::setStage(const Uid &stage)
{
    m_stage = stage;
    if (m_session)
        m_session->setStage(stage);
}

void LiveServer::setTimer(const LiveTimerState &timer)
{
    m_timer = timer;
    if (m_session)
        m_session->setTimer(timer);
}

QList<LiveParticipantInfo> LiveServer::participants() const
{
    return m_session ? m_session->participants() : QList<LiveParticipantInfo>();
}

Result LiveServer::removeParticipant(const QString &id)
{
    if (!m_session)
        return Result::failure(ErrorCode::Invalid, tr("The participants' session is not running."));
    return m_session->removeParticipant(id);
}

int LiveServer::refusedCount() const
{
    return m_refusedCount;
}

} // namespace cx
