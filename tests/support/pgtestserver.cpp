// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgtestserver.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>
#include <atomic>

namespace cx::test {

namespace {

const QString driver = QStringLiteral("QPSQL");

QString scriptFromBuild()
{
    return QString::fromUtf8(CX_PGCLUSTER_SCRIPT);
}

QString quoteIdentifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString quoteLiteral(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', QStringLiteral("''"));
    return u'\'' + quoted + u'\'';
}

// pgcluster's env file: KEY=VALUE lines, values bare or in single quotes.
QHash<QString, QString> readEnvFile(const QString &path, QString *why)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *why = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    QHash<QString, QString> values;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0)
            continue;
        QString value = line.mid(eq + 1);
        if (value.size() >= 2 && value.startsWith(u'\'') && value.endsWith(u'\''))
            value = value.mid(1, value.size() - 2);
        values.insert(line.left(eq), value);
    }
    return values;
}

// A connection name no other call uses, for connections opened and removed within one call.
QString scratchConnectionName()
{
    static std::atomic<int> counter = 0;
    return QStringLiteral("cx-pgtestserver-%1").arg(++counter);
}

QString sqlErrorText(const QSqlError &error)
{
    return error.text().isEmpty() ? QStringLiteral("(no error text)") : error.text();
}

} // namespace

// A private server's folder: the cluster is destroyed (and the folder removed) with it.
struct PgTestServer::Owned {
    QTemporaryDir dir;
    QString script;

    ~Owned()
    {
        if (!dir.isValid())
            return;
        QProcess process;
        process.start(script, { QStringLiteral("destroy"), dir.path() });
        process.waitForFinished(120'000);
    }
};

std::optional<PgTestServer> PgTestServer::fromEnvironment(QString *why)
{
    const QString path = qEnvironmentVariable("CX_PG_ENV");
    if (path.isEmpty()) {
        *why = QStringLiteral("CX_PG_ENV is not set: run this test through ctest, whose "
                              "pgcluster fixture (tests/server) starts the server");
        return std::nullopt;
    }
    return fromEnvFile(path, why);
}

std::optional<PgTestServer> PgTestServer::fromEnvFile(const QString &path, QString *why)
{
    const QHash<QString, QString> env = readEnvFile(path, why);
    if (env.isEmpty())
        return std::nullopt;
    PgTestServer server;
    server.m_script = env.value(QStringLiteral("CX_PG_SCRIPT"), scriptFromBuild());
    server.m_socketDir = env.value(QStringLiteral("CX_PG_HOST"));
    server.m_tcpHost = env.value(QStringLiteral("CX_PG_TCP_HOST"), QStringLiteral("127.0.0.1"));
    server.m_admin = env.value(QStringLiteral("CX_PG_ADMIN"));
    server.m_port = env.value(QStringLiteral("CX_PG_PORT")).toInt();
    const QString passwordPath = env.value(QStringLiteral("CX_PG_ADMIN_PASSWORD_FILE"));
    QFile passwordFile(passwordPath);
    if (!passwordFile.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *why = QStringLiteral("cannot read the admin password %1 (named by %2): %3")
                   .arg(passwordPath, path, passwordFile.errorString());
        return std::nullopt;
    }
    server.m_adminPassword = QString::fromUtf8(passwordFile.readAll()).trimmed();
    if (server.m_socketDir.isEmpty() || server.m_admin.isEmpty() || server.m_port <= 0
        || server.m_adminPassword.isEmpty()) {
        *why = QStringLiteral("%1 lacks CX_PG_HOST, CX_PG_PORT or CX_PG_ADMIN, or the admin "
                              "password is empty")
                   .arg(path);
        return std::nullopt;
    }
    return server;
}

std::optional<PgTestServer> PgTestServer::startPrivate(QString *why)
{
    auto owned = std::make_shared<Owned>();
    owned->script = scriptFromBuild();
    if (!owned->dir.isValid()) {
        *why = QStringLiteral("cannot make a temporary folder: %1").arg(owned->dir.errorString());
        return std::nullopt;
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(owned->script, { QStringLiteral("start"), owned->dir.path() });
    if (!process.waitForFinished(120'000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        *why = QStringLiteral("%1 start %2 failed (%3): %4")
                   .arg(owned->script, owned->dir.path(), process.errorString(),
                        QString::fromLocal8Bit(process.readAll()));
        return std::nullopt;
    }
    std::optional<PgTestServer> server
        = fromEnvFile(owned->dir.filePath(QStringLiteral("env")), why);
    if (server)
        server->m_owned = std::move(owned);
    return server;
}

QString PgTestServer::uniqueName(const QString &prefix)
{
    QString name;
    for (const QChar c : prefix.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_')
            name.append(c);
    }
    if (name.isEmpty() || name.at(0).isDigit())
        name.prepend(u't');
    name.truncate(40);
    const quint64 random = QRandomGenerator::global()->generate64();
    return name + u'_' + QString::number(random, 36);
}

QString PgTestServer::createDatabase(const QString &prefix, const QString &owner)
{
    const QString name = uniqueName(prefix);
    QString sql = QStringLiteral("CREATE DATABASE ") + quoteIdentifier(name);
    if (!owner.isEmpty())
        sql += QStringLiteral(" OWNER ") + quoteIdentifier(owner);
    return execAsAdmin(QStringLiteral("postgres"), { sql }) ? name : QString();
}

QString PgTestServer::createLogin(const QString &prefix, const QString &password)
{
    const QString name = uniqueName(prefix);
    const QString sql = QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD %2")
                            .arg(quoteIdentifier(name), quoteLiteral(password));
    return execAsAdmin(QStringLiteral("postgres"), { sql }) ? name : QString();
}

bool PgTestServer::terminateBackends(const QString &database, const QString &user)
{
    const QString connection = scratchConnectionName();
    int terminated = -1;
    {
        QSqlDatabase db = connectAdmin(connection);
        if (!db.isOpen()) {
            m_error = sqlErrorText(db.lastError());
        } else {
            QSqlQuery query(db);
            query.prepare(QStringLiteral(
                "SELECT count(*) FROM (SELECT pg_terminate_backend(pid, 5000) AS ended "
                "FROM pg_stat_activity WHERE datname = ? AND usename = ? "
                "AND pid <> pg_backend_pid()) AS s WHERE ended"));
            query.addBindValue(database);
            query.addBindValue(user);
            if (query.exec() && query.next())
                terminated = query.value(0).toInt();
            else
                m_error = sqlErrorText(query.lastError());
        }
    }
    QSqlDatabase::removeDatabase(connection);
    if (terminated == 0)
        m_error = QStringLiteral("no connection of %1 to %2 to terminate").arg(user, database);
    return terminated > 0;
}

bool PgTestServer::execAsAdmin(const QString &database, const QStringList &statements)
{
    const QString connection = scratchConnectionName();
    bool ok = false;
    {
        QSqlDatabase db = connectAdmin(connection, database);
        if (!db.isOpen()) {
            m_error = sqlErrorText(db.lastError());
        } else {
            ok = true;
            QSqlQuery query(db);
            for (const QString &sql : statements) {
                if (!query.exec(sql)) {
                    m_error = sql + QStringLiteral(": ") + sqlErrorText(query.lastError());
                    ok = false;
                    break;
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

QString PgTestServer::urlFor(const QString &database, const QString &user,
                             const QString &workspace) const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(QStringLiteral("localhost"));
    QString path = u'/' + database;
    if (!workspace.isEmpty())
        path += u'/' + QString::fromUtf8(QUrl::toPercentEncoding(workspace));
    url.setPath(path, QUrl::TolerantMode);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("host"), m_socketDir);
    query.addQueryItem(QStringLiteral("port"), QString::number(m_port));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QString PgTestServer::tcpUrlFor(const QString &database, const QString &user,
                                const QString &workspace) const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(m_tcpHost);
    url.setPort(m_port);
    QString path = u'/' + database;
    if (!workspace.isEmpty())
        path += u'/' + QString::fromUtf8(QUrl::toPercentEncoding(workspace));
    url.setPath(path, QUrl::TolerantMode);
    return url.toString(QUrl::FullyEncoded);
}

QSqlDatabase PgTestServer::connect(const QString &connectionName, const QString &database,
                                   const QString &user, const QString &password) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, connectionName);
    db.setHostName(m_socketDir);
    db.setPort(m_port);
    db.setDatabaseName(database);
    db.setUserName(user);
    db.setPassword(password);
    db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    db.open();
    return db;
}

QSqlDatabase PgTestServer::connectAdmin(const QString &connectionName,
                                        const QString &database) const
{
    return connect(connectionName, database, m_admin, m_adminPassword);
}

bool PgTestServer::runScript(const QString &command)
{
    if (!m_owned) {
        m_error = QStringLiteral("pgcluster %1 refused on the shared server: other tests use it "
                                 "at the same time; use PgTestServer::startPrivate()")
                      .arg(command);
        return false;
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(m_script, { command, m_owned->dir.path() });
    if (!process.waitForFinished(120'000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        m_error = QStringLiteral("%1 %2 failed (%3): %4")
                      .arg(m_script, command, process.errorString(),
                           QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    return true;
}

bool PgTestServer::stop()
{
    return runScript(QStringLiteral("stop"));
}

bool PgTestServer::start()
{
    return runScript(QStringLiteral("resume"));
}

bool PgTestServer::restart()
{
    return runScript(QStringLiteral("restart"));
}

} // namespace cx::test
