// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rows.h"
#include "model/element.h"
#include "model/insight.h"
#include "model/opportunity.h"

namespace cx {

struct Workspace;

// The records that stand beside the maps: architecture elements, insights and opportunities
// (tables element, insight, opportunity). Each is one row besides its node.
class ArchitectureRepository
{
public:
    ArchitectureRepository(Database &db, rows::NodeTable &nodes);
    Result load(Workspace &workspace);
    Result save(const Element &element);
    Result save(const Insight &insight);
    Result save(const Opportunity &opportunity);

private:
    Database &m_db;
    rows::NodeTable &m_nodes;
    QSqlQuery m_element, m_insight, m_opportunity;
};

} // namespace cx
