// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportstyle.h"
#include "metrics/metricsummary.h"
#include "model/workspace.h"

#include <QCoreApplication>
#include <QRectF>
#include <QSet>
#include <initializer_list>
#include <optional>

class QPainter;

namespace cx {

// The PDF's "Metrics" part, in three sections that each start a page:
// - the hierarchy as an indented tree, strategic goals first and what drives them below (a
//   metric that drives several is shown under each, marked, its own drivers under the first
//   only; a cycle is marked where it closes and listed), each row with the latest value and
//   unit, its period, n and the 95% interval where it came from responses, the target, the
//   status as a word beside a colour swatch, and the trend;
// - a trend chart per metric with values (TrendChartPainter), a grid of them per page under a
//   legend, and a line for each metric without values;
// - the Drives links as a table: driver → driven, common periods, Pearson's r and p, and
//   "correlation, not cause", or "too few periods (n of 6)" where there is no figure.
// Built, like WorkshopResultsPages, as blocks of known height broken into pages; a page that
// goes on with rows repeats the column heads (or the charts' legend). A workspace without
// metrics has no pages. PdfPages plans and heads the pages; this paints what goes under the
// heading, in points.
class MetricsPages
{
    Q_DECLARE_TR_FUNCTIONS(cx::PdfExport)

public:
    enum class Section { Hierarchy, Trends, Drivers };
    // A page's share of the blocks.
    struct Span {
        qsizetype first = 0;
        qsizetype count = 0;
    };

    // content: the room under a page's heading, in points.
    MetricsPages(const Workspace &workspace, QSizeF content, Granularity granularity);

    // The pages, in order; none when the workspace has no metrics.
    const QList<Span> &plan() const { return m_spans; }
    Section section(const Span &span) const;
    // The section's title, for the contents: "Metrics: hierarchy and status" …
    QString partTitle(Section section) const;
    // The page's heading: the section's title, and "(continued)" after its first page.
    QString heading(const Span &span) const;
    // Paints the span's blocks from content's top-left.
    void paint(QPainter *painter, const Span &span, const QRectF &content) const;

private:
    struct Block {
        enum Kind { Text, TreeHeads, TreeRow, Legend, ChartRow, DriverHeads, DriverRow } kind = Text;
        Section section = Section::Hierarchy;
        bool breakBefore = false; // starts a page: the first block of a section
        bool keepWithNext = false;
        double spaceBefore = 0;   // above the block, unless it starts a page
        double height = 0;
        // Text: the lines; TreeRow: the title; DriverRow: "driver → driven".
        QStringList lines;
        double size = 10;
        bool bold = false;
        QColor color = ExportStyle::text;
        // TreeRow: the metric, its depth and the tree's rails (for each level above the row,
        // whether that branch goes on below it; last: whether the row has later siblings).
        Uid metric, parent; // parent: the metric it drives in this branch (depth > 0)
        int depth = 0;
        QList<bool> rails;
        QStringList detail;   // TreeRow: kind and level
        QStringList marks;    // TreeRow: "also under …", cycles, no goal
        bool alarm = false;   // TreeRow: the marks warn (a cycle, no goal)
        QList<QStringList> cells; // TreeRow, DriverRow: the other columns' lines
        qsizetype strongLines = 1; // TreeRow: the latest value's lines, before its period
        QList<Uid> charts;    // ChartRow: the metrics drawn side by side
    };
    struct Column {
        double x, width;
    };

    void build();
    void addText(const QString &text, double size, bool bold, const QColor &color, double spaceBefore,
                 bool keepWithNext = false);
    void buildHierarchy();
    void addTreeRows(const Uid &metric, int depth, QList<Uid> &path, QList<bool> rails, QSet<Uid> &expanded,
                     const QHash<Uid, QList<Uid>> &drivenBy, const QHash<Uid, QList<Uid>> &drives, bool noGoal);
    void buildTrends();
    void buildDrivers();
    void paginate();

    QList<Column> columnsOf(std::initializer_list<double> shares) const;
    QList<Column> treeColumns() const;
    QList<Column> driverColumns() const;
    double headsHeight() const;
    double legendHeight() const;
    // The block that a page starting at first repeats above it: column heads or the legend.
    std::optional<Block::Kind> repeated(qsizetype first) const;
    // "… under NAME" above a page that goes on inside a branch of the tree; empty otherwise.
    QString branchNote(qsizetype first) const;

    QString valueText(const Metric &metric, double value) const;
    QString targetText(const Metric &metric) const;
    QStringList wrapped(const QString &text, double size, bool bold, double width) const;

    double paintBlock(QPainter *painter, const Block &block, double y, double left) const;
    void paintHeads(QPainter *painter, const QList<Column> &columns, const QStringList &titles, double y, double left) const;
    void paintTreeRow(QPainter *painter, const Block &block, double y, double left) const;
    void paintCharts(QPainter *painter, const Block &block, double y, double left) const;
    void paintDriverRow(QPainter *painter, const Block &block, double y, double left) const;

    const Workspace &m_workspace;
    QSizeF m_content;
    Granularity m_granularity;
    QHash<Uid, MetricSummary> m_summaries;
    Section m_section = Section::Hierarchy; // of the blocks being built
    QList<Block> m_blocks;
    QList<Span> m_spans;
    int m_chartColumns = 1;
    double m_chartHeight = 200;
};

} // namespace cx
