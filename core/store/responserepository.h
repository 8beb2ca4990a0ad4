// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rows.h"
#include "model/responsebatch.h"

namespace cx {

struct Workspace;

// Imports of survey responses (tables response_batch and response). Not graph nodes: a
// metric's removal takes its imports by cascade. Responses are written and read through the
// connection's sqlite3 handle: a million rows through QSqlQuery's QVariants took seconds.
class ResponseRepository
{
public:
    explicit ResponseRepository(Database &db);
    Result load(Workspace &workspace);
    // Writes the import; its responses only when they differ from before's.
    Result save(const ResponseBatch &batch, const ResponseBatch *before);
    Result remove(const Uid &batch);

private:
    Result insertResponses(qint64 batchId, const Responses &responses);

    Database &m_db;
    QSqlQuery m_upsert, m_delete, m_deleteResponses;
};

} // namespace cx
