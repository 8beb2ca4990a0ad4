// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshopedits.h"

#include "workshopchanges.h"
#include "document/document.h"

namespace cx {

namespace {

// The uid of the one record a change set adds.
Uid addedUid(const ChangeSet &change)
{
    for (const NodeChange &c : change.nodes) {
        if (!c.before && c.after)
            return uidOf(*c.after);
    }
    return {};
}

} // namespace

Result WorkshopEdits::startRound(const Uid &journey, const QString &name, int dotsPerParticipant,
                                 const QStringList &participants, int seats, bool hideTally,
                                 Uid *created)
{
    Result error;
    ChangeSet change = WorkshopChanges::startRound(m_document.workspace(), journey, name, dotsPerParticipant,
                                                   participants, seats, hideTally, fileTimestamp(), &error);
    const Uid uid = addedUid(change);
    Result r = m_document.edit(std::move(change), error, tr("Start voting round “%1”").arg(name.trimmed()));
    if (r && created)
        *created = uid;
    return r;
}

Result WorkshopEdits::castDot(const Uid &round, const Uid &moment, const QString &participant, int delta)
{
    Result error;
    ChangeSet change = WorkshopChanges::castDot(m_document.workspace(), round, moment, participant, delta,
                                                fileTimestamp(), &error);
    const QString title = m_document.workspace().moments.value(moment).title;
    return m_document.edit(std::move(change), error,
                           delta > 0 ? tr("Dot on “%1”").arg(title) : tr("Dot taken from “%1”").arg(title));
}

Result WorkshopEdits::endRound(const Uid &round)
{
    Result error;
    ChangeSet change = WorkshopChanges::endRound(m_document.workspace(), round, fileTimestamp(), &error);
    return m_document.edit(std::move(change), error,
                           tr("End voting round “%1”").arg(m_document.workspace().rounds.value(round).title));
}

Result WorkshopEdits::markTop(const Uid &round, int n)
{
    Result error;
    ChangeSet change = WorkshopChanges::markTop(m_document.workspace(), round, n, &error);
    return m_document.edit(std::move(change), error, tr("Mark the top %n as moments that matter", nullptr, n));
}

Result WorkshopEdits::setHideTally(const Uid &round, bool hide)
{
    VotingRound after = m_document.workspace().rounds.value(round);
    if (after.uid.isNull())
        return m_document.edit({}, Result::failure(ErrorCode::NotFound, tr("The voting round no longer exists.")), {});
    after.hideTally = hide;
    return m_document.update(after);
}

Result WorkshopEdits::park(const Uid &journey, const QString &text, ParkingKind kind, Uid *created)
{
    Result error;
    ChangeSet change = WorkshopChanges::park(m_document.workspace(), journey, text, kind, &error);
    const Uid uid = addedUid(change);
    Result r = m_document.edit(std::move(change), error, tr("Park “%1”").arg(text.trimmed()));
    if (r && created)
        *created = uid;
    return r;
}

Result WorkshopEdits::noteToMoment(const Uid &note, const Uid &stage, const Uid &lane, int position)
{
    Result error;
    ChangeSet change = WorkshopChanges::noteToMoment(m_document.workspace(), note, stage, lane, position, &error);
    return m_document.edit(std::move(change), error,
                           tr("Make “%1” a moment").arg(m_document.workspace().parkingNotes.value(note).title));
}

Result WorkshopEdits::noteToInsight(const Uid &note)
{
    Result error;
    ChangeSet change = WorkshopChanges::noteToInsight(m_document.workspace(), note, &error);
    return m_document.edit(std::move(change), error,
                           tr("Make “%1” an insight").arg(m_document.workspace().parkingNotes.value(note).title));
}

Result WorkshopEdits::noteToOpportunity(const Uid &note)
{
    Result error;
    ChangeSet change = WorkshopChanges::noteToOpportunity(m_document.workspace(), note, &error);
    return m_document.edit(std::move(change), error,
                           tr("Make “%1” an opportunity").arg(m_document.workspace().parkingNotes.value(note).title));
}

Result WorkshopEdits::moveNote(const Uid &note, int position)
{
    Result error;
    ChangeSet change = WorkshopChanges::moveNote(m_document.workspace(), note, position, &error);
    return m_document.edit(std::move(change), error, tr("Move a parking-lot note"));
}

} // namespace cx
