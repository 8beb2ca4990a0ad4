// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rows.h"
#include "model/journey.h"

namespace cx {

struct Workspace;

// Journeys and their stages and lanes (tables journey, stage, lane).
class JourneyRepository
{
public:
    JourneyRepository(Database &db, rows::NodeTable &nodes);
    Result load(Workspace &workspace);
    Result save(const Journey &journey);
    Result save(const Stage &stage);
    Result save(const Lane &lane);

private:
    Database &m_db;
    rows::NodeTable &m_nodes;
    QSqlQuery m_journey, m_stage, m_lane;
};

} // namespace cx
