// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The test server itself (tests/support/pgcluster and PgTestServer): what every server test
// relies on, checked on the real PostgreSQL 15 the fixture started.
#include "pgtestserver.h"
#include "server/serverurl.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using cx::test::PgTestServer;

namespace {

// Removes a named connection when the test leaves, after the QSqlDatabase handles declared
// below it are gone (removeDatabase warns while a handle is alive).
class ConnectionGuard
{
public:
    explicit ConnectionGuard(QString name)
        : m_name(std::move(name))
    { }
    ~ConnectionGuard() { QSqlDatabase::removeDatabase(m_name); }
    const QString &name() const { return m_name; }

private:
    QString m_name;
};

// The first column of the first row of sql on db, or the error text.
QString scalar(const QSqlDatabase &db, const QString &sql, bool *ok)
{
    QSqlQuery query(db);
    *ok = query.exec(sql) && query.next();
    return *ok ? query.value(0).toString() : query.lastError().text();
}

} // namespace

class TestPgTestServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void adminConnectsWithItsPasswordOnly();
    void loginInItsOwnDatabase();
    void urlsParse();
    void sharedServerCannotBeStopped();
    void stopAndStartOnTheSamePort();
    void terminateBackends();

private:
    std::optional<PgTestServer> m_server;
};

void TestPgTestServer::initTestCase()
{
    QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")),
             "Qt's PostgreSQL driver is missing: install libqt6sql6-psql");
    QString why;
    m_server = PgTestServer::fromEnvironment(&why);
    QVERIFY2(m_server, qPrintable(why));
}

void TestPgTestServer::adminConnectsWithItsPasswordOnly()
{
    ConnectionGuard good(QStringLiteral("admin")), bad(QStringLiteral("admin-wrong"));
    QSqlDatabase db = m_server->connectAdmin(good.name());
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    bool ok = false;
    QCOMPARE(scalar(db, QStringLiteral("SELECT current_user"), &ok), m_server->adminUser());
    const QString version = scalar(db, QStringLiteral("SHOW server_version_num"), &ok);
    QVERIFY2(ok, qPrintable(version));
    QVERIFY2(version.startsWith(u"15"), qPrintable(version));
    QCOMPARE(scalar(db, QStringLiteral("SHOW password_encryption"), &ok),
             QStringLiteral("scram-sha-256"));

    // The socket asks for the password too (no trust for local connections).
    QSqlDatabase wrong = m_server->connect(bad.name(), QStringLiteral("postgres"),
                                           m_server->adminUser(), QStringLiteral("not it"));
    QVERIFY(!wrong.isOpen());
    QVERIFY2(wrong.lastError().text().contains(u"password authentication failed"),
             qPrintable(wrong.lastError().text()));
}

void TestPgTestServer::loginInItsOwnDatabase()
{
    // Given a database and a login of this test's own
    const QString database = m_server->createDatabase(QStringLiteral("Self-Test"));
    QVERIFY2(!database.isEmpty(), qPrintable(m_server->errorString()));
    QVERIFY2(database.startsWith(u"selftest_"), qPrintable(database));
    const QString password = QStringLiteral("it's a secret");
    const QString login = m_server->createLogin(QStringLiteral("member"), password);
    QVERIFY2(!login.isEmpty(), qPrintable(m_server->errorString()));
    QVERIFY(m_server->createDatabase(QStringLiteral("Self-Test")) != database);

    // When the login connects with its password, over the socket and over TCP
    ConnectionGuard socket(QStringLiteral("login")), tcp(QStringLiteral("login-tcp")),
        bad(QStringLiteral("login-wrong"));
    QSqlDatabase db = m_server->connect(socket.name(), database, login, password);
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    bool ok = false;
    QCOMPARE(scalar(db, QStringLiteral("SELECT current_user"), &ok), login);
    QCOMPARE(scalar(db, QStringLiteral("SELECT current_database()"), &ok), database);
    QCOMPARE(
        scalar(db,
               QStringLiteral("SELECT rolsuper::text FROM pg_roles WHERE rolname = current_user"),
               &ok),
        QStringLiteral("false"));

    QSqlDatabase overTcp = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), tcp.name());
    overTcp.setHostName(m_server->tcpHost());
    overTcp.setPort(m_server->port());
    overTcp.setDatabaseName(database);
    overTcp.setUserName(login);
    overTcp.setPassword(password);
    QVERIFY2(overTcp.open(), qPrintable(overTcp.lastError().text()));
    QCOMPARE(scalar(overTcp, QStringLiteral("SELECT inet_server_addr()::text"), &ok),
             QStringLiteral("127.0.0.1/32"));

    // Then a wrong password is refused
    QSqlDatabase wrong = m_server->connect(bad.name(), database, login, QStringLiteral("guess"));
    QVERIFY(!wrong.isOpen());
    QVERIFY2(wrong.lastError().text().contains(u"password authentication failed"),
             qPrintable(wrong.lastError().text()));
}

void TestPgTestServer::urlsParse()
{
    cx::Result error;
    const auto socket = cx::ServerUrl::parse(
        m_server->urlFor(QStringLiteral("db1"), QStringLiteral("ann"), QStringLiteral("Team map")),
        &error);
    QVERIFY2(socket, qPrintable(error.message()));
    QCOMPARE(socket->host, m_server->socketDir());
    QCOMPARE(socket->port, m_server->port());
    QCOMPARE(socket->user, QStringLiteral("ann"));
    QCOMPARE(socket->database, QStringLiteral("db1"));
    QCOMPARE(socket->workspace, QStringLiteral("Team map"));

    const auto tcp = cx::ServerUrl::parse(
        m_server->tcpUrlFor(QStringLiteral("db1"), QStringLiteral("ann")), &error);
    QVERIFY2(tcp, qPrintable(error.message()));
    QCOMPARE(tcp->host, QStringLiteral("127.0.0.1"));
    QCOMPARE(tcp->port, m_server->port());
    QVERIFY(tcp->workspace.isEmpty());
}

void TestPgTestServer::sharedServerCannotBeStopped()
{
    PgTestServer shared = *m_server;
    QVERIFY(!shared.isPrivate());
    QVERIFY(!shared.stop());
    QVERIFY2(shared.errorString().contains(u"startPrivate"), qPrintable(shared.errorString()));
}

void TestPgTestServer::stopAndStartOnTheSamePort()
{
    // Given a private server with a table in a database
    QString why;
    std::optional<PgTestServer> server = PgTestServer::startPrivate(&why);
    QVERIFY2(server, qPrintable(why));
    QVERIFY(server->isPrivate());
    QVERIFY(server->port() != m_server->port());
    const int port = server->port();
    const QString database = server->createDatabase(QStringLiteral("restart"));
    QVERIFY2(!database.isEmpty(), qPrintable(server->errorString()));
    ConnectionGuard guard(QStringLiteral("private-admin"));
    QSqlDatabase db = server->connectAdmin(guard.name(), database);
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    QSqlQuery query(db);
    QVERIFY2(query.exec(QStringLiteral("CREATE TABLE kept (id int); INSERT INTO kept VALUES (7)")),
             qPrintable(query.lastError().text()));

    // When the server stops, a query fails
    QVERIFY2(server->stop(), qPrintable(server->errorString()));
    QVERIFY2(server->stop(), qPrintable(server->errorString())); // stopping twice is fine
    QVERIFY(!query.exec(QStringLiteral("SELECT 1")));

    // Then it starts again on the same port with the same data, and a reconnect works
    QVERIFY2(server->start(), qPrintable(server->errorString()));
    QCOMPARE(server->port(), port);
    db.close();
    QVERIFY2(db.open(), qPrintable(db.lastError().text()));
    bool ok = false;
    QCOMPARE(scalar(db, QStringLiteral("SELECT id FROM kept"), &ok), QStringLiteral("7"));

    QVERIFY2(server->restart(), qPrintable(server->errorString()));
    QVERIFY(!QSqlQuery(db).exec(QStringLiteral("SELECT 1")));
    db.close();
    QVERIFY2(db.open(), qPrintable(db.lastError().text()));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM kept"), &ok), QStringLiteral("1"));
}

void TestPgTestServer::terminateBackends()
{
    // Given a login connected to its database
    const QString password = QStringLiteral("victim-pw");
    const QString database = m_server->createDatabase(QStringLiteral("terminate"));
    QVERIFY2(!database.isEmpty(), qPrintable(m_server->errorString()));
    const QString login = m_server->createLogin(QStringLiteral("victim"), password);
    QVERIFY2(!login.isEmpty(), qPrintable(m_server->errorString()));
    ConnectionGuard guard(QStringLiteral("victim"));
    QSqlDatabase victim = m_server->connect(guard.name(), database, login, password);
    QVERIFY2(victim.isOpen(), qPrintable(victim.lastError().text()));
    QSqlQuery query(victim);
    QVERIFY2(query.exec(QStringLiteral("SELECT 1")), qPrintable(query.lastError().text()));

    // When the admin terminates its backend
    QVERIFY2(m_server->terminateBackends(database, login), qPrintable(m_server->errorString()));

    // Then its next query fails, and there is nothing left to terminate
    QVERIFY(!query.exec(QStringLiteral("SELECT 1")));
    QVERIFY(!m_server->terminateBackends(database, login));
    QVERIFY2(m_server->errorString().contains(u"no connection"),
             qPrintable(m_server->errorString()));
}

QTEST_GUILESS_MAIN(TestPgTestServer)
#include "tst_pgtestserver.moc"
