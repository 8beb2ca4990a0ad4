// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "responserepository.h"

#include "statement.h"
#include "model/workspace.h"

#include <sqlite3.h>

namespace cx {

using namespace rows;

namespace {

QString uidList(const QList<Uid> &uids)
{
    QStringList texts;
    texts.reserve(uids.size());
    for (const Uid &u : uids)
        texts.append(uidText(u));
    return stringList(texts);
}

QList<Uid> uidList(const QStringList &texts)
{
    QList<Uid> uids;
    uids.reserve(texts.size());
    for (const QString &t : texts)
        uids.append(uidFromText(t));
    return uids;
}

// A prepared write on the raw handle, finalized however the function leaves.
struct RawStatement {
    sqlite3_stmt *statement = nullptr;
    ~RawStatement() { sqlite3_finalize(statement); }
};

} // namespace

ResponseRepository::ResponseRepository(Database &db)
    : m_db(db)
    , m_upsert(db.prepare(QStringLiteral(
          "INSERT INTO response_batch (uid, metric, title, notes, created, modified, scale, low, high, "
          "moments, segments) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
          "ON CONFLICT (uid) DO UPDATE SET metric = excluded.metric, title = excluded.title, "
          "notes = excluded.notes, created = excluded.created, modified = excluded.modified, "
          "scale = excluded.scale, low = excluded.low, high = excluded.high, "
          "moments = excluded.moments, segments = excluded.segments RETURNING id")))
    , m_delete(db.prepare(QStringLiteral("DELETE FROM response_batch WHERE uid = ?")))
    , m_deleteResponses(db.prepare(QStringLiteral("DELETE FROM response WHERE batch = ?")))
{
}

Result ResponseRepository::load(Workspace &w)
{
    QHash<qint64, Uid> byId;
    {
        Statement q(m_db, "SELECT uid, title, notes, created, modified, id, metric, scale, low, high, "
                          "moments, segments FROM response_batch");
        while (q.step()) {
            ResponseBatch b;
            NodeTable::read(q, b);
            byId.insert(q.int64(5), b.uid);
            b.metric = q.uid(6);
            b.scale = enumFrom<ResponseScale>(q.text(7));
            b.low = q.real(8);
            b.high = q.real(9);
            b.responses.momentUids = uidList(q.stringList(10));
            b.responses.segmentNames = q.stringList(11);
            w.responseBatches.insert(b.uid, std::move(b));
        }
        if (!q.result())
            return q.result();
    }
    if (byId.isEmpty())
        return Result::success();
    // Ordered by the primary key, so each import's rows arrive together and in order.
    Statement q(m_db, "SELECT batch, day, score, moment, segment FROM response ORDER BY batch, position");
    qint64 current = -1;
    Responses *into = nullptr;
    while (q.step()) {
        const qint64 id = q.int64(0);
        if (id != current) {
            current = id;
            auto it = w.responseBatches.find(byId.value(id));
            into = it == w.responseBatches.end() ? nullptr : &it->responses;
        }
        if (!into)
            continue;
        into->days.append(q.int64(1));
        into->scores.append(q.real(2));
        into->moments.append(q.isNull(3) ? -1 : q.integer(3));
        into->segments.append(q.isNull(4) ? -1 : q.integer(4));
    }
    return q.result();
}

Result ResponseRepository::save(const ResponseBatch &b, const ResponseBatch *before)
{
    m_upsert.bindValue(0, uid(b.uid));
    m_upsert.bindValue(1, uid(b.metric));
    m_upsert.bindValue(2, text(b.title));
    m_upsert.bindValue(3, text(b.notes));
    m_upsert.bindValue(4, time(b.created));
    m_upsert.bindValue(5, time(b.modified));
    m_upsert.bindValue(6, name(b.scale));
    m_upsert.bindValue(7, b.low);
    m_upsert.bindValue(8, b.high);
    m_upsert.bindValue(9, uidList(b.responses.momentUids));
    m_upsert.bindValue(10, stringList(b.responses.segmentNames));
    if (Result r = m_db.run(m_upsert, "save survey responses"); !r)
        return r;
    const qint64 id = m_upsert.next() ? m_upsert.value(0).toLongLong() : -1;
    m_upsert.finish();
    if (id < 0)
        return m_db.failure(SQLITE_INTERNAL, QStringLiteral("no id for the import"), "save survey responses");
    if (before && before->responses == b.responses)
        return Result::success();
    if (before) {
        m_deleteResponses.bindValue(0, id);
        if (Result r = m_db.run(m_deleteResponses, "save survey responses"); !r)
            return r;
    }
    return insertResponses(id, b.responses);
}

Result ResponseRepository::insertResponses(qint64 batchId, const Responses &r)
{
    sqlite3 *handle = m_db.handle();
    RawStatement insert;
    int rc = sqlite3_prepare_v2(handle,
                                "INSERT INTO response (batch, position, day, score, moment, segment) "
                                "VALUES (?, ?, ?, ?, ?, ?)", -1, &insert.statement, nullptr);
    sqlite3_stmt *s = insert.statement;
    for (qsizetype k = 0; rc == SQLITE_OK && k < r.size(); ++k) {
        sqlite3_bind_int64(s, 1, batchId);
        sqlite3_bind_int64(s, 2, k);
        sqlite3_bind_int64(s, 3, r.days[k]);
        sqlite3_bind_double(s, 4, r.scores[k]);
        if (r.moments[k] < 0)
            sqlite3_bind_null(s, 5);
        else
            sqlite3_bind_int(s, 5, r.moments[k]);
        if (r.segments[k] < 0)
            sqlite3_bind_null(s, 6);
        else
            sqlite3_bind_int(s, 6, r.segments[k]);
        rc = sqlite3_step(s);
        if (rc == SQLITE_DONE)
            rc = sqlite3_reset(s);
    }
    if (rc != SQLITE_OK)
        return m_db.failure(rc, QString::fromUtf8(sqlite3_errmsg(handle)), "save survey responses");
    return Result::success();
}

Result ResponseRepository::remove(const Uid &batch)
{
    m_delete.bindValue(0, uid(batch));
    return m_db.run(m_delete, "remove survey responses");
}

} // namespace cx
