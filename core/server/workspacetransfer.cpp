// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacetransfer.h"

#include "nodecodec.h"
#include "recordcolumns.h"
#include "serverconnection.h"
#include "serverschema.h"
#include "serverstore.h"
#include "workspacediff.h"
#include "io/workspaceimport.h"

#include <QSqlError>

namespace cx {

namespace {

// Inserts rows into target ("table (columns)"), each bound to one copy of tuple, 200 a statement.
Result insertRows(ServerConnection &connection, const QString &target, const QString &tuple,
                  const QList<QVariantList> &rows)
{
    constexpr qsizetype perStatement = 200;
    QSqlQuery q = connection.query();
    for (qsizetype first = 0; first < rows.size(); first += perStatement) {
        const qsizetype count = std::min(perStatement, rows.size() - first);
        QStringList tuples(count, tuple);
        QVariantList values;
        for (qsizetype i = first; i < first + count; ++i)
            values += rows.at(i);
        if (Result r = connection.run(q, QStringLiteral("INSERT INTO %1 VALUES %2").arg(target, tuples.join(u", ")),
                                      values, "upload"); !r)
            return r;
    }
    return Result::success();
}

} // namespace

Result WorkspaceTransfer::push(const Workspace &workspace, ServerConnection &connection, const QString &name)
{
    if (Result r = ServerUrl::checkWorkspaceName(name); !r)
        return r;
    if (Result r = ServerSchema::check(connection); !r)
        return r;
    if (Result r = connection.begin(); !r)
        return r;
    auto fail = [&connection](const Result &r) {
        connection.rollback();
        return r;
    };
    QSqlQuery q = connection.query();
    const QString id = uidText(newUid());
    QSqlQuery exists = connection.query();
    if (Result r = connection.run(exists, QStringLiteral("SELECT count(*) FROM cxatlas.workspace WHERE name = ?"),
                                  {name}, "upload"); !r)
        return fail(r);
    // Someone else's workspace of that name is hidden from us by row-level security; the
    // unique constraint below still refuses it, with the same message.
    const QString taken = tr("The server already has a workspace named “%1”; choose another name "
                             "with --name.").arg(name);
    if (exists.next() && exists.value(0).toInt() > 0)
        return fail(Result::failure(ErrorCode::Invalid, taken));
    Result r = connection.run(q, QStringLiteral("INSERT INTO cxatlas.workspace (id, name) VALUES (?, ?)"),
                              {id, name}, "upload");
    if (!r)
        return fail(r.message().contains(QStringLiteral("unique")) || r.message().contains(QStringLiteral("duplicate"))
                        ? Result::failure(ErrorCode::Invalid, taken) : r);
    if (Result m = connection.run(q, QStringLiteral("INSERT INTO cxatlas.member (workspace, role_name, access) "
                                                    "VALUES (?, current_user, 'owner')"),
                                  {id}, "upload"); !m)
        return fail(m);
    // Many rows per statement: one round trip per row made a 10k-moment push take 6–14 s.
    QList<QVariantList> records;
    const QList<Node> nodes = WorkspaceDiff::nodesOf(workspace);
    records.reserve(nodes.size());
    for (const Node &node : nodes)
        records.append({id, uidText(uidOf(node)), cx::name(kindOf(node)), ServerConnection::text(titleOf(node)),
                        NodeCodec::encode(node), RecordColumns::refs(node), RecordColumns::parent(node),
                        RecordColumns::position(node)});
    if (Result n = insertRows(connection, QStringLiteral("cxatlas.record (workspace, uid, kind, title, data, refs, "
                                                         "parent, position)"),
                              QStringLiteral("(?, ?, ?, ?, ?, ?::uuid[], ?, ?)"), records); !n)
        return fail(n);
    QList<QVariantList> links;
    links.reserve(workspace.links.size());
    for (const Link &l : workspace.links)
        links.append({id, uidText(l.from), cx::name(l.relation), uidText(l.to)});
    if (Result n = insertRows(connection, QStringLiteral("cxatlas.link (workspace, from_uid, relation, to_uid)"),
                              QStringLiteral("(?, ?, ?, ?)"), links); !n)
        return fail(n);
    if (Result c = connection.commit(); !c)
        return fail(c);
    return Result::success();
}

Result WorkspaceTransfer::pull(const ServerUrl &url, const QString &password, const QString &target,
                               bool replace, Workspace *pulled)
{
    Result error;
    // A reader: no LISTEN, no presence.
    auto store = ServerStore::connect(url, password, &error, ServerStore::Mode::Snapshot);
    if (!store)
        return error;
    Workspace workspace;
    if (Result r = store->load(workspace); !r)
        return r;
    WorkspaceData data{WorkspaceDiff::nodesOf(workspace), QList<Link>(workspace.links.cbegin(), workspace.links.cend())};
    if (Result r = WorkspaceImport::toNewFile(data, target, replace); !r)
        return r;
    if (pulled)
        *pulled = std::move(workspace);
    return Result::success();
}

} // namespace cx
