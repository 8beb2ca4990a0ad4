// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "voterepository.h"

#include "statement.h"
#include "model/workspace.h"

namespace cx {

using namespace rows;

VoteRepository::VoteRepository(Database &db)
    : m_db(db)
    , m_upsert(db.prepare(QStringLiteral(
          "INSERT INTO vote (uid, moment, participant, dots, cast_at, round) VALUES (?, ?, ?, ?, ?, ?) "
          "ON CONFLICT (uid) DO UPDATE SET moment = excluded.moment, round = excluded.round, "
          "participant = excluded.participant, dots = excluded.dots, cast_at = excluded.cast_at")))
    , m_delete(db.prepare(QStringLiteral("DELETE FROM vote WHERE uid = ?")))
{
}

Result VoteRepository::load(Workspace &w)
{
    Statement q(m_db, "SELECT uid, round, moment, participant, dots, cast_at FROM vote");
    while (q.step()) {
        Vote v{q.uid(0), q.uid(1), q.uid(2), q.text(3), q.integer(4), q.time(5)};
        w.votes.insert(v.uid, std::move(v));
    }
    return q.result();
}

Result VoteRepository::save(const Vote &v)
{
    m_upsert.bindValue(0, uid(v.uid));
    m_upsert.bindValue(1, uid(v.moment));
    m_upsert.bindValue(2, text(v.participant));
    m_upsert.bindValue(3, v.dots);
    m_upsert.bindValue(4, time(v.cast));
    m_upsert.bindValue(5, uid(v.round));
    return m_db.run(m_upsert, "save vote");
}

Result VoteRepository::remove(const Uid &vote)
{
    m_delete.bindValue(0, uid(vote));
    return m_db.run(m_delete, "remove vote");
}

} // namespace cx
