// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamwriter.h"

#include "document/document.h"
#include "server/serverstore.h"
#include "model/rules.h"

#include <QDir>

namespace cx::soak {

namespace {

// Few enough records that writers keep meeting on the same ones.
constexpr int maxMoments = 90, maxElements = 24, maxBands = 6;

} // namespace

TeamWriter::TeamWriter(Document &document, quint64 seed, const QList<Uid> &hot, bool removals)
    : m_document(document)
    , m_random(seed)
    , m_hot(hot)
    , m_choices(choices(removals))
{
    QObject::connect(&document, &Document::changed, &document, [this] {
        if (m_stepping)
            ++m_saved;
    });
    // Others' change sets reach memory during an edit too (those that committed just before
    // it, applied first to keep the log's order): they are not this writer's saves.
    QObject::connect(&static_cast<ServerStore &>(document.store()), &ServerStore::remoteApplied, &document,
                     [this](const QString &, int count) {
                         if (m_stepping)
                             m_saved -= count;
                     });
}

QList<TeamWriter::Choice> TeamWriter::choices(bool removals)
{
    auto own = [this](std::optional<Result> (TeamWriter::*action)()) { return [this, action] { return (this->*action)(); }; };
    const int remove = removals ? 1 : 0;
    return {
        {"edit a moment's title", 20, own(&TeamWriter::editTitle)},
        {"drag a moment's emotion", 10, own(&TeamWriter::dragEmotion)},
        {"move moments", 8, own(&TeamWriter::moveMoments)},
        {"insert moments", 9, own(&TeamWriter::insertMoments)},
        {"remove moments", 4 * remove, own(&TeamWriter::removeMoments)},
        {"add element", 4, own(&TeamWriter::addElement)},
        {"edit element", 5, own(&TeamWriter::editElement)},
        {"remove element", 2 * remove, own(&TeamWriter::removeElement)},
        {"edit persona", 2, own(&TeamWriter::editPersona)},
        {"link", 10, own(&TeamWriter::link)},
        {"unlink", 5, own(&TeamWriter::unlink)},
        {"reorder stage or lane", 2, own(&TeamWriter::reorderBand)},
        {"insert stage or lane", 1, own(&TeamWriter::insertBand)},
        {"remove stage or lane", remove, own(&TeamWriter::removeBand)},
        {"undo", 8, own(&TeamWriter::undo)},
        {"redo", 5, own(&TeamWriter::redo)},
    };
}

const Workspace &TeamWriter::workspace() const
{
    return m_document.workspace();
}

QString TeamWriter::tally() const
{
    QString out;
    for (auto it = m_tally.cbegin(); it != m_tally.cend(); ++it)
        out += QStringLiteral("  %1: %2 saved, %3 conflicts\n")
                   .arg(it.key(), QString::number(it->first), QString::number(it->second));
    return out;
}

Result TeamWriter::step()
{
    for (;;) {
        const Choice *choice = &m_random.weighted(m_choices);
        m_action = QString::fromLatin1(choice->name);
        const Workspace before = workspace();
        const int savedBefore = m_saved;
        m_stepping = true;
        const std::optional<Result> r = choice->action();
        m_stepping = false;
        if (!r)
            continue; // nothing to do it to now: choose again
        if (r->ok()) {
            ++m_tally[m_action].first;
            return Result::success();
        }
        if (r->code() != ErrorCode::Conflict)
            return Result::failure(r->code(), QStringLiteral("%1 failed: %2").arg(m_action, r->message()));
        // A conflict changes nothing here; the other writer's version arrives from the log.
        if (m_saved == savedBefore && !(workspace() == before))
            return Result::failure(ErrorCode::Internal,
                                   QStringLiteral("%1 was refused (%2) but changed the workspace").arg(m_action, r->message()));
        ++m_conflicts;
        ++m_tally[m_action].second;
        return Result::success();
    }
}

std::optional<Moment> TeamWriter::pickMoment()
{
    // Two times in three one of the shared moments, while any is left.
    if (m_random.chance(67)) {
        QList<Uid> left;
        for (const Uid &uid : std::as_const(m_hot)) {
            if (workspace().moments.contains(uid))
                left.append(uid);
        }
        if (!left.isEmpty())
            return workspace().moments.value(left.at(m_random.below(int(left.size()))));
    }
    return m_random.pick(workspace().moments);
}

std::optional<Result> TeamWriter::editTitle()
{
    auto m = pickMoment();
    if (!m)
        return std::nullopt;
    m->title = m_random.text();
    if (m_random.chance(30))
        m->importance = m_random.between(Moment::minImportance, Moment::maxImportance);
    return m_document.update(*m);
}

std::optional<Result> TeamWriter::dragEmotion()
{
    auto m = pickMoment();
    if (!m)
        return std::nullopt;
    // Successive moves of one drag merge into one undo step, each saved as it happens.
    Result r;
    for (int moves = m_random.between(1, 3); moves > 0 && r; --moves) {
        if (m_random.chance(70) || workspace().personasOf(m->journey).isEmpty()) {
            m->emotion = m_random.between(Moment::minEmotion, Moment::maxEmotion);
        } else {
            m->emotions.clear();
            for (const Uid &persona : workspace().personasOf(m->journey))
                m->emotions.append({persona, m_random.between(Moment::minEmotion, Moment::maxEmotion)});
        }
        r = m_document.update(*m, QStringLiteral("emotion/") + uidText(m->uid));
        if (r)
            m = workspace().moments.value(m->uid);
    }
    return r;
}

std::optional<Result> TeamWriter::moveMoments()
{
    const auto first = pickMoment();
    if (!first)
        return std::nullopt;
    QList<Uid> moving{first->uid};
    if (m_random.chance(30)) {
        if (const auto more = m_random.pick(workspace().moments, [&](const Moment &m) {
                return m.journey == first->journey && m.uid != first->uid;
            }))
            moving.append(more->uid);
    }
    const auto stage = m_random.pick(workspace().stages, [&](const Stage &s) { return s.journey == first->journey; });
    const auto lane = m_random.pick(workspace().lanes, [&](const Lane &l) { return l.journey == first->journey; });
    if (!stage || !lane)
        return std::nullopt;
    const int size = int(workspace().momentsIn(stage->uid, lane->uid).size());
    return m_document.moveMoments(moving, stage->uid, lane->uid, m_random.between(0, size));
}

std::optional<Result> TeamWriter::insertMoments()
{
    if (workspace().moments.size() >= maxMoments)
        return std::nullopt;
    const auto stage = m_random.pick(workspace().stages);
    if (!stage)
        return std::nullopt;
    const auto lane = m_random.pick(workspace().lanes, [&](const Lane &l) { return l.journey == stage->journey; });
    if (!lane)
        return std::nullopt;
    QList<Moment> moments;
    for (int n = m_random.between(1, 2); n > 0; --n) {
        Moment m;
        m.uid = m_random.uid();
        m.journey = stage->journey;
        m.title = m_random.text();
        m.emotion = m_random.chance(50) ? std::optional<int>(m_random.between(-2, 2)) : std::nullopt;
        moments.append(m);
    }
    // At the end of the cell half the time: an insert that moves no other card.
    const int size = int(workspace().momentsIn(stage->uid, lane->uid).size());
    const int position = m_random.chance(50) ? size : m_random.between(0, size);
    const Result r = m_document.insertMoments(moments, stage->uid, lane->uid, position);
    if (r) {
        for (const Moment &m : std::as_const(moments))
            m_random.remember(m.uid);
    }
    return r;
}

std::optional<Result> TeamWriter::removeMoments()
{
    const auto m = pickMoment();
    return m ? std::optional(m_document.remove({m->uid})) : std::nullopt;
}

std::optional<Result> TeamWriter::addElement()
{
    if (workspace().elements.size() >= maxElements)
        return std::nullopt;
    Element e;
    e.uid = m_random.uid();
    e.kind = NodeKind(int(NodeKind::Story) + m_random.below(6));
    e.title = m_random.text();
    e.owner = m_random.word();
    const Result r = m_document.add(e);
    if (r)
        m_random.remember(e.uid);
    return r;
}

std::optional<Result> TeamWriter::editElement()
{
    auto e = m_random.pick(workspace().elements);
    if (!e)
        return std::nullopt;
    e->title = m_random.text();
    if (m_random.chance(30))
        e->owner = m_random.word();
    return m_document.update(*e);
}

std::optional<Result> TeamWriter::removeElement()
{
    const auto e = m_random.pick(workspace().elements);
    return e ? std::optional(m_document.remove({e->uid})) : std::nullopt;
}

std::optional<Result> TeamWriter::editPersona()
{
    auto p = m_random.pick(workspace().personas);
    if (!p)
        return std::nullopt;
    p->title = m_random.text();
    return m_document.update(*p);
}

std::optional<Result> TeamWriter::link()
{
    const Workspace &w = workspace();
    for (int attempt = 0; attempt < 8; ++attempt) {
        std::optional<Uid> a, b;
        if (m_random.chance(70)) {
            if (const auto m = pickMoment())
                a = m->uid;
        } else if (const auto e = m_random.pick(w.elements)) {
            a = e->uid;
        }
        if (const auto e = m_random.pick(w.elements))
            b = e->uid;
        if (!a || !b)
            continue;
        // Only what the rules allow: a refusal would be the model's, not the server's.
        if (const auto l = Rules::linkFor(w, *a, *b); l && Rules::checkLink(w, *l))
            return m_document.link(*l);
    }
    return std::nullopt;
}

std::optional<Result> TeamWriter::unlink()
{
    const QSet<Link> &links = workspace().links;
    QList<Link> ordered;
    for (const Link &l : links) {
        if (l.relation != Relation::Follows)
            ordered.append(l);
    }
    if (ordered.isEmpty())
        return std::nullopt;
    std::sort(ordered.begin(), ordered.end(), [](const Link &x, const Link &y) {
        return std::tuple(uidText(x.from), int(x.relation), uidText(x.to)) < std::tuple(uidText(y.from), int(y.relation), uidText(y.to));
    });
    return m_document.unlink(ordered.at(m_random.below(int(ordered.size()))));
}

std::optional<Result> TeamWriter::reorderBand()
{
    if (m_random.chance(50)) {
        const auto s = m_random.pick(workspace().stages);
        return s ? std::optional(m_document.reorder(s->uid, m_random.below(int(workspace().stagesOf(s->journey).size()))))
                 : std::nullopt;
    }
    const auto l = m_random.pick(workspace().lanes);
    return l ? std::optional(m_document.reorder(l->uid, m_random.below(int(workspace().lanesOf(l->journey).size()))))
             : std::nullopt;
}

std::optional<Result> TeamWriter::insertBand()
{
    const auto j = m_random.pick(workspace().journeys);
    if (!j)
        return std::nullopt;
    const bool stage = m_random.chance(50);
    const int count = int(stage ? workspace().stagesOf(j->uid).size() : workspace().lanesOf(j->uid).size());
    if (count >= maxBands)
        return std::nullopt;
    const int position = m_random.between(0, count);
    Result r;
    Uid uid = m_random.uid();
    if (stage) {
        Stage s;
        s.uid = uid;
        s.journey = j->uid;
        s.title = m_random.text();
        r = m_document.insertBand(s, position);
    } else {
        Lane l;
        l.uid = uid;
        l.journey = j->uid;
        l.title = m_random.text();
        l.kind = LaneKind(m_random.below(10));
        r = m_document.insertBand(l, position);
    }
    if (r)
        m_random.remember(uid);
    return r;
}

std::optional<Result> TeamWriter::removeBand()
{
    // A band takes its moments with it; every journey keeps two of each.
    const Workspace &w = workspace();
    if (m_random.chance(50)) {
        const auto s = m_random.pick(w.stages, [&](const Stage &c) { return w.stagesOf(c.journey).size() > 2; });
        return s ? std::optional(m_document.remove({s->uid})) : std::nullopt;
    }
    const auto l = m_random.pick(w.lanes, [&](const Lane &c) { return w.lanesOf(c.journey).size() > 2; });
    return l ? std::optional(m_document.remove({l->uid})) : std::nullopt;
}

std::optional<Result> TeamWriter::undo()
{
    QUndoStack *stack = m_document.undoStack();
    if (!stack->canUndo())
        return std::nullopt;
    stack->undo();
    return m_document.lastApply();
}

std::optional<Result> TeamWriter::redo()
{
    QUndoStack *stack = m_document.undoStack();
    if (!stack->canRedo())
        return std::nullopt;
    stack->redo();
    return m_document.lastApply();
}

Result TeamWriter::initialWorkspace(quint64 seed, int moments, const QString &dir, Workspace *workspace,
                                    QList<Uid> *hot)
{
    Result error;
    auto document = Document::create(QDir(dir).filePath(QStringLiteral("start.cxatlas")), &error);
    if (!document)
        return error;
    SoakRandom random(seed);
    auto check = [](const Result &r, const char *what) {
        return r ? r : Result::failure(r.code(), QStringLiteral("%1: %2").arg(QLatin1String(what), r.message()));
    };
    QList<Uid> personas, journeys, elements;
    for (int i = 0; i < 3; ++i) {
        Persona p;
        p.uid = random.uid();
        p.title = QStringLiteral("Persona %1").arg(i + 1);
        if (Result r = check(document->add(p), "add a persona"); !r)
            return r;
        personas.append(p.uid);
    }
    for (int i = 0; i < 3; ++i) {
        Journey j;
        j.uid = random.uid();
        j.title = QStringLiteral("Journey %1").arg(i + 1);
        if (Result r = check(document->add(j), "add a journey"); !r)
            return r;
        journeys.append(j.uid);
        if (Result r = check(document->link({personas.at(i), Relation::Follows, j.uid}), "follow a journey"); !r)
            return r;
        for (int s = 0; s < 4; ++s) {
            Stage stage;
            stage.uid = random.uid();
            stage.journey = j.uid;
            stage.title = QStringLiteral("Stage %1").arg(s + 1);
            if (Result r = check(document->insertBand(stage, s), "add a stage"); !r)
                return r;
        }
        for (int l = 0; l < 3; ++l) {
            Lane lane;
            lane.uid = random.uid();
            lane.journey = j.uid;
            lane.title = QStringLiteral("Lane %1").arg(l + 1);
            if (Result r = check(document->insertBand(lane, l), "add a lane"); !r)
                return r;
        }
    }
    for (int i = 0; i < 12; ++i) {
        Element e;
        e.uid = random.uid();
        e.kind = NodeKind(int(NodeKind::Story) + i % 6);
        e.title = QStringLiteral("Element %1").arg(i + 1);
        if (Result r = check(document->add(e), "add an element"); !r)
            return r;
        elements.append(e.uid);
    }
    const Workspace &w = document->workspace();
    for (int i = 0; i < moments; ++i) {
        const Uid journey = journeys.at(i % journeys.size());
        const QList<Stage> stages = w.stagesOf(journey);
        const QList<Lane> lanes = w.lanesOf(journey);
        const Stage &stage = stages.at(random.below(int(stages.size())));
        const Lane &lane = lanes.at(random.below(int(lanes.size())));
        Moment m;
        m.uid = random.uid();
        m.journey = journey;
        m.title = QStringLiteral("Moment %1").arg(i + 1);
        m.emotion = random.between(-2, 2);
        const int size = int(w.momentsIn(stage.uid, lane.uid).size());
        if (Result r = check(document->insertMoments({m}, stage.uid, lane.uid, size), "add a moment"); !r)
            return r;
        if (i < 8)
            hot->append(m.uid);
        for (int n = random.between(0, 2); n > 0; --n) {
            if (const auto l = Rules::linkFor(w, m.uid, elements.at(random.below(int(elements.size()))));
                l && Rules::checkLink(w, *l)) {
                if (Result r = check(document->link(*l), "link a moment"); !r)
                    return r;
            }
        }
    }
    *workspace = document->workspace();
    return Result::success();
}

} // namespace cx::soak
