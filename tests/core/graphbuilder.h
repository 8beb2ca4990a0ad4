// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/rules.h"
#include "model/workspace.h"

#include <QHash>

namespace cx::test {

// Small workspaces written by hand for the graph analyses: records named by title (titles are
// unique within one builder), links checked by Rules as the document checks them.
class GraphBuilder
{
public:
    Workspace workspace;

    Uid journey(const QString &title)
    {
        Journey j;
        j.uid = make(title);
        j.title = title;
        workspace.put(j);
        Stage s;
        s.uid = make(title + QStringLiteral(" stage"));
        s.journey = j.uid;
        workspace.put(s);
        Lane l;
        l.uid = make(title + QStringLiteral(" lane"));
        l.journey = j.uid;
        workspace.put(l);
        return j.uid;
    }

    Uid persona(const QString &title, const QList<Uid> &follows = {})
    {
        Persona p;
        p.uid = make(title);
        p.title = title;
        workspace.put(p);
        for (const Uid &j : follows)
            link(p.uid, Relation::Follows, j);
        return p.uid;
    }

    Uid moment(const QString &journeyTitle, const QString &title, int importance = 3,
               bool mattersMost = false, const QString &owner = QStringLiteral("Operations"))
    {
        Moment m;
        m.uid = make(title);
        m.title = title;
        m.journey = id(journeyTitle);
        m.stage = id(journeyTitle + QStringLiteral(" stage"));
        m.lane = id(journeyTitle + QStringLiteral(" lane"));
        m.importance = importance;
        m.mattersMost = mattersMost;
        m.owner = owner;
        workspace.put(m);
        return m.uid;
    }

    Uid element(NodeKind kind, const QString &title)
    {
        Element e;
        e.uid = make(title);
        e.title = title;
        e.kind = kind;
        workspace.put(e);
        return e.uid;
    }

    Uid metric(const QString &title, MetricLevel level)
    {
        Metric m;
        m.uid = make(title);
        m.title = title;
        m.level = level;
        workspace.put(m);
        return m.uid;
    }

    // Adds the link when Rules allow it; returns what Rules said.
    Result link(const Uid &from, Relation relation, const Uid &to)
    {
        const Link l{from, relation, to};
        Result r = Rules::checkLink(workspace, l);
        if (r)
            workspace.links.insert(l);
        return r;
    }
    Result link(const QString &from, Relation relation, const QString &to)
    {
        return link(id(from), relation, id(to));
    }

    Uid id(const QString &title) const { return m_ids.value(title); }

private:
    Uid make(const QString &title)
    {
        Q_ASSERT(!m_ids.contains(title));
        const Uid uid = QUuid::createUuidV5(QUuid(), title);
        m_ids.insert(title, uid);
        return uid;
    }

    QHash<QString, Uid> m_ids;
};

} // namespace cx::test
