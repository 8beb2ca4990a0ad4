// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshoprepository.h"

#include "statement.h"
#include "model/workspace.h"

namespace cx {

using namespace rows;

WorkshopRepository::WorkshopRepository(Database &db)
    : m_db(db)
    , m_upsertRound(db.prepare(QStringLiteral(
          "INSERT INTO voting_round (uid, journey, title, notes, created, modified, dots, "
          "participants, seats, hide_tally, started, ended) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
          "ON CONFLICT (uid) DO UPDATE SET journey = excluded.journey, title = excluded.title, "
          "notes = excluded.notes, created = excluded.created, modified = excluded.modified, "
          "dots = excluded.dots, participants = excluded.participants, seats = excluded.seats, "
          "hide_tally = excluded.hide_tally, started = excluded.started, ended = excluded.ended")))
    , m_upsertNote(db.prepare(QStringLiteral(
          "INSERT INTO parking_note (uid, journey, title, notes, created, modified, kind, position) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
          "ON CONFLICT (uid) DO UPDATE SET journey = excluded.journey, title = excluded.title, "
          "notes = excluded.notes, created = excluded.created, modified = excluded.modified, "
          "kind = excluded.kind, position = excluded.position")))
    , m_deleteRound(db.prepare(QStringLiteral("DELETE FROM voting_round WHERE uid = ?")))
    , m_deleteNote(db.prepare(QStringLiteral("DELETE FROM parking_note WHERE uid = ?")))
{
}

Result WorkshopRepository::load(Workspace &w)
{
    {
        Statement q(m_db, "SELECT uid, title, notes, created, modified, journey, dots, participants, "
                          "seats, hide_tally, started, ended FROM voting_round");
        while (q.step()) {
            VotingRound r;
            NodeTable::read(q, r);
            r.journey = q.uid(5);
            r.dotsPerParticipant = q.integer(6);
            r.participants = q.stringList(7);
            r.seats = q.integer(8);
            r.hideTally = q.integer(9) != 0;
            r.started = q.time(10);
            if (!q.isNull(11))
                r.ended = q.time(11);
            w.rounds.insert(r.uid, std::move(r));
        }
        if (!q.result())
            return q.result();
    }
    Statement q(m_db, "SELECT uid, title, notes, created, modified, journey, kind, position FROM parking_note");
    while (q.step()) {
        ParkingNote n;
        NodeTable::read(q, n);
        n.journey = q.uid(5);
        n.kind = enumFrom<ParkingKind>(q.text(6));
        n.position = q.integer(7);
        w.parkingNotes.insert(n.uid, std::move(n));
    }
    return q.result();
}

Result WorkshopRepository::save(const VotingRound &r)
{
    m_upsertRound.bindValue(0, uid(r.uid));
    m_upsertRound.bindValue(1, uid(r.journey));
    m_upsertRound.bindValue(2, text(r.title));
    m_upsertRound.bindValue(3, text(r.notes));
    m_upsertRound.bindValue(4, time(r.created));
    m_upsertRound.bindValue(5, time(r.modified));
    m_upsertRound.bindValue(6, r.dotsPerParticipant);
    m_upsertRound.bindValue(7, stringList(r.participants));
    m_upsertRound.bindValue(8, r.seats);
    m_upsertRound.bindValue(9, r.hideTally ? 1 : 0);
    m_upsertRound.bindValue(10, time(r.started));
    m_upsertRound.bindValue(11, r.ended.isValid() ? time(r.ended) : QVariant(QMetaType::fromType<qint64>()));
    return m_db.run(m_upsertRound, "save voting round");
}

Result WorkshopRepository::save(const ParkingNote &n)
{
    m_upsertNote.bindValue(0, uid(n.uid));
    m_upsertNote.bindValue(1, uid(n.journey));
    m_upsertNote.bindValue(2, text(n.title));
    m_upsertNote.bindValue(3, text(n.notes));
    m_upsertNote.bindValue(4, time(n.created));
    m_upsertNote.bindValue(5, time(n.modified));
    m_upsertNote.bindValue(6, name(n.kind));
    m_upsertNote.bindValue(7, n.position);
    return m_db.run(m_upsertNote, "save parking-lot note");
}

Result WorkshopRepository::removeRound(const Uid &round)
{
    m_deleteRound.bindValue(0, uid(round));
    return m_db.run(m_deleteRound, "remove voting round");
}

Result WorkshopRepository::removeNote(const Uid &note)
{
    m_deleteNote.bindValue(0, uid(note));
    return m_db.run(m_deleteNote, "remove parking-lot note");
}

} // namespace cx
