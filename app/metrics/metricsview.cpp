// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricsview.h"

#include "metricvalue.h"

#include "document/document.h"
#include "model/labels.h"

#include <QDateTime>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace cx {

namespace {

QVariantMap option(const QString &value, const QString &label)
{
    return {{QStringLiteral("value"), value}, {QStringLiteral("label"), label}};
}

QString levelLabel(MetricLevel level)
{
    switch (level) {
    case MetricLevel::Strategic: return MetricsView::tr("Strategic");
    case MetricLevel::Operational: return MetricsView::tr("Operational");
    case MetricLevel::Tactical: break;
    }
    return MetricsView::tr("Tactical");
}

QString directionLabel(Direction direction)
{
    return direction == Direction::HigherIsBetter ? MetricsView::tr("Higher is better")
                                                  : MetricsView::tr("Lower is better");
}

QString elementKindLabel(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Moment: return MetricsView::tr("Moment");
    case NodeKind::Story: return MetricsView::tr("Story");
    case NodeKind::Experience: return MetricsView::tr("Experience");
    case NodeKind::Service: return MetricsView::tr("Service");
    case NodeKind::System: return MetricsView::tr("System");
    case NodeKind::Process: return MetricsView::tr("Process");
    default: return MetricsView::tr("Data");
    }
}

// How the value of each period is made, in words. The responses' scale decides the rule (as
// MetricSeries applies it), whatever kind the metric says it is.
QString computation(const Workspace &w, const Metric &m, const MetricSummary &facts, Granularity granularity)
{
    const QString period = label(granularity);
    const QList<ResponseBatch> batches = w.batchesOf(m.uid);
    if (const qint64 responses = MetricFactsCache::responses(facts); responses > 0 && !batches.isEmpty()) {
        const QString n = QLocale().toString(responses);
        QString text;
        switch (batches.constFirst().scale) {
        case ResponseScale::Nps:
            text = MetricsView::tr("NPS: % promoters (9–10) − % detractors (0–6) per %1, from %2 responses").arg(period, n);
            break;
        case ResponseScale::Csat:
            text = MetricsView::tr("CSAT: share of answers 4–5 on 1–5 per %1, from %2 responses").arg(period, n);
            break;
        case ResponseScale::Ces5:
        case ResponseScale::Ces7:
            text = MetricsView::tr("CES: mean effort per %1, from %2 responses").arg(period, n);
            break;
        case ResponseScale::Custom:
            text = MetricsView::tr("mean of the responses in each %1, from %2 responses").arg(period, n);
            break;
        }
        if (!m.measurements.isEmpty())
            text += MetricsView::tr("; a %1 without responses takes the mean of its measurements").arg(period);
        return text;
    }
    if (m.measurements.isEmpty())
        return MetricsView::tr("no measurements yet: add them below or paste them from a spreadsheet");
    return MetricsView::tr("mean of the measurements in each %1, from %n measurement(s)", nullptr,
                           int(m.measurements.size())).arg(period);
}

qint64 msOf(const QDate &date)
{
    return date.startOfDay(Qt::UTC).toMSecsSinceEpoch();
}

} // namespace

MetricsView::MetricsView(QObject *parent)
    : QObject(parent)
    , m_follower(this, [this] { documentChanged(); }, [this] { documentReplaced(); })
    , m_tree(this)
    , m_measurements(this)
{
}

void MetricsView::setWorkspace(WorkspaceController *workspace)
{
    // The follower calls documentReplaced() itself.
    if (m_follower.setWorkspace(workspace))
        Q_EMIT workspaceChanged();
}

void MetricsView::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    Q_EMIT activeChanged();
    if (m_active && m_stale)
        refresh();
}

void MetricsView::documentReplaced()
{
    m_filter = {};
    m_selectedKey.clear();
    m_selected = {};
    m_measurements.setMetric(nullptr, {});
    m_stale = true;
    if (m_active)
        refresh();
    Q_EMIT filterChanged();
    Q_EMIT selectionChanged();
}

void MetricsView::documentChanged()
{
    m_stale = true;
    if (m_active)
        refresh();
}

// Everything computed from the workspace, once per change: the facts are recomputed lazily
// as rows and the selected metric ask for them.
void MetricsView::retranslate()
{
    refresh();
    m_measurements.retranslate();
}

void MetricsView::refresh()
{
    m_stale = false;
    const Document *doc = document();
    m_facts.reset(doc ? &doc->workspace() : nullptr, m_facts.granularity());
    m_tree.rebuild(doc ? &doc->workspace() : nullptr, &m_facts, m_filter);
    if (!m_selected.isNull() && !currentMetric()) {
        m_selected = {};
        m_selectedKey.clear();
        Q_EMIT selectionChanged();
    } else if (!m_selectedKey.isEmpty() && m_tree.rowOf(m_selectedKey) < 0) {
        // The row went (a link changed): the metric stays selected, under its first row.
        for (const MetricTreeRow &row : m_tree.rows()) {
            if (row.uid == m_selected) {
                m_selectedKey = row.key;
                break;
            }
        }
        Q_EMIT selectionChanged();
    }
    m_measurements.setMetric(document(), m_selected);
    m_measurements.reload();
    Q_EMIT contentChanged();
    metricUpdated();
}

QString MetricsView::journey() const { return m_filter.journey.isNull() ? QString() : uidText(m_filter.journey); }
QString MetricsView::persona() const { return m_filter.persona.isNull() ? QString() : uidText(m_filter.persona); }

void MetricsView::setFilter(const MetricFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    if (m_active)
        m_tree.rebuild(document() ? &document()->workspace() : nullptr, &m_facts, m_filter);
    else
        m_stale = true;
    Q_EMIT filterChanged();
    Q_EMIT contentChanged();
}

void MetricsView::setJourney(const QString &uid)
{
    MetricFilter f = m_filter;
    f.journey = uidFromText(uid);
    setFilter(f);
}

void MetricsView::setPersona(const QString &uid)
{
    MetricFilter f = m_filter;
    f.persona = uidFromText(uid);
    setFilter(f);
}

void MetricsView::setOwner(const QString &owner)
{
    MetricFilter f = m_filter;
    f.owner = owner;
    setFilter(f);
}

void MetricsView::setStatus(const QString &status)
{
    MetricFilter f = m_filter;
    f.status = status;
    setFilter(f);
}

void MetricsView::setSearch(const QString &text)
{
    MetricFilter f = m_filter;
    f.search = text;
    setFilter(f);
}

void MetricsView::clearFilters()
{
    setFilter({});
}

QVariantList MetricsView::journeys() const
{
    QVariantList result;
    if (const Document *doc = document()) {
        QList<Journey> list = doc->workspace().journeys.values();
        std::sort(list.begin(), list.end(), [](const Journey &a, const Journey &b) {
            return a.title.localeAwareCompare(b.title) < 0;
        });
        for (const Journey &j : std::as_const(list))
            result.append(option(uidText(j.uid), j.title));
    }
    return result;
}

QVariantList MetricsView::personas() const
{
    QVariantList result;
    if (const Document *doc = document()) {
        QList<Persona> list = doc->workspace().personas.values();
        std::sort(list.begin(), list.end(), [](const Persona &a, const Persona &b) {
            return a.title.localeAwareCompare(b.title) < 0;
        });
        for (const Persona &p : std::as_const(list))
            result.append(option(uidText(p.uid), p.title));
    }
    return result;
}

QStringList MetricsView::owners() const
{
    QStringList result;
    if (const Document *doc = document()) {
        for (const Metric &m : doc->workspace().metrics) {
            if (!m.owner.isEmpty() && !result.contains(m.owner))
                result.append(m.owner);
        }
    }
    std::sort(result.begin(), result.end(), [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    return result;
}

QVariantList MetricsView::statuses() const
{
    QVariantList result;
    for (MetricStatus s : {MetricStatus::OffTrack, MetricStatus::AtRisk, MetricStatus::OnTrack, MetricStatus::NoTarget,
                           MetricStatus::NoData})
        result.append(option(name(s), label(s)));
    return result;
}

QVariantList MetricsView::kinds() const
{
    QVariantList result;
    for (MetricKind k : {MetricKind::Nps, MetricKind::Ces, MetricKind::Csat, MetricKind::Cltv,
                         MetricKind::Retention, MetricKind::SocialValue, MetricKind::Custom})
        result.append(option(name(k), label(k)));
    return result;
}

QVariantList MetricsView::directions() const
{
    return {option(name(Direction::HigherIsBetter), directionLabel(Direction::HigherIsBetter)),
            option(name(Direction::LowerIsBetter), directionLabel(Direction::LowerIsBetter))};
}

QString MetricsView::summary() const
{
    const Document *doc = document();
    const int all = doc ? int(doc->workspace().metrics.size()) : 0;
    if (!m_filter.isActive())
        return tr("%n metric(s)", nullptr, all);
    return tr("Matching: %1 of %n metric(s)", nullptr, all).arg(m_tree.matching().size());
}

void MetricsView::selectKey(const QString &key)
{
    const int row = m_tree.rowOf(key);
    const Uid uid = row >= 0 ? m_tree.rows().at(row).uid : Uid();
    if (key == m_selectedKey || (row >= 0 && uid.isNull()))
        return;
    m_selectedKey = row >= 0 ? key : QString();
    const bool other = uid != m_selected;
    m_selected = uid;
    if (other)
        m_measurements.setMetric(document(), m_selected);
    Q_EMIT selectionChanged();
    if (other)
        metricUpdated();
}

bool MetricsView::selectMetric(const QString &uid)
{
    const Uid id = uidFromText(uid);
    for (const MetricTreeRow &row : m_tree.rows()) {
        if (!id.isNull() && row.uid == id) {
            selectKey(row.key);
            return true;
        }
    }
    return false;
}

bool MetricsView::selectRow(int row)
{
    if (row < 0 || row >= m_tree.rows().size() || m_tree.rows().at(row).uid.isNull())
        return false;
    selectKey(m_tree.rows().at(row).key);
    return true;
}

int MetricsView::parentRow(int row) const
{
    const QList<MetricTreeRow> &rows = m_tree.rows();
    if (row < 0 || row >= rows.size())
        return -1;
    for (int i = row - 1; i >= 0; --i) {
        if (rows[i].depth < rows[row].depth)
            return i;
    }
    return -1;
}

QString MetricsView::selected() const
{
    return m_selected.isNull() ? QString() : uidText(m_selected);
}

bool MetricsView::setExpanded(const QString &key, bool expanded)
{
    return m_tree.setExpanded(key, expanded);
}

const Metric *MetricsView::currentMetric() const
{
    const Document *doc = document();
    if (!doc || m_selected.isNull())
        return nullptr;
    const auto it = doc->workspace().metrics.constFind(m_selected);
    return it == doc->workspace().metrics.cend() ? nullptr : &*it;
}

void MetricsView::metricUpdated()
{
    m_metricCache.reset();
    m_measuredCache.reset();
    m_seriesCache.reset();
    m_rangeCache.reset();
    Q_EMIT metricChanged();
}

// The selected metric's properties are read by many bindings; each is made once per change.
QVariantMap MetricsView::metric() const
{
    if (!m_metricCache)
        m_metricCache = makeMetric();
    return *m_metricCache;
}

QVariantList MetricsView::measured() const
{
    if (!m_measuredCache)
        m_measuredCache = makeMeasured();
    return *m_measuredCache;
}

QVariantList MetricsView::series() const
{
    if (!m_seriesCache)
        m_seriesCache = makeSeries();
    return *m_seriesCache;
}

QVariantMap MetricsView::chartRange() const
{
    if (!m_rangeCache)
        m_rangeCache = makeChartRange();
    return *m_rangeCache;
}

QVariantMap MetricsView::makeMetric() const
{
    const Metric *m = currentMetric();
    if (!m)
        return {};
    const MetricSummary facts = m_facts.facts(m->uid);
    const std::optional<PeriodValue> &latest = facts.latest;
    return {{QStringLiteral("uid"), uidText(m->uid)},
            {QStringLiteral("title"), m->title},
            {QStringLiteral("kind"), name(m->kind)},
            {QStringLiteral("kindLabel"), label(m->kind)},
            {QStringLiteral("level"), name(m->level)},
            {QStringLiteral("levelLabel"), levelLabel(m->level)},
            {QStringLiteral("unit"), m->unit},
            {QStringLiteral("target"), m->target ? QLocale().toString(*m->target, 'g', 12) : QString()},
            {QStringLiteral("targetText"), m->target ? metricValueText(*m->target, m->unit) : QString()},
            {QStringLiteral("hasTarget"), m->target.has_value()},
            {QStringLiteral("targetValue"), m->target.value_or(0)},
            {QStringLiteral("direction"), name(m->direction)},
            {QStringLiteral("directionLabel"), directionLabel(m->direction)},
            {QStringLiteral("owner"), m->owner},
            {QStringLiteral("notes"), m->notes},
            {QStringLiteral("status"), name(facts.status)},
            {QStringLiteral("statusLabel"), label(facts.status)},
            {QStringLiteral("trend"), name(facts.trend)},
            {QStringLiteral("trendLabel"), MetricFactsCache::trendLabel(facts.trend)},
            {QStringLiteral("trendArrow"), MetricFactsCache::trendArrow(facts.trend)},
            {QStringLiteral("latest"), latest ? metricValueText(latest->value, m->unit) : QString()},
            {QStringLiteral("latestPeriod"), latest ? latest->period.name() : QString()},
            {QStringLiteral("computation"), computation(document()->workspace(), *m, facts, m_facts.granularity())},
            {QStringLiteral("smallSamples"), std::any_of(facts.periods.cbegin(), facts.periods.cend(),
                                                         [](const PeriodValue &p) { return p.smallSample; })}};
}

QVariantList MetricsView::makeMeasured() const
{
    QVariantList result;
    const Metric *m = currentMetric();
    if (!m)
        return result;
    const Workspace &w = document()->workspace();
    for (const Link &l : w.links) {
        if (l.from != m->uid || l.relation != Relation::Measures)
            continue;
        const auto node = w.node(l.to);
        if (!node)
            continue;
        QVariantMap item{{QStringLiteral("uid"), uidText(l.to)},
                         {QStringLiteral("kind"), name(kindOf(*node))},
                         {QStringLiteral("kindLabel"), elementKindLabel(kindOf(*node))},
                         {QStringLiteral("title"), titleOf(*node)}};
        if (const auto *moment = std::get_if<Moment>(&*node)) {
            item.insert(QStringLiteral("journey"), uidText(moment->journey));
            item.insert(QStringLiteral("where"), tr("%1, %2").arg(w.journeys.value(moment->journey).title,
                                                                w.stages.value(moment->stage).title));
        }
        result.append(item);
    }
    std::sort(result.begin(), result.end(), [](const QVariant &a, const QVariant &b) {
        const QVariantMap x = a.toMap(), y = b.toMap();
        if (x.value(QStringLiteral("kind")) != y.value(QStringLiteral("kind")))
            return x.value(QStringLiteral("kind")).toString() == u"moment";
        return x.value(QStringLiteral("title")).toString().localeAwareCompare(y.value(QStringLiteral("title")).toString()) < 0;
    });
    return result;
}

QString MetricsView::periodSize() const
{
    return name(m_facts.granularity());
}

void MetricsView::setPeriodSize(const QString &size)
{
    const Granularity s = granularityFromName(size).value_or(Granularity::Month);
    if (s == m_facts.granularity())
        return;
    const Document *doc = document();
    m_facts.reset(doc ? &doc->workspace() : nullptr, s);
    Q_EMIT periodSizeChanged();
    // Status, trend and correlations depend on the periods too.
    m_tree.rebuild(doc ? &doc->workspace() : nullptr, &m_facts, m_filter);
    metricUpdated();
}

QVariantList MetricsView::makeSeries() const
{
    QVariantList result;
    if (!currentMetric())
        return result;
    const MetricSummary facts = m_facts.facts(m_selected);
    result.reserve(facts.periods.size());
    for (const PeriodValue &p : facts.periods) {
        // Each period is drawn at its middle.
        const qint64 t = (msOf(p.period.first()) + msOf(p.period.last().addDays(1))) / 2;
        QVariantMap point{{QStringLiteral("time"), double(t)}, {QStringLiteral("value"), p.value},
                          {QStringLiteral("period"), p.period.name()}, {QStringLiteral("n"), p.n},
                          {QStringLiteral("small"), p.smallSample}, {QStringLiteral("fromResponses"), p.fromResponses}};
        if (p.low && p.high) {
            point.insert(QStringLiteral("low"), *p.low);
            point.insert(QStringLiteral("high"), *p.high);
        }
        result.append(point);
    }
    return result;
}

QVariantMap MetricsView::makeChartRange() const
{
    const Metric *m = currentMetric();
    if (!m)
        return {};
    const MetricSummary facts = m_facts.facts(m_selected);
    if (facts.periods.isEmpty())
        return {};
    double low = facts.periods.constFirst().value, high = low;
    bool band = false;
    for (const PeriodValue &p : facts.periods) {
        low = std::min({low, p.value, p.low.value_or(p.value)});
        high = std::max({high, p.value, p.high.value_or(p.value)});
        band = band || (p.low && p.high);
    }
    if (m->target) {
        low = std::min(low, *m->target);
        high = std::max(high, *m->target);
    }
    const double pad = high > low ? (high - low) * 0.12 : std::max(std::abs(high) * 0.1, 1.0);
    // The time axis's ticks (evenly spaced: Qt Charts has no calendar ticks) fall on the
    // periods' middles, where the points are: every k-th period, with one period to spare at
    // each end, so that a label never names the month before the point's.
    const auto middle = [](const PeriodValue &p) { return (msOf(p.period.first()) + msOf(p.period.last().addDays(1))) / 2; };
    const qsizetype n = facts.periods.size();
    const double period = n >= 2 ? double(middle(facts.periods.constLast()) - middle(facts.periods.constFirst())) / double(n - 1)
                                 : double(msOf(facts.periods.constFirst().period.last().addDays(1))
                                          - msOf(facts.periods.constFirst().period.first()));
    const qsizetype k = std::max<qsizetype>(1, (n + 1 + 7) / 8);
    const qsizetype ticks = (n + 1 + k - 1) / k + 1;
    const double first = double(middle(facts.periods.constFirst())) - period;
    return {{QStringLiteral("minTime"), first}, {QStringLiteral("maxTime"), first + double(k * (ticks - 1)) * period},
            {QStringLiteral("tickCount"), int(ticks)},
            {QStringLiteral("minValue"), low - pad}, {QStringLiteral("maxValue"), high + pad},
            {QStringLiteral("band"), band}};
}

bool MetricsView::setField(const QString &field, const QVariant &value)
{
    const Metric *current = currentMetric();
    if (!current)
        return false;
    Metric m = *current;
    const QString text = value.toString();
    if (field == u"title") m.title = text;
    else if (field == u"unit") m.unit = text;
    else if (field == u"owner") m.owner = text;
    else if (field == u"notes") m.notes = text;
    else if (field == u"direction") m.direction = fromName<Direction>(text).value_or(m.direction);
    else if (field == u"kind") m.kind = fromName<MetricKind>(text).value_or(m.kind);
    else if (field == u"target") {
        if (text.trimmed().isEmpty()) {
            m.target = std::nullopt;
        } else {
            bool ok = false;
            double v = QLocale().toDouble(text.trimmed(), &ok);
            if (!ok)
                v = text.trimmed().toDouble(&ok);
            if (!ok)
                return false;
            m.target = v;
        }
    } else {
        return false;
    }
    if (m == *current)
        return true;
    return bool(document()->update(m, QStringLiteral("metrics:%1:%2").arg(uidText(m.uid), field)));
}

} // namespace cx
