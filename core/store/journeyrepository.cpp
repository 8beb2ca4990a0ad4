// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journeyrepository.h"

#include "statement.h"
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
          "INSERT INTO stage (uid, journey, position, width) VALUES (?, ?, ?, ?) ON CONFLICT (uid) "
          "DO UPDATE SET journey = excluded.journey, position = excluded.position, "
          "width = excluded.width")))
    , m_lane(db.prepare(QStringLiteral(
          "INSERT INTO lane (uid, journey, kind, position, height) VALUES (?, ?, ?, ?, ?) "
          "ON CONFLICT (uid) DO UPDATE SET journey = excluded.journey, kind = excluded.kind, "
          "position = excluded.position, height = excluded.height")))
{
}

Result JourneyRepository::load(Workspace &w)
{
    Statement j(m_db, "SELECT n.uid, n.title, n.notes, n.created, n.modified, d.state "
                      "FROM journey d JOIN node n USING (uid)");
    while (j.step()) {
        Journey journey;
        NodeTable::read(j, journey);
        journey.state = enumFrom<JourneyState>(j.text(5));
        w.journeys.insert(journey.uid, std::move(journey));
    }
    if (!j.result())
        return j.result();
    Statement s(m_db, "SELECT n.uid, n.title, n.notes, n.created, n.modified, d.journey, d.position, "
                      "d.width FROM stage d JOIN node n USING (uid)");
    while (s.step()) {
        Stage stage;
        NodeTable::read(s, stage);
        stage.journey = s.uid(5);
        stage.position = s.integer(6);
        stage.width = s.real(7);
        w.stages.insert(stage.uid, std::move(stage));
    }
    if (!s.result())
        return s.result();
    Statement l(m_db, "SELECT n.uid, n.title, n.notes, n.created, n.modified, d.journey, d.kind, "
                      "d.position, d.height FROM lane d JOIN node n USING (uid)");
    while (l.step()) {
        Lane lane;
        NodeTable::read(l, lane);
        lane.journey = l.uid(5);
        lane.kind = enumFrom<LaneKind>(l.text(6));
        lane.position = l.integer(7);
        lane.height = l.real(8);
        w.lanes.insert(lane.uid, std::move(lane));
    }
    return l.result();
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
    m_stage.bindValue(3, stage.width);
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
    m_lane.bindValue(4, lane.height);
    return m_db.run(m_lane, "save lane");
}

} // namespace cx
