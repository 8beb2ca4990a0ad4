// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journeyrepository.h"

#include "model/workspace.h"

namespace cx {

using namespace rows;

JourneyRepository::JourneyRepository(Database &db, NodeTable &nodes)
    : m_db(db)
    , m_nodes(nodes)
    , m_journey(db.prepare(QStringLiteral(
          "INSERT INTO journey (uid, state) VALUES (?, ?) "
          "ON CONFLICT (uid) DO UPDATE SET state = excluded.state")))
    , m_stage(db.prepare(QStringLiteral(
          "INSERT INTO stage (uid, journey, position) VALUES (?, ?, ?) ON CONFLICT (uid) "
          "DO UPDATE SET journey = excluded.journey, position = excluded.position")))
    , m_lane(db.prepare(QStringLiteral(
          "INSERT INTO lane (uid, journey, kind, position) VALUES (?, ?, ?, ?) ON CONFLICT (uid) "
          "DO UPDATE SET journey = excluded.journey, kind = excluded.kind, "
          "position = excluded.position")))
{
}

Result JourneyRepository::load(Workspace &w)
{
    const QString select = QStringLiteral("SELECT ") + NodeTable::columns();
    QSqlQuery j = m_db.prepare(select + QStringLiteral(", d.state FROM journey d JOIN node n USING (uid)"));
    if (Result r = m_db.run(j, "load journeys"); !r)
        return r;
    while (j.next()) {
        Journey journey;
        NodeTable::read(j, journey);
        journey.state = enumFrom<JourneyState>(j.value(5));
        w.journeys.insert(journey.uid, journey);
    }
    QSqlQuery s = m_db.prepare(select + QStringLiteral(", d.journey, d.position FROM stage d JOIN node n USING (uid)"));
    if (Result r = m_db.run(s, "load stages"); !r)
        return r;
    while (s.next()) {
        Stage stage;
        NodeTable::read(s, stage);
        stage.journey = uid(s.value(5));
        stage.position = s.value(6).toInt();
        w.stages.insert(stage.uid, stage);
    }
    QSqlQuery l = m_db.prepare(select + QStringLiteral(", d.journey, d.kind, d.position FROM lane d JOIN node n USING (uid)"));
    if (Result r = m_db.run(l, "load lanes"); !r)
        return r;
    while (l.next()) {
        Lane lane;
        NodeTable::read(l, lane);
        lane.journey = uid(l.value(5));
        lane.kind = enumFrom<LaneKind>(l.value(6));
        lane.position = l.value(7).toInt();
        w.lanes.insert(lane.uid, lane);
    }
    return Result::success();
}

Result JourneyRepository::save(const Journey &journey)
{
    if (Result r = m_nodes.save(journey, NodeKind::Journey); !r)
        return r;
    m_journey.bindValue(0, uid(journey.uid));
    m_journey.bindValue(1, name(journey.state));
    return m_db.run(m_journey, "save journey");
}

Result JourneyRepository::save(const Stage &stage)
{
    if (Result r = m_nodes.save(stage, NodeKind::Stage); !r)
        return r;
    m_stage.bindValue(0, uid(stage.uid));
    m_stage.bindValue(1, uid(stage.journey));
    m_stage.bindValue(2, stage.position);
    return m_db.run(m_stage, "save stage");
}

Result JourneyRepository::save(const Lane &lane)
{
    if (Result r = m_nodes.save(lane, NodeKind::Lane); !r)
        return r;
    m_lane.bindValue(0, uid(lane.uid));
    m_lane.bindValue(1, uid(lane.journey));
    m_lane.bindValue(2, name(lane.kind));
    m_lane.bindValue(3, lane.position);
    return m_db.run(m_lane, "save lane");
}

} // namespace cx
