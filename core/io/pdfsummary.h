// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportstyle.h"
#include "model/workspace.h"

#include <QCoreApplication>

namespace cx {

class WorkspaceGraph;

// The PDF's summary as lines of text, already broken to the page's width (nothing is elided,
// so every name can be read and found): the gaps of `cxatlas check` by kind; every metric in
// roll-up order with its latest value, target and owner; every architecture element by kind
// with its owner and what uses it (moments, elements that depend on it) and, for systems and
// processes, their rank by value; the insights ranked by the value of the moments they explain;
// the opportunities ranked by OpportunityRanking.
class PdfSummary
{
    Q_DECLARE_TR_FUNCTIONS(cx::PdfExport)

public:
    struct Line {
        QString text;
        double size = 10;
        bool bold = false;
        double indent = 0;
        QColor color = ExportStyle::text;
        double spaceBefore = 0; // above the line, unless it starts a page
        bool keepWithNext = false; // a heading or a title: never the last line of a page
    };

    static QList<Line> build(const Workspace &workspace, double width);
    static double lineHeight(const Line &line);

private:
    PdfSummary(const Workspace &workspace, const WorkspaceGraph &graph, double width)
        : m_workspace(workspace), m_graph(graph), m_width(width) {}
    // Adds text broken into lines; the first carries spaceBefore.
    void add(const QString &text, double size, bool bold, double indent, const QColor &color, double spaceBefore,
             bool keepWithNext = false);
    void addGaps();
    void addMetrics();
    void addElements();
    void addInsights();
    void addOpportunities();
    // "A, B, C and 4 more": at most a few names of a long list.
    static QString someOf(QStringList titles);

    const Workspace &m_workspace;
    const WorkspaceGraph &m_graph;
    double m_width;
    QList<Line> m_lines;
};

} // namespace cx
