// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "votingcontroller.h"

#include "document/document.h"
#include "workshop/roundresults.h"
#include "workshop/workshopedits.h"

#include <QRegularExpression>

namespace cx {

VotingController::VotingController(QObject *parent)
    : QObject(parent)
    , m_follower(this, [this] { refresh(); }, [this] { refresh(); })
{
}

void VotingController::setWorkspace(WorkspaceController *workspace)
{
    if (m_follower.setWorkspace(workspace)) {
        refresh();
        Q_EMIT workspaceChanged();
    }
}

QString VotingController::journey() const
{
    return m_journey.isNull() ? QString() : uidText(m_journey);
}

void VotingController::setJourney(const QString &journey)
{
    const Uid uid = uidFromText(journey);
    if (uid == m_journey)
        return;
    m_journey = uid;
    m_current = 0;
    clearMessage();
    refresh();
    Q_EMIT journeyChanged();
    Q_EMIT currentParticipantChanged();
}

void VotingController::refresh()
{
    const Document *doc = m_follower.document();
    Uid running;
    if (doc) {
        for (const VotingRound &r : doc->workspace().rounds) {
            if (r.journey == m_journey && r.isRunning())
                running = r.uid;
        }
    }
    if (running != m_round) {
        m_round = running;
        m_current = 0;
        Q_EMIT currentParticipantChanged();
    }
    Q_EMIT changed();
}

QString VotingController::round() const
{
    return m_round.isNull() ? QString() : uidText(m_round);
}

static VotingRound roundIn(const Document *doc, const Uid &round)
{
    return doc ? doc->workspace().rounds.value(round) : VotingRound();
}

QString VotingController::roundName() const { return roundIn(m_follower.document(), m_round).title; }
int VotingController::dotsPerParticipant() const { return roundIn(m_follower.document(), m_round).dotsPerParticipant; }
bool VotingController::hideTally() const { return roundIn(m_follower.document(), m_round).hideTally; }

QString VotingController::label(const VotingRound &round, const QString &voter) const
{
    return round.isAnonymous() ? tr("Participant %1").arg(voter) : voter;
}

QVariantList VotingController::participants() const
{
    QVariantList result;
    const Document *doc = m_follower.document();
    if (!doc || m_round.isNull())
        return result;
    const VotingRound r = doc->workspace().rounds.value(m_round);
    for (const QString &voter : r.voters()) {
        result.append(QVariantMap{{QStringLiteral("name"), voter},
                                  {QStringLiteral("label"), label(r, voter)},
                                  {QStringLiteral("used"), RoundResults::usedBy(doc->workspace(), m_round, voter)},
                                  {QStringLiteral("of"), r.dotsPerParticipant}});
    }
    return result;
}

void VotingController::setCurrentParticipant(int index)
{
    const qsizetype count = roundIn(m_follower.document(), m_round).voters().size();
    if (count == 0 || index == m_current)
        return;
    m_current = int(((index % count) + count) % count);
    Q_EMIT currentParticipantChanged();
}

void VotingController::nextParticipant(int step)
{
    setCurrentParticipant(m_current + step);
}

QVariantList VotingController::endedRounds() const
{
    QVariantList result;
    const Document *doc = m_follower.document();
    if (!doc)
        return result;
    QList<VotingRound> rounds = doc->workspace().roundsOf(m_journey);
    for (auto it = rounds.crbegin(); it != rounds.crend(); ++it) {
        if (!it->isRunning())
            result.append(QVariantMap{{QStringLiteral("uid"), uidText(it->uid)}, {QStringLiteral("name"), it->title},
                                      {QStringLiteral("ended"), it->ended.toLocalTime()}});
    }
    return result;
}

QVariantMap VotingController::tally() const
{
    QVariantMap result;
    const Document *doc = m_follower.document();
    if (!doc || m_round.isNull() || hideTally())
        return result;
    const QHash<Uid, int> dots = RoundResults::dotsByMoment(doc->workspace(), m_round);
    for (auto it = dots.cbegin(); it != dots.cend(); ++it)
        result.insert(uidText(it.key()), it.value());
    return result;
}

int VotingController::totalDots() const
{
    const Document *doc = m_follower.document();
    if (!doc || m_round.isNull())
        return 0;
    int total = 0;
    for (const int dots : RoundResults::dotsByMoment(doc->workspace(), m_round))
        total += dots;
    return total;
}

bool VotingController::report(const Result &result)
{
    const QString text = result ? QString() : result.message();
    if (text != m_message) {
        m_message = text;
        Q_EMIT messageChanged();
    }
    return result.ok();
}

void VotingController::clearMessage()
{
    if (!m_message.isEmpty()) {
        m_message.clear();
        Q_EMIT messageChanged();
    }
}

bool VotingController::start(const QString &name, int dots, const QString &participantsText, int seats, bool hide)
{
    Document *doc = m_follower.document();
    if (!doc)
        return false;
    static const QRegularExpression separators(QStringLiteral("[\\n,;]"));
    QStringList names;
    for (const QString &part : participantsText.split(separators, Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            names.append(part.trimmed());
    }
    return report(WorkshopEdits(*doc).startRound(m_journey, name, dots, names, seats, hide));
}

bool VotingController::castDot(const QString &moment, int delta)
{
    Document *doc = m_follower.document();
    const QStringList voters = roundIn(doc, m_round).voters();
    if (!doc || m_current >= voters.size())
        return report(Result::failure(ErrorCode::Invalid, tr("No voting round is running on this journey.")));
    return report(WorkshopEdits(*doc).castDot(m_round, uidFromText(moment), voters[m_current], delta));
}

int VotingController::dotsOf(const QString &moment) const
{
    const Document *doc = m_follower.document();
    const QStringList voters = roundIn(doc, m_round).voters();
    if (!doc || m_current >= voters.size())
        return 0;
    return RoundResults::dotsOn(doc->workspace(), m_round, uidFromText(moment), voters[m_current]);
}

QString VotingController::momentTitle(const QString &moment) const
{
    const Document *doc = m_follower.document();
    return doc ? doc->workspace().moments.value(uidFromText(moment)).title : QString();
}

bool VotingController::setDots(const QString &moment, int dots)
{
    const int delta = dots - dotsOf(moment);
    return delta == 0 ? report(Result::success()) : castDot(moment, delta);
}

bool VotingController::setHideTally(bool hide)
{
    Document *doc = m_follower.document();
    return doc && report(WorkshopEdits(*doc).setHideTally(m_round, hide));
}

QString VotingController::end()
{
    Document *doc = m_follower.document();
    const Uid ended = m_round;
    if (!doc || !report(WorkshopEdits(*doc).endRound(ended)))
        return {};
    return uidText(ended);
}

QVariantMap VotingController::results(const QString &roundText) const
{
    const Document *doc = m_follower.document();
    const Uid uid = uidFromText(roundText);
    if (!doc || !doc->workspace().rounds.contains(uid))
        return {};
    const Workspace &w = doc->workspace();
    const VotingRound r = w.rounds.value(uid);
    const RoundResults results = RoundResults::of(w, uid);
    QVariantList ranking;
    for (const RoundResults::Entry &e : results.ranking) {
        const Moment m = w.moments.value(e.moment);
        ranking.append(QVariantMap{{QStringLiteral("moment"), uidText(e.moment)}, {QStringLiteral("title"), m.title},
                                   {QStringLiteral("stage"), w.stages.value(m.stage).title},
                                   {QStringLiteral("dots"), e.dots}, {QStringLiteral("rank"), e.rank},
                                   {QStringLiteral("tied"), e.tied}, {QStringLiteral("mattersMost"), m.mattersMost}});
    }
    QVariantList participation;
    for (const RoundResults::Participation &p : results.participation)
        participation.append(QVariantMap{{QStringLiteral("label"), label(r, p.participant)},
                                         {QStringLiteral("used"), p.used}, {QStringLiteral("of"), p.of}});
    return {{QStringLiteral("name"), r.title},
            {QStringLiteral("journey"), w.journeys.value(r.journey).title},
            {QStringLiteral("started"), r.started.toLocalTime()},
            {QStringLiteral("ended"), r.ended.isValid() ? QVariant(r.ended.toLocalTime()) : QVariant()},
            {QStringLiteral("dots"), r.dotsPerParticipant},
            {QStringLiteral("total"), results.totalDots},
            {QStringLiteral("voted"), results.participantsWhoVoted()},
            {QStringLiteral("ranking"), ranking},
            {QStringLiteral("participation"), participation}};
}

bool VotingController::markTop(const QString &round, int n)
{
    Document *doc = m_follower.document();
    return doc && report(WorkshopEdits(*doc).markTop(uidFromText(round), n));
}

} // namespace cx
