// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journeycanvas.h"

#include "canvasrows.h"
#include "linkeditor.h"
#include "momentclipboard.h"
#include "momentfields.h"
#include "workspacecontroller.h"
#include "document/document.h"

#include <QClipboard>
#include <QSettings>
#include <QGuiApplication>
#include <QMimeData>
#include <algorithm>

namespace cx {

namespace {

Uid uidOf(const QString &text)
{
    return uidFromText(text);
}

} // namespace

JourneyCanvas::JourneyCanvas(QObject *parent)
    : QObject(parent)
    , m_follower(this, [this] { rebuild(); }, [this] { documentReplaced(); })
{
    m_visible.setSourceModel(&m_cards);
    m_visiblePoints.setSourceModel(&m_points);
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        connect(clipboard, &QClipboard::dataChanged, this, &JourneyCanvas::clipboardChanged);
}

JourneyCanvas::~JourneyCanvas() = default;

Document *JourneyCanvas::document() const
{
    return m_follower.document();
}

void JourneyCanvas::setWorkspace(WorkspaceController *workspace)
{
    if (m_follower.setWorkspace(workspace))
        Q_EMIT workspaceChanged();
}

void JourneyCanvas::documentReplaced()
{
    m_selection.clear();
    m_current = {};
    rebuild();
    Q_EMIT selectionChanged();
}

QString JourneyCanvas::journey() const
{
    return m_journey.isNull() ? QString() : uidText(m_journey);
}

void JourneyCanvas::setJourney(const QString &journey)
{
    const Uid uid = uidOf(journey);
    if (uid == m_journey)
        return;
    m_journey = uid;
    m_selection.clear();
    m_current = {};
    rebuild();
    // Bindings on the journey (the voting controller, the parking lot, the view's remembered
    // scroll) follow the one the user picked, not only one chosen for them by rebuild().
    Q_EMIT journeyChanged();
    Q_EMIT selectionChanged();
}

QString JourneyCanvas::journeyTitle() const
{
    const Document *doc = document();
    return doc ? doc->workspace().journeys.value(m_journey).title : QString();
}

QVariantList JourneyCanvas::journeys() const
{
    QVariantList result;
    const Document *doc = document();
    if (!doc)
        return result;
    QList<Journey> list = doc->workspace().journeys.values();
    std::sort(list.begin(), list.end(), [](const Journey &a, const Journey &b) { return a.title < b.title; });
    for (const Journey &j : std::as_const(list))
        result.append(QVariantMap{{QStringLiteral("uid"), uidText(j.uid)}, {QStringLiteral("title"), j.title},
                                  {QStringLiteral("state"), name(j.state)}});
    return result;
}

QStringList JourneyCanvas::personas() const
{
    QStringList result;
    if (const Document *doc = document()) {
        for (const Uid &p : doc->workspace().personasOf(m_journey))
            result.append(doc->workspace().personas.value(p).title);
    }
    return result;
}

QStringList JourneyCanvas::laneKinds() const { return allNames<LaneKind>(); }
QStringList JourneyCanvas::evidenceLevels() const { return allNames<EvidenceLevel>(); }

void JourneyCanvas::rebuild()
{
    const Document *doc = document();
    if (!doc) {
        m_journey = {};
        m_layout = JourneyLayout();
    } else {
        const Workspace &w = doc->workspace();
        if (!w.journeys.contains(m_journey)) {
            // The first journey by title, current state before future state.
            m_journey = {};
            const Journey *best = nullptr;
            for (const Journey &j : w.journeys) {
                if (!best || std::tie(j.state, j.title) < std::tie(best->state, best->title))
                    best = &j;
            }
            if (best)
                m_journey = best->uid;
            Q_EMIT journeyChanged();
        }
        m_layout = JourneyLayout::compute(w, m_journey);
        m_selection.removeIf([this](const Uid &uid) { return !m_layout.cardIndex.contains(uid); });
        if (!m_layout.cardIndex.contains(m_current))
            m_current = {};
    }
    syncModels();
    ++m_revision;
    // The comparison curve: the other journey's scores across this map's width.
    m_comparePath.clear();
    if (doc && doc->workspace().journeys.contains(m_compare) && m_compare != m_journey) {
        const JourneyLayout other = JourneyLayout::compute(doc->workspace(), m_compare);
        const double left = m_layout.metrics.laneHeaderWidth;
        const double scale = (m_layout.size.width() - left) / std::max(1.0, other.size.width() - left);
        QList<JourneyLayout::CurvePoint> points;
        for (const JourneyLayout::CurvePoint &p : other.curves.constFirst().points)
            points.append({p.moment, QPointF(left + (p.point.x() - left) * scale, m_layout.yForScore(p.score)), p.score});
        m_comparePath = JourneyLayout::pathThrough(points, m_layout.curveArea);
    }
    Q_EMIT compareChanged();
    Q_EMIT journeysChanged();
    Q_EMIT layoutChanged();
}

QString JourneyCanvas::compareJourney() const
{
    return m_compare.isNull() ? QString() : uidText(m_compare);
}

void JourneyCanvas::setCompareJourney(const QString &journey)
{
    const Uid uid = journey.isEmpty() ? Uid() : uidOf(journey);
    if (uid == m_compare)
        return;
    m_compare = uid;
    rebuild();
}

QVariantMap JourneyCanvas::viewState() const
{
    const QSettings settings;
    const QString key = QStringLiteral("canvas/%1/").arg(journey());
    return {{QStringLiteral("zoom"), settings.value(key + QStringLiteral("zoom"), 1.0)},
            {QStringLiteral("x"), settings.value(key + QStringLiteral("x"), 0.0)},
            {QStringLiteral("y"), settings.value(key + QStringLiteral("y"), 0.0)}};
}

void JourneyCanvas::saveViewState(qreal zoom, qreal x, qreal y) const
{
    if (m_journey.isNull())
        return;
    QSettings settings;
    const QString key = QStringLiteral("canvas/%1/").arg(journey());
    settings.setValue(key + QStringLiteral("zoom"), zoom);
    settings.setValue(key + QStringLiteral("x"), x);
    settings.setValue(key + QStringLiteral("y"), y);
}

QString JourneyCanvas::addJourney(const QString &title)
{
    Document *doc = document();
    if (!doc)
        return {};
    // A new journey starts with the shape most maps have: a stage and the steps lane.
    Journey journey;
    journey.uid = newUid();
    journey.title = title.trimmed().isEmpty() ? tr("New journey") : title.trimmed();
    Stage stage;
    stage.journey = journey.uid;
    stage.title = tr("Stage 1");
    Lane lane;
    lane.journey = journey.uid;
    lane.kind = LaneKind::Steps;
    lane.title = tr("Steps");
    if (!doc->add({journey, stage, lane}, tr("Add journey “%1”").arg(journey.title)))
        return {};
    setJourney(uidText(journey.uid));
    return uidText(journey.uid);
}

void JourneyCanvas::syncModels()
{
    const Document *doc = document();
    if (!doc) {
        m_stages.sync({});
        m_lanes.sync({});
        m_cards.sync({});
        m_curves.sync({});
        m_points.sync({});
        return;
    }
    const CanvasRows rows = CanvasRows::build(m_layout, doc->workspace(), m_selection, m_hiddenCurves, tr("Journey"));
    m_stages.sync(rows.stages);
    m_lanes.sync(rows.lanes);
    m_cards.sync(rows.cards);
    m_curves.sync(rows.curves);
    m_points.sync(rows.points);
}

QStringList JourneyCanvas::selection() const
{
    QStringList result;
    for (const JourneyLayout::Card &card : m_layout.cards) {
        if (m_selection.contains(card.moment))
            result.append(uidText(card.moment));
    }
    return result;
}

void JourneyCanvas::select(const QString &moment, const QString &mode)
{
    const Uid uid = uidOf(moment);
    if (!m_layout.cardIndex.contains(uid))
        return;
    if (mode == u"toggle") {
        if (!m_selection.remove(uid))
            m_selection.insert(uid);
    } else if (mode == u"extend" && m_layout.cardIndex.contains(m_current)) {
        // The range from the current card to this one, in map order, as file managers do;
        // the current card stays the anchor for the next shift-click.
        const qsizetype a = m_layout.cardIndex.value(m_current);
        const qsizetype b = m_layout.cardIndex.value(uid);
        m_selection.clear();
        for (qsizetype i = std::min(a, b); i <= std::max(a, b); ++i)
            m_selection.insert(m_layout.cards[i].moment);
        m_cards.setSelection(m_selection);
        Q_EMIT selectionChanged();
        return;
    } else {
        m_selection = {uid};
    }
    m_current = uid;
    m_cards.setSelection(m_selection);
    Q_EMIT selectionChanged();
}

void JourneyCanvas::selectRect(const QRectF &rect, bool add)
{
    if (!add)
        m_selection.clear();
    const QList<Uid> inside = m_layout.cardsIn(rect);
    for (const Uid &uid : inside)
        m_selection.insert(uid);
    if (!inside.isEmpty())
        m_current = inside.constFirst();
    m_cards.setSelection(m_selection);
    Q_EMIT selectionChanged();
}

void JourneyCanvas::selectAll()
{
    for (const JourneyLayout::Card &card : m_layout.cards)
        m_selection.insert(card.moment);
    if (m_current.isNull() && !m_layout.cards.isEmpty())
        m_current = m_layout.cards.constFirst().moment;
    m_cards.setSelection(m_selection);
    Q_EMIT selectionChanged();
}

void JourneyCanvas::clearSelection()
{
    if (m_selection.isEmpty() && m_current.isNull())
        return;
    m_selection.clear();
    m_current = {};
    m_cards.setSelection(m_selection);
    Q_EMIT selectionChanged();
}

void JourneyCanvas::selectNeighbour(const QString &direction)
{
    if (m_layout.cards.isEmpty())
        return;
    if (!m_layout.cardIndex.contains(m_current)) {
        select(uidText(m_layout.cards.constFirst().moment));
        return;
    }
    const JourneyLayout::Card &from = m_layout.cards[m_layout.cardIndex.value(m_current)];
    const int column = m_layout.columnAt(from.rect.center().x());
    const JourneyLayout::Card *best = nullptr;
    double bestDistance = 0;
    for (const JourneyLayout::Card &card : m_layout.cards) {
        const int c = m_layout.columnAt(card.rect.center().x());
        const double dy = card.rect.center().y() - from.rect.center().y();
        double distance = -1;
        if (direction == u"up" && c == column && dy < 0)
            distance = -dy;
        else if (direction == u"down" && c == column && dy > 0)
            distance = dy;
        else if (direction == u"left" && c < column)
            distance = (column - c) * 100000.0 + std::abs(dy);
        else if (direction == u"right" && c > column)
            distance = (c - column) * 100000.0 + std::abs(dy);
        if (distance >= 0 && (!best || distance < bestDistance)) {
            best = &card;
            bestDistance = distance;
        }
    }
    if (best)
        select(uidText(best->moment));
}

int JourneyCanvas::find(const QString &text)
{
    const QString needle = text.trimmed();
    const Document *doc = document();
    if (!doc || needle.isEmpty())
        return 0;
    m_selection.clear();
    m_current = {};
    for (const JourneyLayout::Card &card : m_layout.cards) {
        const Moment &m = doc->workspace().moments[card.moment];
        const bool hit = m.title.contains(needle, Qt::CaseInsensitive) || m.notes.contains(needle, Qt::CaseInsensitive)
            || m.channel.contains(needle, Qt::CaseInsensitive) || m.owner.contains(needle, Qt::CaseInsensitive)
            || m.tags.contains(needle, Qt::CaseInsensitive);
        if (!hit)
            continue;
        m_selection.insert(m.uid);
        if (m_current.isNull())
            m_current = m.uid;
    }
    m_cards.setSelection(m_selection);
    Q_EMIT selectionChanged();
    return int(m_selection.size());
}

QRectF JourneyCanvas::cardRect(const QString &moment) const
{
    return m_layout.cardRect(uidOf(moment)).value_or(QRectF());
}

QVariantMap JourneyCanvas::slotAt(qreal x, qreal y) const
{
    const auto slot = m_layout.slotAt(QPointF(x, y));
    if (!slot)
        return {};
    return {{QStringLiteral("stage"), uidText(slot->stage)}, {QStringLiteral("lane"), uidText(slot->lane)},
            {QStringLiteral("position"), slot->position}};
}

QVariantMap JourneyCanvas::moment(const QString &moment) const
{
    const Document *doc = document();
    if (!doc)
        return {};
    const Workspace &w = doc->workspace();
    const auto it = w.moments.constFind(uidOf(moment));
    if (it == w.moments.cend())
        return {};
    return MomentFields::toMap(*it, w);
}

QList<Moment> JourneyCanvas::selectedMoments() const
{
    QList<Moment> result;
    const Document *doc = document();
    if (!doc)
        return result;
    for (const JourneyLayout::Card &card : m_layout.cards) {
        if (m_selection.contains(card.moment))
            result.append(doc->workspace().moments.value(card.moment));
    }
    return result;
}

bool JourneyCanvas::insertMoments(QList<Moment> moments, const Uid &stage, const Uid &lane, int position,
                                  const QString &text)
{
    Document *doc = document();
    if (!doc || moments.isEmpty())
        return false;
    for (Moment &m : moments) {
        m.uid = newUid();
        m.created = m.modified = QDateTime();
    }
    if (!doc->insertMoments(moments, stage, lane, position, text))
        return false;
    m_selection.clear();
    for (const Moment &m : std::as_const(moments))
        m_selection.insert(m.uid);
    m_current = moments.constFirst().uid;
    m_cards.setSelection(m_selection);
    Q_EMIT selectionChanged();
    return true;
}

QString JourneyCanvas::addMoment(const QString &stage, const QString &lane, int position, const QString &title)
{
    Moment m;
    m.title = title.isEmpty() ? tr("New moment") : title;
    if (!insertMoments({m}, uidOf(stage), uidOf(lane), position, {}))
        return {};
    return current();
}

bool JourneyCanvas::addMomentAt(qreal x, qreal y)
{
    const auto slot = m_layout.slotAt(QPointF(x, y));
    return slot && !addMoment(uidText(slot->stage), uidText(slot->lane), slot->position, {}).isEmpty();
}

bool JourneyCanvas::setMomentField(const QString &moment, const QString &field, const QVariant &value)
{
    Document *doc = document();
    if (!doc || !doc->workspace().moments.contains(uidOf(moment)))
        return false;
    Moment m = doc->workspace().moments.value(uidOf(moment));
    if (!MomentFields::set(m, field, value))
        return false;
    return doc->update(m).ok();
}

bool JourneyCanvas::moveSelection(const QString &stage, const QString &lane, int position)
{
    Document *doc = document();
    QList<Uid> moving;
    for (const Moment &m : selectedMoments()) {
        moving.append(m.uid);
        // A card moving down its own cell leaves a gap above the slot.
        if (m.stage == uidOf(stage) && m.lane == uidOf(lane) && m.position < position)
            --position;
    }
    return doc && !moving.isEmpty() && doc->moveMoments(moving, uidOf(stage), uidOf(lane), position).ok();
}

bool JourneyCanvas::moveSelectionBy(const QString &direction)
{
    const Document *doc = document();
    if (!doc || m_selection.isEmpty())
        return false;
    const Workspace &w = doc->workspace();
    const auto current = w.moments.constFind(m_current);
    if (current == w.moments.cend())
        return false;
    const QList<Stage> stages = w.stagesOf(m_journey);
    const QList<Lane> lanes = w.lanesOf(m_journey);
    const auto stageAt = std::find_if(stages.cbegin(), stages.cend(), [&](const Stage &s) { return s.uid == current->stage; });
    const auto laneAt = std::find_if(lanes.cbegin(), lanes.cend(), [&](const Lane &l) { return l.uid == current->lane; });
    if (stageAt == stages.cend() || laneAt == lanes.cend())
        return false;
    qsizetype column = stageAt - stages.cbegin();
    qsizetype row = laneAt - lanes.cbegin();
    if (direction == u"left")
        --column;
    else if (direction == u"right")
        ++column;
    else if (direction == u"up")
        --row;
    else if (direction == u"down")
        ++row;
    if (column < 0 || column >= stages.size() || row < 0 || row >= lanes.size()
        || (column == stageAt - stages.cbegin() && row == laneAt - lanes.cbegin()))
        return false;
    const Uid stage = stages[column].uid, lane = lanes[row].uid;
    return moveSelection(uidText(stage), uidText(lane), int(w.momentsIn(stage, lane).size()));
}

bool JourneyCanvas::setEmotion(const QString &moment, const QString &persona, int score, bool gesture)
{
    Document *doc = document();
    if (!doc || !doc->workspace().moments.contains(uidOf(moment)))
        return false;
    Moment m = doc->workspace().moments.value(uidOf(moment));
    score = std::clamp(score, Moment::minEmotion, Moment::maxEmotion);
    if (persona.isEmpty()) {
        m.emotion = score;
    } else {
        const Uid p = uidOf(persona);
        auto it = std::find_if(m.emotions.begin(), m.emotions.end(), [&p](const PersonaEmotion &e) { return e.persona == p; });
        if (it != m.emotions.end())
            it->score = score;
        else
            m.emotions.append({p, score});
    }
    const QString key = gesture ? QStringLiteral("emotion:%1:%2").arg(moment, persona) : QString();
    return doc->update(m, key).ok();
}

bool JourneyCanvas::deleteSelection()
{
    Document *doc = document();
    QList<Uid> uids;
    for (const Moment &m : selectedMoments())
        uids.append(m.uid);
    if (!doc || uids.isEmpty() || !doc->remove(uids))
        return false;
    clearSelection();
    return true;
}

bool JourneyCanvas::duplicateSelection()
{
    const QList<Moment> selected = selectedMoments();
    if (selected.isEmpty())
        return false;
    // The copies go right after the last selected card of the first selected cell.
    const Moment &anchor = selected.constFirst();
    int after = anchor.position;
    QList<Moment> copies;
    for (const Moment &m : selected) {
        if (m.stage == anchor.stage && m.lane == anchor.lane)
            after = std::max(after, m.position);
        copies.append(m);
    }
    return insertMoments(copies, anchor.stage, anchor.lane, after + 1,
                         tr("Duplicate %n moment(s)", nullptr, int(copies.size())));
}

bool JourneyCanvas::copySelection()
{
    const QList<Moment> selected = selectedMoments();
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (selected.isEmpty() || !clipboard)
        return false;
    clipboard->setMimeData(MomentClipboard::toMimeData(selected));
    return true;
}

bool JourneyCanvas::cutSelection()
{
    return copySelection() && deleteSelection();
}

bool JourneyCanvas::canPaste() const
{
    const QClipboard *clipboard = QGuiApplication::clipboard();
    return clipboard && MomentClipboard::canRead(clipboard->mimeData());
}

bool JourneyCanvas::paste()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (!clipboard || m_layout.columns.isEmpty() || m_layout.rows.isEmpty())
        return false;
    Result error;
    const QList<Moment> moments = MomentClipboard::fromMimeData(clipboard->mimeData(), &error);
    if (!error) {
        if (Document *doc = document())
            Q_EMIT doc->editFailed(error.message());
        return false;
    }
    // After the current card, or at the start of the first cell.
    Uid stage = m_layout.columns.constFirst().stage;
    Uid lane = m_layout.rows.constFirst().lane;
    int position = 0;
    if (const Document *doc = document(); doc && doc->workspace().moments.contains(m_current)) {
        const Moment &current = doc->workspace().moments[m_current];
        stage = current.stage;
        lane = current.lane;
        position = current.position + 1;
    }
    return insertMoments(moments, stage, lane, position, tr("Paste %n moment(s)", nullptr, int(moments.size())));
}

QString JourneyCanvas::addStage(const QString &title, int position)
{
    Document *doc = document();
    if (!doc || m_journey.isNull())
        return {};
    Stage stage;
    stage.uid = newUid();
    stage.journey = m_journey;
    stage.title = title.isEmpty() ? tr("New stage") : title;
    return doc->insertBand(stage, position) ? uidText(stage.uid) : QString();
}

QString JourneyCanvas::addLane(const QString &title, const QString &kind, int position)
{
    Document *doc = document();
    if (!doc || m_journey.isNull())
        return {};
    Lane lane;
    lane.uid = newUid();
    lane.journey = m_journey;
    lane.kind = fromName<LaneKind>(kind).value_or(LaneKind::Custom);
    lane.title = title.isEmpty() ? tr("New lane") : title;
    return doc->insertBand(lane, position) ? uidText(lane.uid) : QString();
}

bool JourneyCanvas::renameBand(const QString &stageOrLane, const QString &title)
{
    Document *doc = document();
    if (!doc)
        return false;
    auto node = doc->workspace().node(uidOf(stageOrLane));
    if (!node || title.trimmed().isEmpty())
        return false;
    std::visit([&title](auto &n) {
        if constexpr (std::is_base_of_v<NodeBase, std::decay_t<decltype(n)>>)
            n.title = title.trimmed();
    }, *node);
    return doc->update(*node).ok();
}

bool JourneyCanvas::moveBand(const QString &stageOrLane, int position)
{
    Document *doc = document();
    return doc && doc->reorder(uidOf(stageOrLane), position).ok();
}

bool JourneyCanvas::resizeBand(const QString &stageOrLane, qreal size, bool gesture)
{
    Document *doc = document();
    if (!doc)
        return false;
    const Uid uid = uidOf(stageOrLane);
    const QString key = gesture ? QStringLiteral("resize:") + stageOrLane : QString();
    const double clamped = std::clamp(double(size), 0.0, Stage::maxSize);
    if (doc->workspace().stages.contains(uid)) {
        Stage s = doc->workspace().stages.value(uid);
        s.width = std::max(clamped, m_layout.metrics.minStageWidth);
        return doc->update(s, key).ok();
    }
    if (doc->workspace().lanes.contains(uid)) {
        Lane l = doc->workspace().lanes.value(uid);
        l.height = std::max(clamped, m_layout.metrics.minLaneHeight);
        return doc->update(l, key).ok();
    }
    return false;
}

bool JourneyCanvas::setLaneKind(const QString &lane, const QString &kind)
{
    Document *doc = document();
    const auto k = fromName<LaneKind>(kind);
    if (!doc || !k || !doc->workspace().lanes.contains(uidOf(lane)))
        return false;
    Lane l = doc->workspace().lanes.value(uidOf(lane));
    l.kind = *k;
    return doc->update(l).ok();
}

bool JourneyCanvas::deleteBand(const QString &stageOrLane)
{
    Document *doc = document();
    return doc && doc->remove({uidOf(stageOrLane)}).ok();
}

void JourneyCanvas::setCurveShown(const QString &persona, bool shown)
{
    const Uid uid = persona.isEmpty() ? Uid() : uidOf(persona);
    if (shown)
        m_hiddenCurves.remove(uid);
    else
        m_hiddenCurves.insert(uid);
    syncModels();
}

bool JourneyCanvas::link(const QString &a, const QString &b)
{
    return LinkEditor::link(document(), uidOf(a), uidOf(b));
}

bool JourneyCanvas::unlink(const QString &a, const QString &b)
{
    return LinkEditor::unlink(document(), uidOf(a), uidOf(b));
}

QVariantList JourneyCanvas::linksOf(const QString &uid) const
{
    const Document *doc = document();
    return doc ? LinkEditor::linksOf(doc->workspace(), uidOf(uid)) : QVariantList();
}

QVariantList JourneyCanvas::candidates(const QString &uid, const QString &text) const
{
    const Document *doc = document();
    return doc ? LinkEditor::candidates(doc->workspace(), uidOf(uid), text) : QVariantList();
}

} // namespace cx
