// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "momentrepository.h"

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
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT ") + NodeTable::columns() + QStringLiteral(
        ", d.journey, d.stage, d.lane, d.position, d.channel, d.owner, d.emotion, d.importance, "
        "d.evidence, d.matters, d.color, d.tags FROM moment d JOIN node n USING (uid)"));
    if (Result r = m_db.run(q, "load moments"); !r)
        return r;
    w.moments.reserve(w.moments.size() + 1024);
    while (q.next()) {
        Moment m;
        NodeTable::read(q, m);
        m.journey = uid(q.value(5));
        m.stage = uid(q.value(6));
        m.lane = uid(q.value(7));
        m.position = q.value(8).toInt();
        m.channel = q.value(9).toString();
        m.owner = q.value(10).toString();
        if (const QVariant e = q.value(11); !e.isNull())
            m.emotion = e.toInt();
        m.importance = q.value(12).toInt();
        m.evidence = enumFrom<EvidenceLevel>(q.value(13));
        m.mattersMost = q.value(14).toInt() != 0;
        m.color = q.value(15).toString();
        m.tags = stringList(q.value(16));
        w.moments.insert(m.uid, m);
    }
    if (q.lastError().isValid())
        return m_db.failure(q.lastError(), "load moments");

    QSqlQuery e = m_db.prepare(QStringLiteral(
        "SELECT moment, persona, score FROM moment_emotion ORDER BY moment, persona"));
    if (Result r = m_db.run(e, "load emotions"); !r)
        return r;
    while (e.next()) {
        auto it = w.moments.find(uid(e.value(0)));
        if (it != w.moments.end())
            it->emotions.append({uid(e.value(1)), e.value(2).toInt()});
    }
    return Result::success();
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
