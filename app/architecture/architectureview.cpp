// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "architectureview.h"

#include "model/labels.h"
#include "model/personapalette.h"
#include "linkeditor.h"

#include "document/document.h"
#include "graph/gapanalysis.h"
#include "graph/impactanalysis.h"
#include "graph/opportunityranking.h"
#include "graph/valueranking.h"
#include "model/personapalette.h"
#include "graph/workspacegraph.h"

#include <QLocale>
#include <algorithm>

namespace cx {

namespace {

QString layerLabel(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Moment: return ArchitectureView::tr("Moments");
    case NodeKind::Story: return ArchitectureView::tr("Stories");
    case NodeKind::Experience: return ArchitectureView::tr("Experiences");
    case NodeKind::Service: return ArchitectureView::tr("Services");
    case NodeKind::Process: return ArchitectureView::tr("Processes");
    case NodeKind::System: return ArchitectureView::tr("Systems");
    case NodeKind::Data: return ArchitectureView::tr("Data");
    case NodeKind::Insight: return ArchitectureView::tr("Insight");
    case NodeKind::Opportunity: return ArchitectureView::tr("Opportunity");
    default: return ArchitectureView::tr("Metrics");
    }
}

QString newTitle(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Story: return ArchitectureView::tr("New story");
    case NodeKind::Experience: return ArchitectureView::tr("New experience");
    case NodeKind::Service: return ArchitectureView::tr("New service");
    case NodeKind::Process: return ArchitectureView::tr("New process");
    case NodeKind::System: return ArchitectureView::tr("New system");
    default: return ArchitectureView::tr("New data");
    }
}

QVariantMap option(const Uid &uid, const QString &title)
{
    return {{QStringLiteral("uid"), uidText(uid)}, {QStringLiteral("title"), title}};
}

} // namespace

ArchitectureView::ArchitectureView(QObject *parent)
    : QObject(parent)
    , m_follower(this, [this] { rebuild(); }, [this] { documentReplaced(); })
{
    m_visibleBoxes.setSourceModel(&m_boxes);
}

QString ArchitectureView::text(const Uid &uid)
{
    return uid.isNull() ? QString() : uidText(uid);
}

Document *ArchitectureView::document() const
{
    return m_follower.document();
}

void ArchitectureView::setWorkspace(WorkspaceController *workspace)
{
    if (m_follower.setWorkspace(workspace))
        Q_EMIT workspaceChanged();
}

void ArchitectureView::documentReplaced()
{
    m_filter = {};
    m_selected = {};
    // The first journey, as the map shows it first: one journey's picture reads; all of them
    // at once is a choice.
    if (const QVariantList list = journeys(); !list.isEmpty())
        m_filter.journey = uidFromText(list.constFirst().toMap().value(QStringLiteral("uid")).toString());
    Q_EMIT filterChanged();
    rebuild();
}

void ArchitectureView::setJourney(const QString &journey)
{
    const Uid uid = journey.isEmpty() ? Uid() : uidFromText(journey);
    if (uid == m_filter.journey)
        return;
    m_filter.journey = uid;
    m_filter.stage = {}; // a stage belongs to one journey
    Q_EMIT filterChanged();
    rebuild();
}

void ArchitectureView::setPersona(const QString &persona)
{
    const Uid uid = persona.isEmpty() ? Uid() : uidFromText(persona);
    if (uid == m_filter.persona)
        return;
    m_filter.persona = uid;
    Q_EMIT filterChanged();
    rebuild();
}

void ArchitectureView::setStage(const QString &stage)
{
    const Uid uid = stage.isEmpty() ? Uid() : uidFromText(stage);
    if (uid == m_filter.stage)
        return;
    m_filter.stage = uid;
    Q_EMIT filterChanged();
    rebuild();
}

void ArchitectureView::setMattersOnly(bool mattersOnly)
{
    if (mattersOnly == m_filter.mattersOnly)
        return;
    m_filter.mattersOnly = mattersOnly;
    Q_EMIT filterChanged();
    rebuild();
}

QVariantList ArchitectureView::journeys() const
{
    QVariantList result;
    if (const Document *doc = document()) {
        QList<Journey> list(doc->workspace().journeys.begin(), doc->workspace().journeys.end());
        std::sort(list.begin(), list.end(), [](const Journey &a, const Journey &b) {
            return std::tie(a.state, a.title, a.uid) < std::tie(b.state, b.title, b.uid);
        });
        for (const Journey &j : std::as_const(list))
            result.append(option(j.uid, j.title));
    }
    return result;
}

QVariantList ArchitectureView::personas() const
{
    QVariantList result;
    if (const Document *doc = document()) {
        QList<Persona> list(doc->workspace().personas.begin(), doc->workspace().personas.end());
        std::sort(list.begin(), list.end(), [](const Persona &a, const Persona &b) {
            return std::tie(a.title, a.uid) < std::tie(b.title, b.uid);
        });
        const QHash<Uid, QString> colors = PersonaPalette::colorsOf(doc->workspace());
        for (const Persona &p : std::as_const(list)) {
            QVariantMap persona = option(p.uid, p.title);
            persona.insert(QStringLiteral("color"), colors.value(p.uid));
            result.append(persona);
        }
    }
    return result;
}

QVariantList ArchitectureView::stages() const
{
    QVariantList result;
    if (const Document *doc = document(); doc && !m_filter.journey.isNull()) {
        for (const Stage &s : doc->workspace().stagesOf(m_filter.journey))
            result.append(option(s.uid, s.title));
    }
    return result;
}

QVariantList ArchitectureView::layers() const
{
    QVariantList result;
    for (const ArchitectureLayout::Layer &layer : m_layout.layers) {
        result.append(QVariantMap{{QStringLiteral("label"), layerLabel(layer.kind)},
                                  {QStringLiteral("kind"), name(layer.kind)},
                                  {QStringLiteral("y"), layer.band.y()},
                                  {QStringLiteral("height"), layer.band.height()},
                                  {QStringLiteral("width"), layer.band.width()}});
    }
    return result;
}

QString ArchitectureView::summary() const
{
    int moments = 0, elements = 0, metrics = 0, insights = 0, opportunities = 0;
    for (const ArchitectureLayout::Box &box : m_layout.boxes) {
        switch (box.kind) {
        case NodeKind::Moment: ++moments; break;
        case NodeKind::Metric: ++metrics; break;
        case NodeKind::Insight: ++insights; break;
        case NodeKind::Opportunity: ++opportunities; break;
        default: ++elements; break;
        }
    }
    QStringList parts{tr("%n moment(s)", nullptr, moments), tr("%n element(s)", nullptr, elements),
                      tr("%n metric(s)", nullptr, metrics)};
    if (insights > 0)
        parts.append(tr("%n insight(s)", nullptr, insights));
    if (opportunities > 0)
        parts.append(tr("%n opportunity(s)", nullptr, opportunities));
    parts.append(tr("%n link(s)", nullptr, int(m_layout.edges.size())));
    return parts.join(QStringLiteral(" · "));
}

void ArchitectureView::select(const QString &uid)
{
    const Uid chosen = uid.isEmpty() ? Uid() : uidFromText(uid);
    if (chosen == m_selected && (chosen.isNull() || !m_chain.isEmpty()))
        return;
    m_selected = m_layout.boxIndex.contains(chosen) ? chosen : Uid();
    m_chain = m_layout.chainOf(m_selected);
    syncBoxes();
    Q_EMIT selectionChanged();
}

QStringList ArchitectureView::elementKinds() const
{
    QStringList kinds;
    for (const NodeKind kind : {NodeKind::Story, NodeKind::Experience, NodeKind::Service, NodeKind::Process,
                                NodeKind::System, NodeKind::Data})
        kinds.append(name(kind));
    return kinds;
}

QStringList ArchitectureView::metricKinds() const { return allNames<MetricKind>(); }
QStringList ArchitectureView::insightSources() const { return allNames<InsightSource>(); }
QStringList ArchitectureView::metricLevels() const { return allNames<MetricLevel>(); }

void ArchitectureView::rebuild()
{
    const Document *doc = document();
    m_facts.reset(doc ? &doc->workspace() : nullptr, Granularity::Month);
    m_layout = doc ? ArchitectureLayout::compute(doc->workspace(), m_filter) : ArchitectureLayout();
    if (!m_layout.boxIndex.contains(m_selected))
        m_selected = {};
    m_chain = m_layout.chainOf(m_selected);
    syncBoxes();
    Q_EMIT layoutChanged();
    Q_EMIT selectionChanged();
}

void ArchitectureView::syncBoxes()
{
    QList<BoxRow> rows;
    if (const Document *doc = document()) {
        const Workspace &w = doc->workspace();
        rows.reserve(m_layout.boxes.size());
        for (const ArchitectureLayout::Box &box : m_layout.boxes) {
            BoxRow row{box.uid, box.rect, name(box.kind), {}, {}, false, m_chain.contains(box.uid), box.uid == m_selected, {}, {}};
            if (box.kind == NodeKind::Moment) {
                const Moment &m = w.moments[box.uid];
                row.title = m.title;
                row.mattersMost = m.mattersMost;
                row.detail = w.stages.value(m.stage).title;
                if (m_filter.journey.isNull())
                    row.detail = w.journeys.value(m.journey).title + QStringLiteral(" · ") + row.detail;
            } else if (box.kind == NodeKind::Metric) {
                const Metric &m = w.metrics[box.uid];
                row.title = m.title;
                row.detail = label(m.kind) + QStringLiteral(" · ") + label(m.level);
                const MetricStatus status = m_facts.facts(m.uid).status;
                row.status = name(status);
                row.statusLabel = label(status);
            } else if (box.kind == NodeKind::Insight) {
                const Insight &i = w.insights[box.uid];
                row.title = i.title;
                row.detail = i.source.isEmpty() ? tr("Insight") : tr("Insight · %1").arg(i.source);
                if (i.date.isValid())
                    row.detail += QStringLiteral(" · ") + QLocale().toString(i.date, QLocale::ShortFormat);
            } else if (box.kind == NodeKind::Opportunity) {
                const Opportunity &o = w.opportunities[box.uid];
                row.title = o.title;
                row.detail = tr("Opportunity · impact %1 · effort %2").arg(o.impact).arg(o.effort);
            } else {
                const Element &e = w.elements[box.uid];
                row.title = e.title;
                row.detail = e.owner.isEmpty() ? tr("No owner") : e.owner;
            }
            rows.append(row);
        }
    }
    m_boxes.sync(rows);
}

QVariantMap ArchitectureView::item(const QString &uid) const
{
    const Document *doc = document();
    if (!doc)
        return {};
    const Workspace &w = doc->workspace();
    const Uid id = uidFromText(uid);
    if (const auto e = w.elements.constFind(id); e != w.elements.cend()) {
        return {{QStringLiteral("uid"), uid}, {QStringLiteral("kind"), name(e->kind)},
                {QStringLiteral("kindLabel"), layerLabel(e->kind)}, {QStringLiteral("title"), e->title},
                {QStringLiteral("owner"), e->owner}, {QStringLiteral("notes"), e->notes}};
    }
    if (const auto m = w.moments.constFind(id); m != w.moments.cend()) {
        return {{QStringLiteral("uid"), uid}, {QStringLiteral("kind"), name(NodeKind::Moment)},
                {QStringLiteral("kindLabel"), tr("Moment, in %1").arg(w.stages.value(m->stage).title)},
                {QStringLiteral("title"), m->title}};
    }
    if (const auto i = w.insights.constFind(id); i != w.insights.cend()) {
        return {{QStringLiteral("uid"), uid}, {QStringLiteral("kind"), name(NodeKind::Insight)},
                {QStringLiteral("kindLabel"), layerLabel(NodeKind::Insight)}, {QStringLiteral("title"), i->title},
                {QStringLiteral("notes"), i->notes}, {QStringLiteral("source"), i->source},
                {QStringLiteral("sourceKind"), name(i->sourceKind)},
                {QStringLiteral("date"), i->date.isValid() ? i->date.toString(Qt::ISODate) : QString()}};
    }
    if (const auto o = w.opportunities.constFind(id); o != w.opportunities.cend()) {
        return {{QStringLiteral("uid"), uid}, {QStringLiteral("kind"), name(NodeKind::Opportunity)},
                {QStringLiteral("kindLabel"), layerLabel(NodeKind::Opportunity)}, {QStringLiteral("title"), o->title},
                {QStringLiteral("notes"), o->notes}, {QStringLiteral("impact"), o->impact},
                {QStringLiteral("effort"), o->effort}};
    }
    if (const auto m = w.metrics.constFind(id); m != w.metrics.cend()) {
        return {{QStringLiteral("uid"), uid}, {QStringLiteral("kind"), name(NodeKind::Metric)},
                {QStringLiteral("kindLabel"), layerLabel(NodeKind::Metric)}, {QStringLiteral("title"), m->title},
                {QStringLiteral("owner"), m->owner}, {QStringLiteral("notes"), m->notes},
                {QStringLiteral("metricKind"), name(m->kind)}, {QStringLiteral("level"), name(m->level)},
                {QStringLiteral("unit"), m->unit},
                {QStringLiteral("target"), m->target ? QVariant(*m->target) : QVariant()},
                {QStringLiteral("direction"), name(m->direction)}};
    }
    return {};
}

QString ArchitectureView::boxAt(qreal x, qreal y) const
{
    return text(m_layout.boxAt(QPointF(x, y)));
}

QRectF ArchitectureView::rectOf(const QString &uid) const
{
    return m_layout.rectOf(uidFromText(uid)).value_or(QRectF());
}

QString ArchitectureView::addElement(const QString &kind)
{
    Document *doc = document();
    const auto k = fromName<NodeKind>(kind);
    if (!doc || !k || !isElementKind(*k))
        return {};
    Element e;
    e.uid = newUid();
    e.kind = *k;
    e.title = newTitle(*k);
    if (!doc->add(e))
        return {};
    select(uidText(e.uid));
    return uidText(e.uid);
}

QString ArchitectureView::addMetric()
{
    Document *doc = document();
    if (!doc)
        return {};
    Metric m;
    m.uid = newUid();
    m.title = tr("New metric");
    if (!doc->add(m))
        return {};
    select(uidText(m.uid));
    return uidText(m.uid);
}

QString ArchitectureView::addInsight()
{
    Document *doc = document();
    if (!doc)
        return {};
    Insight i;
    i.uid = newUid();
    i.title = tr("New insight");
    i.date = QDate::currentDate();
    if (!doc->add(i))
        return {};
    select(uidText(i.uid));
    return uidText(i.uid);
}

QString ArchitectureView::addOpportunity()
{
    Document *doc = document();
    if (!doc)
        return {};
    Opportunity o;
    o.uid = newUid();
    o.title = tr("New opportunity");
    if (!doc->add(o))
        return {};
    select(uidText(o.uid));
    return uidText(o.uid);
}

bool ArchitectureView::setField(const QString &uid, const QString &field, const QVariant &value)
{
    Document *doc = document();
    if (!doc)
        return false;
    const auto node = doc->workspace().node(uidFromText(uid));
    if (!node)
        return false;
    Node changed = *node;
    bool known = true;
    const QString key = QStringLiteral("architecture:%1:%2").arg(uid, field); // typing merges
    if (auto *e = std::get_if<Element>(&changed)) {
        // Not trimmed here: this runs on each keystroke, and the field must keep a typed space.
        if (field == u"title") e->title = value.toString();
        else if (field == u"owner") e->owner = value.toString();
        else if (field == u"notes") e->notes = value.toString();
        else known = false;
    } else if (auto *m = std::get_if<Metric>(&changed)) {
        if (field == u"title") m->title = value.toString();
        else if (field == u"owner") m->owner = value.toString();
        else if (field == u"notes") m->notes = value.toString();
        else if (field == u"unit") m->unit = value.toString();
        else if (field == u"metricKind") m->kind = fromName<MetricKind>(value.toString()).value_or(m->kind);
        else if (field == u"level") m->level = fromName<MetricLevel>(value.toString()).value_or(m->level);
        else if (field == u"direction") m->direction = fromName<Direction>(value.toString()).value_or(m->direction);
        else if (field == u"target") {
            bool ok = false;
            const double target = value.toString().toDouble(&ok);
            m->target = ok ? std::optional<double>(target) : std::nullopt;
        } else known = false;
    } else if (auto *i = std::get_if<Insight>(&changed)) {
        if (field == u"title") i->title = value.toString();
        else if (field == u"notes") i->notes = value.toString();
        else if (field == u"source") i->source = value.toString();
        else if (field == u"sourceKind") i->sourceKind = fromName<InsightSource>(value.toString()).value_or(i->sourceKind);
        else if (field == u"date") i->date = QDate::fromString(value.toString(), Qt::ISODate);
        else known = false;
    } else if (auto *o = std::get_if<Opportunity>(&changed)) {
        // Out of range values are left to Rules, which refuses them with a message.
        if (field == u"title") o->title = value.toString();
        else if (field == u"notes") o->notes = value.toString();
        else if (field == u"impact") o->impact = value.toInt();
        else if (field == u"effort") o->effort = value.toInt();
        else known = false;
    } else {
        known = false;
    }
    if (!known)
        return false;
    if (changed == *node)
        return true;
    return doc->update(changed, key).ok();
}

bool ArchitectureView::removeSelected()
{
    Document *doc = document();
    if (!doc || m_selected.isNull() || doc->workspace().moments.contains(m_selected))
        return false; // moments are removed on the map, with their cell
    return doc->remove({m_selected}).ok();
}

bool ArchitectureView::link(const QString &a, const QString &b)
{
    return LinkEditor::link(document(), uidFromText(a), uidFromText(b));
}

bool ArchitectureView::unlink(const QString &a, const QString &b)
{
    return LinkEditor::unlink(document(), uidFromText(a), uidFromText(b));
}

QVariantList ArchitectureView::linksOf(const QString &uid) const
{
    const Document *doc = document();
    return doc ? LinkEditor::linksOf(doc->workspace(), uidFromText(uid)) : QVariantList();
}

QVariantList ArchitectureView::candidates(const QString &uid, const QString &text) const
{
    const Document *doc = document();
    return doc ? LinkEditor::candidates(doc->workspace(), uidFromText(uid), text) : QVariantList();
}

QVariantList ArchitectureView::gaps() const
{
    QVariantList result;
    const Document *doc = document();
    if (!doc)
        return result;
    const WorkspaceGraph graph(doc->workspace());
    for (const Gap &gap : GapAnalysis::of(graph).gaps) {
        result.append(QVariantMap{{QStringLiteral("kind"), GapAnalysis::name(gap.kind)},
                                  {QStringLiteral("heading"), GapAnalysis::heading(gap.kind)},
                                  {QStringLiteral("uid"), uidText(gap.uid)},
                                  {QStringLiteral("itemKind"), name(gap.itemKind)},
                                  {QStringLiteral("title"), gap.title},
                                  {QStringLiteral("message"), gap.message}});
    }
    return result;
}

QVariantList ArchitectureView::ranking() const
{
    QVariantList result;
    const Document *doc = document();
    if (!doc)
        return result;
    const WorkspaceGraph graph(doc->workspace());
    for (const RankedElement &r : ValueRanking::of(graph)) {
        result.append(QVariantMap{{QStringLiteral("uid"), uidText(r.uid)}, {QStringLiteral("kind"), name(r.kind)},
                                  {QStringLiteral("title"), r.title}, {QStringLiteral("value"), r.value},
                                  {QStringLiteral("moments"), r.moments},
                                  {QStringLiteral("momentsThatMatter"), r.momentsThatMatter},
                                  {QStringLiteral("betweenness"), r.betweenness}});
    }
    return result;
}

QVariantList ArchitectureView::opportunities() const
{
    QVariantList result;
    const Document *doc = document();
    if (!doc)
        return result;
    const WorkspaceGraph graph(doc->workspace());
    for (const RankedOpportunity &r : OpportunityRanking::of(graph)) {
        result.append(QVariantMap{{QStringLiteral("uid"), uidText(r.uid)}, {QStringLiteral("title"), r.title},
                                  {QStringLiteral("impact"), r.impact}, {QStringLiteral("effort"), r.effort},
                                  {QStringLiteral("value"), r.value}, {QStringLiteral("moments"), r.moments},
                                  {QStringLiteral("score"), r.score}});
    }
    return result;
}

QVariantMap ArchitectureView::impact(const QString &uid) const
{
    const Document *doc = document();
    if (!doc)
        return {};
    const WorkspaceGraph graph(doc->workspace());
    const ImpactReport report = ImpactAnalysis::of(graph, uidFromText(uid));
    const auto list = [](const QList<ImpactedItem> &items) {
        QVariantList out;
        for (const ImpactedItem &item : items) {
            out.append(QVariantMap{{QStringLiteral("uid"), uidText(item.uid)}, {QStringLiteral("title"), item.title},
                                   {QStringLiteral("message"), item.message},
                                   {QStringLiteral("mattersMost"), item.mattersMost}});
        }
        return out;
    };
    return {{QStringLiteral("summary"), report.summary()}, {QStringLiteral("moments"), list(report.moments)},
            {QStringLiteral("elements"), list(report.elements)}, {QStringLiteral("journeys"), list(report.journeys)},
            {QStringLiteral("personas"), list(report.personas)}, {QStringLiteral("metrics"), list(report.metrics)}};
}

void ArchitectureView::showAll()
{
    if (m_filter == ArchitectureFilter())
        return;
    m_filter = {};
    Q_EMIT filterChanged();
    rebuild();
}

} // namespace cx
