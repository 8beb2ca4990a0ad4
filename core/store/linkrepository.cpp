// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkrepository.h"

#include "statement.h"
#include "model/workspace.h"

namespace cx {

using namespace rows;

LinkRepository::LinkRepository(Database &db)
    : m_db(db)
    , m_insert(db.prepare(QStringLiteral("INSERT INTO edge (src, relation, dst) VALUES (?, ?, ?)")))
    , m_delete(db.prepare(QStringLiteral("DELETE FROM edge WHERE src = ? AND relation = ? AND dst = ?")))
{
}

Result LinkRepository::load(Workspace &w)
{
    Statement count(m_db, "SELECT count(*) FROM edge");
    if (count.step())
        w.links.reserve(w.links.size() + count.int64(0));
    Statement q(m_db, "SELECT src, relation, dst FROM edge");
    while (q.step())
        w.links.insert({q.uid(0), enumFrom<Relation>(q.text(1)), q.uid(2)});
    return q.result();
}

Result LinkRepository::add(const Link &link)
{
    m_insert.bindValue(0, uid(link.from));
    m_insert.bindValue(1, name(link.relation));
    m_insert.bindValue(2, uid(link.to));
    return m_db.run(m_insert, "add link");
}

Result LinkRepository::remove(const Link &link)
{
    m_delete.bindValue(0, uid(link.from));
    m_delete.bindValue(1, name(link.relation));
    m_delete.bindValue(2, uid(link.to));
    return m_db.run(m_delete, "remove link");
}

} // namespace cx
