// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "momentrepository.h"

#include "statement.h"
#include "model/workspace.h"

namespace cx {

using namespace rows;

MomentRepository::MomentRepository(Database &db, NodeTable &nodes)
    : m_db(db)
    , m_nodes(nodes)
    , m_upsert(db.prepare(QStringLiteral(
          "INSERT INTO moment (uid, journey, stage, lane, position, channel, owner, emotion, "
          "importance, evidence, matters, color, tags) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
          "ON CONFLICT (uid) DO UPDATE SET journey = excluded.journey, stage = excluded.stage, "
          "lane = excluded.lane, position = excluded.position, channel = excluded.channel, "
          "owner = excluded.owner, emotion = excluded.emotion, importance = excluded.importance, "
          "evidence = excluded.evidence, matters = excluded.matters, color = excluded.color, "
          "tags = excluded.tags")))
    , m_deleteEmotions(db.prepare(QStringLiteral("DELETE FROM moment_emotion WHERE moment = ?")))
    , m_insertEmotion(db.prepare(QStringLiteral(
          "INSERT INTO moment_emotion (moment, persona, score) VALUES (?, ?, ?)")))
{
}

Result MomentRepository::load(Workspace &w)
{
    Statement count(m_db, "SELECT count(*) FROM moment");
    if (count.step())
        w.moments.reserve(w.moments.size() + count.int64(0));
    Statement q(m_db, "SELECT n.uid, n.title, n.notes, n.created, n.modified, d.journey, d.stage, "
                      "d.lane, d.position, d.channel, d.owner, d.emotion, d.importance, d.evidence, "
                      "d.matters, d.color, d.tags FROM moment d JOIN node n USING (uid)");
    while (q.step()) {
        Moment m;
        NodeTable::read(q, m);
        m.journey = q.uid(5);
        m.stage = q.uid(6);
        m.lane = q.uid(7);
        m.position = q.integer(8);
        m.channel = q.text(9);
        m.owner = q.text(10);
        if (!q.isNull(11))
            m.emotion = q.integer(11);
        m.importance = q.integer(12);
        m.evidence = enumFrom<EvidenceLevel>(q.text(13));
        m.mattersMost = q.int64(14) != 0;
        m.color = q.text(15);
        m.tags = q.stringList(16);
        w.moments.insert(m.uid, std::move(m));
    }
    if (!q.result())
        return q.result();

    Statement e(m_db, "SELECT moment, persona, score FROM moment_emotion ORDER BY moment, persona");
    while (e.step()) {
        auto it = w.moments.find(e.uid(0));
        if (it != w.moments.end())
            it->emotions.append({e.uid(1), e.integer(2)});
    }
    return e.result();
}

Result MomentRepository::save(const Moment &m, const Moment *before)
{
    if (Result r = m_nodes.save(m, NodeKind::Moment); !r)
        return r;
    const QVariant id = uid(m.uid);
    m_upsert.bindValue(0, id);
    m_upsert.bindValue(1, uid(m.journey));
    m_upsert.bindValue(2, uid(m.stage));
    m_upsert.bindValue(3, uid(m.lane));
    m_upsert.bindValue(4, m.position);
    m_upsert.bindValue(5, text(m.channel));
    m_upsert.bindValue(6, text(m.owner));
    m_upsert.bindValue(7, m.emotion ? QVariant(*m.emotion) : QVariant(QMetaType::fromType<int>()));
    m_upsert.bindValue(8, m.importance);
    m_upsert.bindValue(9, name(m.evidence));
    m_upsert.bindValue(10, m.mattersMost ? 1 : 0);
    m_upsert.bindValue(11, text(m.color));
    m_upsert.bindValue(12, stringList(m.tags));
    if (Result r = m_db.run(m_upsert, "save moment"); !r)
        return r;
    if (before && before->emotions == m.emotions)
        return Result::success();
    if (before && !before->emotions.isEmpty()) {
        m_deleteEmotions.bindValue(0, id);
        if (Result r = m_db.run(m_deleteEmotions, "save emotions"); !r)
            return r;
    }
    for (const PersonaEmotion &e : m.emotions) {
        m_insertEmotion.bindValue(0, id);
        m_insertEmotion.bindValue(1, uid(e.persona));
        m_insertEmotion.bindValue(2, e.score);
        if (Result r = m_db.run(m_insertEmotion, "save emotions"); !r)
            return r;
    }
    return Result::success();
}

} // namespace cx
