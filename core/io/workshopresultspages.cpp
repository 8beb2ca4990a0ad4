// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshopresultspages.h"

#include "layout/textlines.h"
#include "workshop/roundresults.h"

#include <QLocale>
#include <QPainter>
#include <algorithm>

namespace cx {

namespace S = ExportStyle;

namespace {

constexpr double rowPadding = 4;     // above and below a ranked moment
constexpr double titleSize = 10.5;   // a ranked moment's title
constexpr double detailSize = 8.5;   // its stage, lane and voters; column heads; tags
constexpr double barHeight = 9;
constexpr double participantWidth = 150; // the least width of one participant's cell
constexpr double dotPitch = 9;       // between the centres of a participant's dots, at most

// TextLines measures DejaVu Sans at 8–11 px a few per cent narrower than QPdfWriter draws it
// (the PDF's glyph advances at such small pixel sizes are wider), so text is broken to a width
// that leaves that much room and stays inside the margins on paper.
constexpr double printSlack = 0.96;

double lineHeight(double size, bool bold = false)
{
    return QFontMetricsF(S::font(size, bold)).lineSpacing();
}

// "12 June 2025, 13:30–13:42 UTC": when the round ran, in UTC like the CSV, so every
// reader of the page reads the same times.
QString whenText(const VotingRound &round)
{
    const QDateTime from = round.started.toUTC(), to = round.ended.toUTC();
    const QLocale locale;
    const QString day = locale.toString(from.date(), QLocale::LongFormat);
    const QString start = from.time().toString(QStringLiteral("HH:mm"));
    if (from.date() == to.date())
        return WorkshopResultsPages::tr("%1, %2–%3 UTC").arg(day, start, to.time().toString(QStringLiteral("HH:mm")));
    return WorkshopResultsPages::tr("%1, %2 UTC to %3, %4 UTC")
        .arg(day, start, locale.toString(to.date(), QLocale::LongFormat), to.time().toString(QStringLiteral("HH:mm")));
}

} // namespace

WorkshopResultsPages::WorkshopResultsPages(const Workspace &workspace, QSizeF content)
    : m_workspace(workspace), m_content(content)
{
}

QList<VotingRound> WorkshopResultsPages::roundsOf(const Workspace &workspace, const Uid &journey, bool ended)
{
    QList<VotingRound> rounds;
    for (const VotingRound &r : workspace.roundsOf(journey)) { // by start time, then id
        if (r.isRunning() != ended)
            rounds.append(r);
    }
    return rounds;
}

WorkshopResultsPages::Columns WorkshopResultsPages::columns() const
{
    const double width = m_content.width();
    Columns c;
    c.gap = 12;
    c.rank = 40;
    c.bar = width * 0.24;
    c.tags = width * 0.15;
    c.title = width - c.rank - c.bar - c.tags - 3 * c.gap;
    return c;
}

double WorkshopResultsPages::columnHeadsHeight() const
{
    return lineHeight(detailSize, true) + 6;
}

int WorkshopResultsPages::participantsPerRow() const
{
    return std::max(1, int(m_content.width() / participantWidth));
}

QString WorkshopResultsPages::who(const VotingRound &round, const QString &voter) const
{
    return round.isAnonymous() ? tr("Participant %1").arg(voter) : voter;
}

void WorkshopResultsPages::addText(QList<Block> &blocks, const QString &text, double size, bool bold, const QColor &color,
                                   double spaceBefore, bool keepWithNext) const
{
    Block b;
    b.kind = keepWithNext ? Block::Heading : Block::Text;
    b.lines = TextLines::lines(text, S::font(size, bold), m_content.width() * printSlack);
    b.size = size;
    b.bold = bold;
    b.color = color;
    b.spaceBefore = spaceBefore;
    b.keepWithNext = keepWithNext;
    b.height = lineHeight(size, bold) * double(b.lines.size());
    blocks.append(b);
}

WorkshopResultsPages::Block WorkshopResultsPages::rankBlock(const Workspace &w, const VotingRound &round, const Uid &moment,
                                                            int rank, int dots, bool tied) const
{
    const Columns c = columns();
    const Moment m = w.moments.value(moment);
    Block b;
    b.kind = Block::Rank;
    b.rank = rank;
    b.dots = dots;
    b.matters = m.mattersMost;
    b.tied = tied;
    const double titleWidth = c.title * printSlack;
    b.lines = TextLines::lines(m.title, S::font(titleSize, true), titleWidth);
    // Where the moment is on the map, then who gave it dots, as one paragraph.
    QStringList voters;
    for (const QString &voter : round.voters()) {
        if (const int given = RoundResults::dotsOn(w, round.uid, moment, voter); given > 0)
            voters.append(tr("%1 %2").arg(who(round, voter)).arg(given));
    }
    b.details = TextLines::lines(tr("%1 · %2 — %3").arg(w.stages.value(m.stage).title, w.lanes.value(m.lane).title,
                                                         voters.join(QStringLiteral(" · "))),
                                 S::font(detailSize), titleWidth);
    const QFont tagFont = S::font(detailSize, true);
    if (tied)
        b.tags += TextLines::lines(tr("tied"), tagFont, c.tags * printSlack);
    b.tiedTagLines = b.tags.size();
    if (b.matters)
        b.tags += TextLines::lines(tr("moment that matters"), tagFont, c.tags * printSlack);
    const double text = lineHeight(titleSize, true) * double(b.lines.size()) + lineHeight(detailSize) * double(b.details.size());
    b.height = 2 * rowPadding + std::max({text, barHeight, lineHeight(detailSize, true) * double(b.tags.size())});
    return b;
}

QList<WorkshopResultsPages::Block> WorkshopResultsPages::build(const Uid &roundId) const
{
    const Workspace &w = m_workspace;
    const VotingRound round = w.rounds.value(roundId);
    const RoundResults results = RoundResults::of(w, roundId);
    QList<Block> blocks;

    // What the round was: journey, when, the dots it gave out and how many were used.
    addText(blocks, tr("Journey: %1").arg(w.journeys.value(round.journey).title), 11, true, S::text, 0);
    addText(blocks, whenText(round), 10, false, S::mutedText, 2);
    const int voters = int(round.voters().size());
    QStringList facts{tr("%n dot(s) per participant", nullptr, round.dotsPerParticipant),
                      round.isAnonymous() ? tr("%n anonymous participant(s)", nullptr, voters)
                                          : tr("%n participant(s)", nullptr, voters),
                      tr("%n voted", nullptr, results.participantsWhoVoted()),
                      tr("%1 of %n dot(s) given", nullptr, voters * round.dotsPerParticipant).arg(results.totalDots)};
    if (round.hideTally)
        facts.append(tr("the tally was hidden until the round ended"));
    addText(blocks, facts.join(QStringLiteral(" · ")), 10, false, S::mutedText, 2);
    QStringList matter;
    for (const RoundResults::Entry &e : results.ranking) {
        if (w.moments.value(e.moment).mattersMost)
            matter.append(w.moments.value(e.moment).title);
    }
    if (!results.ranking.isEmpty()) {
        addText(blocks, matter.isEmpty() ? tr("None of the ranked moments is marked as a moment that matters.")
                                         : tr("Marked as moments that matter: %1.").arg(QLocale().createSeparatedList(matter)),
                10, false, S::matters, 2);
    }
    if (!round.notes.trimmed().isEmpty())
        addText(blocks, round.notes.trimmed(), 10, false, S::text, 6);

    // The ranking, under its column heads.
    addText(blocks, tr("Moments by dots"), 13, true, S::text, 16, true);
    if (results.ranking.isEmpty()) {
        addText(blocks, tr("No dots were given in this round."), 10, false, S::mutedText, 4);
    } else {
        Block heads;
        heads.kind = Block::ColumnHeads;
        heads.height = columnHeadsHeight();
        heads.spaceBefore = 6;
        heads.keepWithNext = true;
        blocks.append(heads);
        for (const RoundResults::Entry &e : results.ranking)
            blocks.append(rankBlock(w, round, e.moment, e.rank, e.dots, e.tied));
    }

    // Participation: a few participants to a row.
    addText(blocks, tr("Participation"), 13, true, S::text, 18, true);
    const int perRow = participantsPerRow();
    double nameLines = 1;
    for (const RoundResults::Participation &p : results.participation) {
        nameLines = std::max(nameLines, double(TextLines::lines(who(round, p.participant), S::font(10, true),
                                                                (m_content.width() / perRow - 8) * printSlack).size()));
    }
    for (qsizetype first = 0; first < results.participation.size(); first += perRow) {
        Block row;
        row.kind = Block::Participants;
        row.firstVoter = first;
        row.voterCount = std::min<qsizetype>(perRow, results.participation.size() - first);
        row.height = lineHeight(10, true) * nameLines + lineHeight(detailSize) + 8;
        row.spaceBefore = first == 0 ? 6 : 2;
        blocks.append(row);
    }
    if (results.participation.isEmpty())
        addText(blocks, tr("Nobody was named or seated in this round."), 10, false, S::mutedText, 4);
    return blocks;
}

bool WorkshopResultsPages::repeatsHeads(const QList<Block> &blocks, qsizetype first) const
{
    return first > 0 && blocks[first].kind == Block::Rank;
}

QList<WorkshopResultsPages::Span> WorkshopResultsPages::plan(const Uid &round)
{
    auto it = m_blocks.find(round);
    if (it == m_blocks.end())
        it = m_blocks.insert(round, build(round));
    const QList<Block> &blocks = *it;
    QList<Span> spans;
    qsizetype first = 0;
    do {
        double y = repeatsHeads(blocks, first) ? columnHeadsHeight() : 0;
        qsizetype i = first;
        for (; i < blocks.size(); ++i) {
            const double h = blocks[i].height + (i == first ? 0 : blocks[i].spaceBefore);
            if (i > first && y + h > m_content.height())
                break;
            y += h;
        }
        // A heading, or the column heads, goes over with what follows it.
        if (i < blocks.size()) {
            qsizetype keep = i;
            while (keep - 1 > first && blocks[keep - 1].keepWithNext)
                --keep;
            i = std::max(keep, first + 1);
        }
        spans.append(Span{first, i - first});
        first = i;
    } while (first < blocks.size());
    return spans;
}

QString WorkshopResultsPages::heading(const Uid &round, const Span &span) const
{
    const QString name = m_workspace.rounds.value(round).title;
    return span.first == 0 ? tr("Workshop results: %1").arg(name) : tr("Workshop results: %1 (continued)").arg(name);
}

void WorkshopResultsPages::paint(QPainter *painter, const Uid &round, const Span &span, const QRectF &content) const
{
    const QList<Block> blocks = m_blocks.value(round);
    int mostDots = 1;
    for (const Block &b : blocks) {
        if (b.kind == Block::Rank)
            mostDots = std::max(mostDots, b.dots);
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    double y = content.top();
    if (repeatsHeads(blocks, span.first)) {
        paintColumnHeads(painter, y, content.left());
        y += columnHeadsHeight();
    }
    for (qsizetype i = span.first; i < span.first + span.count && i < blocks.size(); ++i) {
        const Block &b = blocks[i];
        if (i > span.first)
            y += b.spaceBefore;
        switch (b.kind) {
        case Block::Text:
        case Block::Heading:
            S::drawLines(painter, QRectF(content.left(), y, content.width(), 0), b.lines, S::font(b.size, b.bold), b.color);
            break;
        case Block::ColumnHeads: paintColumnHeads(painter, y, content.left()); break;
        case Block::Rank: paintRank(painter, b, y, content.left(), mostDots); break;
        case Block::Participants: paintParticipants(painter, b, round, y, content.left()); break;
        }
        y += b.height;
    }
    painter->restore();
}

void WorkshopResultsPages::paintColumnHeads(QPainter *painter, double y, double left) const
{
    const Columns c = columns();
    const QFont font = S::font(detailSize, true);
    double x = left;
    S::drawLines(painter, QRectF(x, y, c.rank, 0), {tr("Rank")}, font, S::mutedText);
    x += c.rank + c.gap;
    S::drawLines(painter, QRectF(x, y, c.title, 0), {tr("Moment")}, font, S::mutedText);
    x += c.title + c.gap;
    S::drawLines(painter, QRectF(x, y, c.bar, 0), {tr("Dots")}, font, S::mutedText);
    const double bottom = y + columnHeadsHeight() - 1;
    painter->setPen(QPen(S::gridLine, 0.75));
    painter->drawLine(QPointF(left, bottom), QPointF(left + m_content.width(), bottom));
}

void WorkshopResultsPages::paintRank(QPainter *painter, const Block &b, double y, double left, int mostDots) const
{
    const Columns c = columns();
    const double top = y + rowPadding;
    double x = left;
    // A tied rank reads "=1", as a league table prints a shared place.
    const QString rank = b.tied ? QStringLiteral("=%1").arg(b.rank) : QString::number(b.rank);
    S::drawLines(painter, QRectF(x, top, c.rank - 6, 0), {rank}, S::font(titleSize, true), S::text, Qt::AlignRight);
    x += c.rank + c.gap;
    const double titleHeight = S::drawLines(painter, QRectF(x, top, c.title, 0), b.lines, S::font(titleSize, true), S::text);
    S::drawLines(painter, QRectF(x, top + titleHeight, c.title, 0), b.details, S::font(detailSize), S::mutedText);
    x += c.title + c.gap;

    // The dots as a bar against the most any moment got, with the number after it.
    const QFont numberFont = S::font(titleSize, true);
    const double numberWidth = QFontMetricsF(numberFont).horizontalAdvance(QString::number(mostDots)) + 8;
    const double track = std::max(10.0, c.bar - numberWidth);
    const double barTop = top + (lineHeight(titleSize, true) - barHeight) / 2;
    painter->setPen(Qt::NoPen);
    painter->setBrush(S::curveGuide);
    painter->drawRoundedRect(QRectF(x, barTop, track, barHeight), 2, 2);
    painter->setBrush(b.matters ? S::matters : S::accent);
    painter->drawRoundedRect(QRectF(x, barTop, std::max(2.0, track * b.dots / mostDots), barHeight), 2, 2);
    S::drawLines(painter, QRectF(x + track + 6, top, numberWidth, 0), {QString::number(b.dots)}, numberFont, S::text);
    x += c.bar + c.gap;

    double tagY = top;
    const QFont tagFont = S::font(detailSize, true);
    for (qsizetype i = 0; i < b.tags.size(); ++i) {
        const QColor color = i < b.tiedTagLines ? S::accent : S::matters;
        tagY += S::drawLines(painter, QRectF(x, tagY, c.tags, 0), {b.tags[i]}, tagFont, color);
    }
    painter->setPen(QPen(S::gridLine, 0.5));
    painter->drawLine(QPointF(left, y + b.height), QPointF(left + m_content.width(), y + b.height));
}

void WorkshopResultsPages::paintParticipants(QPainter *painter, const Block &b, const Uid &roundId, double y, double left) const
{
    const VotingRound round = m_workspace.rounds.value(roundId);
    const QStringList voters = round.voters();
    const double cell = m_content.width() / participantsPerRow();
    const QFont nameFont = S::font(10, true);
    const QFont countFont = S::font(detailSize);
    for (qsizetype i = 0; i < b.voterCount; ++i) {
        const QString voter = voters.value(b.firstVoter + i);
        const int used = RoundResults::usedBy(m_workspace, roundId, voter);
        const int of = round.dotsPerParticipant;
        const double x = left + cell * double(i);
        const QStringList name = TextLines::lines(who(round, voter), nameFont, (cell - 8) * printSlack);
        S::drawLines(painter, QRectF(x, y + 2, cell - 8, 0), name, nameFont, S::text);
        // One circle per dot the participant had, filled for each one given.
        const double dotsTop = y + 2 + b.height - 8 - lineHeight(detailSize);
        const QString count = tr("%1 of %2").arg(used).arg(of);
        const double countWidth = QFontMetricsF(countFont).horizontalAdvance(count) + 6;
        const double pitch = std::min(dotPitch, (cell - 8 - countWidth) / std::max(1, of));
        const double radius = pitch * 0.36;
        const double centreY = dotsTop + lineHeight(detailSize) / 2;
        for (int d = 0; d < of; ++d) {
            const QPointF centre(x + pitch * (d + 0.5), centreY);
            painter->setPen(QPen(S::accent, 0.8));
            painter->setBrush(d < used ? QBrush(S::accent) : QBrush(Qt::white));
            painter->drawEllipse(centre, radius, radius);
        }
        S::drawLines(painter, QRectF(x + pitch * of + 4, dotsTop, countWidth, 0), {count}, countFont,
                     used < of ? S::mutedText : S::text);
    }
}

} // namespace cx
