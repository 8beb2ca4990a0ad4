// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricspages.h"

#include "graph/metrichierarchy.h"
#include "graph/workspacegraph.h"
#include "layout/textlines.h"
#include "model/labels.h"
#include "metrics/drivers.h"
#include "trendchartpainter.h"

#include <QLocale>
#include <QPainter>
#include <algorithm>
#include <tuple>

namespace cx {

namespace S = ExportStyle;

namespace {

constexpr double rowPadding = 4;    // above and below a row of the tree or the drivers
constexpr double titleSize = 9.5;   // a metric's title in the tree
constexpr double cellSize = 8.5;    // the other columns
constexpr double noteSize = 8;      // kind and level, marks, column heads, the legend
constexpr double indentStep = 14;   // per level of the tree
constexpr int deepestIndent = 6;    // deeper levels are drawn at this one's indent
constexpr double columnGap = 8;
constexpr double swatch = 7;
constexpr double chartGap = 14;     // between two charts of the grid
constexpr double leastChartWidth = 240, leastChartHeight = 200, leastPlot = 110;
// As in WorkshopResultsPages: QPdfWriter draws DejaVu Sans at small sizes a few per cent wider
// than it is measured, so text is broken that much narrower.
constexpr double printSlack = 0.96;

double lineHeight(double size, bool bold = false)
{
    return QFontMetricsF(S::font(size, bold)).lineSpacing();
}

QString periodsWord(Granularity g)
{
    switch (g) {
    case Granularity::Week: return MetricsPages::tr("weeks");
    case Granularity::Quarter: return MetricsPages::tr("quarters");
    case Granularity::Month: break;
    }
    return MetricsPages::tr("months");
}

} // namespace

MetricsPages::MetricsPages(const Workspace &workspace, QSizeF content, Granularity granularity)
    : m_workspace(workspace), m_content(content), m_granularity(granularity)
{
    m_chartColumns = std::max(1, int((content.width() + chartGap) / (leastChartWidth + chartGap)));
    const int rows = std::max(1, int((content.height() - legendHeight()) / leastChartHeight));
    m_chartHeight = (content.height() - legendHeight()) / rows;
    if (workspace.metrics.isEmpty())
        return;
    for (const Metric &m : workspace.metrics)
        m_summaries.insert(m.uid, summarize(workspace, m.uid, granularity));
    build();
    paginate();
}

QStringList MetricsPages::wrapped(const QString &text, double size, bool bold, double width) const
{
    return TextLines::lines(text, S::font(size, bold), std::max(10.0, width) * printSlack);
}

void MetricsPages::addText(const QString &text, double size, bool bold, const QColor &color, double spaceBefore,
                           bool keepWithNext)
{
    Block b;
    b.lines = wrapped(text, size, bold, m_content.width());
    b.size = size;
    b.bold = bold;
    b.color = color;
    b.spaceBefore = spaceBefore;
    b.keepWithNext = keepWithNext;
    b.height = lineHeight(size, bold) * double(b.lines.size());
    b.section = m_section;
    m_blocks.append(b);
}

QString MetricsPages::valueText(const Metric &metric, double value) const
{
    const QString unit = metric.unit.trimmed();
    if (unit.isEmpty())
        return TrendChartPainter::number(value);
    return unit == u"%" ? TrendChartPainter::number(value) + unit : tr("%1 %2").arg(TrendChartPainter::number(value), unit);
}

QString MetricsPages::targetText(const Metric &metric) const
{
    if (!metric.target)
        return tr("none");
    const QString value = valueText(metric, *metric.target);
    return metric.direction == Direction::HigherIsBetter ? tr("≥ %1").arg(value) : tr("≤ %1").arg(value);
}

void MetricsPages::build()
{
    // Each section starts a page.
    using Builder = void (MetricsPages::*)();
    for (const auto &[section, add] : {std::pair<Section, Builder>{Section::Hierarchy, &MetricsPages::buildHierarchy},
                                       {Section::Trends, &MetricsPages::buildTrends},
                                       {Section::Drivers, &MetricsPages::buildDrivers}}) {
        const qsizetype first = m_blocks.size();
        m_section = section;
        (this->*add)();
        m_blocks[first].breakBefore = true;
    }
}

void MetricsPages::buildHierarchy()
{
    const WorkspaceGraph graph(m_workspace);
    const MetricHierarchyReport report = MetricHierarchy::of(graph);
    QHash<Uid, qsizetype> position;
    for (const RollUpEntry &e : report.rollUp)
        position.insert(e.uid, position.size());
    // Up (what a metric drives) and down (what drives it), in roll-up order.
    QHash<Uid, QList<Uid>> drives, drivenBy;
    for (const RollUpEntry &e : report.rollUp) {
        drives.insert(e.uid, e.drives);
        for (const Uid &up : e.drives)
            drivenBy[up].append(e.uid);
    }
    for (QList<Uid> &list : drivenBy)
        std::sort(list.begin(), list.end(), [&](const Uid &a, const Uid &b) { return position.value(a) < position.value(b); });

    //: %1: the length of the periods: "week", "month" or "quarter"
    addText(tr("Strategic goals first, the metrics that drive them indented below. Latest: the value of the last %1 "
               "with data. Sample: n and the 95% interval where the values came from survey responses, else the "
               "number of measurements. Status compares the latest value with the target; the trend is the slope of "
               "the last six values, rising or falling only where it is clear of noise.")
                .arg(label(m_granularity)),
            9, false, S::mutedText, 0);
    Block heads;
    heads.kind = Block::TreeHeads;
    heads.height = headsHeight();
    heads.spaceBefore = 8;
    heads.keepWithNext = true;
    m_blocks.append(heads);

    const QSet<Uid> withoutGoal(report.withoutGoal.cbegin(), report.withoutGoal.cend());
    QList<Uid> roots;
    for (const RollUpEntry &e : report.rollUp) {
        if (e.drives.isEmpty())
            roots.append(e.uid);
    }
    QSet<Uid> expanded;
    for (qsizetype i = 0; i < roots.size(); ++i) {
        QList<Uid> path;
        addTreeRows(roots[i], 0, path, {}, expanded, drivenBy, drives, withoutGoal.contains(roots[i]));
    }
    // Metrics only in cycles drive something, so no root reaches them: start from the first.
    for (const RollUpEntry &e : report.rollUp) {
        if (!expanded.contains(e.uid)) {
            QList<Uid> path;
            addTreeRows(e.uid, 0, path, {}, expanded, drivenBy, drives, withoutGoal.contains(e.uid));
        }
    }
    if (!report.cycles.isEmpty()) {
        addText(tr("Cycles: metrics that drive each other round in a circle"), 11, true, S::matters, 14, true);
        for (const MetricCycle &cycle : report.cycles)
            addText(tr("Cycle: %1").arg(cycle.pathText()), 9.5, false, S::matters, 3);
    }
}

void MetricsPages::addTreeRows(const Uid &uid, int depth, QList<Uid> &path, QList<bool> rails, QSet<Uid> &expanded,
                               const QHash<Uid, QList<Uid>> &drivenBy, const QHash<Uid, QList<Uid>> &drives, bool noGoal)
{
    const Metric metric = m_workspace.metrics.value(uid);
    const MetricSummary &s = m_summaries[uid];
    const QList<Column> columns = treeColumns();
    Block b;
    b.kind = Block::TreeRow;
    b.metric = uid;
    b.parent = path.isEmpty() ? Uid() : path.constLast();
    b.depth = depth;
    b.rails = rails;
    const double titleWidth = columns[0].width - std::min(depth, deepestIndent) * indentStep;
    const bool strategic = metric.level == MetricLevel::Strategic;
    b.lines = wrapped(metric.title, titleSize, strategic, titleWidth);
    QStringList about{S::metricLevelLabel(metric.level), label(metric.kind)};
    if (!metric.owner.trimmed().isEmpty())
        about.append(metric.owner.trimmed());
    b.detail = wrapped(about.join(QStringLiteral(" · ")), noteSize, false, titleWidth);

    const bool cycle = path.contains(uid);
    const bool repeat = !cycle && expanded.contains(uid);
    QStringList marks;
    if (cycle) {
        marks.append(tr("↻ cycle: it drives %1, above it in this branch").arg(m_workspace.metrics.value(path.constLast()).title));
        b.alarm = true;
    }
    QStringList others;
    for (const Uid &up : drives.value(uid)) {
        if (path.isEmpty() || up != path.constLast())
            others.append(m_workspace.metrics.value(up).title);
    }
    if (depth > 0 && !others.isEmpty())
        marks.append(tr("◆ also under %1").arg(QLocale().createSeparatedList(others)));
    if (repeat && !drivenBy.value(uid).isEmpty())
        marks.append(tr("what drives it is shown at its first place above"));
    if (noGoal && depth == 0 && !strategic) {
        marks.append(tr("leads to no strategic goal"));
        b.alarm = true;
    }
    for (const QString &mark : std::as_const(marks))
        b.marks += wrapped(mark, noteSize, false, titleWidth);

    // Latest, sample, target, status, trend.
    QStringList latest, sample;
    if (s.latest) {
        const PeriodValue &p = *s.latest;
        latest = wrapped(valueText(metric, p.value), cellSize, true, columns[1].width);
        b.strongLines = latest.size();
        latest += wrapped(p.period.name(), cellSize, false, columns[1].width);
        if (p.fromResponses) {
            sample.append(tr("n = %1").arg(p.n));
            if (p.low && p.high)
                sample += wrapped(tr("95%: %1 to %2").arg(TrendChartPainter::number(*p.low), TrendChartPainter::number(*p.high)),
                                  cellSize, false, columns[2].width);
            if (p.smallSample)
                sample += wrapped(tr("small sample"), cellSize, false, columns[2].width);
        } else {
            sample = wrapped(tr("%n measurement(s)", nullptr, int(p.n)), cellSize, false, columns[2].width);
        }
    } else {
        latest = wrapped(tr("no values yet"), cellSize, false, columns[1].width);
        b.strongLines = 0;
        sample.append(QStringLiteral("—"));
    }
    b.cells = {latest, sample, wrapped(targetText(metric), cellSize, false, columns[3].width),
               wrapped(label(s.status), cellSize, true, columns[4].width - swatch - 4),
               wrapped(TrendChartPainter::trendWord(s.trend), cellSize, false, columns[5].width)};
    double cellsHeight = 0;
    for (const QStringList &cell : std::as_const(b.cells))
        cellsHeight = std::max(cellsHeight, lineHeight(cellSize) * double(cell.size()));
    const double titleHeight = lineHeight(titleSize, strategic) * double(b.lines.size())
                               + lineHeight(noteSize) * double(b.detail.size() + b.marks.size());
    b.height = 2 * rowPadding + std::max(titleHeight, cellsHeight);
    b.section = Section::Hierarchy;
    m_blocks.append(b);
    if (cycle || repeat)
        return;

    expanded.insert(uid);
    path.append(uid);
    const QList<Uid> children = drivenBy.value(uid);
    for (qsizetype i = 0; i < children.size(); ++i)
        addTreeRows(children[i], depth + 1, path, rails + QList<bool>{i + 1 < children.size()}, expanded, drivenBy, drives, false);
    path.removeLast();
}

void MetricsPages::buildTrends()
{
    QList<const Metric *> ordered;
    for (const Metric &m : m_workspace.metrics)
        ordered.append(&m);
    std::sort(ordered.begin(), ordered.end(), [](const Metric *a, const Metric *b) {
        return std::tuple(int(a->level), a->title.toCaseFolded(), uidText(a->uid))
               < std::tuple(int(b->level), b->title.toCaseFolded(), uidText(b->uid));
    });
    QList<Uid> charted;
    QList<const Metric *> empty;
    for (const Metric *m : std::as_const(ordered)) {
        if (m_summaries.value(m->uid).periods.isEmpty())
            empty.append(m);
        else
            charted.append(m->uid);
    }

    if (!charted.isEmpty()) {
        Block legend;
        legend.kind = Block::Legend;
        legend.section = Section::Trends;
        legend.height = legendHeight();
        legend.keepWithNext = true;
        m_blocks.append(legend);
    }
    const double cellWidth = m_content.width() / m_chartColumns - chartGap;
    for (qsizetype first = 0; first < charted.size(); first += m_chartColumns) {
        Block row;
        row.kind = Block::ChartRow;
        row.section = Section::Trends;
        row.charts = charted.mid(first, m_chartColumns);
        // A row whose titles leave too little room for the plot grows to keep it readable.
        double header = 0;
        for (const Uid &uid : std::as_const(row.charts)) {
            const Metric &m = *m_workspace.metrics.constFind(uid);
            const TrendChartPainter::Chart chart{m.title, m.unit, {}, {}, {}, m_summaries[uid].status, m_summaries[uid].trend, {}};
            header = std::max(header, TrendChartPainter::headerHeight(chart, cellWidth));
        }
        row.height = std::max(m_chartHeight, header + leastPlot + chartGap);
        m_blocks.append(row);
    }
    if (!empty.isEmpty()) {
        addText(tr("No values yet, so no chart"), 11, true, S::text, charted.isEmpty() ? 0 : 12, true);
        for (const Metric *m : std::as_const(empty)) {
            addText(tr("%1: no values yet · target %2 · add measurements or import survey responses")
                        .arg(m->title, targetText(*m)),
                    9.5, false, S::mutedText, 3);
        }
    }
}

void MetricsPages::buildDrivers()
{
    const QList<DriverCorrelation> correlations = Drivers::of(m_workspace, m_granularity);
    addText(tr("For each Drives link, Pearson's r between the driver's and the driven metric's values over the %1 "
               "both have, and p, the two-sided p-value of r ≠ 0; a figure needs at least %2 common %1. A correlation, "
               "not a cause: two metrics can move together for other reasons.")
                .arg(periodsWord(m_granularity))
                .arg(Drivers::minimumPeriods),
            9, false, S::mutedText, 0);
    if (correlations.isEmpty()) {
        addText(tr("No metric drives another: link metrics with Drives to see how they move together."), 10, false,
                S::mutedText, 8);
        return;
    }
    Block heads;
    heads.kind = Block::DriverHeads;
    heads.section = Section::Drivers;
    heads.height = headsHeight();
    heads.spaceBefore = 8;
    heads.keepWithNext = true;
    m_blocks.append(heads);
    const QList<Column> columns = driverColumns();
    for (const DriverCorrelation &d : correlations) {
        Block b;
        b.kind = Block::DriverRow;
        b.section = Section::Drivers;
        b.lines = wrapped(tr("%1 → %2").arg(m_workspace.metrics.value(d.driver).title, m_workspace.metrics.value(d.driven).title),
                          cellSize + 0.5, false, columns[0].width);
        QString reading;
        if (d.r && d.p)
            reading = tr("correlation, not cause");
        else if (d.periods < Drivers::minimumPeriods)
            reading = tr("too few periods (%1 of %2)").arg(d.periods).arg(Drivers::minimumPeriods);
        else
            reading = tr("no figure: a metric does not vary over these %1").arg(periodsWord(m_granularity));
        const QString p = !d.p ? QStringLiteral("—") : *d.p < 0.001 ? tr("< 0.001") : TrendChartPainter::number(*d.p, 3);
        b.cells = {{QString::number(d.periods)}, {d.r ? TrendChartPainter::number(*d.r, 2) : QStringLiteral("—")}, {p},
                   wrapped(reading, cellSize, false, columns[4].width)};
        b.height = 2 * rowPadding
                   + std::max(lineHeight(cellSize + 0.5) * double(b.lines.size()), lineHeight(cellSize) * double(b.cells[3].size()));
        m_blocks.append(b);
    }
}

std::optional<MetricsPages::Block::Kind> MetricsPages::repeated(qsizetype first) const
{
    if (first == 0 || m_blocks[first].breakBefore)
        return std::nullopt;
    switch (m_blocks[first].kind) {
    case Block::TreeRow: return Block::TreeHeads;
    case Block::ChartRow: return Block::Legend;
    case Block::DriverRow: return Block::DriverHeads;
    default: break;
    }
    return std::nullopt;
}

QString MetricsPages::branchNote(qsizetype first) const
{
    const Block &b = m_blocks[first];
    if (repeated(first) != Block::TreeHeads || b.depth == 0)
        return QString();
    return tr("… under %1").arg(m_workspace.metrics.value(b.parent).title);
}

void MetricsPages::paginate()
{
    qsizetype first = 0;
    while (first < m_blocks.size()) {
        const std::optional<Block::Kind> heads = repeated(first);
        double y = !heads ? 0 : *heads == Block::Legend ? legendHeight() : headsHeight();
        if (!branchNote(first).isEmpty())
            y += lineHeight(noteSize);
        qsizetype i = first;
        for (; i < m_blocks.size(); ++i) {
            if (i > first && m_blocks[i].breakBefore)
                break;
            const double h = m_blocks[i].height + (i == first ? 0 : m_blocks[i].spaceBefore);
            if (i > first && y + h > m_content.height())
                break;
            y += h;
        }
        // A heading, the column heads or the legend goes over with what follows it.
        if (i < m_blocks.size() && !m_blocks[i].breakBefore) {
            qsizetype keep = i;
            while (keep - 1 > first && m_blocks[keep - 1].keepWithNext)
                --keep;
            i = std::max(keep, first + 1);
        }
        m_spans.append(Span{first, i - first});
        first = i;
    }
}

MetricsPages::Section MetricsPages::section(const Span &span) const
{
    return m_blocks.value(span.first).section;
}

QString MetricsPages::partTitle(Section section) const
{
    switch (section) {
    case Section::Hierarchy: return tr("Metrics: hierarchy and status");
    //: %1: the length of the periods: "week", "month" or "quarter"
    case Section::Trends: return tr("Metrics: trends by %1").arg(label(m_granularity));
    case Section::Drivers: break;
    }
    return tr("Metrics: drivers (correlation, not cause)");
}

QString MetricsPages::heading(const Span &span) const
{
    const QString title = partTitle(section(span));
    return m_blocks.value(span.first).breakBefore ? title : tr("%1 (continued)").arg(title);
}

QList<MetricsPages::Column> MetricsPages::columnsOf(std::initializer_list<double> shares) const
{
    const double room = m_content.width() - double(shares.size() - 1) * columnGap;
    QList<Column> columns;
    double x = 0;
    for (const double share : shares) {
        columns.append(Column{x, room * share});
        x += room * share + columnGap;
    }
    return columns;
}

QList<MetricsPages::Column> MetricsPages::treeColumns() const
{
    return columnsOf({0.33, 0.16, 0.17, 0.13, 0.12, 0.09});
}

QList<MetricsPages::Column> MetricsPages::driverColumns() const
{
    return columnsOf({0.46, 0.12, 0.09, 0.09, 0.24});
}

double MetricsPages::headsHeight() const
{
    return lineHeight(noteSize, true) + 6;
}

double MetricsPages::legendHeight() const
{
    return TrendChartPainter::legendHeight(m_content.width(), label(m_granularity));
}

void MetricsPages::paint(QPainter *painter, const Span &span, const QRectF &content) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    double y = content.top();
    if (const std::optional<Block::Kind> heads = repeated(span.first)) {
        Block b;
        b.kind = *heads;
        y += paintBlock(painter, b, y, content.left());
    }
    if (const QString note = branchNote(span.first); !note.isEmpty()) {
        S::drawLines(painter, QRectF(content.left(), y, content.width(), 0), {note}, S::font(noteSize, false, true), S::mutedText);
        y += lineHeight(noteSize);
    }
    for (qsizetype i = span.first; i < span.first + span.count && i < m_blocks.size(); ++i) {
        if (i > span.first)
            y += m_blocks[i].spaceBefore;
        paintBlock(painter, m_blocks[i], y, content.left());
        y += m_blocks[i].height;
    }
    painter->restore();
}

double MetricsPages::paintBlock(QPainter *painter, const Block &b, double y, double left) const
{
    switch (b.kind) {
    case Block::Text:
        S::drawLines(painter, QRectF(left, y, m_content.width(), 0), b.lines, S::font(b.size, b.bold), b.color);
        return b.height;
    case Block::TreeHeads: {
        QList<Column> columns = treeColumns();
        paintHeads(painter, columns, {tr("Metric"), tr("Latest"), tr("Sample"), tr("Target"), tr("Status"), tr("Trend")}, y, left);
        return headsHeight();
    }
    case Block::DriverHeads:
        paintHeads(painter, driverColumns(), {tr("Driver → driven"), tr("Common %1").arg(periodsWord(m_granularity)), tr("r"),
                                              tr("p"), tr("Reading")},
                   y, left);
        return headsHeight();
    case Block::TreeRow: paintTreeRow(painter, b, y, left); break;
    case Block::Legend:
        TrendChartPainter::paintLegend(painter, QPointF(left, y), m_content.width(), label(m_granularity));
        return legendHeight();
    case Block::ChartRow: paintCharts(painter, b, y, left); break;
    case Block::DriverRow: paintDriverRow(painter, b, y, left); break;
    }
    return b.height;
}

void MetricsPages::paintHeads(QPainter *painter, const QList<Column> &columns, const QStringList &titles, double y,
                              double left) const
{
    const QFont font = S::font(noteSize, true);
    for (qsizetype i = 0; i < columns.size() && i < titles.size(); ++i)
        S::drawLines(painter, QRectF(left + columns[i].x, y, columns[i].width, 0), {titles[i]}, font, S::mutedText);
    const double bottom = y + headsHeight() - 1;
    painter->setPen(QPen(S::gridLine, 0.75));
    painter->drawLine(QPointF(left, bottom), QPointF(left + m_content.width(), bottom));
}

void MetricsPages::paintTreeRow(QPainter *painter, const Block &b, double y, double left) const
{
    const QList<Column> columns = treeColumns();
    const Metric metric = m_workspace.metrics.value(b.metric);
    const bool strategic = metric.level == MetricLevel::Strategic;
    const double top = y + rowPadding;
    const double indent = std::min(b.depth, deepestIndent) * indentStep;
    if (b.depth == 0) {
        painter->setPen(QPen(S::gridLine, 0.5));
        painter->drawLine(QPointF(left, y), QPointF(left + m_content.width(), y));
    }
    // The tree's rails: a line down through the row for each branch that goes on below it,
    // and the row's own elbow into its title.
    painter->setPen(QPen(S::cardBorder, 0.8));
    const double middle = top + lineHeight(titleSize, strategic) / 2;
    for (int level = 0; level < b.depth && level < deepestIndent; ++level) {
        const double x = left + level * indentStep + 5;
        const bool own = level == b.depth - 1;
        if (b.rails.value(level))
            painter->drawLine(QPointF(x, y), QPointF(x, y + b.height));
        else if (own)
            painter->drawLine(QPointF(x, y), QPointF(x, middle));
        if (own)
            painter->drawLine(QPointF(x, middle), QPointF(left + indent - 3, middle));
    }
    const double x = left + indent;
    const double width = columns[0].width - indent;
    double ty = top;
    ty += S::drawLines(painter, QRectF(x, ty, width, 0), b.lines, S::font(titleSize, strategic), S::text);
    ty += S::drawLines(painter, QRectF(x, ty, width, 0), b.detail, S::font(noteSize), S::mutedText);
    S::drawLines(painter, QRectF(x, ty, width, 0), b.marks, S::font(noteSize), b.alarm ? S::matters : S::accent);

    for (qsizetype c = 0; c < b.cells.size(); ++c) {
        const Column &column = columns[c + 1];
        double cx = left + column.x;
        if (c == 3) { // the status: a swatch, then its word
            const MetricStatus status = m_summaries.value(b.metric).status;
            painter->setPen(QPen(S::text, 0.4));
            painter->setBrush(statusColor(status));
            painter->drawRect(QRectF(cx, top + (lineHeight(cellSize) - swatch) / 2, swatch, swatch));
            cx += swatch + 4;
        }
        // The figure strong (the latest value, the status), what qualifies it muted.
        const QStringList &cell = b.cells[c];
        const qsizetype strong = c == 0 ? b.strongLines : c == 1 ? 1 : cell.size();
        const bool bold = c == 0 || c == 3;
        const double height = S::drawLines(painter, QRectF(cx, top, column.width, 0), cell.mid(0, strong),
                                           S::font(cellSize, bold), S::text);
        S::drawLines(painter, QRectF(cx, top + height, column.width, 0), cell.mid(strong), S::font(cellSize), S::mutedText);
    }
}

void MetricsPages::paintCharts(QPainter *painter, const Block &b, double y, double left) const
{
    const double cell = m_content.width() / m_chartColumns;
    for (qsizetype i = 0; i < b.charts.size(); ++i) {
        const Metric &m = *m_workspace.metrics.constFind(b.charts[i]);
        const MetricSummary &s = *m_summaries.constFind(m.uid);
        TrendChartPainter::Chart chart{m.title, m.unit, s.periods, m.target, m.direction, s.status, s.trend, {}};
        if (m.kind == MetricKind::Nps)
            chart.bounds = {-100.0, 100.0};
        else if (m.kind == MetricKind::Csat)
            chart.bounds = {0.0, 100.0};
        TrendChartPainter(chart).paint(painter, QRectF(left + cell * double(i), y + 4, cell - chartGap, b.height - chartGap));
    }
}

void MetricsPages::paintDriverRow(QPainter *painter, const Block &b, double y, double left) const
{
    const QList<Column> columns = driverColumns();
    const double top = y + rowPadding;
    S::drawLines(painter, QRectF(left, top, columns[0].width, 0), b.lines, S::font(cellSize + 0.5), S::text);
    for (qsizetype c = 0; c < b.cells.size(); ++c) {
        const bool figure = c < 3;
        S::drawLines(painter, QRectF(left + columns[c + 1].x, top, columns[c + 1].width, 0), b.cells[c], S::font(cellSize),
                     figure ? S::text : S::mutedText);
    }
    painter->setPen(QPen(S::gridLine, 0.5));
    painter->drawLine(QPointF(left, y + b.height), QPointF(left + m_content.width(), y + b.height));
}

} // namespace cx
