// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rows.h"
#include "model/metric.h"

namespace cx {

struct Workspace;

// Metrics and their measurements over time (tables metric, measurement).
class MetricRepository
{
public:
    MetricRepository(Database &db, rows::NodeTable &nodes);
    Result load(Workspace &workspace);
    Result save(const Metric &after, const Metric *before);

private:
    Database &m_db;
    rows::NodeTable &m_nodes;
    QSqlQuery m_upsert, m_deleteMeasurements, m_insertMeasurement;
};

} // namespace cx
