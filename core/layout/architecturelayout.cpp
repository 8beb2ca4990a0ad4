// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "architecturelayout.h"

#include "graph/metrichierarchy.h"
#include "graph/workspacegraph.h"
#include "model/workspace.h"
#include "textlines.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/reverse_graph.hpp>

#include <QSet>
#include <algorithm>
#include <array>

namespace cx {

namespace {

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
// For the chains, which walk the links both ways.
using TwoWayGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;

// The element layers, top to bottom; the first three are frontstage.
constexpr std::array elementKinds{NodeKind::Story, NodeKind::Experience, NodeKind::Service,
                                  NodeKind::Process, NodeKind::System, NodeKind::Data};

bool frontstage(NodeKind kind)
{
    return kind == NodeKind::Story || kind == NodeKind::Experience || kind == NodeKind::Service;
}

// Records every vertex a breadth-first search reaches.
struct Reached : boost::default_bfs_visitor {
    QSet<qsizetype> *seen;
    template<typename Vertex, typename G> void discover_vertex(Vertex v, const G &) const { seen->insert(qsizetype(v)); }
};

// Everything reachable from starts over the given relations, starts included.
QSet<Uid> reachable(const Workspace &w, const QList<Uid> &starts, std::initializer_list<Relation> relations)
{
    QHash<Uid, qsizetype> index;
    QList<Uid> uids;
    const auto vertex = [&](const Uid &uid) {
        const auto it = index.constFind(uid);
        if (it != index.cend())
            return *it;
        index.insert(uid, uids.size());
        uids.append(uid);
        return uids.size() - 1;
    };
    QList<std::pair<qsizetype, qsizetype>> pairs;
    for (const Link &link : w.links) {
        if (std::find(relations.begin(), relations.end(), link.relation) != relations.end())
            pairs.append({vertex(link.from), vertex(link.to)});
    }
    for (const Uid &start : starts)
        vertex(start);
    Graph graph(std::size_t(uids.size()));
    for (const auto &[from, to] : pairs)
        boost::add_edge(std::size_t(from), std::size_t(to), graph);
    QSet<qsizetype> seen;
    std::vector<boost::default_color_type> colors(std::size_t(uids.size()), boost::white_color);
    const auto colorMap = boost::make_iterator_property_map(colors.begin(), boost::get(boost::vertex_index, graph));
    for (const Uid &start : starts) {
        if (colors[std::size_t(index.value(start))] == boost::white_color)
            boost::breadth_first_visit(graph, std::size_t(index.value(start)), boost::visitor(Reached{{}, &seen}).color_map(colorMap));
    }
    QSet<Uid> result;
    for (const qsizetype v : std::as_const(seen))
        result.insert(uids[v]);
    return result;
}

QList<Uid> shownMoments(const Workspace &w, const ArchitectureFilter &filter)
{
    QSet<Uid> followed;
    if (!filter.persona.isNull()) {
        for (const Link &link : w.links) {
            if (link.relation == Relation::Follows && link.from == filter.persona)
                followed.insert(link.to);
        }
    }
    QList<const Moment *> moments;
    for (const Moment &m : w.moments) {
        if ((!filter.journey.isNull() && m.journey != filter.journey)
            || (!filter.persona.isNull() && !followed.contains(m.journey))
            || (!filter.stage.isNull() && m.stage != filter.stage) || (filter.mattersOnly && !m.mattersMost))
            continue;
        moments.append(&m);
    }
    // Journey by title, then the map's reading order: stage, lane, position.
    const auto key = [&w](const Moment *m) {
        return std::make_tuple(w.journeys.value(m->journey).title, m->journey, w.stages.value(m->stage).position,
                               w.lanes.value(m->lane).position, m->position, m->uid);
    };
    std::sort(moments.begin(), moments.end(), [&](const Moment *a, const Moment *b) { return key(a) < key(b); });
    QList<Uid> result;
    for (const Moment *m : std::as_const(moments))
        result.append(m->uid);
    return result;
}

QString titleFor(const Workspace &w, const Uid &uid, NodeKind kind)
{
    switch (kind) {
    case NodeKind::Moment: return w.moments.value(uid).title;
    case NodeKind::Metric: return w.metrics.value(uid).title;
    case NodeKind::Insight: return w.insights.value(uid).title;
    case NodeKind::Opportunity: return w.opportunities.value(uid).title;
    default: return w.elements.value(uid).title;
    }
}

// The width a box gives its title: the kind's bar and margins, and room for the star.
double titleWidth(const ArchitectureMetrics &metrics, bool mattersMost)
{
    return metrics.boxWidth - 12 - (mattersMost ? 22 : 6);
}

} // namespace

ArchitectureLayout ArchitectureLayout::compute(const Workspace &w, const ArchitectureFilter &filter,
                                               const ArchitectureMetrics &metrics)
{
    ArchitectureLayout layout;
    layout.metrics = metrics;
    const bool everything = filter == ArchitectureFilter();

    // What to show: the moments the filter keeps, what they use and what that depends on, the
    // metrics measuring any of it with the metrics those drive, and whatever is linked to
    // nothing. Unfiltered, everything.
    const QList<Uid> moments = shownMoments(w, filter);
    QSet<Uid> shown = everything ? QSet<Uid>() : reachable(w, moments, {Relation::Uses, Relation::DependsOn});
    QSet<Uid> metricSet;
    if (everything) {
        for (const Element &e : w.elements)
            shown.insert(e.uid);
        for (const Metric &m : w.metrics)
            metricSet.insert(m.uid);
    } else {
        QList<Uid> measuring;
        for (const Link &link : w.links) {
            if (link.relation == Relation::Measures && (shown.contains(link.to) || moments.contains(link.to)))
                measuring.append(link.from);
        }
        metricSet = reachable(w, measuring, {Relation::Drives});
        // Elements and metrics linked to nothing belong to no journey: every view shows them,
        // so a new one can be seen and linked wherever the user is.
        QSet<Uid> linked;
        for (const Link &link : w.links) {
            linked.insert(link.from);
            linked.insert(link.to);
        }
        for (const Element &e : w.elements) {
            if (!linked.contains(e.uid))
                shown.insert(e.uid);
        }
        for (const Metric &m : w.metrics) {
            if (!linked.contains(m.uid))
                metricSet.insert(m.uid);
        }
    }

    // Insights and opportunities about the shown moments, and those about none yet.
    QSet<Uid> notes;
    {
        QSet<Uid> attached;
        const QSet<Uid> momentSet(moments.begin(), moments.end());
        for (const Link &link : w.links) {
            if (link.relation == Relation::Explains || link.relation == Relation::Improves) {
                attached.insert(link.from);
                if (everything || momentSet.contains(link.to))
                    notes.insert(link.from);
            }
        }
        for (const Insight &i : w.insights) {
            if (everything || !attached.contains(i.uid))
                notes.insert(i.uid);
        }
        for (const Opportunity &o : w.opportunities) {
            if (everything || !attached.contains(o.uid))
                notes.insert(o.uid);
        }
    }

    // Layers: the moments, then each element kind present.
    QList<QList<Uid>> rows;
    QList<NodeKind> rowKinds;
    if (!moments.isEmpty()) {
        rows.append(moments);
        rowKinds.append(NodeKind::Moment);
    }
    for (const NodeKind kind : elementKinds) {
        QList<Uid> row;
        for (const Element &e : w.elements) {
            if (e.kind == kind && shown.contains(e.uid))
                row.append(e.uid);
        }
        if (row.isEmpty())
            continue;
        std::sort(row.begin(), row.end(), [&w](const Uid &a, const Uid &b) {
            const int c = QString::compare(w.elements.value(a).title, w.elements.value(b).title, Qt::CaseInsensitive);
            return c != 0 ? c < 0 : a < b;
        });
        rows.append(row);
        rowKinds.append(kind);
    }

    // Boxes, placed row by row; x is recomputed as the ordering changes.
    const double pitch = metrics.boxWidth + metrics.gapX;
    QHash<Uid, int> rowOf;
    for (int r = 0; r < rows.size(); ++r) {
        for (const Uid &uid : rows[r])
            rowOf.insert(uid, r);
    }
    QHash<Uid, double> x;
    const auto place = [&](int r) {
        for (int i = 0; i < rows[r].size(); ++i)
            x[rows[r][i]] = metrics.labelWidth + i * pitch + metrics.boxWidth / 2;
    };
    for (int r = 0; r < rows.size(); ++r)
        place(r);
    QHash<Uid, QList<Uid>> neighbours;
    for (const Link &link : w.links) {
        if ((link.relation == Relation::Uses || link.relation == Relation::DependsOn) && rowOf.contains(link.from)
            && rowOf.contains(link.to) && rowOf[link.from] != rowOf[link.to]) {
            neighbours[link.from].append(link.to);
            neighbours[link.to].append(link.from);
        }
    }
    // Barycentre sweeps, down then up; the moments keep the journey's order.
    const auto sweep = [&](int r, bool fromAbove) {
        QHash<Uid, double> key;
        for (const Uid &uid : std::as_const(rows[r])) {
            double sum = 0;
            int count = 0;
            for (const Uid &n : neighbours.value(uid)) {
                if ((rowOf[n] < r) == fromAbove) {
                    sum += x[n];
                    ++count;
                }
            }
            key.insert(uid, count ? sum / count : x[uid]);
        }
        std::stable_sort(rows[r].begin(), rows[r].end(), [&key](const Uid &a, const Uid &b) { return key[a] < key[b]; });
        place(r);
    };
    const int first = rowKinds.value(0) == NodeKind::Moment ? 1 : 0;
    for (int pass = 0; pass < 3; ++pass) {
        for (int r = first; r < rows.size(); ++r)
            sweep(r, true);
        for (int r = int(rows.size()) - 2; r >= first; --r)
            sweep(r, false);
    }
    for (int r = first; r < rows.size(); ++r)
        sweep(r, true);
    // Then each box under the middle of what links to it from above, as near as the boxes
    // before it in its layer allow: short, steep links instead of long diagonals.
    for (int r = first; r < rows.size(); ++r) {
        double previous = metrics.labelWidth + metrics.boxWidth / 2 - pitch;
        for (const Uid &uid : std::as_const(rows[r])) {
            double sum = 0;
            int count = 0;
            for (const Uid &n : neighbours.value(uid)) {
                if (rowOf[n] < r) {
                    sum += x[n];
                    ++count;
                }
            }
            const double wanted = count ? sum / count : previous + pitch;
            x[uid] = std::max(wanted, previous + pitch);
            previous = x[uid];
        }
    }

    // How tall each box is: one line of title on screen; on paper as many lines as the title
    // needs, up to titleLines (a layer's boxes as tall as its longest title, so rows stay even).
    QHash<Uid, int> titleNeeds;
    // Measured only for paper: the screen's one line needs no fonts (nor a GUI application).
    const double lineHeight = metrics.titleLines > 1 ? QFontMetricsF(TextLines::font(metrics.titleSize)).lineSpacing() : 0;
    const auto linesOf = [&](const Uid &uid, NodeKind kind) {
        if (metrics.titleLines <= 1)
            return 1;
        const bool matters = kind == NodeKind::Moment && w.moments.value(uid).mattersMost;
        const int n = int(TextLines::lines(titleFor(w, uid, kind), layout.titleFont(matters), titleWidth(metrics, matters)).size());
        titleNeeds.insert(uid, n);
        return n;
    };
    const auto heightFor = [&](int lines) {
        return metrics.boxHeight + (std::clamp(lines, 1, std::max(1, metrics.titleLines)) - 1) * lineHeight;
    };

    double widest = 0;
    // Room above the top layer for the metrics' links coming down into it.
    const double top = metrics.layerGap;
    double y = top;
    for (int r = 0; r < rows.size(); ++r) {
        // Above the first backstage layer: what the customer sees is above the line.
        const bool backstage = rowKinds[r] != NodeKind::Moment && !frontstage(rowKinds[r]);
        if (r > 0 && backstage && !layout.lineOfVisibility)
            layout.lineOfVisibility = y - metrics.layerGap / 2;
        const double width = rows[r].isEmpty() ? 0 : x[rows[r].constLast()] + metrics.boxWidth / 2 - metrics.labelWidth;
        widest = std::max(widest, width);
        int lines = 1;
        for (const Uid &uid : std::as_const(rows[r]))
            lines = std::max(lines, linesOf(uid, rowKinds[r]));
        const double height = heightFor(lines);
        layout.layers.append({rowKinds[r], QRectF(0, y, metrics.labelWidth + width, height)});
        for (const Uid &uid : std::as_const(rows[r])) {
            layout.boxIndex.insert(uid, layout.boxes.size());
            layout.boxes.append({uid, rowKinds[r], r, QRectF(x[uid] - metrics.boxWidth / 2, y, metrics.boxWidth, height)});
        }
        y += height + metrics.layerGap;
    }
    for (Layer &layer : layout.layers)
        layer.band.setWidth(metrics.labelWidth + widest);
    const double layersHeight = std::max(0.0, y - metrics.layerGap);

    // The metrics beside in roll-up order: each below the metrics it drives, from the strategic
    // goals down to the tactical measures (MetricHierarchy, on Boost.Graph).
    QHash<Uid, qsizetype> rollUp;
    if (!metricSet.isEmpty()) {
        const WorkspaceGraph graph(w);
        const MetricHierarchyReport hierarchy = MetricHierarchy::of(graph);
        for (qsizetype i = 0; i < hierarchy.rollUp.size(); ++i)
            rollUp.insert(hierarchy.rollUp[i].uid, i);
    }
    QList<Uid> metricList(metricSet.begin(), metricSet.end());
    std::sort(metricList.begin(), metricList.end(), [&rollUp](const Uid &a, const Uid &b) {
        return std::make_pair(rollUp.value(a), a) < std::make_pair(rollUp.value(b), b);
    });
    const double columnX = metrics.labelWidth + widest + (rows.isEmpty() ? 0 : metrics.metricsGap);
    double my = top;
    for (qsizetype i = 0; i < metricList.size(); ++i) {
        const Metric &m = w.metrics[metricList[i]];
        if (i > 0 && w.metrics[metricList[i - 1]].level != m.level)
            my += metrics.gapX;
        const double height = heightFor(linesOf(m.uid, NodeKind::Metric));
        layout.boxIndex.insert(m.uid, layout.boxes.size());
        layout.boxes.append({m.uid, NodeKind::Metric, -1, QRectF(columnX, my, metrics.boxWidth, height)});
        my += height + metrics.gapX;
    }
    if (!metricList.isEmpty())
        layout.metricsColumn = QRectF(columnX, top, metrics.boxWidth, my - metrics.gapX - top);
    // Then the insights and opportunities, insights first, each by title.
    QList<Uid> noteList(notes.begin(), notes.end());
    const auto noteKey = [&w](const Uid &uid) {
        const bool insight = w.insights.contains(uid);
        return std::make_tuple(insight ? 0 : 1,
                               (insight ? w.insights.value(uid).title : w.opportunities.value(uid).title).toCaseFolded(), uid);
    };
    std::sort(noteList.begin(), noteList.end(), [&](const Uid &a, const Uid &b) { return noteKey(a) < noteKey(b); });
    const double notesX = metricList.isEmpty() ? columnX : columnX + metrics.boxWidth + metrics.metricsGap;
    double ny = top;
    for (const Uid &uid : std::as_const(noteList)) {
        const NodeKind kind = w.insights.contains(uid) ? NodeKind::Insight : NodeKind::Opportunity;
        const double height = heightFor(linesOf(uid, kind));
        layout.boxIndex.insert(uid, layout.boxes.size());
        layout.boxes.append({uid, kind, -1, QRectF(notesX, ny, metrics.boxWidth, height)});
        ny += height + metrics.gapX;
    }
    if (!noteList.isEmpty())
        layout.notesColumn = QRectF(notesX, top, metrics.boxWidth, ny - metrics.gapX - top);
    const double rightEdge = !noteList.isEmpty() ? notesX + metrics.boxWidth
        : !metricList.isEmpty()               ? columnX + metrics.boxWidth
                                              : metrics.labelWidth + widest;
    layout.size = QSizeF(rightEdge, std::max({layersHeight, layout.metricsColumn.bottom(), layout.notesColumn.bottom()}));

    // Titles longer than their boxes hold, numbered in box order and written whole in a key
    // under the picture, so a printed name is never lost.
    const double keyWidth = std::max({layout.size.width(), metrics.keyWidth, 600.0});
    for (Box &box : layout.boxes) {
        if (titleNeeds.value(box.uid) > metrics.titleLines) {
            layout.key.append(box.uid);
            box.keyNumber = int(layout.key.size());
            layout.keyLines += TextLines::lines(QStringLiteral("[%1] ").arg(box.keyNumber) + titleFor(w, box.uid, box.kind),
                                                TextLines::font(keySize), keyWidth);
        }
    }
    if (!layout.key.isEmpty()) {
        const double keyLineHeight = QFontMetricsF(TextLines::font(keySize)).lineSpacing();
        layout.keyArea = QRectF(0, layout.size.height() + metrics.layerGap / 2, keyWidth,
                                keyLineHeight * double(layout.keyLines.size()));
        layout.size = QSizeF(layout.keyArea.width(), layout.keyArea.bottom());
    }

    // Links between shown boxes, as curves that leave and enter on the facing borders.
    QList<Link> links(w.links.begin(), w.links.end());
    std::sort(links.begin(), links.end(), [](const Link &a, const Link &b) {
        return std::tie(a.from, a.relation, a.to) < std::tie(b.from, b.relation, b.to);
    });
    for (const Link &link : std::as_const(links)) {
        const auto a = layout.rectOf(link.from), b = layout.rectOf(link.to);
        if (!a || !b || link.relation == Relation::Follows || link.relation == Relation::OpensJourney)
            continue;
        Edge edge{link.from, link.relation, link.to, {}, {}, {}, {}};
        const bool sideBySide = link.relation == Relation::Drives || qFuzzyCompare(a->top(), b->top());
        if (link.relation == Relation::Measures || link.relation == Relation::Explains
            || link.relation == Relation::Improves) {
            // From the metrics column into the top of what it measures, down through the gap
            // above that box's layer rather than across the boxes beside it.
            edge.start = QPointF(a->left(), a->center().y());
            edge.end = QPointF(b->center().x(), b->top());
            edge.control1 = edge.start - QPointF((edge.start.x() - edge.end.x()) / 2, 0);
            edge.control2 = edge.end - QPointF(0, metrics.layerGap * 0.8);
        } else if (sideBySide && !qFuzzyCompare(a->left(), b->left())) {
            const bool right = b->center().x() > a->center().x();
            edge.start = QPointF(right ? a->right() : a->left(), a->center().y());
            edge.end = QPointF(right ? b->left() : b->right(), b->center().y());
            const double bend = (edge.end.x() - edge.start.x()) / 2;
            edge.control1 = edge.start + QPointF(bend, 0);
            edge.control2 = edge.end - QPointF(bend, 0);
        } else if (sideBySide) {
            // One above the other in the metrics column: a loop out to the right.
            edge.start = QPointF(a->right(), a->center().y());
            edge.end = QPointF(b->right(), b->center().y());
            edge.control1 = edge.start + QPointF(metrics.metricsGap / 2, 0);
            edge.control2 = edge.end + QPointF(metrics.metricsGap / 2, 0);
        } else {
            const bool down = b->top() > a->top();
            edge.start = QPointF(a->center().x(), down ? a->bottom() : a->top());
            edge.end = QPointF(b->center().x(), down ? b->top() : b->bottom());
            const double bend = (edge.end.y() - edge.start.y()) / 2;
            edge.control1 = edge.start + QPointF(0, bend);
            edge.control2 = edge.end - QPointF(0, bend);
        }
        layout.edges.append(edge);
    }
    return layout;
}

QFont ArchitectureLayout::titleFont(bool mattersMost) const
{
    return TextLines::font(metrics.titleSize, mattersMost);
}

QStringList ArchitectureLayout::titleLinesOf(const QString &title, bool mattersMost, int keyNumber) const
{
    const QFont font = titleFont(mattersMost);
    const QFontMetricsF fm(font);
    const double width = titleWidth(metrics, mattersMost);
    if (metrics.titleLines <= 1)
        return {fm.elidedText(title, Qt::ElideRight, width)};
    QStringList lines = TextLines::lines(title, font, width);
    if (lines.size() <= metrics.titleLines)
        return lines;
    // Cut: the last line room allows takes the rest of the title, elided, then the key's number.
    const QString marker = keyNumber > 0 ? QStringLiteral(" [%1]").arg(keyNumber) : QString();
    const QString rest = lines.mid(metrics.titleLines - 1).join(u' ');
    lines.resize(metrics.titleLines);
    QString last = fm.elidedText(rest, Qt::ElideRight, width - fm.horizontalAdvance(marker));
    if (!last.endsWith(u'…'))
        last += u'…';
    lines.last() = last + marker;
    return lines;
}

std::optional<QRectF> ArchitectureLayout::rectOf(const Uid &uid) const
{
    const auto it = boxIndex.constFind(uid);
    if (it == boxIndex.cend())
        return std::nullopt;
    return boxes[*it].rect;
}

Uid ArchitectureLayout::boxAt(QPointF point) const
{
    for (const Box &box : boxes) {
        if (box.rect.contains(point))
            return box.uid;
    }
    return {};
}

QSet<Uid> ArchitectureLayout::chainOf(const Uid &uid) const
{
    const auto start = boxIndex.constFind(uid);
    if (start == boxIndex.cend())
        return {};
    TwoWayGraph graph(std::size_t(boxes.size()));
    for (const Edge &e : edges)
        boost::add_edge(std::size_t(boxIndex[e.from]), std::size_t(boxIndex[e.to]), graph);
    QSet<qsizetype> seen;
    boost::breadth_first_search(graph, std::size_t(*start), boost::visitor(Reached{{}, &seen}));
    boost::breadth_first_search(boost::make_reverse_graph(graph), std::size_t(*start), boost::visitor(Reached{{}, &seen}));
    QSet<Uid> chain;
    for (const qsizetype v : std::as_const(seen))
        chain.insert(boxes[v].uid);
    return chain;
}

int ArchitectureLayout::crossings() const
{
    // Links between adjacent layers, by the upper layer, as (upper x, lower x).
    QHash<int, QList<std::pair<double, double>>> spans;
    for (const Edge &e : edges) {
        const Box &a = boxes[boxIndex[e.from]], &b = boxes[boxIndex[e.to]];
        if (a.layer < 0 || b.layer < 0 || std::abs(a.layer - b.layer) != 1)
            continue;
        const Box &upper = a.layer < b.layer ? a : b, &lower = a.layer < b.layer ? b : a;
        spans[upper.layer].append({upper.rect.center().x(), lower.rect.center().x()});
    }
    int count = 0;
    for (const auto &list : std::as_const(spans)) {
        for (qsizetype i = 0; i < list.size(); ++i) {
            for (qsizetype j = i + 1; j < list.size(); ++j) {
                if ((list[i].first - list[j].first) * (list[i].second - list[j].second) < 0)
                    ++count;
            }
        }
    }
    return count;
}

} // namespace cx
