// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverpresence.h"

#include "serverconnection.h"

#include <QSqlError>

namespace cx {

namespace {
QVariant uidValue(const Uid &uid)
{
    return uid.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(uidText(uid));
}
} // namespace

ServerPresence::ServerPresence(ServerConnection &connection, const Uid &workspace, const Uid &session)
    : m_connection(connection)
    , m_workspace(workspace)
    , m_session(session)
{
    m_heartbeat.setInterval(2000);
    connect(&m_heartbeat, &QTimer::timeout, this, &ServerPresence::beat);
    m_sendSoon.setSingleShot(true);
    m_sendSoon.setInterval(250);
    connect(&m_sendSoon, &QTimer::timeout, this, [this] {
        if (m_running)
            write(true);
    });
}

ServerPresence::~ServerPresence()
{
    stop();
}

void ServerPresence::start()
{
    m_running = true;
    if (write(true))
        refresh();
    m_heartbeat.start();
}

void ServerPresence::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_heartbeat.stop();
    m_sendSoon.stop();
    if (m_connection.isAlive()) {
        QSqlQuery q = m_connection.query();
        m_connection.run(q, QStringLiteral("DELETE FROM cxatlas.presence WHERE session = ?"),
                         {uidText(m_session)}, "leave");
        m_connection.run(q, QStringLiteral("SELECT pg_notify(?, 'p')"),
                         {QStringLiteral("cx_") + m_workspace.toString(QUuid::Id128)}, "leave");
    }
    if (!m_others.isEmpty()) {
        m_others.clear();
        Q_EMIT othersChanged();
    }
}

void ServerPresence::setLocation(const Uid &journey, const Uid &card)
{
    if (journey == m_journey && card == m_card)
        return;
    m_journey = journey;
    m_card = card;
    if (m_running && !m_sendSoon.isActive())
        m_sendSoon.start();
}

void ServerPresence::setDisplayName(const QString &name)
{
    m_displayName = name.left(100);
    if (m_running && !m_sendSoon.isActive())
        m_sendSoon.start();
}

bool ServerPresence::write(bool announce)
{
    QSqlQuery q = m_connection.query();
    Result r = m_connection.run(q, QStringLiteral(
        "INSERT INTO cxatlas.presence (session, workspace, display_name, journey, card) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (session) DO UPDATE SET display_name = excluded.display_name, "
        "journey = excluded.journey, card = excluded.card, pid = pg_backend_pid(), seen = now()"),
        {uidText(m_session), uidText(m_workspace), ServerConnection::text(m_displayName), uidValue(m_journey), uidValue(m_card)},
        "show where you are");
    if (r && announce)
        r = m_connection.run(q, QStringLiteral("SELECT pg_notify(?, 'p')"),
                             {QStringLiteral("cx_") + m_workspace.toString(QUuid::Id128)}, "show where you are");
    if (!r && !m_connection.isAlive()) {
        Q_EMIT connectionLost(r.message());
        return false;
    }
    return bool(r);
}

void ServerPresence::beat()
{
    if (write(false))
        refresh();
}

void ServerPresence::refresh()
{
    if (!m_running)
        return;
    QSqlQuery q = m_connection.query();
    const Result r = m_connection.run(q, QStringLiteral(
        "SELECT p.session, p.role_name, p.display_name, p.journey, p.card FROM cxatlas.presence p "
        "WHERE p.workspace = ? AND p.session <> ? AND p.seen > now() - interval '15 seconds' "
        "AND EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.pid = p.pid) "
        "ORDER BY p.display_name, p.role_name, p.session"),
        {uidText(m_workspace), uidText(m_session)}, "see who is here");
    if (!r) {
        if (!m_connection.isAlive())
            Q_EMIT connectionLost(r.message());
        return;
    }
    QList<Person> others;
    while (q.next())
        others.append({uidFromText(q.value(0).toString()), q.value(1).toString(), q.value(2).toString(),
                       uidFromText(q.value(3).toString()), uidFromText(q.value(4).toString())});
    if (others != m_others) {
        m_others = others;
        Q_EMIT othersChanged();
    }
}

} // namespace cx
