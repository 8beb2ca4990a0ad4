// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkeditor.h"

#include "document/document.h"
#include "model/labels.h"
#include "model/rules.h"
#include "model/workspace.h"

#include <algorithm>

namespace cx {

namespace {

bool architectural(Relation relation)
{
    return relation == Relation::Uses || relation == Relation::DependsOn || relation == Relation::Measures
        || relation == Relation::Drives || relation == Relation::Explains || relation == Relation::Improves;
}

QString titleOf(const Workspace &w, const Uid &uid)
{
    const auto node = w.node(uid);
    if (!node)
        return {};
    return std::visit([](const auto &n) -> QString {
        if constexpr (std::is_base_of_v<NodeBase, std::decay_t<decltype(n)>>)
            return n.title;
        else
            return {};
    }, *node);
}

// How a link reads from one of its ends.
QString label(Relation relation, bool outgoing)
{
    switch (relation) {
    case Relation::Uses: return outgoing ? LinkEditor::tr("uses") : LinkEditor::tr("used by");
    case Relation::DependsOn: return outgoing ? LinkEditor::tr("depends on") : LinkEditor::tr("needed by");
    case Relation::Measures: return outgoing ? LinkEditor::tr("measures") : LinkEditor::tr("measured by");
    case Relation::Drives: return outgoing ? LinkEditor::tr("drives") : LinkEditor::tr("driven by");
    case Relation::Explains: return outgoing ? LinkEditor::tr("explains") : LinkEditor::tr("explained by");
    case Relation::Improves: return outgoing ? LinkEditor::tr("improves") : LinkEditor::tr("improved by");
    default: return cx::label(relation);
    }
}

} // namespace

bool LinkEditor::link(Document *document, const Uid &a, const Uid &b)
{
    if (!document)
        return false;
    const Workspace &w = document->workspace();
    const auto link = Rules::linkFor(w, a, b);
    if (!link) {
        //: %1, %2: titles; %3, %4: their kinds of record, nouns ("story", "metric")
        Q_EMIT document->editFailed(tr("“%1” cannot be linked to “%2”: no relation of the CX architecture joins a %3 and a %4.")
                                        .arg(titleOf(w, a), titleOf(w, b), cx::label(w.kind(a).value_or(NodeKind::Vote)),
                                             cx::label(w.kind(b).value_or(NodeKind::Vote))));
        return false;
    }
    return document->link(*link).ok();
}

bool LinkEditor::unlink(Document *document, const Uid &a, const Uid &b)
{
    if (!document)
        return false;
    QList<Link> links;
    for (const Link &link : document->workspace().links) {
        if (architectural(link.relation)
            && ((link.from == a && link.to == b) || (link.from == b && link.to == a)))
            links.append(link);
    }
    if (links.isEmpty())
        return false;
    // One pair has at most one architectural link in practice (the kinds fix the relation);
    // should there be more, each goes in turn.
    bool ok = true;
    for (const Link &link : std::as_const(links))
        ok = document->unlink(link).ok() && ok;
    return ok;
}

QVariantList LinkEditor::linksOf(const Workspace &w, const Uid &uid)
{
    struct Entry {
        NodeKind kind;
        QString title;
        QVariantMap map;
    };
    QList<Entry> entries;
    for (const Link &link : w.links) {
        if (!architectural(link.relation) || (link.from != uid && link.to != uid))
            continue;
        const bool outgoing = link.from == uid;
        const Uid other = outgoing ? link.to : link.from;
        const NodeKind kind = w.kind(other).value_or(NodeKind::Vote);
        const QString title = titleOf(w, other);
        entries.append({kind, title,
                        {{QStringLiteral("uid"), uidText(other)}, {QStringLiteral("title"), title},
                         {QStringLiteral("kind"), name(kind)}, {QStringLiteral("relation"), name(link.relation)},
                         {QStringLiteral("label"), label(link.relation, outgoing)}}});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return std::tie(a.kind, a.title) < std::tie(b.kind, b.title);
    });
    QVariantList result;
    for (const Entry &e : std::as_const(entries))
        result.append(e.map);
    return result;
}

QVariantList LinkEditor::candidates(const Workspace &w, const Uid &uid, const QString &text, int limit)
{
    const QString needle = text.trimmed();
    QSet<Uid> linked;
    for (const Link &link : w.links) {
        if (link.from == uid)
            linked.insert(link.to);
        else if (link.to == uid)
            linked.insert(link.from);
    }
    struct Hit {
        bool prefix;
        QString title;
        Uid uid;
        NodeKind kind;
    };
    QList<Hit> hits;
    const auto consider = [&](const Uid &other, const QString &title) {
        if (other == uid || linked.contains(other) || !Rules::linkFor(w, uid, other))
            return;
        const qsizetype at = title.indexOf(needle, 0, Qt::CaseInsensitive);
        if (at < 0)
            return;
        hits.append({at == 0, title, other, w.kind(other).value_or(NodeKind::Vote)});
    };
    for (const Element &e : w.elements)
        consider(e.uid, e.title);
    for (const Metric &m : w.metrics)
        consider(m.uid, m.title);
    for (const Moment &m : w.moments)
        consider(m.uid, m.title);
    for (const Insight &i : w.insights)
        consider(i.uid, i.title);
    for (const Opportunity &o : w.opportunities)
        consider(o.uid, o.title);
    std::sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) {
        if (a.prefix != b.prefix)
            return a.prefix;
        const int c = QString::compare(a.title, b.title, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.uid < b.uid;
    });
    QVariantList result;
    for (qsizetype i = 0; i < hits.size() && i < limit; ++i) {
        const auto link = Rules::linkFor(w, uid, hits[i].uid);
        result.append(QVariantMap{{QStringLiteral("uid"), uidText(hits[i].uid)},
                                  {QStringLiteral("title"), hits[i].title},
                                  {QStringLiteral("kind"), name(hits[i].kind)},
                                  {QStringLiteral("label"), label(link->relation, link->from == uid)}});
    }
    return result;
}

} // namespace cx
