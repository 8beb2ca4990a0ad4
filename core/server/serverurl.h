// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace cx {

// Where a team workspace lives: postgresql://USER@HOST:PORT/DATABASE/WORKSPACE?OPTIONS.
// The workspace name is optional (server migrate names only the database). Options are
// libpq's, passed through to Qt's PostgreSQL driver: sslmode, sslrootcert, sslcert, sslkey,
// sslcrl, connect_timeout, keepalives…, and host=/folder for a Unix socket. A password in
// the URL is refused: it would show in process lists, shell history and recent lists; the
// window keeps passwords in the desktop keyring, the command line reads PGPASSWORD or
// ~/.pgpass as every PostgreSQL tool does.
struct ServerUrl {
    Q_DECLARE_TR_FUNCTIONS(cx::ServerUrl)

public:
    QString user;
    QString host;      // a name, an address, or a socket folder (from host=)
    int port = 5432;
    QString database;
    QString workspace; // empty when the URL names only the database
    QList<QPair<QString, QString>> options;

    // *error says what is wrong with text and where.
    static std::optional<ServerUrl> parse(const QString &text, Result *error);
    // The database URL with workspace appended (the form pull and the window take).
    ServerUrl withWorkspace(const QString &name) const;
    // The URL without any secret, as shown and remembered.
    QString toString() const;
    // Options for QSqlDatabase::setConnectOptions ("key=value;…").
    QString connectOptions() const;
    // Names allowed for a workspace: 1–100 characters, no control characters or '/'.
    static Result checkWorkspaceName(const QString &name);
};

} // namespace cx
