// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "votescsv.h"

#include "momentscsv.h"
#include "workshop/roundresults.h"

#include <algorithm>
#include <tuple>

namespace cx {

namespace {

QString utcText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

// "Ana 2; Ben 1": who put dots on the moment, in the round's participant order.
QString dotsPerParticipant(const Workspace &w, const VotingRound &round, const Uid &moment)
{
    QStringList parts;
    for (const QString &voter : round.voters()) {
        const int dots = RoundResults::dotsOn(w, round.uid, moment, voter);
        if (dots > 0) {
            // Data, not interface text: the same words in every language.
            const QString who = round.isAnonymous() ? QStringLiteral("Participant ") + voter : voter;
            parts.append(who + u' ' + QString::number(dots));
        }
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

QStringList VotesCsv::header()
{
    // Column names are data, not interface text: stable, never translated.
    return {QStringLiteral("round"), QStringLiteral("round started"), QStringLiteral("round ended"),
            QStringLiteral("journey"), QStringLiteral("rank"), QStringLiteral("tied"), QStringLiteral("moment"),
            QStringLiteral("stage"), QStringLiteral("lane"), QStringLiteral("dots"),
            QStringLiteral("dots per participant"), QStringLiteral("moment id")};
}

QList<VotingRound> VotesCsv::endedRounds(const Workspace &w, const std::optional<Uid> &journey)
{
    QList<VotingRound> rounds;
    for (const VotingRound &r : w.rounds) {
        if (!r.isRunning() && (!journey || r.journey == *journey))
            rounds.append(r);
    }
    std::sort(rounds.begin(), rounds.end(), [&w](const VotingRound &a, const VotingRound &b) {
        return std::tuple(a.started, w.journeys.value(a.journey).title, uidText(a.uid))
             < std::tuple(b.started, w.journeys.value(b.journey).title, uidText(b.uid));
    });
    return rounds;
}

QByteArray VotesCsv::write(const Workspace &w, const std::optional<Uid> &journey)
{
    QString out;
    auto row = [&out](const QStringList &fields) {
        QStringList q;
        q.reserve(fields.size());
        for (const QString &f : fields)
            q.append(MomentsCsv::quoted(f));
        out += q.join(u',') + QStringLiteral("\r\n");
    };
    row(header());
    for (const VotingRound &round : endedRounds(w, journey)) {
        const RoundResults results = RoundResults::of(w, round.uid);
        const QString journeyTitle = w.journeys.value(round.journey).title;
        for (const RoundResults::Entry &e : results.ranking) {
            const Moment m = w.moments.value(e.moment);
            row({round.title, utcText(round.started), utcText(round.ended), journeyTitle, QString::number(e.rank),
                 e.tied ? QStringLiteral("yes") : QStringLiteral("no"), m.title, w.stages.value(m.stage).title,
                 w.lanes.value(m.lane).title, QString::number(e.dots), dotsPerParticipant(w, round, e.moment),
                 uidText(e.moment)});
        }
    }
    return out.toUtf8();
}

} // namespace cx
