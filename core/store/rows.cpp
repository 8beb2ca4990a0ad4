// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rows.h"

#include "statement.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cx::rows {

QString stringList(const QStringList &list)
{
    if (list.isEmpty())
        return QStringLiteral("[]");
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList stringList(const QVariant &json)
{
    const QString text = json.toString();
    if (text == u"[]")
        return {};
    QStringList result;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &v : array)
        result.append(v.toString());
    return result;
}

NodeTable::NodeTable(Database &db)
    : m_db(db)
    , m_upsert(db.prepare(QStringLiteral(
          "INSERT INTO node (uid, kind, title, notes, created, modified) VALUES (?, ?, ?, ?, ?, ?) "
          "ON CONFLICT (uid) DO UPDATE SET kind = excluded.kind, title = excluded.title, "
          "notes = excluded.notes, created = excluded.created, modified = excluded.modified")))
    , m_delete(db.prepare(QStringLiteral("DELETE FROM node WHERE uid = ?")))
{
}

Result NodeTable::save(const NodeBase &node, NodeKind kind)
{
    m_upsert.bindValue(0, uid(node.uid));
    m_upsert.bindValue(1, name(kind));
    m_upsert.bindValue(2, text(node.title));
    m_upsert.bindValue(3, text(node.notes));
    m_upsert.bindValue(4, time(node.created));
    m_upsert.bindValue(5, time(node.modified));
    return m_db.run(m_upsert, "save node");
}

Result NodeTable::remove(const Uid &value)
{
    m_delete.bindValue(0, uid(value));
    return m_db.run(m_delete, "remove node");
}

void NodeTable::read(const Statement &row, NodeBase &node)
{
    node.uid = row.uid(0);
    node.title = row.text(1);
    node.notes = row.text(2);
    node.created = row.time(3);
    node.modified = row.time(4);
}

} // namespace cx::rows
