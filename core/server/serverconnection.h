// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serverurl.h"
#include "model/result.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace cx {

Q_DECLARE_LOGGING_CATEGORY(lcServer)

// One connection to a team server through Qt's PostgreSQL driver, named uniquely so several
// can be open at once (two windows, the tests' clients). Turns the server's errors into
// messages a person can act on, and knows when the connection itself is gone (libpq's
// status), which is different from a statement failing.
class ServerConnection
{
    Q_DECLARE_TR_FUNCTIONS(cx::ServerConnection)

public:
    // An empty password leaves libpq to PGPASSWORD and ~/.pgpass.
    ServerConnection(const ServerUrl &url, const QString &password);
    ~ServerConnection();
    ServerConnection(const ServerConnection &) = delete;
    ServerConnection &operator=(const ServerConnection &) = delete;

    Result open();
    void close();
    bool isOpen() const;
    // Whether libpq still has a working connection (false after the server went away).
    bool isAlive() const;
    const ServerUrl &url() const { return m_url; }
    QSqlDatabase &database() { return m_db; }
    // The role the server knows us as (current_user), after open().
    const QString &role() const { return m_role; }

    QSqlQuery query() const;
    // Qt binds a null QString as SQL NULL; the model treats null and empty text alike, so text
    // for NOT NULL columns (titles, summaries, names) goes through this.
    static QString text(const QString &value) { return value.isNull() ? QStringLiteral("") : value; }
    Result exec(const QString &sql, const char *what);
    // Prepares and runs sql with values bound in order (placeholders "?").
    Result run(QSqlQuery &query, const QString &sql, const QVariantList &values, const char *what);

    Result begin();
    Result commit();
    void rollback();

    // A server error as a message: unreachable, wrong password, no such database, permission
    // denied (a viewer writing), or the server's own text, naming the server.
    Result failure(const QSqlError &error, const char *what) const;
    // The ErrorCode for a lost connection when the connection is gone, else code.
    ErrorCode codeFor(const QSqlError &error, ErrorCode code) const;

private:
    ServerUrl m_url;
    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_role;
};

} // namespace cx
