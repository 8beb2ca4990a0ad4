// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "participantscontroller.h"

#include "document/document.h"
#include "journeycanvas.h"
#include "live/liveserver.h"
#include "presentationcontroller.h"
#include "workshoptimer.h"

#include <QNetworkInterface>

namespace cx {

ParticipantsController::ParticipantsController(QObject *parent)
    : QObject(parent)
    , m_follower(
          this,
          [this] {
              syncStage();
              syncParticipants();
          },
          [this] { documentReplaced(); })
    , m_participants(this)
{
    refreshInterfaces();
}

ParticipantsController::~ParticipantsController()
{
    // Said explicitly: participants are told goodbye now, while every member the server's
    // signals reach is still alive.
    if (m_server) {
        m_server->disconnect(this);
        m_server->stop();
        m_server.reset();
    }
}

void ParticipantsController::setWorkspace(WorkspaceController *workspace)
{
    if (m_follower.setWorkspace(workspace))
        Q_EMIT workspaceChanged();
}

QString ParticipantsController::journey() const
{
    return m_journey.isNull() ? QString() : uidText(m_journey);
}

void ParticipantsController::setJourney(const QString &journey)
{
    const Uid uid = uidFromText(journey);
    if (uid == m_journey)
        return;
    m_journey = uid;
    if (m_server)
        m_server->setJourney(m_journey);
    syncStage();
    syncParticipants(); // dots and rounds are the journey's
    Q_EMIT journeyChanged();
}

QString ParticipantsController::selectedMoment() const
{
    return m_selectedMoment.isNull() ? QString() : uidText(m_selectedMoment);
}

void ParticipantsController::setSelectedMoment(const QString &moment)
{
    const Uid uid = uidFromText(moment);
    if (uid == m_selectedMoment)
        return;
    m_selectedMoment = uid;
    syncStage();
    Q_EMIT selectedMomentChanged();
}

PresentationController *ParticipantsController::presentation() const
{
    return m_presentation;
}

WorkshopTimer *ParticipantsController::timer() const
{
    return m_timer;
}

void ParticipantsController::setPresentation(PresentationController *presentation)
{
    if (presentation == m_presentation)
        return;
    for (const auto &c : std::as_const(m_presentationConnections))
        disconnect(c);
    m_presentationConnections.clear();
    m_presentation = presentation;
    if (presentation) {
        m_presentationConnections = {
            // positionChanged comes with every step and with every change of the journey.
            connect(presentation, &PresentationController::positionChanged, this,
                    &ParticipantsController::syncStage),
            // A presentation ends by being destroyed (PresentSession): back to the map's stage.
            connect(presentation, &QObject::destroyed, this,
                    [this] {
                        syncStage();
                        Q_EMIT presentationChanged();
                    }),
        };
    }
    syncStage();
    Q_EMIT presentationChanged();
}

void ParticipantsController::setTimer(WorkshopTimer *timer)
{
    if (timer == m_timer)
        return;
    for (const auto &c : std::as_const(m_timerConnections))
        disconnect(c);
    m_timerConnections.clear();
    m_timer = timer;
    if (timer) {
        // Only changes of state: while it runs, the page counts down by itself.
        m_timerConnections = {
            connect(timer, &WorkshopTimer::stateChanged, this, &ParticipantsController::syncTimer),
            connect(timer, &WorkshopTimer::ended, this, &ParticipantsController::syncTimer),
            connect(timer, &QObject::destroyed, this,
                    [this] {
                        syncTimer();
                        Q_EMIT timerChanged();
                    }),
        };
    }
    syncTimer();
    Q_EMIT timerChanged();
}

QVariantList ParticipantsController::interfaceEntries(const QList<QNetworkInterface> &interfaces)
{
    QVariantList result;
    QString loopbackName;
    for (const QNetworkInterface &i : interfaces) {
        const auto flags = i.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp)
            || !flags.testFlag(QNetworkInterface::IsRunning))
            continue;
        if (flags.testFlag(QNetworkInterface::IsLoopBack)) {
            loopbackName = i.humanReadableName();
            continue;
        }
        for (const QNetworkAddressEntry &entry : i.addressEntries()) {
            const QHostAddress ip = entry.ip();
            const bool v4 = ip.protocol() == QAbstractSocket::IPv4Protocol;
            const bool v6 = ip.protocol() == QAbstractSocket::IPv6Protocol;
            // Link-local addresses (169.254.x.x, fe80::) need a scope a phone's browser cannot
            // be given in a QR code, and mean the network gave this computer no address.
            if ((!v4 && !v6) || ip.isLinkLocal() || ip.isLoopback())
                continue;
            const QString address = ip.toString();
            result.append(QVariantMap {
                { QStringLiteral("name"), i.humanReadableName() },
                { QStringLiteral("label"), tr("%1 · %2").arg(i.humanReadableName(), address) },
                { QStringLiteral("address"), address } });
        }
    }
    // Always offered, last: a trial with a browser on this computer needs no network.
    result.append(QVariantMap {
        { QStringLiteral("name"), loopbackName.isEmpty() ? QStringLiteral("lo") : loopbackName },
        { QStringLiteral("label"), tr("This computer only (for a trial)") },
        { QStringLiteral("address"), QHostAddress(QHostAddress::LocalHost).toString() } });
    return result;
}

void ParticipantsController::refreshInterfaces()
{
    const QVariantList entries = interfaceEntries(QNetworkInterface::allInterfaces());
    if (entries == m_interfaces)
        return;
    m_interfaces = entries;
    Q_EMIT interfacesChanged();
}

bool ParticipantsController::running() const
{
    return m_server && m_server->isRunning();
}

QUrl ParticipantsController::joinUrl() const
{
    return running() ? m_server->joinUrl() : QUrl();
}

QString ParticipantsController::joinText() const
{
    return joinUrl().toString(QUrl::FullyEncoded);
}

void ParticipantsController::setJoinShown(bool shown)
{
    if (shown == m_joinShown)
        return;
    m_joinShown = shown;
    Q_EMIT joinShownChanged();
}

bool ParticipantsController::start(int interfaceIndex)
{
    clearMessage();
    Document *doc = m_follower.document();
    if (!doc) {
        setMessage(tr("Open a workspace first."));
        return false;
    }
    if (m_journey.isNull()) {
        setMessage(tr(
            "Open a journey first: participants vote and add notes on the journey the map shows."));
        return false;
    }
    if (interfaceIndex < 0 || interfaceIndex >= m_interfaces.size()) {
        setMessage(tr("Choose the network participants are on."));
        return false;
    }
    const QVariantMap entry = m_interfaces.at(interfaceIndex).toMap();
    const QHostAddress address(entry.value(QStringLiteral("address")).toString());
    if (m_server)
        stop();

    auto server = std::make_unique<LiveServer>(*doc);
    server->setJourney(m_journey);
    m_server = std::move(server);
    m_serving = doc;
    syncStage();
    syncTimer();
    const Result started = m_server->start(address);
    if (!started) {
        m_server.reset();
        m_serving = nullptr;
        setMessage(started.message());
        return false;
    }
    m_listeningOn = entry.value(QStringLiteral("label")).toString();
    connect(m_server.get(), &LiveServer::participantsChanged, this,
            &ParticipantsController::syncParticipants);
    // The server also stops by itself when its document goes.
    connect(m_server.get(), &LiveServer::runningChanged, this, [this] {
        if (!running())
            setJoinShown(false);
        syncParticipants();
        Q_EMIT runningChanged();
    });
    syncParticipants();
    Q_EMIT runningChanged();
    return true;
}

void ParticipantsController::stop()
{
    if (!m_server)
        return;
    // Deleted later: stop() may be reached from a handler of one of the server's own signals.
    LiveServer *server = m_server.release();
    server->disconnect(this);
    server->stop();
    server->deleteLater();
    m_serving = nullptr;
    setJoinShown(false);
    syncParticipants();
    Q_EMIT runningChanged();
}

bool ParticipantsController::remove(const QString &id)
{
    if (!m_server) {
        setMessage(tr("No session runs."));
        return false;
    }
    const Result removed = m_server->removeParticipant(id);
    if (!removed) {
        setMessage(removed.message());
        return false;
    }
    clearMessage();
    syncParticipants();
    return true;
}

void ParticipantsController::clearMessage()
{
    setMessage({});
}

void ParticipantsController::setMessage(const QString &message)
{
    if (message == m_message)
        return;
    m_message = message;
    Q_EMIT messageChanged();
}

void ParticipantsController::documentReplaced()
{
    // A server edits one document: another workspace (or none) ends the session. (The server
    // has stopped by itself if its document is gone already; this lets go of it too.)
    if (m_server && (!m_serving || m_follower.document() != m_serving))
        stop();
    syncStage();
}

void ParticipantsController::syncParticipants()
{
    m_participants.setParticipants(m_server ? m_server->participants()
                                            : QList<LiveParticipantInfo>());
}

void ParticipantsController::syncStage()
{
    if (!m_server)
        return;
    Uid stage;
    if (m_presentation) {
        // The projector's stage: the presentation's columns are the journey's stages in order.
        const QVariantList columns = m_presentation->columns();
        const int index = m_presentation->stageIndex();
        if (index >= 0 && index < columns.size())
            stage = uidFromText(columns.at(index).toMap().value(QStringLiteral("uid")).toString());
    } else if (const Document *doc = m_follower.document()) {
        const Moment moment = doc->workspace().moments.value(m_selectedMoment);
        if (moment.journey == m_journey)
            stage = moment.stage;
    }
    m_server->setStage(stage);
}

void ParticipantsController::syncTimer()
{
    if (!m_server)
        return;
    LiveTimerState state;
    if (m_timer && m_timer->used()) {
        state.shown = true;
        state.running = m_timer->running();
        state.remainingMs = m_timer->remainingMs();
        state.totalMs = m_timer->totalMs();
    }
    m_server->setTimer(state);
}

} // namespace cx
