// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentationcontroller.h"

#include "canvas/curvelistmodel.h"
#include "canvas/journeycanvas.h"
#include "model/labels.h"
#include "model/personapalette.h"
#include "workshop/roundresults.h"
#include "workspacecontroller.h"

#include <QSettings>
#include <algorithm>

namespace cx {

namespace {

const QString themeKey = QStringLiteral("present/theme");
const QString screenKey = QStringLiteral("present/screen");

QString evidenceText(EvidenceLevel level)
{
    switch (level) {
    case EvidenceLevel::ResearchBased: return PresentationController::tr("Research-based");
    case EvidenceLevel::PartlyBacked: return PresentationController::tr("Partly backed");
    case EvidenceLevel::Assumption: break;
    }
    return PresentationController::tr("Assumption");
}

// The kinds shown beside a moment that matters, in the order the CX architecture reads:
// what the customer meets, what supports it, how it is measured.
constexpr NodeKind linkGroups[] = {
    NodeKind::Story, NodeKind::Experience, NodeKind::Service, NodeKind::System,
    NodeKind::Process, NodeKind::Data, NodeKind::Metric,
};

} // namespace

PresentationController::PresentationController(QObject *parent)
    : QObject(parent)
    , m_theme(QSettings().value(themeKey, QStringLiteral("dark")).toString())
    , m_screenName(QSettings().value(screenKey).toString())
{
    if (m_theme != u"light")
        m_theme = QStringLiteral("dark");
    connect(&m_motion, &MotionSettings::changed, this, &PresentationController::settingsChanged);
}

PresentationController::~PresentationController() = default;

void PresentationController::setCanvas(JourneyCanvas *canvas)
{
    if (canvas == m_canvas)
        return;
    if (m_canvas) {
        m_canvas->disconnect(this);
        m_canvas->curves()->disconnect(this);
    }
    m_canvas = canvas;
    if (m_canvas) {
        connect(m_canvas, &JourneyCanvas::layoutChanged, this, &PresentationController::rebuild);
        // The legend's filter re-syncs the curves without a new layout.
        connect(m_canvas->curves(), &QAbstractItemModel::dataChanged, this, &PresentationController::rebuild);
    }
    rebuild();
    Q_EMIT canvasChanged();
}

const Workspace *PresentationController::workspace() const
{
    if (!m_canvas || !m_canvas->workspace() || !m_canvas->workspace()->document())
        return nullptr;
    return &m_canvas->workspace()->document()->workspace();
}

QString PresentationController::journeyTitle() const
{
    return m_canvas ? m_canvas->journeyTitle() : QString();
}

void PresentationController::rebuild()
{
    const Workspace *w = workspace();
    const Uid current = m_stage < m_layout.columns.size() ? m_layout.columns[m_stage].stage : Uid();
    const QString currentMatter = m_matter < m_matters.size() ? m_matters[m_matter].toMap().value(QStringLiteral("uid")).toString() : QString();
    if (!w) {
        m_layout = PresentationLayout();
        m_cards.sync({});
        m_columns.clear();
        m_laneLabels.clear();
        m_curves.clear();
        m_matters.clear();
    } else {
        const JourneyLayout &map = m_canvas->layout();
        m_layout = PresentationLayout::compute(map);
        QList<PresentCardRow> rows;
        rows.reserve(m_layout.cards.size());
        // The same dots as the canvas: the running round's (none while hidden), else every vote.
        const QHash<Uid, int> votes = RoundResults::cardDots(*w, uidFromText(m_canvas->journey()));
        for (const PresentationLayout::Card &card : std::as_const(m_layout.cards)) {
            const Moment &m = w->moments[card.moment];
            rows.append({m.uid, card.rect, card.column, m.title, m.channel, m.owner, name(m.evidence),
                         m.mattersMost, m.emotion.value_or(0), m.emotion.has_value(), m.color, votes.value(m.uid)});
        }
        m_cards.sync(rows);
        m_columns.clear();
        for (qsizetype i = 0; i < m_layout.columns.size(); ++i) {
            const PresentationLayout::Column &c = m_layout.columns[i];
            const Stage &s = w->stages[c.stage];
            m_columns.append(QVariantMap{{QStringLiteral("uid"), uidText(c.stage)}, {QStringLiteral("title"), s.title},
                                         {QStringLiteral("notes"), s.notes}, {QStringLiteral("x"), c.x},
                                         {QStringLiteral("overflow"), c.overflow}, {QStringLiteral("number"), int(i + 1)}});
        }
        m_laneLabels.clear();
        for (const PresentationLayout::LaneLabel &l : std::as_const(m_layout.labels)) {
            m_laneLabels.append(QVariantMap{{QStringLiteral("title"), w->lanes[l.lane].title},
                                            {QStringLiteral("column"), l.column},
                                            {QStringLiteral("x"), l.rect.x()}, {QStringLiteral("y"), l.rect.y()},
                                            {QStringLiteral("width"), l.rect.width()},
                                            {QStringLiteral("height"), l.rect.height()}});
        }
        // The canvas's curve rows say which curves the facilitator left shown.
        QHash<Uid, bool> shown;
        const auto *curveModel = static_cast<const CurveListModel *>(m_canvas->curves());
        for (const CurveRow &row : curveModel->rows())
            shown.insert(row.uid, row.shown);
        const QHash<Uid, QString> colors = PersonaPalette::colorsOf(*w);
        m_curves.clear();
        for (const PresentationLayout::Curve &c : std::as_const(m_layout.curves)) {
            m_curves.append(QVariantMap{
                {QStringLiteral("uid"), c.persona.isNull() ? QString() : uidText(c.persona)},
                {QStringLiteral("title"), c.persona.isNull() ? tr("Journey") : w->personas.value(c.persona).title},
                {QStringLiteral("curveColor"), c.persona.isNull() ? QString() : colors.value(c.persona)},
                {QStringLiteral("path"), c.path}, {QStringLiteral("shown"), shown.value(c.persona, true)}});
        }
        m_matters = mattersOf(*w);
    }
    // Stay on the same stage and the same moment when they are still there.
    m_stage = 0;
    for (qsizetype i = 0; i < m_layout.columns.size(); ++i) {
        if (m_layout.columns[i].stage == current)
            m_stage = int(i);
    }
    m_matter = 0;
    for (qsizetype i = 0; i < m_matters.size(); ++i) {
        if (m_matters[i].toMap().value(QStringLiteral("uid")).toString() == currentMatter)
            m_matter = int(i);
    }
    if (m_matters.isEmpty())
        m_walk = false;
    Q_EMIT contentChanged();
    Q_EMIT positionChanged();
}

QVariantList PresentationController::mattersOf(const Workspace &w) const
{
    QVariantList result;
    const JourneyLayout &map = m_canvas->layout();
    QHash<Uid, QVariantMap> byMoment;
    QList<Uid> order;
    for (const JourneyLayout::Card &card : map.cards) {
        const Moment &m = w.moments[card.moment];
        if (!m.mattersMost)
            continue;
        order.append(m.uid);
        byMoment.insert(m.uid, QVariantMap{
            {QStringLiteral("uid"), uidText(m.uid)}, {QStringLiteral("title"), m.title},
            {QStringLiteral("notes"), m.notes}, {QStringLiteral("stage"), w.stages.value(m.stage).title},
            {QStringLiteral("lane"), w.lanes.value(m.lane).title}, {QStringLiteral("channel"), m.channel},
            {QStringLiteral("owner"), m.owner}, {QStringLiteral("evidence"), name(m.evidence)},
            {QStringLiteral("evidenceText"), evidenceText(m.evidence)},
            {QStringLiteral("emotion"), m.emotion.value_or(0)}, {QStringLiteral("hasEmotion"), m.emotion.has_value()}});
    }
    if (order.isEmpty())
        return result;
    // One pass over the links: what each moment that matters uses, and what measures it.
    QHash<Uid, QHash<NodeKind, QStringList>> linked;
    for (const Link &link : w.links) {
        if (link.relation == Relation::Uses && byMoment.contains(link.from)) {
            if (const auto it = w.elements.constFind(link.to); it != w.elements.cend())
                linked[link.from][it->kind].append(it->title);
        } else if (link.relation == Relation::Measures && byMoment.contains(link.to)) {
            if (const auto it = w.metrics.constFind(link.from); it != w.metrics.cend())
                linked[link.to][NodeKind::Metric].append(it->title);
        }
    }
    for (const Uid &uid : std::as_const(order)) {
        QVariantMap item = byMoment.value(uid);
        QVariantList groups;
        const QHash<NodeKind, QStringList> kinds = linked.value(uid);
        for (const NodeKind kind : linkGroups) {
            QStringList titles = kinds.value(kind);
            if (titles.isEmpty())
                continue;
            titles.sort(Qt::CaseInsensitive);
            groups.append(QVariantMap{{QStringLiteral("kind"), name(kind)},
                                      {QStringLiteral("heading"), pluralLabel(kind)},
                                      {QStringLiteral("items"), titles}});
        }
        item.insert(QStringLiteral("links"), groups);
        result.append(item);
    }
    return result;
}

void PresentationController::setStageIndex(int index)
{
    index = std::clamp(index, 0, std::max(0, stageCount() - 1));
    if (index == m_stage)
        return;
    m_stage = index;
    Q_EMIT positionChanged();
}

QString PresentationController::stageTitle() const
{
    return m_stage < m_columns.size() ? m_columns[m_stage].toMap().value(QStringLiteral("title")).toString() : QString();
}

QString PresentationController::stageNotes() const
{
    return m_stage < m_columns.size() ? m_columns[m_stage].toMap().value(QStringLiteral("notes")).toString() : QString();
}

QString PresentationController::nextStageTitle() const
{
    return m_stage + 1 < m_columns.size() ? m_columns[m_stage + 1].toMap().value(QStringLiteral("title")).toString()
                                          : QString();
}

QVariantList PresentationController::stageMoments() const
{
    // Worked out when a view asks (the presenter view), not on every step.
    QVariantList result;
    const Workspace *w = workspace();
    if (!w || m_stage >= m_layout.columns.size())
        return result;
    const Uid stage = m_layout.columns[m_stage].stage;
    for (const JourneyLayout::Card &card : m_canvas->layout().cards) {
        if (card.stage != stage)
            continue;
        const Moment &m = w->moments[card.moment];
        result.append(QVariantMap{{QStringLiteral("uid"), uidText(m.uid)}, {QStringLiteral("title"), m.title},
                                  {QStringLiteral("lane"), w->lanes.value(m.lane).title},
                                  {QStringLiteral("evidence"), name(m.evidence)},
                                  {QStringLiteral("evidenceText"), evidenceText(m.evidence)},
                                  {QStringLiteral("mattersMost"), m.mattersMost}});
    }
    return result;
}

void PresentationController::setOverview(bool on)
{
    if (on == m_overview)
        return;
    m_overview = on;
    if (on)
        m_walk = false;
    Q_EMIT positionChanged();
}

void PresentationController::setMattersWalk(bool on)
{
    if (on && m_matters.isEmpty())
        on = false;
    if (on == m_walk)
        return;
    m_walk = on;
    if (on) {
        m_overview = false;
        // Start at the first moment that matters in or after the stage on screen.
        const JourneyLayout &map = m_canvas->layout();
        int index = 0;
        for (qsizetype i = 0; i < m_matters.size(); ++i) {
            const Uid uid = uidFromText(m_matters[i].toMap().value(QStringLiteral("uid")).toString());
            const auto at = map.cardIndex.constFind(uid);
            if (at != map.cardIndex.cend() && map.columnAt(map.cards[*at].rect.center().x()) >= m_stage) {
                index = int(i);
                break;
            }
        }
        showMatter(index);
    }
    Q_EMIT positionChanged();
}

void PresentationController::showMatter(int index)
{
    m_matter = std::clamp(index, 0, std::max(0, mattersCount() - 1));
    if (m_matters.isEmpty() || !m_canvas)
        return;
    // The stage follows the moment, so leaving the walk (and the presenter view) shows its stage.
    const JourneyLayout &map = m_canvas->layout();
    const Uid uid = uidFromText(m_matters[m_matter].toMap().value(QStringLiteral("uid")).toString());
    if (const auto at = map.cardIndex.constFind(uid); at != map.cardIndex.cend())
        m_stage = std::max(0, map.columnAt(map.cards[*at].rect.center().x()));
}

void PresentationController::next()
{
    if (m_walk) {
        showMatter(m_matter + 1);
        Q_EMIT positionChanged();
    } else {
        setStageIndex(m_stage + 1);
    }
}

void PresentationController::previous()
{
    if (m_walk) {
        showMatter(m_matter - 1);
        Q_EMIT positionChanged();
    } else {
        setStageIndex(m_stage - 1);
    }
}

void PresentationController::first()
{
    if (m_walk) {
        showMatter(0);
        Q_EMIT positionChanged();
    } else {
        setStageIndex(0);
    }
}

void PresentationController::last()
{
    if (m_walk) {
        showMatter(mattersCount() - 1);
        Q_EMIT positionChanged();
    } else {
        setStageIndex(stageCount() - 1);
    }
}

void PresentationController::jumpTo(int number)
{
    if (number < 1 || number > stageCount())
        return;
    m_walk = false;
    m_overview = false;
    m_stage = number - 1;
    Q_EMIT positionChanged();
}

void PresentationController::setTheme(const QString &theme)
{
    const QString value = theme == u"light" ? QStringLiteral("light") : QStringLiteral("dark");
    if (value == m_theme)
        return;
    m_theme = value;
    QSettings().setValue(themeKey, value);
    Q_EMIT settingsChanged();
}

void PresentationController::setScreenName(const QString &name)
{
    if (name == m_screenName)
        return;
    m_screenName = name;
    QSettings().setValue(screenKey, name);
    Q_EMIT settingsChanged();
}

} // namespace cx
