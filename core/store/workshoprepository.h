// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rows.h"
#include "model/parkingnote.h"
#include "model/votinground.h"

namespace cx {

struct Workspace;

// What a workshop leaves in the workspace besides votes: voting rounds (table voting_round)
// and parking-lot notes (table parking_note). Neither is a graph node, so neither has a row in
// node; a journey's removal takes both by cascade.
class WorkshopRepository
{
public:
    explicit WorkshopRepository(Database &db);
    Result load(Workspace &workspace);
    Result save(const VotingRound &round);
    Result save(const ParkingNote &note);
    Result removeRound(const Uid &round);
    Result removeNote(const Uid &note);

private:
    Database &m_db;
    QSqlQuery m_upsertRound, m_upsertNote, m_deleteRound, m_deleteNote;
};

} // namespace cx
