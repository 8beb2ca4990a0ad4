// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkrepository.h"

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
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT src, relation, dst FROM edge"));
    if (Result r = m_db.run(q, "load links"); !r)
        return r;
    while (q.next())
        w.links.insert({uid(q.value(0)), enumFrom<Relation>(q.value(1)), uid(q.value(2))});
    return Result::success();
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
