// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshopchanges.h"

#include "roundresults.h"
#include "document/changes.h"
#include "model/rules.h"

namespace cx {

namespace {

Result invalid(const QString &message)
{
    return Result::failure(ErrorCode::Invalid, message);
}

// A new record stamped as the Document stamps the ones it adds.
template<typename T>
T stamped(T record)
{
    record.uid = newUid();
    record.created = record.modified = fileTimestamp();
    return record;
}

// The note turned into a record: the note leaves the lot (its siblings close up) and the record
// is added, in one change set.
ChangeSet replaceNote(const Workspace &w, const Uid &note, ChangeSet added, Result *error)
{
    ChangeSet removal = Changes::remove(w, {note}, error);
    if (removal.isEmpty())
        return {};
    added.nodes.append(removal.nodes);
    added.links.append(removal.links);
    return added;
}

} // namespace

ChangeSet WorkshopChanges::startRound(const Workspace &w, const Uid &journey, const QString &name,
                                      int dotsPerParticipant, const QStringList &participants,
                                      int seats, bool hideTally, const QDateTime &when, Result *error)
{
    VotingRound round;
    round.title = name.trimmed();
    round.journey = journey;
    round.dotsPerParticipant = dotsPerParticipant;
    for (const QString &p : participants) {
        if (!p.trimmed().isEmpty())
            round.participants.append(p.trimmed());
    }
    round.seats = round.participants.isEmpty() ? seats : 0;
    round.hideTally = hideTally;
    round = stamped(round);
    round.started = when;
    if (round.title.isEmpty()) {
        *error = invalid(tr("A voting round needs a name."));
        return {};
    }
    if (Result r = Rules::checkNode(w, round); !r) {
        *error = r;
        return {};
    }
    for (const VotingRound &other : w.rounds) {
        if (other.journey == journey && other.isRunning()) {
            *error = invalid(tr("“%1” is still running on this journey; end it before starting another round.")
                                 .arg(other.title));
            return {};
        }
    }
    return ChangeSet{{{std::nullopt, Node(round)}}, {}};
}

ChangeSet WorkshopChanges::castDot(const Workspace &w, const Uid &roundId, const Uid &moment,
                                   const QString &participant, int delta, const QDateTime &when,
                                   Result *error)
{
    const auto round = w.rounds.constFind(roundId);
    if (round == w.rounds.cend()) {
        *error = invalid(tr("The voting round no longer exists."));
        return {};
    }
    if (!round->isRunning()) {
        *error = invalid(tr("“%1” has ended; its votes can no longer change.").arg(round->title));
        return {};
    }
    const auto m = w.moments.constFind(moment);
    if (m == w.moments.cend() || m->journey != round->journey) {
        *error = invalid(tr("Votes in “%1” go to moments of its journey.").arg(round->title));
        return {};
    }
    if (!round->voters().contains(participant)) {
        *error = invalid(tr("Choose a participant of “%1” first.").arg(round->title));
        return {};
    }
    // The participant's vote on this moment, if any (one per participant and moment).
    std::optional<Vote> existing;
    for (const Vote &v : w.votes) {
        if (v.round == roundId && v.moment == moment && v.participant == participant) {
            existing = v;
            break;
        }
    }
    const QString who = round->isAnonymous() ? tr("Participant %1").arg(participant) : participant;
    if (delta > 0) {
        const int used = RoundResults::usedBy(w, roundId, participant);
        if (used + delta > round->dotsPerParticipant) {
            *error = invalid(tr("%1 has used all %n dot(s) of this round. Take a dot back from another "
                                "moment to move it here.", nullptr, round->dotsPerParticipant).arg(who));
            return {};
        }
        if (existing) {
            Vote after = *existing;
            after.dots += delta;
            after.cast = when;
            return ChangeSet{{{Node(*existing), Node(after)}}, {}};
        }
        Vote vote{newUid(), roundId, moment, participant, delta, when};
        return ChangeSet{{{std::nullopt, Node(vote)}}, {}};
    }
    if (!existing || delta == 0) {
        *error = invalid(tr("%1 has no dot on “%2” to take back.").arg(who, m->title));
        return {};
    }
    if (existing->dots + delta <= 0)
        return ChangeSet{{{Node(*existing), std::nullopt}}, {}};
    Vote after = *existing;
    after.dots += delta;
    after.cast = when;
    return ChangeSet{{{Node(*existing), Node(after)}}, {}};
}

ChangeSet WorkshopChanges::endRound(const Workspace &w, const Uid &roundId, const QDateTime &when, Result *error)
{
    const auto round = w.rounds.constFind(roundId);
    if (round == w.rounds.cend() || !round->isRunning()) {
        *error = invalid(tr("There is no running round to end."));
        return {};
    }
    VotingRound after = *round;
    after.ended = std::max(when, round->started);
    after.modified = fileTimestamp();
    return ChangeSet{{{Node(*round), Node(after)}}, {}};
}

ChangeSet WorkshopChanges::markTop(const Workspace &w, const Uid &roundId, int n, Result *error)
{
    if (!w.rounds.contains(roundId)) {
        *error = invalid(tr("The voting round no longer exists."));
        return {};
    }
    const QList<Uid> top = RoundResults::of(w, roundId).top(n);
    ChangeSet change;
    for (const Uid &uid : top) {
        const Moment before = w.moments.value(uid);
        if (before.mattersMost)
            continue;
        Moment after = before;
        after.mattersMost = true;
        after.modified = fileTimestamp();
        change.nodes.append({Node(before), Node(after)});
    }
    if (top.isEmpty())
        *error = invalid(tr("No moment has a dot in this round yet."));
    else if (change.isEmpty())
        *error = invalid(tr("These moments are already moments that matter."));
    return change;
}

ChangeSet WorkshopChanges::park(const Workspace &w, const Uid &journey, const QString &text,
                                ParkingKind kind, Result *error)
{
    ParkingNote note;
    note.title = text.trimmed();
    note.journey = journey;
    note.kind = kind;
    note.position = int(w.parkingLotOf(journey).size());
    note = stamped(note);
    if (Result r = Rules::checkNode(w, note); !r) {
        *error = r;
        return {};
    }
    return ChangeSet{{{std::nullopt, Node(note)}}, {}};
}

ChangeSet WorkshopChanges::noteToMoment(const Workspace &w, const Uid &note, const Uid &stage,
                                        const Uid &lane, int position, Result *error)
{
    const auto n = w.parkingNotes.constFind(note);
    if (n == w.parkingNotes.cend()) {
        *error = invalid(tr("The parking-lot note no longer exists."));
        return {};
    }
    if (w.stages.value(stage).journey != n->journey) {
        *error = invalid(tr("A note becomes a moment of the journey it was parked on."));
        return {};
    }
    Moment moment;
    moment.title = n->title;
    moment.notes = n->notes;
    moment = stamped(moment);
    ChangeSet added = Changes::insertMoments(w, {moment}, stage, lane, position, error);
    if (added.isEmpty())
        return {};
    return replaceNote(w, note, std::move(added), error);
}

ChangeSet WorkshopChanges::noteToInsight(const Workspace &w, const Uid &note, Result *error)
{
    const auto n = w.parkingNotes.constFind(note);
    if (n == w.parkingNotes.cend()) {
        *error = invalid(tr("The parking-lot note no longer exists."));
        return {};
    }
    Insight insight;
    insight.title = n->title;
    insight.notes = n->notes;
    insight.sourceKind = InsightSource::CustomerVoice;
    insight.source = tr("Workshop parking lot");
    return replaceNote(w, note, ChangeSet{{{std::nullopt, Node(stamped(insight))}}, {}}, error);
}

ChangeSet WorkshopChanges::noteToOpportunity(const Workspace &w, const Uid &note, Result *error)
{
    const auto n = w.parkingNotes.constFind(note);
    if (n == w.parkingNotes.cend()) {
        *error = invalid(tr("The parking-lot note no longer exists."));
        return {};
    }
    Opportunity opportunity;
    opportunity.title = n->title;
    opportunity.notes = n->notes;
    return replaceNote(w, note, ChangeSet{{{std::nullopt, Node(stamped(opportunity))}}, {}}, error);
}

ChangeSet WorkshopChanges::moveNote(const Workspace &w, const Uid &note, int position, Result *error)
{
    const auto n = w.parkingNotes.constFind(note);
    if (n == w.parkingNotes.cend()) {
        *error = invalid(tr("The parking-lot note no longer exists."));
        return {};
    }
    QList<ParkingNote> lot = w.parkingLotOf(n->journey);
    const qsizetype from = n->position;
    const qsizetype to = std::clamp<qsizetype>(position, 0, lot.size() - 1);
    lot.move(from, to);
    ChangeSet change;
    for (int i = 0; i < lot.size(); ++i) {
        if (lot[i].position == i)
            continue;
        ParkingNote after = lot[i];
        after.position = i;
        change.nodes.append({Node(lot[i]), Node(after)});
    }
    return change;
}

} // namespace cx
