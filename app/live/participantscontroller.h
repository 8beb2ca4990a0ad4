// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentfollower.h"
#include "participantlistmodel.h"
#include "presentationcontroller.h"
#include "workshoptimer.h"
#include "workspacecontroller.h"

#include <QHostAddress>
#include <QNetworkInterface>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace cx {

class LiveServer;

// The facilitator's side of a live session (issue 16), for QML: the network addresses to
// offer participants, starting and stopping the participants' server (core/live LiveServer)
// on the open workspace, who joined, and removing someone.
//
// What participants see follows the facilitator: the journey (journey), the stage on the
// projector (presentation; without one, the stage of the card selected on the map, else the
// journey's first stage) and the workshop countdown (timer).
//
// It never starts by itself. The server stops, and every participant is told so, on stop(),
// when the workspace closes or another one opens, and when this controller is destroyed (the
// window closing, the app quitting). Failures land in message, in words.
class ParticipantsController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(cx::WorkspaceController *workspace READ workspace WRITE setWorkspace NOTIFY
                   workspaceChanged)
    Q_PROPERTY(QString journey READ journey WRITE setJourney NOTIFY journeyChanged)
    // The card selected on the map: its stage is shown while nothing is presented.
    Q_PROPERTY(QString selectedMoment READ selectedMoment WRITE setSelectedMoment NOTIFY
                   selectedMomentChanged)
    Q_PROPERTY(cx::PresentationController *presentation READ presentation WRITE setPresentation
                   NOTIFY presentationChanged)
    Q_PROPERTY(cx::WorkshopTimer *timer READ timer WRITE setTimer NOTIFY timerChanged)
    // Where the server may listen: [{name, label, address}], network interfaces that are up
    // with their IPv4 and global IPv6 addresses, this computer alone (loopback) last.
    Q_PROPERTY(QVariantList interfaces READ interfaces NOTIFY interfacesChanged)
    Q_PROPERTY(bool running READ running NOTIFY runningChanged)
    Q_PROPERTY(QUrl joinUrl READ joinUrl NOTIFY runningChanged)
    // The join address as people read and type it (what the QR code holds too).
    Q_PROPERTY(QString joinText READ joinText NOTIFY runningChanged)
    // The label of the interface the server listens on ("wlan0 · 192.168.1.20"), or "".
    Q_PROPERTY(QString listeningOn READ listeningOn NOTIFY runningChanged)
    Q_PROPERTY(cx::ParticipantListModel *participants READ participants CONSTANT)
    // Whether the projector shows the join slide (the QR code and the address) over the map.
    Q_PROPERTY(bool joinShown READ joinShown WRITE setJoinShown NOTIFY joinShownChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    explicit ParticipantsController(QObject *parent = nullptr);
    ~ParticipantsController() override;

    WorkspaceController *workspace() const { return m_follower.workspace(); }
    void setWorkspace(WorkspaceController *workspace);
    QString journey() const;
    void setJourney(const QString &journey);
    QString selectedMoment() const;
    void setSelectedMoment(const QString &moment);
    PresentationController *presentation() const;
    void setPresentation(PresentationController *presentation);
    WorkshopTimer *timer() const;
    void setTimer(WorkshopTimer *timer);

    QVariantList interfaces() const { return m_interfaces; }
    bool running() const;
    QUrl joinUrl() const;
    QString joinText() const;
    QString listeningOn() const { return running() ? m_listeningOn : QString(); }
    ParticipantListModel *participants() { return &m_participants; }
    bool joinShown() const { return m_joinShown; }
    void setJoinShown(bool shown);
    QString message() const { return m_message; }
    // The server while one runs (tests reach its address and port here).
    LiveServer *server() const { return m_server.get(); }

    // Reads the network interfaces again (a laptop that joined the venue's Wi-Fi since).
    Q_INVOKABLE void refreshInterfaces();
    // Starts the server on interfaces[interfaceIndex] with a new join address; false, with
    // message, when there is no workspace, it is read-only, or the address cannot be used.
    Q_INVOKABLE bool start(int interfaceIndex);
    // Ends the session: participants are told, the join address stops working for good.
    Q_INVOKABLE void stop();
    // Removes a participant and their dots in the running round (one undo step).
    Q_INVOKABLE bool remove(const QString &id);
    Q_INVOKABLE void clearMessage();

    // The entries of interfaces for these interfaces (a function of its input, for tests).
    static QVariantList interfaceEntries(const QList<QNetworkInterface> &interfaces);

Q_SIGNALS:
    void workspaceChanged();
    void journeyChanged();
    void selectedMomentChanged();
    void presentationChanged();
    void timerChanged();
    void interfacesChanged();
    void runningChanged();
    void joinShownChanged();
    void messageChanged();

private:
    void documentReplaced();
    void syncParticipants();
    void syncStage();
    void syncTimer();
    void setMessage(const QString &message);

    DocumentFollower m_follower;
    std::unique_ptr<LiveServer> m_server;
    QPointer<Document> m_serving; // the document m_server edits
    QPointer<PresentationController> m_presentation;
    QPointer<WorkshopTimer> m_timer;
    QList<QMetaObject::Connection> m_presentationConnections;
    QList<QMetaObject::Connection> m_timerConnections;
    Uid m_journey;
    Uid m_selectedMoment;
    QVariantList m_interfaces;
    QString m_listeningOn;
    ParticipantListModel m_participants;
    bool m_joinShown = false;
    QString m_message;
};

} // namespace cx
