// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pgtestserver.h"
#include "samples.h"
#include "document/document.h"
#include "model/workspace.h"
#include "server/serverconnection.h"
#include "server/serverstore.h"
#include "server/serverurl.h"

#include <QHash>
#include <memory>
#include <optional>

namespace cx::test {

// A team server as the tests use one: a fresh database on a PostgreSQL test server, migrated,
// with a login (in the group cxatlas_user) for each person named, all with one password.
class TeamServer
{
public:
    static inline const QString password = QStringLiteral("correct horse battery");

    static std::optional<TeamServer> prepare(PgTestServer server, const QStringList &people, QString *why);

    PgTestServer &server() { return m_server; }
    const QString &database() const { return m_database; }
    // The person's role name on the server (unique per run); "admin" is the administrator.
    QString login(const QString &person) const;
    ServerUrl url(const QString &person, const QString &workspace = {}) const;
    // An open connection as person, or null (the reason printed).
    std::unique_ptr<ServerConnection> connect(const QString &person) const;
    // Uploads workspace as name, owned by owner, with the other members given (person, access).
    Result push(const Workspace &workspace, const QString &owner, const QString &name,
                const QList<std::pair<QString, QString>> &members = {}) const;
    // A window's Document on the workspace as person (retrying every 100 ms when offline).
    std::unique_ptr<Document> open(const QString &person, const QString &workspace,
                                   Result *error = nullptr) const;
    // What the server holds now, read as person.
    Workspace state(const QString &person, const QString &workspace) const;

private:
    explicit TeamServer(PgTestServer server) : m_server(std::move(server)) {}

    PgTestServer m_server;
    QString m_database;
    QHash<QString, QString> m_logins;
};

// The team server store under a Document opened by TeamServer::open.
ServerStore &serverStoreOf(Document &document);

// Samples (tests/support/samples.h: new ids each time) as one workspace.
Workspace samplesWorkspace(const Samples &samples);

} // namespace cx::test
