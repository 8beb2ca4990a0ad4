// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "changeset.h"

#include <algorithm>

namespace cx {

ChangeSet ChangeSet::inverted() const
{
    ChangeSet result;
    result.nodes.reserve(nodes.size());
    for (const NodeChange &c : nodes)
        result.nodes.append({c.after, c.before});
    result.links.reserve(links.size());
    for (const LinkChange &c : links)
        result.links.append({c.link, !c.added});
    return result;
}

bool ChangeSet::simplify()
{
    nodes.removeIf([](const NodeChange &c) { return c.before == c.after; });
    return !isEmpty();
}

QList<ChangeSet::Step> ChangeSet::steps() const
{
    QList<Step> added, changed, removed, linksRemoved, linksAdded;
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const NodeChange &c = nodes[i];
        if (!c.before)
            added.append({false, i});
        else if (!c.after)
            removed.append({false, i});
        else
            changed.append({false, i});
    }
    for (qsizetype i = 0; i < links.size(); ++i)
        (links[i].added ? linksAdded : linksRemoved).append({true, i});

    auto rank = [this](const Step &s) {
        const NodeChange &c = nodes[s.index];
        return creationRank(kindOf(c.after ? *c.after : *c.before));
    };
    std::stable_sort(added.begin(), added.end(),
                     [&](const Step &a, const Step &b) { return rank(a) < rank(b); });
    std::stable_sort(removed.begin(), removed.end(),
                     [&](const Step &a, const Step &b) { return rank(a) > rank(b); });

    QList<Step> result;
    result.reserve(nodes.size() + links.size());
    result << added << changed << linksRemoved << removed << linksAdded;
    return result;
}

} // namespace cx
