// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rows.h"
#include "model/link.h"

namespace cx {

struct Workspace;

// The edges of the workspace graph (table edge).
class LinkRepository
{
public:
    explicit LinkRepository(Database &db);
    Result load(Workspace &workspace);
    Result add(const Link &link);
    Result remove(const Link &link);

private:
    Database &m_db;
    QSqlQuery m_insert, m_delete;
};

} // namespace cx
