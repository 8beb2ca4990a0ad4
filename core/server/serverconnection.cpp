// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverconnection.h"

#include <QAtomicInteger>
#include <QSqlDriver>
#include <QSqlError>
#include <libpq-fe.h>

namespace cx {

// QT_LOGGING_RULES="cx.server.debug=true" shows every change set sent and received.
Q_LOGGING_CATEGORY(lcServer, "cx.server", QtInfoMsg)

namespace {
QAtomicInteger<quint64> connectionCounter;

PGconn *handleOf(const QSqlDatabase &db)
{
    if (!db.isValid() || !db.driver())
        return nullptr;
    const QVariant h = db.driver()->handle();
    // The driver declares the handle as pg_conn* (the struct PGconn names).
    if (!h.isValid() || (qstrcmp(h.typeName(), "pg_conn*") != 0 && qstrcmp(h.typeName(), "PGconn*") != 0)) {
        qCWarning(lcServer) << "unexpected driver handle" << h.typeName();
        return nullptr;
    }
    return *static_cast<PGconn *const *>(h.data());
}

} // namespace

ServerConnection::ServerConnection(const ServerUrl &url, const QString &password)
    : m_url(url)
    , m_connectionName(QStringLiteral("cx-server-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    m_db.setHostName(url.host);
    m_db.setPort(url.port);
    m_db.setDatabaseName(url.database);
    m_db.setUserName(url.user);
    m_db.setPassword(password);
    QString options = url.connectOptions();
    // A dead server must not hang the window for the kernel's TCP timeout.
    if (!options.contains(QStringLiteral("connect_timeout=")))
        options += (options.isEmpty() ? QString() : QStringLiteral(";")) + QStringLiteral("connect_timeout=5");
    m_db.setConnectOptions(options);
}

ServerConnection::~ServerConnection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result ServerConnection::open()
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Result::failure(ErrorCode::Offline,
                               tr("This CX Atlas cannot reach team servers: Qt's PostgreSQL driver "
                                  "is not installed (Debian package libqt6sql6-psql)."));
    m_db.close();
    if (!m_db.open())
        return failure(m_db.lastError(), "connect");
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT current_user")) || !q.next())
        return failure(q.lastError(), "connect");
    m_role = q.value(0).toString();
    return Result::success();
}

void ServerConnection::close()
{
    m_db.close();
}

bool ServerConnection::isOpen() const
{
    return m_db.isOpen();
}

bool ServerConnection::isAlive() const
{
    PGconn *conn = handleOf(m_db);
    return m_db.isOpen() && conn && PQstatus(conn) == CONNECTION_OK;
}

QSqlQuery ServerConnection::query() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    return q;
}

Result ServerConnection::exec(const QString &sql, const char *what)
{
    QSqlQuery q = query();
    if (!q.exec(sql))
        return failure(q.lastError(), what);
    return Result::success();
}

Result ServerConnection::run(QSqlQuery &q, const QString &sql, const QVariantList &values, const char *what)
{
    if (q.lastQuery() != sql && !q.prepare(sql))
        return failure(q.lastError(), what);
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(int(i), values.at(i));
    if (!q.exec())
        return failure(q.lastError(), what);
    return Result::success();
}

Result ServerConnection::begin()
{
    if (!m_db.transaction())
        return failure(m_db.lastError(), "begin");
    return Result::success();
}

Result ServerConnection::commit()
{
    if (!m_db.commit())
        return failure(m_db.lastError(), "commit");
    return Result::success();
}

void ServerConnection::rollback()
{
    if (isAlive())
        m_db.rollback();
}

ErrorCode ServerConnection::codeFor(const QSqlError &error, ErrorCode code) const
{
    Q_UNUSED(error)
    return isAlive() ? code : ErrorCode::Offline;
}

Result ServerConnection::failure(const QSqlError &error, const char *what) const
{
    const QString server = m_url.host.startsWith(u'/') ? QStringLiteral("localhost") : m_url.host;
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString state = error.nativeErrorCode(); // SQLSTATE
    qCDebug(lcServer) << what << state << text;
    if (text.contains(QStringLiteral("password authentication failed"))
        || text.contains(QStringLiteral("no password supplied")) || state == u"28P01")
        return Result::failure(ErrorCode::Denied,
                               tr("The server %1 did not accept the password for %2.")
                                   .arg(server, m_url.user));
    if (state == u"3D000"
        || (text.contains(QStringLiteral("does not exist")) && text.contains(QStringLiteral("database"))))
        return Result::failure(ErrorCode::NotFound,
                               tr("The server %1 has no database “%2”.").arg(server, m_url.database));
    if (state == u"42501" || text.contains(QStringLiteral("permission denied"))
        || text.contains(QStringLiteral("row-level security")))
        return Result::failure(ErrorCode::Denied,
                               tr("The server %1 refused: %2 may not make this change (%3).")
                                   .arg(server, m_role.isEmpty() ? m_url.user : m_role, text.trimmed()));
    if (!isAlive() || error.type() == QSqlError::ConnectionError) {
        // A connection that died between statements leaves the driver no text of its own.
        return Result::failure(ErrorCode::Offline,
                               text.trimmed().isEmpty()
                                   ? tr("The server %1 cannot be reached: the connection was lost.").arg(server)
                                   : tr("The server %1 cannot be reached (%2).").arg(server, text.trimmed()));
    }
    return Result::failure(ErrorCode::Io,
                           tr("The server %1 refused to %2: %3")
                               .arg(server, QString::fromLatin1(what), text.trimmed()));
}

} // namespace cx
