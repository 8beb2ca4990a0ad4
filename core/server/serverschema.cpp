// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverschema.h"

#include "serverconnection.h"

#include <QDir>
#include <QFile>
#include <QSqlError>

namespace cx {

namespace {

struct Migration {
    int version;
    QString path;
};

QList<Migration> migrations()
{
    QList<Migration> list;
    const QDir dir(QStringLiteral(":/server"));
    const QStringList names = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        list.append({name.section(u'_', 0, 0).toInt(), dir.filePath(name)});
    return list;
}

} // namespace

int ServerSchema::currentVersion()
{
    const QList<Migration> all = migrations();
    return all.isEmpty() ? 0 : all.constLast().version;
}

int ServerSchema::version(ServerConnection &connection, Result *error)
{
    QSqlQuery q = connection.query();
    if (!q.exec(QStringLiteral("SELECT to_regclass('cxatlas.migration') IS NOT NULL")) || !q.next()) {
        *error = connection.failure(q.lastError(), "read the schema version");
        return -1;
    }
    if (!q.value(0).toBool())
        return 0;
    if (!q.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM cxatlas.migration")) || !q.next()) {
        *error = connection.failure(q.lastError(), "read the schema version");
        return -1;
    }
    return q.value(0).toInt();
}

Result ServerSchema::migrate(ServerConnection &connection, int *applied)
{
    *applied = 0;
    const QList<Migration> all = migrations();
    for (const Migration &m : all) {
        if (Result r = connection.begin(); !r)
            return r;
        // Serialises concurrent migrations; released at commit or rollback.
        if (Result r = connection.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7405617)"), "lock"); !r) {
            connection.rollback();
            return r;
        }
        Result error;
        const int current = version(connection, &error);
        if (current < 0) {
            connection.rollback();
            return error;
        }
        if (m.version <= current) {
            connection.rollback();
            continue;
        }
        QFile file(m.path);
        if (!file.open(QIODevice::ReadOnly)) {
            connection.rollback();
            return Result::failure(ErrorCode::Internal, tr("Migration %1 is missing from this build.").arg(m.path));
        }
        const QString sql = QString::fromUtf8(file.readAll());
        Result r = connection.exec(sql, "migrate");
        if (r)
            r = connection.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS cxatlas.migration ("
                                               "version integer PRIMARY KEY, "
                                               "applied timestamptz NOT NULL DEFAULT now(), "
                                               "applied_by name NOT NULL DEFAULT current_user)"),
                                "migrate");
        // Every client reads the version (check()) before it opens a workspace.
        if (r)
            r = connection.exec(QStringLiteral("GRANT SELECT ON cxatlas.migration TO cxatlas_user"), "migrate");
        if (r)
            r = connection.exec(QStringLiteral("GRANT SELECT ON cxatlas.migration TO cxatlas_user"), "migrate");
        if (r)
            r = connection.exec(QStringLiteral("INSERT INTO cxatlas.migration (version) VALUES (%1)").arg(m.version),
                                "migrate");
        if (r)
            r = connection.commit();
        if (!r) {
            connection.rollback();
            return Result::failure(r.code(), tr("Migration %1 was not applied, and nothing of it is on "
                                                "the server: %2").arg(m.version).arg(r.message()));
        }
        ++*applied;
    }
    return Result::success();
}

Result ServerSchema::check(ServerConnection &connection)
{
    Result error;
    const int server = version(connection, &error);
    if (server < 0)
        return error;
    if (server == 0)
        return Result::failure(ErrorCode::NotWorkspace,
                               tr("The database “%1” holds no CX Atlas workspaces yet. Its administrator "
                                  "prepares it with: cxatlas server migrate %2")
                                   .arg(connection.url().database, connection.url().withWorkspace({}).toString()));
    if (server > currentVersion())
        return Result::failure(ErrorCode::NewerVersion,
                               tr("The database “%1” was prepared by a newer CX Atlas (server format %2; "
                                  "this one knows %3). Update CX Atlas to open its workspaces.")
                                   .arg(connection.url().database).arg(server).arg(currentVersion()));
    if (server < currentVersion())
        return Result::failure(ErrorCode::NewerVersion,
                               tr("The database “%1” is at server format %2 and this CX Atlas needs %3. "
                                  "Its administrator upgrades it with: cxatlas server migrate %4")
                                   .arg(connection.url().database).arg(server).arg(currentVersion())
                                   .arg(connection.url().withWorkspace({}).toString()));
    return Result::success();
}

} // namespace cx
