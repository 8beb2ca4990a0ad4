// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rows.h"
#include "model/moment.h"

namespace cx {

struct Workspace;

// Moments and their per-persona emotions (tables moment, moment_emotion).
class MomentRepository
{
public:
    MomentRepository(Database &db, rows::NodeTable &nodes);
    Result load(Workspace &workspace);
    // before (the stored state, or null when new) lets it skip unchanged emotions.
    Result save(const Moment &after, const Moment *before);

private:
    Database &m_db;
    rows::NodeTable &m_nodes;
    QSqlQuery m_upsert, m_deleteEmotions, m_insertEmotion;
};

} // namespace cx
