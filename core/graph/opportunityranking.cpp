// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "opportunityranking.h"

#include "valueranking.h"
#include "workspacegraph.h"

#include "model/workspace.h"

#include <boost/range/iterator_range.hpp>

#include <algorithm>

namespace cx {

QList<RankedOpportunity> OpportunityRanking::of(const WorkspaceGraph &graph)
{
    QList<RankedOpportunity> ranked;
    const Workspace &w = graph.workspace();
    for (const Opportunity &o : w.opportunities) {
        RankedOpportunity r{o.uid, o.title, o.impact, o.effort, 0, 0, 0};
        if (const auto v = graph.vertex(o.uid)) {
            // The moments it improves: its Improves edges, one step out.
            for (const Edge e : boost::make_iterator_range(boost::out_edges(*v, graph.graph()))) {
                if (graph.graph()[e].kind != EdgeKind::Improves)
                    continue;
                if (const Moment *m = graph.moment(boost::target(e, graph.graph()))) {
                    r.value += m->importance * (m->mattersMost ? ValueRanking::mattersMostWeight : 1);
                    ++r.moments;
                }
            }
        }
        r.score = r.effort > 0 ? double(r.impact) * r.value / r.effort : 0;
        ranked.append(r);
    }
    std::sort(ranked.begin(), ranked.end(), [](const RankedOpportunity &a, const RankedOpportunity &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.impact != b.impact)
            return a.impact > b.impact;
        const int c = QString::compare(a.title, b.title, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.uid < b.uid;
    });
    return ranked;
}

} // namespace cx
