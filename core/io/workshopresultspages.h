// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportstyle.h"
#include "model/workspace.h"

#include <QCoreApplication>
#include <QRectF>

class QPainter;

namespace cx {

// The PDF's "Workshop results" pages of ended voting rounds: for each round its journey, when
// it ran, the dots per participant and how many were given, which ranked moments are moments
// that matter, the moments ranked by dots (RoundResults: rank, title, stage and lane, who gave
// the dots, the dots as a bar, ties and moments that matter marked), and each participant's
// dots used of those they had. Built as blocks of known height and broken into pages as the
// summary is: a long ranking goes on over as many pages as it needs, its column heads repeated.
// A running round has no results and no pages. PdfPages plans and heads the pages; this paints
// what goes under the heading, in points.
class WorkshopResultsPages
{
    Q_DECLARE_TR_FUNCTIONS(cx::PdfExport)

public:
    // A page's share of one round's blocks.
    struct Span {
        qsizetype first = 0;
        qsizetype count = 0;
    };

    // content: the room under a page's heading, in points.
    WorkshopResultsPages(const Workspace &workspace, QSizeF content);

    // The journey's rounds, by start time (then id): those that ended, or those still running.
    static QList<VotingRound> roundsOf(const Workspace &workspace, const Uid &journey, bool ended);

    // The pages of an ended round, at least one.
    QList<Span> plan(const Uid &round);
    // The page's heading: "Workshop results: NAME", and "(continued)" after the first page.
    QString heading(const Uid &round, const Span &span) const;
    // Paints the span's blocks from content's top-left; plan() must have seen the round.
    void paint(QPainter *painter, const Uid &round, const Span &span, const QRectF &content) const;

private:
    struct Block {
        enum Kind { Text, Heading, ColumnHeads, Rank, Participants } kind = Text;
        QStringList lines;        // Text, Heading: the lines; Rank: the moment's title
        QStringList details;      // Rank: stage and lane, then who gave the dots
        QStringList tags;         // Rank: "tied", "moment that matters"
        double size = 10;         // Text, Heading: the type's size
        bool bold = false;
        QColor color = ExportStyle::text;
        double spaceBefore = 0;   // above the block, unless it starts a page
        bool keepWithNext = false;
        double height = 0;
        int rank = 0, dots = 0;   // Rank
        bool matters = false;     // Rank: a moment that matters
        bool tied = false;        // Rank: shares its rank
        qsizetype tiedTagLines = 0; // Rank: the first tags' lines say "tied"
        qsizetype firstVoter = 0, voterCount = 0; // Participants: a row of the participation
    };
    struct Columns {
        double rank, title, bar, tags; // widths
        double gap;
    };

    QList<Block> build(const Uid &round) const;
    void addText(QList<Block> &blocks, const QString &text, double size, bool bold, const QColor &color,
                 double spaceBefore, bool keepWithNext = false) const;
    Block rankBlock(const Workspace &w, const VotingRound &round, const Uid &moment, int rank, int dots, bool tied) const;
    Columns columns() const;
    double columnHeadsHeight() const;
    int participantsPerRow() const;
    // Whether a page that starts with block first repeats the ranking's column heads.
    bool repeatsHeads(const QList<Block> &blocks, qsizetype first) const;
    QString who(const VotingRound &round, const QString &voter) const;

    void paintColumnHeads(QPainter *painter, double y, double left) const;
    void paintRank(QPainter *painter, const Block &block, double y, double left, int mostDots) const;
    void paintParticipants(QPainter *painter, const Block &block, const Uid &round, double y, double left) const;

    const Workspace &m_workspace;
    QSizeF m_content;
    QHash<Uid, QList<Block>> m_blocks;
};

} // namespace cx
