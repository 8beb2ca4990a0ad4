// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "architecturerepository.h"

#include "statement.h"
#include "model/workspace.h"

namespace cx {

using namespace rows;

ArchitectureRepository::ArchitectureRepository(Database &db, NodeTable &nodes)
    : m_db(db)
    , m_nodes(nodes)
    , m_element(db.prepare(QStringLiteral(
          "INSERT INTO element (uid, owner) VALUES (?, ?) "
          "ON CONFLICT (uid) DO UPDATE SET owner = excluded.owner")))
    , m_insight(db.prepare(QStringLiteral(
          "INSERT INTO insight (uid, source_kind, source, date) VALUES (?, ?, ?, ?) "
          "ON CONFLICT (uid) DO UPDATE SET source_kind = excluded.source_kind, "
          "source = excluded.source, date = excluded.date")))
    , m_opportunity(db.prepare(QStringLiteral(
          "INSERT INTO opportunity (uid, impact, effort) VALUES (?, ?, ?) "
          "ON CONFLICT (uid) DO UPDATE SET impact = excluded.impact, effort = excluded.effort")))
{
}

Result ArchitectureRepository::load(Workspace &w)
{
    Statement e(m_db, "SELECT n.uid, n.title, n.notes, n.created, n.modified, n.kind, d.owner "
                      "FROM element d JOIN node n USING (uid)");
    while (e.step()) {
        Element element;
        NodeTable::read(e, element);
        element.kind = enumFrom<NodeKind>(e.text(5));
        element.owner = e.text(6);
        w.elements.insert(element.uid, std::move(element));
    }
    if (!e.result())
        return e.result();
    Statement i(m_db, "SELECT n.uid, n.title, n.notes, n.created, n.modified, d.source_kind, "
                      "d.source, d.date FROM insight d JOIN node n USING (uid)");
    while (i.step()) {
        Insight insight;
        NodeTable::read(i, insight);
        insight.sourceKind = enumFrom<InsightSource>(i.text(5));
        insight.source = i.text(6);
        insight.date = i.date(7);
        w.insights.insert(insight.uid, std::move(insight));
    }
    if (!i.result())
        return i.result();
    Statement o(m_db, "SELECT n.uid, n.title, n.notes, n.created, n.modified, d.impact, d.effort "
                      "FROM opportunity d JOIN node n USING (uid)");
    while (o.step()) {
        Opportunity opportunity;
        NodeTable::read(o, opportunity);
        opportunity.impact = o.integer(5);
        opportunity.effort = o.integer(6);
        w.opportunities.insert(opportunity.uid, std::move(opportunity));
    }
    return o.result();
}

Result ArchitectureRepository::save(const Element &element)
{
    if (Result r = m_nodes.save(element, element.kind); !r)
        return r;
    m_element.bindValue(0, uid(element.uid));
    m_element.bindValue(1, text(element.owner));
    return m_db.run(m_element, "save element");
}

Result ArchitectureRepository::save(const Insight &insight)
{
    if (Result r = m_nodes.save(insight, NodeKind::Insight); !r)
        return r;
    m_insight.bindValue(0, uid(insight.uid));
    m_insight.bindValue(1, name(insight.sourceKind));
    m_insight.bindValue(2, text(insight.source));
    m_insight.bindValue(3, date(insight.date));
    return m_db.run(m_insight, "save insight");
}

Result ArchitectureRepository::save(const Opportunity &opportunity)
{
    if (Result r = m_nodes.save(opportunity, NodeKind::Opportunity); !r)
        return r;
    m_opportunity.bindValue(0, uid(opportunity.uid));
    m_opportunity.bindValue(1, opportunity.impact);
    m_opportunity.bindValue(2, opportunity.effort);
    return m_db.run(m_opportunity, "save opportunity");
}

} // namespace cx
