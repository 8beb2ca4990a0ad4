// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricrepository.h"

#include "statement.h"
#include "model/workspace.h"

namespace cx {

using namespace rows;

MetricRepository::MetricRepository(Database &db, NodeTable &nodes)
    : m_db(db)
    , m_nodes(nodes)
    , m_upsert(db.prepare(QStringLiteral(
          "INSERT INTO metric (uid, kind, level, unit, target, direction, owner) "
          "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uid) DO UPDATE SET kind = excluded.kind, "
          "level = excluded.level, unit = excluded.unit, target = excluded.target, "
          "direction = excluded.direction, owner = excluded.owner")))
    , m_deleteMeasurements(db.prepare(QStringLiteral("DELETE FROM measurement WHERE metric = ?")))
    , m_insertMeasurement(db.prepare(QStringLiteral(
          "INSERT INTO measurement (metric, position, date, value, note) VALUES (?, ?, ?, ?, ?)")))
{
}

Result MetricRepository::load(Workspace &w)
{
    Statement q(m_db, "SELECT n.uid, n.title, n.notes, n.created, n.modified, d.kind, d.level, "
                      "d.unit, d.target, d.direction, d.owner FROM metric d JOIN node n USING (uid)");
    while (q.step()) {
        Metric m;
        NodeTable::read(q, m);
        m.kind = enumFrom<MetricKind>(q.text(5));
        m.level = enumFrom<MetricLevel>(q.text(6));
        m.unit = q.text(7);
        if (!q.isNull(8))
            m.target = q.real(8);
        m.direction = enumFrom<Direction>(q.text(9));
        m.owner = q.text(10);
        w.metrics.insert(m.uid, std::move(m));
    }
    if (!q.result())
        return q.result();
    Statement s(m_db, "SELECT metric, date, value, note FROM measurement ORDER BY metric, position");
    while (s.step()) {
        auto it = w.metrics.find(s.uid(0));
        if (it != w.metrics.end())
            it->measurements.append({s.date(1), s.real(2), s.text(3)});
    }
    return s.result();
}

Result MetricRepository::save(const Metric &m, const Metric *before)
{
    if (Result r = m_nodes.save(m, NodeKind::Metric); !r)
        return r;
    const QVariant id = uid(m.uid);
    m_upsert.bindValue(0, id);
    m_upsert.bindValue(1, name(m.kind));
    m_upsert.bindValue(2, name(m.level));
    m_upsert.bindValue(3, text(m.unit));
    m_upsert.bindValue(4, m.target ? QVariant(*m.target) : QVariant(QMetaType::fromType<double>()));
    m_upsert.bindValue(5, name(m.direction));
    m_upsert.bindValue(6, text(m.owner));
    if (Result r = m_db.run(m_upsert, "save metric"); !r)
        return r;
    if (before && before->measurements == m.measurements)
        return Result::success();
    m_deleteMeasurements.bindValue(0, id);
    if (Result r = m_db.run(m_deleteMeasurements, "save measurements"); !r)
        return r;
    for (qsizetype k = 0; k < m.measurements.size(); ++k) {
        const Measurement &s = m.measurements[k];
        m_insertMeasurement.bindValue(0, id);
        m_insertMeasurement.bindValue(1, k);
        m_insertMeasurement.bindValue(2, date(s.date));
        m_insertMeasurement.bindValue(3, s.value);
        m_insertMeasurement.bindValue(4, text(s.note));
        if (Result r = m_db.run(m_insertMeasurement, "save measurements"); !r)
            return r;
    }
    return Result::success();
}

} // namespace cx
