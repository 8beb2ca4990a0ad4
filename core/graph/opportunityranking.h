// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/uid.h"

#include <QList>
#include <QString>

namespace cx {

class WorkspaceGraph;

struct RankedOpportunity {
    Uid uid;
    QString title;
    int impact = 0;
    int effort = 0;
    int value = 0;   // of the moments it improves, as ValueRanking counts it
    int moments = 0; // how many moments it improves
    double score = 0;
};

// Opportunities ranked by what acting on them is worth:
//   score = impact × value ÷ effort, value = Σ importance(m) × (m matters ? 2 : 1) over the
// moments the opportunity improves (Improves links, in any journey). An opportunity that
// improves nothing scores 0. Order: score (high first), then impact, then title, then uid.
class OpportunityRanking
{
public:
    static QList<RankedOpportunity> of(const WorkspaceGraph &graph);
};

} // namespace cx
