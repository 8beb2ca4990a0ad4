// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/uid.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

namespace cx {

class ServerConnection;

// Who else has a team workspace open, and which journey and card each is on.
//
// Each window keeps one row in cxatlas.presence, refreshed every couple of seconds (which
// doubles as the check that the server is still there). A row counts while its backend is
// connected (pg_stat_activity), so a window that crashed or lost its network disappears at
// the next refresh, and otherwise when it has not been seen for 15 s.
class ServerPresence : public QObject
{
    Q_OBJECT

public:
    struct Person {
        Uid session;
        QString role;
        QString displayName;
        Uid journey;
        Uid card;

        bool operator==(const Person &) const = default;
    };

    ServerPresence(ServerConnection &connection, const Uid &workspace, const Uid &session);
    ~ServerPresence() override;

    void start();
    void stop();
    // Where this window is; sent at once (and announced), at most a few times a second.
    void setLocation(const Uid &journey, const Uid &card);
    void setDisplayName(const QString &name);
    // Others, ordered by name.
    const QList<Person> &others() const { return m_others; }
    // Reads the others now (on a presence notification; tests).
    void refresh();
    // How often the row is refreshed and the others read (default 2 s).
    void setInterval(int ms) { m_heartbeat.setInterval(ms); }

Q_SIGNALS:
    void othersChanged();
    // The heartbeat found the server gone.
    void connectionLost(const QString &why);

private:
    void beat();
    bool write(bool announce);

    ServerConnection &m_connection;
    Uid m_workspace;
    Uid m_session;
    QString m_displayName;
    Uid m_journey;
    Uid m_card;
    QList<Person> m_others;
    QTimer m_heartbeat;
    QTimer m_sendSoon;
    bool m_running = false;
};

} // namespace cx
