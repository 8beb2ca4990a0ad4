// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rows.h"
#include "model/persona.h"

namespace cx {

struct Workspace;

// Personas with their evidence and revisions (tables persona, persona_evidence,
// persona_revision). Removal is the node's: the rest cascades.
class PersonaRepository
{
public:
    PersonaRepository(Database &db, rows::NodeTable &nodes);
    Result load(Workspace &workspace);
    // Writes after; before (the stored state, or null when new) lets it skip unchanged lists.
    Result save(const Persona &after, const Persona *before);

private:
    Database &m_db;
    rows::NodeTable &m_nodes;
    QSqlQuery m_upsert, m_deleteEvidence, m_insertEvidence, m_deleteRevisions, m_insertRevision;
};

} // namespace cx
