// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rows.h"
#include "model/vote.h"

namespace cx {

struct Workspace;

// Workshop dot votes (table vote), each in a voting round.
class VoteRepository
{
public:
    explicit VoteRepository(Database &db);
    Result load(Workspace &workspace);
    Result save(const Vote &vote);
    Result remove(const Uid &vote);

private:
    Database &m_db;
    QSqlQuery m_upsert, m_delete;
};

} // namespace cx
