// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <optional>

namespace cx::test {

// A real PostgreSQL 15 server for tests, run by tests/support/pgcluster (issue 15).
//
// The shared one (fromEnvironment) is started once per ctest run by the pgcluster fixture
// (tests/server/CMakeLists.txt) and used by server tests in parallel: each test works in its
// own database (createDatabase) with its own logins (createLogin). A test that stops, starts or
// restarts the server must have one of its own (startPrivate), since stopping the shared one
// would break the tests running beside it; stop() and friends refuse on the shared server.
//
// Copies share the server. Failures return an empty name or false, with the reason in
// errorString(). Connections to the admin's database are opened and removed per call.
class PgTestServer
{
public:
    // The fixture's server: CX_PG_ENV names the env file pgcluster wrote. nullopt with *why
    // when the variable is unset or the file is unreadable (run the test through ctest).
    static std::optional<PgTestServer> fromEnvironment(QString *why);
    // The server an env file describes (shared: stop() and friends refuse).
    static std::optional<PgTestServer> fromEnvFile(const QString &path, QString *why);
    // A new server of the caller's own in a temporary folder (about a second), stopped and
    // removed when the last copy is destroyed.
    static std::optional<PgTestServer> startPrivate(QString *why);

    // A new database, owned by owner (the admin when empty), named prefix_ and a random
    // suffix (prefix lowercased, anything but [a-z0-9_] dropped). Returns the name.
    QString createDatabase(const QString &prefix, const QString &owner = {});
    // A new LOGIN role with that password, named like createDatabase's databases.
    QString createLogin(const QString &prefix, const QString &password);
    // pg_terminate_backend on every connection of user to database (waiting up to 5 s for
    // each to end). False when none was found or the query failed.
    bool terminateBackends(const QString &database, const QString &user);

    // postgresql://USER@localhost/DATABASE[/WORKSPACE]?host=SOCKETDIR&port=PORT
    QString urlFor(const QString &database, const QString &user,
                   const QString &workspace = {}) const;
    // postgresql://USER@127.0.0.1:PORT/DATABASE[/WORKSPACE]
    QString tcpUrlFor(const QString &database, const QString &user,
                      const QString &workspace = {}) const;

    QString adminUser() const { return m_admin; }
    QString adminPassword() const { return m_adminPassword; }
    QString socketDir() const { return m_socketDir; }
    QString tcpHost() const { return m_tcpHost; }
    int port() const { return m_port; }
    bool isPrivate() const { return m_owned != nullptr; }

    // A QPSQL connection over the socket, already opened: check isOpen() and lastError().
    // The caller removes it (QSqlDatabase::removeDatabase) when done.
    QSqlDatabase connect(const QString &connectionName, const QString &database,
                         const QString &user, const QString &password) const;
    // The same as the admin.
    QSqlDatabase connectAdmin(const QString &connectionName,
                              const QString &database = QStringLiteral("postgres")) const;

    // pgcluster stop / resume / restart: same data, same port. Private servers only.
    bool stop();
    bool start();
    bool restart();

    QString errorString() const { return m_error; }

private:
    struct Owned;

    bool runScript(const QString &command);
    // statements run in order as the admin in database; stops at the first failure.
    bool execAsAdmin(const QString &database, const QStringList &statements);
    static QString uniqueName(const QString &prefix);

    QString m_script;
    QString m_socketDir;
    QString m_tcpHost;
    QString m_admin;
    QString m_adminPassword;
    int m_port = 0;
    QString m_error;
    std::shared_ptr<Owned> m_owned; // set for private servers
};

} // namespace cx::test
