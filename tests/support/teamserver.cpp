// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamserver.h"

#include "samples.h"
#include "server/serverschema.h"
#include "server/serverstore.h"
#include "server/workspacetransfer.h"

#include <QDebug>

namespace cx::test {

std::optional<TeamServer> TeamServer::prepare(PgTestServer server, const QStringList &people, QString *why)
{
    TeamServer team(std::move(server));
    team.m_database = team.m_server.createDatabase(QStringLiteral("team"));
    if (team.m_database.isEmpty()) {
        *why = team.m_server.errorString();
        return std::nullopt;
    }
    auto admin = team.connect(QStringLiteral("admin"));
    if (!admin) {
        *why = QStringLiteral("cannot connect as the administrator");
        return std::nullopt;
    }
    int applied = 0;
    if (Result r = ServerSchema::migrate(*admin, &applied); !r) {
        *why = r.message();
        return std::nullopt;
    }
    for (const QString &person : people) {
        const QString login = team.m_server.createLogin(person, password);
        if (login.isEmpty()) {
            *why = team.m_server.errorString();
            return std::nullopt;
        }
        team.m_logins.insert(person, login);
        if (Result r = admin->exec(QStringLiteral("GRANT cxatlas_user TO \"%1\"").arg(login), "grant"); !r) {
            *why = r.message();
            return std::nullopt;
        }
    }
    return team;
}

QString TeamServer::login(const QString &person) const
{
    return person == u"admin" ? m_server.adminUser() : m_logins.value(person);
}

ServerUrl TeamServer::url(const QString &person, const QString &workspace) const
{
    Result error;
    const auto url = ServerUrl::parse(m_server.urlFor(m_database, login(person), workspace), &error);
    if (!url)
        qFatal("%s", qPrintable(error.message()));
    return *url;
}

std::unique_ptr<ServerConnection> TeamServer::connect(const QString &person) const
{
    auto c = std::make_unique<ServerConnection>(url(person),
                                                person == u"admin" ? m_server.adminPassword() : password);
    if (Result r = c->open(); !r) {
        qWarning() << "cannot connect as" << person << r.message();
        return nullptr;
    }
    return c;
}

Result TeamServer::push(const Workspace &workspace, const QString &owner, const QString &name,
                        const QList<std::pair<QString, QString>> &members) const
{
    auto c = connect(owner);
    if (!c)
        return Result::failure(ErrorCode::Offline, QStringLiteral("cannot connect as %1").arg(owner));
    if (Result r = WorkspaceTransfer::push(workspace, *c, name); !r)
        return r;
    QSqlQuery q = c->query();
    for (const auto &[person, access] : members) {
        if (Result r = c->run(q, QStringLiteral("INSERT INTO cxatlas.member (workspace, role_name, access) "
                                                "SELECT id, ?, ? FROM cxatlas.workspace WHERE name = ?"),
                              {login(person), access, name}, "add a member"); !r)
            return r;
    }
    return Result::success();
}

std::unique_ptr<Document> TeamServer::open(const QString &person, const QString &workspace, Result *error) const
{
    Result e;
    auto store = ServerStore::connect(url(person, workspace), password, &e);
    std::unique_ptr<Document> document;
    if (store) {
        store->setRetryDelay(100);
        document = Document::open(std::move(store), &e);
    }
    if (error)
        *error = e;
    else if (!document)
        qWarning() << "cannot open" << workspace << "as" << person << e.message();
    return document;
}

Workspace TeamServer::state(const QString &person, const QString &workspace) const
{
    Result error;
    auto store = ServerStore::connect(url(person, workspace), password, &error, ServerStore::Mode::Snapshot);
    Workspace w;
    if (!store || !(error = store->load(w)))
        qWarning() << "cannot read the server's state" << error.message();
    return w;
}

ServerStore &serverStoreOf(Document &document)
{
    return static_cast<ServerStore &>(document.store());
}

Workspace samplesWorkspace(const Samples &samples)
{
    Workspace w;
    for (const Node &n : samples.nodes())
        w.put(n);
    for (const Link &l : samples.links())
        w.links.insert(l);
    return w;
}

} // namespace cx::test
