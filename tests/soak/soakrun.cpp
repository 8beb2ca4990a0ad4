// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "soakrun.h"

#include "document/document.h"
#include "model/rules.h"
#include "workshop/workshopedits.h"

namespace cx::soak {

namespace {

// Enough records of each kind for every edit to find something, few enough that a step stays
// cheap: an add past its limit removes one instead.
constexpr int maxJourneys = 4, maxBands = 6, maxMoments = 120, maxRecords = 30, maxVotes = 30;

} // namespace

QList<SoakRun::Choice> SoakRun::choices()
{
    SoakPersonas *p = &m_personas;
    auto own = [this](std::optional<Result> (SoakRun::*action)()) { return [this, action] { return (this->*action)(); }; };
    auto persona = [p](std::optional<Result> (SoakPersonas::*action)()) { return [p, action] { return (p->*action)(); }; };
    return {
        {"add persona", 3, persona(&SoakPersonas::add)},
        {"duplicate persona", 1, persona(&SoakPersonas::duplicate)},
        {"remove persona", 1, persona(&SoakPersonas::remove)},
        {"type in a persona field", 6, persona(&SoakPersonas::type)},
        {"choose persona status or tier", 2, persona(&SoakPersonas::choose)},
        {"edit a persona list", 6, persona(&SoakPersonas::editList)},
        {"edit persona evidence", 4, persona(&SoakPersonas::editEvidence)},
        {"set or clear a photo", 1, persona(&SoakPersonas::setPhoto)},
        {"record or restore a revision", 2, persona(&SoakPersonas::revision)},
        {"link or unlink a persona and a journey", 2, persona(&SoakPersonas::follow)},
        {"add journey", 2, own(&SoakRun::addJourney)},
        {"edit journey", 2, own(&SoakRun::editJourney)},
        {"remove journey", 1, own(&SoakRun::removeJourney)},
        {"insert stage or lane", 4, own(&SoakRun::insertBand)},
        {"reorder stage or lane", 2, own(&SoakRun::reorderBand)},
        {"edit stage or lane", 3, own(&SoakRun::editBand)},
        {"remove stage or lane", 1, own(&SoakRun::removeBand)},
        {"insert moments", 10, own(&SoakRun::insertMoments)},
        {"edit moment", 10, own(&SoakRun::editMoment)},
        {"move moments", 5, own(&SoakRun::moveMoments)},
        {"remove moments", 3, own(&SoakRun::removeMoments)},
        {"add element, metric, insight or opportunity", 8, own(&SoakRun::addRecord)},
        {"edit element, metric, insight or opportunity", 8, own(&SoakRun::editRecord)},
        {"remove element, metric, insight or opportunity", 2, own(&SoakRun::removeRecord)},
        {"add, change or remove a vote", 4, own(&SoakRun::vote)},
        {"link", 12, own(&SoakRun::link)},
        {"unlink", 3, own(&SoakRun::unlink)},
        {"undo", 10, own(&SoakRun::undo)},
        {"redo", 6, own(&SoakRun::redo)},
        {"undo then redo", 3, own(&SoakRun::undoThenRedo)},
    };
}

SoakRun::SoakRun(quint64 seed)
    : m_random(seed)
    , m_personas(m_random)
    , m_choices(choices())
{
}

SoakRun::~SoakRun() = default;

void SoakRun::attach(Document *document)
{
    m_document = document;
    m_personas.attach(document);
    QObject::connect(document, &Document::editFailed, document,
                     [this](const QString &message) { m_undoFailure = message; });
}

const Workspace &SoakRun::workspace() const
{
    return m_document->workspace();
}

QString SoakRun::tally() const
{
    QString out;
    for (auto it = m_tally.cbegin(); it != m_tally.cend(); ++it)
        out += QStringLiteral("  %1: %2 done, %3 refused by the rules\n")
                   .arg(it.key(), QString::number(it->first), QString::number(it->second));
    return out;
}

Result SoakRun::step()
{
    for (;;) {
        const Choice *choice = &m_random.weighted(m_choices);
        m_action = QString::fromLatin1(choice->name);
        const Workspace before = workspace();
        const int commands = m_document->undoStack()->count();
        m_undoFailure.clear();
        const std::optional<Result> r = choice->action();
        if (!r)
            continue; // nothing to do it to now: choose again
        if (r->ok()) {
            ++m_tally[m_action].first;
            return Result::success();
        }
        // The rules may refuse; then nothing may have changed, in memory or on the stack. The
        // file (its constraints; its messages name it) must never refuse what the rules let by.
        const bool byTheFile = r->message().contains(m_document->file()->database().fileName());
        if (r->code() != ErrorCode::Invalid || byTheFile)
            return Result::failure(r->code(), QStringLiteral("%1 failed: %2").arg(m_action, r->message()));
        if (!(workspace() == before) || m_document->undoStack()->count() != commands) {
            return Result::failure(ErrorCode::Internal,
                                   QStringLiteral("%1 was refused (%2) but changed the workspace").arg(m_action, r->message()));
        }
        ++m_tally[m_action].second;
        return Result::success();
    }
}

Result SoakRun::made(const Result &r, const Uid &uid)
{
    if (r)
        m_random.remember(uid);
    return r;
}

std::optional<Result> SoakRun::addJourney()
{
    if (workspace().journeys.size() >= maxJourneys)
        return removeJourney();
    Journey j;
    j.uid = m_random.uid();
    j.title = m_random.text();
    j.notes = m_random.text();
    j.state = m_random.chance(50) ? JourneyState::Current : JourneyState::Future;
    return made(m_document->add(j), j.uid);
}

std::optional<Result> SoakRun::editJourney()
{
    auto j = m_random.pick(workspace().journeys);
    if (!j)
        return std::nullopt;
    j->title = m_random.text();
    if (m_random.chance(30))
        j->state = j->state == JourneyState::Current ? JourneyState::Future : JourneyState::Current;
    return m_document->update(*j);
}

std::optional<Result> SoakRun::removeJourney()
{
    // Rarely: a journey takes its stages, lanes and moments with it.
    const auto j = m_random.pick(workspace().journeys);
    return j && m_random.chance(25) ? std::optional(m_document->remove({j->uid})) : std::nullopt;
}

std::optional<Result> SoakRun::insertBand()
{
    const auto j = m_random.pick(workspace().journeys);
    if (!j)
        return std::nullopt;
    const bool stage = m_random.chance(50);
    const int count = int(stage ? workspace().stagesOf(j->uid).size() : workspace().lanesOf(j->uid).size());
    if (count >= maxBands)
        return removeBand();
    const int position = m_random.between(0, count);
    if (stage) {
        Stage s;
        s.uid = m_random.uid();
        s.journey = j->uid;
        s.title = m_random.text();
        s.width = m_random.chance(50) ? 0 : m_random.real(40, Stage::maxSize);
        return made(m_document->insertBand(s, position), s.uid);
    }
    Lane l;
    l.uid = m_random.uid();
    l.journey = j->uid;
    l.title = m_random.text();
    l.kind = LaneKind(m_random.below(10));
    l.height = m_random.chance(50) ? 0 : m_random.real(40, Stage::maxSize);
    return made(m_document->insertBand(l, position), l.uid);
}

std::optional<Result> SoakRun::reorderBand()
{
    if (m_random.chance(50)) {
        const auto s = m_random.pick(workspace().stages);
        return s ? std::optional(m_document->reorder(s->uid, m_random.below(int(workspace().stagesOf(s->journey).size()))))
                 : std::nullopt;
    }
    const auto l = m_random.pick(workspace().lanes);
    return l ? std::optional(m_document->reorder(l->uid, m_random.below(int(workspace().lanesOf(l->journey).size()))))
             : std::nullopt;
}

std::optional<Result> SoakRun::editBand()
{
    // A size out of range now and then: the rules refuse it.
    const double size = m_random.chance(5) ? Stage::maxSize + 1 : m_random.real(0, Stage::maxSize);
    if (m_random.chance(50)) {
        auto s = m_random.pick(workspace().stages);
        if (!s)
            return std::nullopt;
        m_random.chance(50) ? void(s->title = m_random.text()) : void(s->width = size);
        return m_document->update(*s, m_random.chance(50) ? QStringLiteral("resize") : QString());
    }
    auto l = m_random.pick(workspace().lanes);
    if (!l)
        return std::nullopt;
    switch (m_random.below(3)) {
    case 0: l->title = m_random.text(); break;
    case 1: l->kind = LaneKind(m_random.below(10)); break;
    default: l->height = size; break;
    }
    return m_document->update(*l, m_random.chance(50) ? QStringLiteral("resize") : QString());
}

std::optional<Result> SoakRun::removeBand()
{
    // A band takes its moments: the last two of a journey are kept, so that maps stay full.
    const Workspace &w = workspace();
    if (m_random.chance(50)) {
        const auto s = m_random.pick(w.stages, [&](const Stage &c) { return w.stagesOf(c.journey).size() > 2; });
        return s ? std::optional(m_document->remove({s->uid})) : std::nullopt;
    }
    const auto l = m_random.pick(w.lanes, [&](const Lane &c) { return w.lanesOf(c.journey).size() > 2; });
    return l ? std::optional(m_document->remove({l->uid})) : std::nullopt;
}

Moment SoakRun::randomMoment(Moment m)
{
    m.title = m_random.text();
    m.notes = m_random.chance(30) ? m_random.text() : m.notes;
    m.channel = m_random.chance(50) ? m_random.word() : QString();
    m.owner = m_random.chance(50) ? m_random.word() : QString();
    m.emotion = m_random.chance(30) ? std::nullopt : std::optional<int>(m_random.between(-2, 2));
    m.emotions.clear();
    for (const Uid &persona : workspace().personasOf(m.journey)) {
        if (m_random.chance(50))
            m.emotions.append({persona, m_random.between(-2, 2)});
    }
    m.importance = m_random.between(1, 5);
    m.evidence = EvidenceLevel(m_random.below(3));
    m.mattersMost = m_random.chance(20);
    m.color = m_random.color();
    m.tags.clear();
    for (int n = m_random.below(3); n > 0; --n)
        m.tags.append(m_random.word());
    return m;
}

std::optional<Result> SoakRun::insertMoments()
{
    if (workspace().moments.size() >= maxMoments)
        return removeMoments();
    const auto stage = m_random.pick(workspace().stages);
    if (!stage)
        return std::nullopt;
    const auto lane = m_random.pick(workspace().lanes, [&](const Lane &l) { return l.journey == stage->journey; });
    if (!lane)
        return std::nullopt;
    QList<Moment> moments;
    for (int n = m_random.between(1, 3); n > 0; --n) {
        Moment m;
        m.uid = m_random.uid();
        m.journey = stage->journey;
        moments.append(randomMoment(m));
    }
    const int size = int(workspace().momentsIn(stage->uid, lane->uid).size());
    const Result r = m_document->insertMoments(moments, stage->uid, lane->uid, m_random.between(0, size));
    for (const Moment &m : std::as_const(moments))
        made(r, m.uid);
    return r;
}

std::optional<Result> SoakRun::editMoment()
{
    auto m = m_random.pick(workspace().moments);
    if (!m)
        return std::nullopt;
    if (m_random.chance(40)) {
        // A drag of one emotion point: merged into one step while it lasts.
        Result r;
        for (int moves = m_random.between(1, 4); moves > 0 && r; --moves) {
            m->emotion = m_random.between(-2, 2);
            r = m_document->update(*m, QStringLiteral("emotion/") + uidText(m->uid));
        }
        return r;
    }
    return m_document->update(randomMoment(*m));
}

std::optional<Result> SoakRun::moveMoments()
{
    const auto first = m_random.pick(workspace().moments);
    if (!first)
        return std::nullopt;
    QList<Uid> moving{first->uid};
    for (int n = m_random.below(3); n > 0; --n) {
        const auto more = m_random.pick(workspace().moments, [&](const Moment &m) {
            return m.journey == first->journey && !moving.contains(m.uid);
        });
        if (more)
            moving.append(more->uid);
    }
    const auto stage = m_random.pick(workspace().stages, [&](const Stage &s) { return s.journey == first->journey; });
    const auto lane = m_random.pick(workspace().lanes, [&](const Lane &l) { return l.journey == first->journey; });
    if (!stage || !lane)
        return std::nullopt;
    const int size = int(workspace().momentsIn(stage->uid, lane->uid).size());
    return m_document->moveMoments(moving, stage->uid, lane->uid, m_random.between(0, size));
}

std::optional<Result> SoakRun::removeMoments()
{
    QList<Uid> gone;
    for (int n = m_random.between(1, 3); n > 0; --n) {
        if (const auto m = m_random.pick(workspace().moments, [&](const Moment &c) { return !gone.contains(c.uid); }))
            gone.append(m->uid);
    }
    return gone.isEmpty() ? std::nullopt : std::optional(m_document->remove(gone));
}

Metric SoakRun::randomMetric(Metric m)
{
    m.title = m_random.text();
    m.kind = MetricKind(m_random.below(7));
    m.level = MetricLevel(m_random.below(3));
    m.unit = m_random.chance(50) ? m_random.word() : QString();
    m.target = m_random.chance(40) ? std::nullopt : std::optional<double>(m_random.real(-100, 100));
    m.direction = m_random.chance(50) ? Direction::HigherIsBetter : Direction::LowerIsBetter;
    m.owner = m_random.word();
    m.measurements.clear();
    for (int n = m_random.below(4); n > 0; --n)
        m.measurements.append({m_random.date(), m_random.real(-1000, 1000), m_random.text()});
    std::sort(m.measurements.begin(), m.measurements.end(),
              [](const Measurement &a, const Measurement &b) { return a.date < b.date; });
    return m;
}

std::optional<Result> SoakRun::addRecord()
{
    const Workspace &w = workspace();
    const int kind = m_random.below(4);
    const qsizetype count = kind == 0 ? w.elements.size() : kind == 1 ? w.metrics.size()
                          : kind == 2 ? w.insights.size() : w.opportunities.size();
    if (count >= maxRecords)
        return removeRecord();
    const Uid uid = m_random.uid();
    Node node;
    if (kind == 0) {
        Element e;
        e.kind = NodeKind(int(NodeKind::Story) + m_random.below(6));
        e.owner = m_random.word();
        node = e;
    } else if (kind == 1) {
        node = randomMetric({});
    } else if (kind == 2) {
        Insight i;
        i.sourceKind = InsightSource(m_random.below(4));
        i.source = m_random.text();
        i.date = m_random.chance(30) ? QDate() : m_random.date();
        node = i;
    } else {
        Opportunity o;
        o.impact = m_random.between(1, 5);
        o.effort = m_random.between(1, 5);
        node = o;
    }
    std::visit([&](auto &n) {
        if constexpr (std::is_base_of_v<NodeBase, std::decay_t<decltype(n)>>) {
            n.uid = uid;
            if (n.title.isEmpty())
                n.title = m_random.text();
            n.notes = m_random.chance(30) ? m_random.text() : QString();
        }
    }, node);
    return made(m_document->add(node), uid);
}

std::optional<Result> SoakRun::editRecord()
{
    const Workspace &w = workspace();
    switch (m_random.below(4)) {
    case 0: {
        auto e = m_random.pick(w.elements);
        if (!e)
            return std::nullopt;
        e->title = m_random.text();
        e->owner = m_random.word();
        if (m_random.chance(20))
            e->kind = NodeKind(int(NodeKind::Story) + m_random.below(6));
        return m_document->update(*e);
    }
    case 1: {
        const auto m = m_random.pick(w.metrics);
        return m ? std::optional(m_document->update(randomMetric(*m))) : std::nullopt;
    }
    case 2: {
        auto i = m_random.pick(w.insights);
        if (!i)
            return std::nullopt;
        i->source = m_random.text();
        i->date = m_random.chance(30) ? QDate() : m_random.date();
        return m_document->update(*i);
    }
    default: {
        auto o = m_random.pick(w.opportunities);
        if (!o)
            return std::nullopt;
        // Out of range now and then: the rules refuse it.
        o->impact = m_random.chance(5) ? 6 : m_random.between(1, 5);
        o->effort = m_random.between(1, 5);
        return m_document->update(*o, QStringLiteral("score"));
    }
    }
}

std::optional<Result> SoakRun::removeRecord()
{
    const Workspace &w = workspace();
    std::optional<Uid> uid;
    switch (m_random.below(4)) {
    case 0: if (const auto e = m_random.pick(w.elements)) uid = e->uid; break;
    case 1: if (const auto m = m_random.pick(w.metrics)) uid = m->uid; break;
    case 2: if (const auto i = m_random.pick(w.insights)) uid = i->uid; break;
    default: if (const auto o = m_random.pick(w.opportunities)) uid = o->uid; break;
    }
    return uid ? std::optional(m_document->remove({*uid})) : std::nullopt;
}

std::optional<Result> SoakRun::vote()
{
    // Votes go through the workshop's edits, as the GUI's do: rounds start and end, dots are
    // cast and taken back, past the limit too (refused).
    static const QStringList voters{QStringLiteral("Ana"), QStringLiteral("Ben"), QStringLiteral("Cleo")};
    WorkshopEdits edits(*m_document);
    auto v = m_random.pick(workspace().votes);
    if (!v || (workspace().votes.size() < maxVotes && m_random.chance(50))) {
        const auto m = m_random.pick(workspace().moments);
        if (!m)
            return std::nullopt;
        Uid round;
        for (const VotingRound &r : workspace().rounds) {
            if (r.journey == m->journey && r.isRunning())
                round = r.uid;
        }
        if (round.isNull()) {
            const Result r = edits.startRound(m->journey, m_random.word(), m_random.between(1, 20), voters, 0,
                                              m_random.chance(50), &round);
            return made(r, round);
        }
        return edits.castDot(round, m->uid, voters[m_random.between(0, 2)], m_random.chance(80) ? 1 : -1);
    }
    if (m_random.chance(10))
        return edits.endRound(v->round);
    if (m_random.chance(30))
        return m_document->remove({v->uid});
    return edits.castDot(v->round, v->moment, v->participant, m_random.chance(50) ? 1 : -1);
}

std::optional<Result> SoakRun::link()
{
    const Workspace &w = workspace();
    if (m_random.chance(10)) {
        // A moment opening another journey in detail.
        const auto m = m_random.pick(w.moments);
        const auto j = m_random.pick(w.journeys);
        return m && j ? std::optional(m_document->link({m->uid, Relation::OpensJourney, j->uid})) : std::nullopt;
    }
    // Two records of the kinds the architecture links, as a drag from one onto the other.
    auto anyLinkable = [&]() -> std::optional<Uid> {
        switch (m_random.below(5)) {
        case 0: if (const auto m = m_random.pick(w.moments)) return m->uid; break;
        case 1: case 2: if (const auto e = m_random.pick(w.elements)) return e->uid; break;
        case 3: if (const auto m = m_random.pick(w.metrics)) return m->uid; break;
        default:
            if (m_random.chance(50)) { if (const auto i = m_random.pick(w.insights)) return i->uid; }
            else if (const auto o = m_random.pick(w.opportunities)) return o->uid;
        }
        return std::nullopt;
    };
    // Pairs of kinds that nothing joins are tried again, so that links keep up with the
    // removals and cascades that take them.
    for (int attempt = 0; attempt < 8; ++attempt) {
        const auto a = anyLinkable(), b = anyLinkable();
        if (!a || !b)
            continue;
        if (const auto link = Rules::linkFor(w, *a, *b))
            return m_document->link(*link);
    }
    return std::nullopt;
}

std::optional<Result> SoakRun::unlink()
{
    const QSet<Link> &links = workspace().links;
    if (links.isEmpty())
        return std::nullopt;
    QList<Link> ordered(links.cbegin(), links.cend());
    std::sort(ordered.begin(), ordered.end(), [this](const Link &x, const Link &y) {
        return std::tuple(m_random.serial(x.from), int(x.relation), m_random.serial(x.to))
            < std::tuple(m_random.serial(y.from), int(y.relation), m_random.serial(y.to));
    });
    return m_document->unlink(ordered.at(m_random.below(int(ordered.size()))));
}

std::optional<Result> SoakRun::undo()
{
    QUndoStack *stack = m_document->undoStack();
    if (!stack->canUndo())
        return std::nullopt;
    stack->undo();
    if (!m_undoFailure.isEmpty())
        return Result::failure(ErrorCode::Io, m_undoFailure);
    return Result::success();
}

std::optional<Result> SoakRun::redo()
{
    QUndoStack *stack = m_document->undoStack();
    if (!stack->canRedo())
        return std::nullopt;
    stack->redo();
    if (!m_undoFailure.isEmpty())
        return Result::failure(ErrorCode::Io, m_undoFailure);
    return Result::success();
}

std::optional<Result> SoakRun::undoThenRedo()
{
    QUndoStack *stack = m_document->undoStack();
    if (!stack->canUndo())
        return std::nullopt;
    const Workspace before = workspace();
    const int index = stack->index();
    stack->undo();
    stack->redo();
    if (!m_undoFailure.isEmpty())
        return Result::failure(ErrorCode::Io, m_undoFailure);
    if (stack->index() != index || !(workspace() == before))
        return Result::failure(ErrorCode::Internal, QStringLiteral("undo then redo did not give back the state"));
    return Result::success();
}

} // namespace cx::soak
