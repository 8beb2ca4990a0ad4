// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrictreemodel.h"

#include "metricfacts.h"
#include "metricvalue.h"

#include "graph/metrichierarchy.h"
#include "graph/workspacegraph.h"
#include "model/labels.h"
#include "model/workspace.h"

#include <algorithm>

namespace cx {

namespace {

// A hierarchy of many metrics shared by many parents could repeat without end; past this
// the tree stops going deeper (no real workspace comes near it).
constexpr qsizetype maxRows = 50000;

// What the tree is built from: for each metric the metrics it drives and those driving it.
struct Hierarchy {
    const Workspace &w;
    QHash<Uid, QList<Uid>> drivers; // ordered: level, then title
    QHash<Uid, QList<Uid>> drives;  // ordered by title
    QSet<Uid> inCycle;
    QSet<Uid> matching;
    bool filtered = false;
    QSet<Uid> shown;
    qsizetype count = 0;

    bool before(const Uid &a, const Uid &b) const
    {
        const Metric &ma = w.metrics[a], &mb = w.metrics[b];
        if (ma.level != mb.level)
            return ma.level < mb.level;
        const int byTitle = ma.title.localeAwareCompare(mb.title);
        return byTitle != 0 ? byTitle < 0 : a < b;
    }

    // The metric's row and, below it, those of what drives it; nothing when a filter is set
    // and neither it nor anything below it matches.
    bool add(const Uid &uid, const Uid &above, const QString &parentKey, QList<Uid> &path,
             QList<MetricTreeRow> &out)
    {
        MetricTreeRow row;
        row.key = parentKey + QLatin1Char('/') + uidText(uid);
        row.uid = uid;
        row.above = above;
        row.depth = int(path.size()) + 1;
        row.inCycle = inCycle.contains(uid);
        row.cycleRepeat = path.contains(uid);
        for (const Uid &other : drives.value(uid)) {
            if (other != above)
                row.alsoUnder.append(w.metrics[other].title);
        }
        QList<MetricTreeRow> below;
        if (!row.cycleRepeat && ++count < maxRows) {
            path.append(uid);
            for (const Uid &driver : drivers.value(uid))
                add(driver, uid, row.key, path, below);
            path.removeLast();
        }
        if (filtered && below.isEmpty() && !matching.contains(uid))
            return false;
        row.hasChildren = !below.isEmpty();
        shown.insert(uid);
        out.append(row);
        out.append(below);
        return true;
    }
};

} // namespace

int MetricTreeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MetricTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_workspace)
        return {};
    const MetricTreeRow &row = m_rows.at(index.row());
    switch (role) {
    case KeyRole: return row.key;
    case UidRole: return row.uid.isNull() ? QString() : uidText(row.uid);
    case IsGroupRole: return row.uid.isNull();
    case DepthRole: return row.depth;
    case HasChildrenRole: return row.hasChildren;
    case ExpandedRole: return row.expanded;
    case InCycleRole: return row.inCycle;
    case CycleRepeatRole: return row.cycleRepeat;
    case MatchesRole: return !m_filtered || m_matching.contains(row.uid);
    case AlsoUnderRole:
        return row.alsoUnder.isEmpty() ? QString() : tr("also under %1").arg(row.alsoUnder.join(QStringLiteral(", ")));
    default: break;
    }
    if (row.uid.isNull())
        return role == TitleRole || role == Qt::DisplayRole ? QVariant(row.heading) : QVariant();
    const auto metric = m_workspace->metrics.constFind(row.uid);
    if (metric == m_workspace->metrics.cend())
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole: return metric->title;
    case LevelRole: return name(metric->level);
    case LevelLabelRole: return label(metric->level);
    case OwnerRole: return metric->owner;
    default: break;
    }
    const MetricSummary facts = m_facts->facts(row.uid);
    switch (role) {
    case LatestRole: return facts.latest ? metricValueText(facts.latest->value, metric->unit) : QString();
    case StatusRole: return name(facts.status);
    case StatusLabelRole: return label(facts.status);
    case TrendRole: return name(facts.trend);
    case TrendLabelRole: return MetricFactsCache::trendLabel(facts.trend);
    case TrendArrowRole: return MetricFactsCache::trendArrow(facts.trend);
    case CorrelationRole: {
        if (row.above.isNull())
            return QString();
        const auto c = m_facts->correlation(row.uid, row.above);
        return c ? MetricFactsCache::correlationText(*c, m_facts->granularity()) : QString();
    }
    default: return {};
    }
}

QHash<int, QByteArray> MetricTreeModel::roleNames() const
{
    return {{KeyRole, "key"}, {UidRole, "uid"}, {IsGroupRole, "isGroup"}, {DepthRole, "depth"},
            {TitleRole, "title"}, {LevelRole, "level"}, {LevelLabelRole, "levelLabel"}, {OwnerRole, "owner"},
            {LatestRole, "latest"}, {StatusRole, "status"}, {StatusLabelRole, "statusLabel"},
            {TrendRole, "trend"}, {TrendLabelRole, "trendLabel"}, {TrendArrowRole, "trendArrow"},
            {CorrelationRole, "correlation"}, {AlsoUnderRole, "alsoUnder"}, {InCycleRole, "inCycle"},
            {CycleRepeatRole, "cycleRepeat"}, {HasChildrenRole, "hasChildren"}, {ExpandedRole, "expanded"}, {MatchesRole, "matches"}};
}

void MetricTreeModel::rebuild(const Workspace *workspace, MetricFactsCache *facts, const MetricFilter &filter)
{
    m_workspace = workspace;
    m_facts = facts;
    m_filtered = filter.isActive();
    m_matching.clear();
    m_all.clear();
    if (!workspace) {
        show({});
        return;
    }
    const Workspace &w = *workspace;
    Hierarchy h{w, {}, {}, {}, {}, m_filtered, {}};
    for (const Link &l : w.links) {
        if (l.relation == Relation::Drives && w.metrics.contains(l.from) && w.metrics.contains(l.to)) {
            h.drivers[l.to].append(l.from);
            h.drives[l.from].append(l.to);
        }
    }
    const auto byOrder = [&h](const Uid &a, const Uid &b) { return h.before(a, b); };
    for (auto &list : h.drivers)
        std::sort(list.begin(), list.end(), byOrder);
    for (auto &list : h.drives)
        std::sort(list.begin(), list.end(), byOrder);
    if (!h.drives.isEmpty()) {
        // The cycles as `cxatlas check` finds them, on a graph of the metrics and their Drives
        // links alone: the whole workspace's graph (every moment and link) cost most of the
        // time to the view's first frame.
        Workspace metricsOnly;
        metricsOnly.metrics = w.metrics;
        for (const Link &l : w.links) {
            if (l.relation == Relation::Drives)
                metricsOnly.links.insert(l);
        }
        const MetricHierarchyReport report = MetricHierarchy::of(WorkspaceGraph(metricsOnly));
        for (const MetricCycle &cycle : report.cycles)
            h.inCycle.unite(QSet<Uid>(cycle.metrics.cbegin(), cycle.metrics.cend()));
    }

    // What the filter lets through.
    QSet<Uid> moments;
    if (!filter.journey.isNull() || !filter.persona.isNull()) {
        QSet<Uid> journeys;
        for (const Link &l : w.links) {
            if (l.relation == Relation::Follows && l.from == filter.persona)
                journeys.insert(l.to);
        }
        for (const Moment &m : w.moments) {
            const bool inJourney = filter.journey.isNull() || m.journey == filter.journey;
            const bool followed = filter.persona.isNull() || journeys.contains(m.journey);
            if (inJourney && followed)
                moments.insert(m.uid);
        }
    }
    QSet<Uid> measuring;
    if (!filter.journey.isNull() || !filter.persona.isNull()) {
        for (const Link &l : w.links) {
            if (l.relation == Relation::Measures && moments.contains(l.to))
                measuring.insert(l.from);
        }
    }
    const QString search = filter.search.trimmed();
    for (const Metric &m : w.metrics) {
        if ((!filter.journey.isNull() || !filter.persona.isNull()) && !measuring.contains(m.uid))
            continue;
        if (!filter.owner.isEmpty() && m.owner != filter.owner)
            continue;
        if (!search.isEmpty() && !m.title.contains(search, Qt::CaseInsensitive)
            && !m.owner.contains(search, Qt::CaseInsensitive))
            continue;
        if (!filter.status.isEmpty() && name(facts->facts(m.uid).status) != filter.status)
            continue;
        m_matching.insert(m.uid);
    }
    h.matching = m_matching;

    QList<Uid> strategic, loose;
    for (const Metric &m : w.metrics) {
        if (m.level == MetricLevel::Strategic)
            strategic.append(m.uid);
        else if (!h.drives.contains(m.uid))
            loose.append(m.uid);
    }
    std::sort(strategic.begin(), strategic.end(), byOrder);
    std::sort(loose.begin(), loose.end(), byOrder);
    const auto group = [&](const QString &key, const QString &heading, const QList<Uid> &roots, bool once) {
        QList<MetricTreeRow> rows;
        QList<Uid> path;
        for (const Uid &uid : roots) {
            if (!once || !h.shown.contains(uid))
                h.add(uid, {}, key, path, rows);
        }
        if (rows.isEmpty())
            return;
        MetricTreeRow head;
        head.key = key;
        head.heading = heading;
        head.hasChildren = true;
        m_all.append(head);
        m_all.append(rows);
    };
    group(QStringLiteral("goals"), tr("Strategic goals"), strategic, false);
    // Metrics in a cycle that leads to no goal are reached from no root: they go here too.
    QList<Uid> unreached;
    for (const Metric &m : w.metrics) {
        if (!h.shown.contains(m.uid) && m.level != MetricLevel::Strategic && h.drives.contains(m.uid))
            unreached.append(m.uid);
    }
    std::sort(unreached.begin(), unreached.end(), byOrder);
    group(QStringLiteral("loose"), tr("Not driving a strategic goal"), loose + unreached, true);
    show(visibleRows());
}

QList<MetricTreeRow> MetricTreeModel::visibleRows() const
{
    QList<MetricTreeRow> rows;
    int hideBelow = -1; // rows deeper than this are under a collapsed one
    for (MetricTreeRow row : m_all) {
        if (hideBelow >= 0 && row.depth > hideBelow)
            continue;
        hideBelow = -1;
        row.expanded = m_filtered || !m_collapsed.contains(row.key);
        if (row.hasChildren && !row.expanded)
            hideBelow = row.depth;
        rows.append(row);
    }
    return rows;
}

void MetricTreeModel::show(QList<MetricTreeRow> rows)
{
    const bool sameKeys = rows.size() == m_rows.size()
                          && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                                        [](const auto &a, const auto &b) { return a.key == b.key; });
    if (sameKeys) {
        m_rows = std::move(rows);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int MetricTreeModel::rowOf(const QString &key) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].key == key)
            return int(i);
    }
    return -1;
}

bool MetricTreeModel::setExpanded(const QString &key, bool expanded)
{
    const int row = rowOf(key);
    if (row < 0 || !m_rows[row].hasChildren || m_filtered || m_rows[row].expanded == expanded)
        return false;
    if (expanded)
        m_collapsed.remove(key);
    else
        m_collapsed.insert(key);
    // Only the rows below it come or go.
    const QList<MetricTreeRow> fresh = visibleRows();
    const int depth = m_rows[row].depth;
    int end = row + 1;
    while (end < m_rows.size() && m_rows[end].depth > depth)
        ++end;
    int freshEnd = row + 1;
    while (freshEnd < fresh.size() && fresh[freshEnd].depth > depth)
        ++freshEnd;
    m_rows[row].expanded = expanded;
    Q_EMIT dataChanged(index(row), index(row), {ExpandedRole});
    if (expanded && freshEnd > row + 1) {
        beginInsertRows({}, row + 1, freshEnd - 1);
        m_rows = fresh;
        endInsertRows();
    } else if (!expanded && end > row + 1) {
        beginRemoveRows({}, row + 1, end - 1);
        m_rows = fresh;
        endRemoveRows();
    } else {
        m_rows = fresh;
    }
    return true;
}

} // namespace cx
