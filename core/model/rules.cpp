// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules.h"

#include "labels.h"
#include "workspace.h"

#include <QSet>
#include <cmath>

namespace cx {
namespace {

QString describe(const Workspace &w, const Uid &uid)
{
    const auto node = w.node(uid);
    if (!node)
        return uidText(uid);
    return QStringLiteral("%1 “%2”").arg(label(kindOf(*node)), titleOf(*node));
}

bool isColor(const QString &text)
{
    if (text.isEmpty())
        return true;
    if (text.size() != 7 || text.front() != u'#')
        return false;
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (!isxdigit(text[i].toLatin1()))
            return false;
    }
    return true;
}

} // namespace

bool Rules::allows(NodeKind from, Relation relation, NodeKind to)
{
    switch (relation) {
    case Relation::Uses: return from == NodeKind::Moment && isElementKind(to);
    case Relation::DependsOn: return isElementKind(from) && isElementKind(to);
    case Relation::Measures:
        return from == NodeKind::Metric && (to == NodeKind::Moment || isElementKind(to));
    case Relation::Drives: return from == NodeKind::Metric && to == NodeKind::Metric;
    case Relation::Explains: return from == NodeKind::Insight && to == NodeKind::Moment;
    case Relation::Improves: return from == NodeKind::Opportunity && to == NodeKind::Moment;
    case Relation::Follows: return from == NodeKind::Persona && to == NodeKind::Journey;
    case Relation::OpensJourney: return from == NodeKind::Moment && to == NodeKind::Journey;
    }
    return false;
}

std::optional<Link> Rules::linkFor(const Workspace &w, const Uid &a, const Uid &b)
{
    const auto kindA = w.kind(a), kindB = w.kind(b);
    if (!kindA || !kindB)
        return std::nullopt;
    for (const Relation relation : {Relation::Uses, Relation::DependsOn, Relation::Measures, Relation::Drives,
                                    Relation::Explains, Relation::Improves}) {
        if (allows(*kindA, relation, *kindB))
            return Link{a, relation, b};
        if (allows(*kindB, relation, *kindA))
            return Link{b, relation, a};
    }
    return std::nullopt;
}

Result Rules::checkLink(const Workspace &w, const Link &link)
{
    const auto fromKind = w.kind(link.from);
    const auto toKind = w.kind(link.to);
    if (!fromKind || !toKind) {
        return Result::failure(ErrorCode::NotFound,
                               tr("Cannot link %1 to %2: %3 does not exist in this workspace.")
                                   .arg(describe(w, link.from), describe(w, link.to),
                                        uidText(fromKind ? link.to : link.from)));
    }
    if (link.from == link.to) {
        return Result::failure(ErrorCode::Invalid,
                               tr("%1 cannot be linked to itself.").arg(describe(w, link.from)));
    }
    if (!allows(*fromKind, link.relation, *toKind)) {
        return Result::failure(ErrorCode::Invalid,
                               //: %1, %2: kinds of record ("story", "system"); %3: a relation ("uses")
                               tr("A %1 cannot be linked to a %2 with the relation “%3”.")
                                   .arg(label(*fromKind), label(*toKind), label(link.relation)));
    }
    if (w.links.contains(link)) {
        //: %1, %2: records, e.g. "story “Card management”"; %3: the relation, e.g. "uses"
        return Result::failure(ErrorCode::Invalid, tr("%1 is already linked to %2 (“%3”).")
                                                       .arg(describe(w, link.from),
                                                            describe(w, link.to),
                                                            label(link.relation)));
    }
    if (link.relation == Relation::OpensJourney) {
        if (w.moments.value(link.from).journey == link.to) {
            return Result::failure(ErrorCode::Invalid,
                                   tr("%1 cannot open the journey it belongs to.")
                                       .arg(describe(w, link.from)));
        }
        for (const Link &other : w.links) {
            if (other.from == link.from && other.relation == Relation::OpensJourney) {
                return Result::failure(ErrorCode::Invalid,
                                       tr("%1 already opens %2; unlink that journey first.")
                                           .arg(describe(w, link.from), describe(w, other.to)));
            }
        }
    }
    return Result::success();
}

Result Rules::checkNode(const Workspace &w, const Node &node)
{
    auto invalid = [&node](const QString &why) {
        return Result::failure(ErrorCode::Invalid,
                               //: %1: the kind of record ("story"), %2: its title, %3: what is wrong with it
                               tr("%1 “%2”: %3").arg(label(kindOf(node)), titleOf(node), why));
    };
    if (uidOf(node).isNull())
        return invalid(tr("it has no id."));

    struct Visitor {
        const Workspace &w;
        decltype(invalid) &fail;

        Result operator()(const Persona &) const { return Result::success(); }
        Result operator()(const Journey &) const { return Result::success(); }
        Result operator()(const Stage &s) const
        {
            if (!(s.width >= 0 && s.width <= Stage::maxSize))
                return fail(tr("its width must be between 0 and %1.").arg(Stage::maxSize));
            return placed(s.journey, s.position);
        }
        Result operator()(const Lane &l) const
        {
            if (!(l.height >= 0 && l.height <= Stage::maxSize))
                return fail(tr("its height must be between 0 and %1.").arg(Stage::maxSize));
            return placed(l.journey, l.position);
        }
        Result operator()(const Moment &m) const
        {
            if (Result r = placed(m.journey, m.position); !r)
                return r;
            if (w.stages.value(m.stage).journey != m.journey || !w.stages.contains(m.stage))
                return fail(tr("its stage is not a stage of its journey."));
            if (w.lanes.value(m.lane).journey != m.journey || !w.lanes.contains(m.lane))
                return fail(tr("its lane is not a lane of its journey."));
            if (m.emotion && (*m.emotion < Moment::minEmotion || *m.emotion > Moment::maxEmotion))
                return fail(tr("the emotion score must be between -2 and +2."));
            for (qsizetype i = 1; i < m.emotions.size(); ++i) {
                if (uidText(m.emotions[i - 1].persona) >= uidText(m.emotions[i].persona))
                    return fail(tr("its emotion scores must name each persona once, in order."));
            }
            for (const PersonaEmotion &e : m.emotions) {
                if (!w.personas.contains(e.persona))
                    return fail(tr("an emotion score names a persona that does not exist."));
                if (e.score < Moment::minEmotion || e.score > Moment::maxEmotion)
                    return fail(tr("the emotion score must be between -2 and +2."));
            }
            if (m.importance < Moment::minImportance || m.importance > Moment::maxImportance)
                return fail(tr("importance must be between 1 and 5."));
            if (!isColor(m.color))
                return fail(tr("the colour must be written #rrggbb."));
            return Result::success();
        }
        Result operator()(const Element &e) const
        {
            return isElementKind(e.kind) ? Result::success()
                                         : fail(tr("an element must be a story, experience, "
                                                   "service, system, process or data."));
        }
        Result operator()(const Metric &) const { return Result::success(); }
        Result operator()(const Insight &) const { return Result::success(); }
        Result operator()(const Opportunity &o) const
        {
            const bool inRange = o.impact >= Opportunity::minScale && o.impact <= Opportunity::maxScale
                && o.effort >= Opportunity::minScale && o.effort <= Opportunity::maxScale;
            return inRange ? Result::success() : fail(tr("impact and effort must be between 1 and 5."));
        }
        Result operator()(const Vote &v) const
        {
            if (!w.moments.contains(v.moment))
                return fail(tr("the vote is for a moment that does not exist."));
            const auto round = w.rounds.constFind(v.round);
            if (round == w.rounds.cend())
                return fail(tr("the vote is in a voting round that does not exist."));
            if (w.moments.value(v.moment).journey != round->journey)
                return fail(tr("the vote is for a moment of another journey than its round's."));
            if (!round->voters().contains(v.participant))
                return fail(tr("“%1” is not a participant of the round.").arg(v.participant));
            return v.dots >= 1 ? Result::success() : fail(tr("a vote needs at least one dot."));
        }
        Result operator()(const VotingRound &r) const
        {
            if (!w.journeys.contains(r.journey))
                return fail(tr("its journey does not exist."));
            if (r.dotsPerParticipant < VotingRound::minDots || r.dotsPerParticipant > VotingRound::maxDots)
                return fail(tr("dots per participant must be between %1 and %2.")
                                .arg(VotingRound::minDots).arg(VotingRound::maxDots));
            if (r.participants.isEmpty() && (r.seats < 1 || r.seats > VotingRound::maxSeats))
                return fail(tr("an anonymous round needs between 1 and %1 participants.").arg(VotingRound::maxSeats));
            if (!r.participants.isEmpty() && r.seats != 0)
                return fail(tr("a round names its participants or counts them, not both."));
            QSet<QString> seen;
            for (const QString &p : r.participants) {
                if (p.trimmed().isEmpty() || p.trimmed() != p)
                    return fail(tr("a participant needs a name without spaces around it."));
                if (seen.contains(p))
                    return fail(tr("“%1” is named twice.").arg(p));
                seen.insert(p);
            }
            if (!r.started.isValid())
                return fail(tr("it has no start time."));
            if (r.ended.isValid() && r.ended < r.started)
                return fail(tr("it ends before it starts."));
            return Result::success();
        }
        Result operator()(const ResponseBatch &b) const
        {
            if (!w.metrics.contains(b.metric))
                return fail(tr("its metric does not exist."));
            if (b.scale != ResponseScale::Custom && isFixedScale(b) == false) {
                //: %1: a survey answer scale: "nps", "csat" or "ces"
                return fail(tr("the range of a %1 scale is fixed.").arg(shortLabel(b.scale)));
            }
            if (!(b.low < b.high))
                return fail(tr("the scale's lowest score must be below its highest."));
            const Responses &r = b.responses;
            const qsizetype n = r.days.size();
            if (r.scores.size() != n || r.moments.size() != n || r.segments.size() != n)
                return fail(tr("its columns of responses differ in length."));
            const bool whole = b.scale != ResponseScale::Custom;
            // The lists name each moment and segment once, in the order responses first use
            // them, so one set of responses has one representation (JSON keeps no lists).
            qint32 nextMoment = 0, nextSegment = 0;
            for (qsizetype k = 0; k < n; ++k) {
                if (r.moments[k] == nextMoment)
                    ++nextMoment;
                if (r.segments[k] == nextSegment)
                    ++nextSegment;
                if (r.moments[k] > nextMoment || r.segments[k] > nextSegment)
                    return fail(tr("its moments and segments are not listed in the order of their first use."));
                const double s = r.scores[k];
                if (!(s >= b.low && s <= b.high) || (whole && s != std::floor(s)))
                    return fail(tr("response %1 has a score outside the scale.").arg(k + 1));
                if (!QDate::fromJulianDay(r.days[k]).isValid())
                    return fail(tr("response %1 has no valid date.").arg(k + 1));
                if (r.moments[k] < -1 || r.moments[k] >= r.momentUids.size()
                    || r.segments[k] < -1 || r.segments[k] >= r.segmentNames.size())
                    return fail(tr("response %1 refers to a moment or segment it does not list.").arg(k + 1));
            }
            if (nextMoment != r.momentUids.size() || nextSegment != r.segmentNames.size())
                return fail(tr("it lists moments or segments that no response names."));
            return Result::success();
        }
        static bool isFixedScale(const ResponseBatch &b)
        {
            const auto [low, high] = fixedRange(b.scale);
            return b.low == low && b.high == high;
        }
        Result operator()(const ParkingNote &n) const
        {
            if (n.title.trimmed().isEmpty())
                return fail(tr("a parking-lot note needs some text."));
            return placed(n.journey, n.position);
        }
        Result placed(const Uid &journey, int position) const
        {
            if (!w.journeys.contains(journey))
                return fail(tr("its journey does not exist."));
            return position >= 0 ? Result::success() : fail(tr("its position is negative."));
        }
    };
    return std::visit(Visitor{w, invalid}, node);
}

} // namespace cx
