// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "servercommand.h"

#include "commandline.h"
#include "output.h"
#include "verbparser.h"
#include "document/document.h"
#include "server/serverconnection.h"
#include "server/serverschema.h"
#include "server/serverstore.h"
#include "server/workspacetransfer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>

namespace cx::cli {

namespace {

// The command line never asks for a password: libpq reads PGPASSWORD or ~/.pgpass.
std::unique_ptr<ServerConnection> connectTo(const QString &text, bool needsWorkspace, int *status)
{
    Result error;
    const auto url = ServerUrl::parse(text, &error);
    if (url && needsWorkspace && url->workspace.isEmpty())
        error = Result::failure(ErrorCode::Invalid,
                                QCoreApplication::translate("cx::cli", "%1 names no workspace: add /WORKSPACE after the database.").arg(text));
    if (!url || !error) {
        printError(error.message());
        *status = exitError;
        return nullptr;
    }
    auto connection = std::make_unique<ServerConnection>(*url, QString());
    if (Result r = connection->open(); !r) {
        printError(r.message());
        *status = exitError;
        return nullptr;
    }
    return connection;
}

int fail(const Result &r)
{
    printError(r.message());
    return exitError;
}

int migrate(ServerConnection &connection)
{
    int applied = 0;
    if (Result r = ServerSchema::migrate(connection, &applied); !r)
        return fail(r);
    printOut(applied == 0 ? QCoreApplication::translate("cx::cli", "The server is up to date (server format %1).\n").arg(ServerSchema::currentVersion())
                          : QCoreApplication::translate("cx::cli", "Applied %n migration(s); the server is at format %1.\n", nullptr, applied)
                                .arg(ServerSchema::currentVersion()));
    return exitOk;
}

int list(ServerConnection &connection)
{
    if (Result r = ServerSchema::check(connection); !r)
        return fail(r);
    QSqlQuery q = connection.query();
    if (Result r = connection.run(q, QStringLiteral(
            "SELECT w.name, coalesce(cxatlas.access(w.id, current_user), ''), "
            "(SELECT count(*) FROM cxatlas.record r WHERE r.workspace = w.id AND r.data IS NOT NULL) "
            "FROM cxatlas.workspace w ORDER BY w.name"), QVariantList(), "list workspaces"); !r)
        return fail(r);
    while (q.next()) {
        // A plain int for %n: lupdate 6.4 loops forever on a call expression there.
        const int records = q.value(2).toInt();
        printOut(QStringLiteral("%1\t%2\t%3\n").arg(q.value(0).toString(), q.value(1).toString(),
                                                    QCoreApplication::translate("cx::cli", "%n record(s)", nullptr, records)));
    }
    return exitOk;
}

QString workspaceIdOf(ServerConnection &connection, Result *error)
{
    QSqlQuery q = connection.query();
    *error = connection.run(q, QStringLiteral("SELECT id FROM cxatlas.workspace WHERE name = ? "
                                              "AND cxatlas.access(id, current_user) IS NOT NULL"),
                            {connection.url().workspace}, "find the workspace");
    if (*error && !q.next())
        *error = Result::failure(ErrorCode::NotFound, QCoreApplication::translate("cx::cli", "The server has no workspace “%1” that %2 may open.")
                                                          .arg(connection.url().workspace, connection.role()));
    return *error ? q.value(0).toString() : QString();
}

int members(ServerConnection &connection)
{
    Result error;
    const QString id = workspaceIdOf(connection, &error);
    if (!error)
        return fail(error);
    QSqlQuery q = connection.query();
    if (Result r = connection.run(q, QStringLiteral("SELECT role_name, access FROM cxatlas.member "
                                                    "WHERE workspace = ? ORDER BY role_name"),
                                  {id}, "list members"); !r)
        return fail(r);
    while (q.next())
        printOut(QStringLiteral("%1\t%2\n").arg(q.value(0).toString(), q.value(1).toString()));
    return exitOk;
}

int grant(ServerConnection &connection, const QString &role, const QString &access)
{
    if (access != u"viewer" && access != u"editor" && access != u"owner")
        return fail(Result::failure(ErrorCode::Invalid,
                                    QCoreApplication::translate("cx::cli", "“%1” is not an access level: use viewer, editor or owner.").arg(access)));
    Result error;
    const QString id = workspaceIdOf(connection, &error);
    if (!error)
        return fail(error);
    QSqlQuery q = connection.query();
    // Only owners pass the member table's policy; the server says no to anyone else.
    if (Result r = connection.run(q, QStringLiteral(
            "INSERT INTO cxatlas.member (workspace, role_name, access) VALUES (?, ?, ?) "
            "ON CONFLICT (workspace, role_name) DO UPDATE SET access = excluded.access"),
            {id, role, access}, "change members"); !r)
        return fail(r);
    printOut(QCoreApplication::translate("cx::cli", "%1 is now %2 of “%3”.\n").arg(role, access, connection.url().workspace));
    return exitOk;
}

int revoke(ServerConnection &connection, const QString &role)
{
    Result error;
    const QString id = workspaceIdOf(connection, &error);
    if (!error)
        return fail(error);
    QSqlQuery q = connection.query();
    if (Result r = connection.run(q, QStringLiteral("DELETE FROM cxatlas.member WHERE workspace = ? AND role_name = ?"),
                                  {id, role}, "change members"); !r)
        return fail(r);
    if (q.numRowsAffected() != 1)
        return fail(Result::failure(ErrorCode::NotFound, QCoreApplication::translate("cx::cli", "%1 is not a member of “%2” (or only its owners "
                                                            "may change members).").arg(role, connection.url().workspace)));
    printOut(QCoreApplication::translate("cx::cli", "%1 is no longer a member of “%2”.\n").arg(role, connection.url().workspace));
    return exitOk;
}

} // namespace

int serverCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cx::cli", 
        "Team workspaces on a PostgreSQL server.\n"
        "  server migrate URL                     create or upgrade the server's tables (an administrator)\n"
        "  server list URL                        the workspaces you may open, with your access\n"
        "  server members URL/NAME                a workspace's members and their access\n"
        "  server grant URL/NAME ROLE ACCESS      make a role viewer, editor or owner (owners only)\n"
        "  server revoke URL/NAME ROLE            remove a member (owners only)\n"
        "URL: postgresql://USER@HOST:PORT/DATABASE[?sslmode=require…]. The password comes from "
        "PGPASSWORD or ~/.pgpass, never the URL. New people need a login role in the group "
        "cxatlas_user: CREATE ROLE alice LOGIN PASSWORD '…' IN ROLE cxatlas_user."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), QCoreApplication::translate("cx::cli", "migrate, list, members, grant or revoke."));
    parser.addPositionalArgument(QStringLiteral("url"), QCoreApplication::translate("cx::cli", "The server (and workspace) address."));
    if (int status = exitOk; !parseVerb(parser, arguments, &status))
        return status;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const qsizetype wanted = action == u"grant" ? 4 : action == u"revoke" ? 3 : 2;
    const bool known = action == u"migrate" || action == u"list" || action == u"members"
        || action == u"grant" || action == u"revoke";
    if (!known || args.size() != wanted) {
        printError(QCoreApplication::translate("cx::cli", "usage: cxatlas server migrate|list URL, server members URL/NAME, server grant "
                      "URL/NAME ROLE viewer|editor|owner, server revoke URL/NAME ROLE; see cxatlas server --help."));
        return exitError;
    }
    int status = exitOk;
    const bool needsWorkspace = action == u"members" || action == u"grant" || action == u"revoke";
    auto connection = connectTo(args.at(1), needsWorkspace, &status);
    if (!connection)
        return status;
    if (action == u"migrate")
        return migrate(*connection);
    if (action == u"list")
        return list(*connection);
    if (action == u"members")
        return members(*connection);
    if (action == u"grant")
        return grant(*connection, args.at(2), args.at(3));
    return revoke(*connection, args.at(2));
}

int pushCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cx::cli", 
        "Uploads a workspace file to a team server as a new workspace, ids kept, in one "
        "transaction; you become its owner. The file is not changed."));
    parser.addHelpOption();
    const QCommandLineOption nameOption(QStringLiteral("name"),
                                        QCoreApplication::translate("cx::cli", "The workspace's name on the server (default: the file's name)."),
                                        QStringLiteral("NAME"));
    parser.addOption(nameOption);
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("cx::cli", "The workspace file to upload."));
    parser.addPositionalArgument(QStringLiteral("url"), QCoreApplication::translate("cx::cli", "The server: postgresql://USER@HOST:PORT/DATABASE."));
    if (int status = exitOk; !parseVerb(parser, arguments, &status))
        return status;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2) {
        printError(QCoreApplication::translate("cx::cli", "push needs a workspace file and a server URL; see cxatlas push --help."));
        return exitError;
    }
    auto document = openReadOnly(args.at(0));
    if (!document)
        return exitError;
    int status = exitOk;
    auto connection = connectTo(args.at(1), false, &status);
    if (!connection)
        return status;
    const QString name = parser.isSet(nameOption) ? parser.value(nameOption)
        : !connection->url().workspace.isEmpty() ? connection->url().workspace
                                                 : QFileInfo(args.at(0)).completeBaseName();
    if (Result r = WorkspaceTransfer::push(document->workspace(), *connection, name); !r)
        return fail(r);
    printOut(QCoreApplication::translate("cx::cli", "Uploaded “%1” as %2\n").arg(args.at(0), connection->url().withWorkspace(name).toString()));
    return exitOk;
}

int pullCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cx::cli", 
        "Downloads a team workspace to a new workspace file, ids kept. All or nothing: on any "
        "error no file is written."));
    parser.addHelpOption();
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QCoreApplication::translate("cx::cli", "The workspace file to write."), QStringLiteral("FILE"));
    const QCommandLineOption replace(QStringLiteral("replace"), QCoreApplication::translate("cx::cli", "Replace FILE if it exists."));
    parser.addOption(output);
    parser.addOption(replace);
    parser.addPositionalArgument(QStringLiteral("url"), QCoreApplication::translate("cx::cli", "The workspace: postgresql://USER@HOST:PORT/DATABASE/NAME."));
    if (int status = exitOk; !parseVerb(parser, arguments, &status))
        return status;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1 || !parser.isSet(output)) {
        printError(QCoreApplication::translate("cx::cli", "pull needs a workspace URL and -o FILE; see cxatlas pull --help."));
        return exitError;
    }
    Result error;
    const auto url = ServerUrl::parse(args.at(0), &error);
    if (!url)
        return fail(error);
    if (Result r = WorkspaceTransfer::pull(*url, QString(), parser.value(output), parser.isSet(replace)); !r)
        return fail(r);
    return exitOk;
}

} // namespace cx::cli
