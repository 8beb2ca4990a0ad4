// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journeypainter.h"

#include "exportstyle.h"
#include "layout/textlines.h"

#include <QPainter>

namespace cx {

namespace S = ExportStyle;

JourneyPainter::JourneyPainter(const Workspace &workspace, const JourneyLayout &layout)
    : m_workspace(workspace), m_layout(layout)
{
    for (const Vote &vote : workspace.votes)
        m_votes[vote.moment] += vote.dots;
}

QSizeF JourneyPainter::size() const
{
    return {m_layout.size.width(), m_layout.size.height() + legendHeight};
}

void JourneyPainter::paint(QPainter *painter, const QRectF &clip) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF area = clip.isNull() ? QRectF(QPointF(0, 0), size()) : clip;
    paintGrid(painter, area);
    for (const JourneyLayout::Card &card : m_layout.cards) {
        if (card.rect.intersects(area))
            paintCard(painter, card);
    }
    paintCurves(painter, area);
    paintLegend(painter);
    painter->restore();
}

void JourneyPainter::paintGrid(QPainter *painter, const QRectF &clip) const
{
    const LayoutMetrics &m = m_layout.metrics;
    painter->fillRect(QRectF(QPointF(0, 0), size()), S::mapBackground);
    const QPen grid(S::gridLine, 1);

    // Lanes: a tinted band across the map and a header at the left.
    const QFont laneFont = S::font(14, true);
    const QFont smallFont = S::font(S::smallSize);
    for (const JourneyLayout::Row &row : m_layout.rows) {
        if (!row.header.united(row.body).intersects(clip))
            continue;
        painter->setPen(grid);
        painter->setBrush(S::laneTint(row.kind));
        painter->drawRect(row.body);
        painter->setBrush(S::headerBackground);
        painter->drawRect(row.header);
        const QString title = m_workspace.lanes.value(row.lane).title;
        const QRectF text = row.header.adjusted(10, 10, -10, -6);
        // Paper has no tooltip: a long name shrinks to stay whole.
        const TextLines::Fitted fitted = TextLines::fit(title, text.width(), text.height(), laneFont.pixelSize(), 7, true);
        const double used = S::drawLines(painter, text, fitted.lines, fitted.font, S::text);
        const QString kind = S::laneKindLabel(row.kind);
        if (kind != title && used + 16 < text.height())
            S::drawLines(painter, text.adjusted(0, used + 2, 0, 0), {kind}, smallFont, S::mutedText);
    }

    // The emotion band when the journey has no emotions lane of its own.
    const bool ownBand = std::none_of(m_layout.rows.cbegin(), m_layout.rows.cend(),
                                      [](const JourneyLayout::Row &r) { return r.kind == LaneKind::Emotions; });
    if (ownBand && !m_layout.curveArea.isNull()) {
        const QRectF band(m.laneHeaderWidth, m_layout.curveArea.top() - m.cellPadding,
                          m_layout.size.width() - m.laneHeaderWidth,
                          m_layout.curveArea.height() + 2 * m.cellPadding);
        painter->setPen(grid);
        painter->setBrush(S::curveBand);
        painter->drawRect(band);
        painter->setBrush(S::headerBackground);
        const QRectF header(0, band.top(), m.laneHeaderWidth, band.height());
        painter->drawRect(header);
        S::drawLines(painter, header.adjusted(10, 10, -10, 0), {tr("Emotion")}, laneFont, S::text);
    }

    // Stage headers along the top, and the column borders.
    const QFont stageFont = S::font(15, true);
    for (const JourneyLayout::Column &column : m_layout.columns) {
        if (!column.header.united(column.body).intersects(clip))
            continue;
        painter->setPen(grid);
        painter->setBrush(S::headerBackground);
        painter->drawRect(column.header);
        painter->drawLine(column.body.topRight(), column.body.bottomRight());
        const QString title = m_workspace.stages.value(column.stage).title;
        const QRectF text = column.header.adjusted(12, 6, -12, -6);
        const TextLines::Fitted fitted = TextLines::fit(title, text.width(), text.height(), stageFont.pixelSize(), 7, true);
        const double h = QFontMetricsF(fitted.font).lineSpacing() * double(fitted.lines.size());
        S::drawLines(painter, text.adjusted(0, (text.height() - h) / 2, 0, 0), fitted.lines, fitted.font, S::text);
    }
    painter->setPen(grid);
    painter->setBrush(S::headerBackground);
    painter->drawRect(QRectF(0, 0, m.laneHeaderWidth, m.stageHeaderHeight));

    // The line of visibility: what the customer sees above, what supports it below.
    if (m_layout.lineOfVisibility) {
        const double y = *m_layout.lineOfVisibility;
        QPen pen(S::visibilityLine, 2, Qt::DashLine);
        painter->setPen(pen);
        painter->drawLine(QPointF(0, y), QPointF(m_layout.size.width(), y));
        const QFont f = S::font(S::smallSize, true);
        S::drawLines(painter, QRectF(m.laneHeaderWidth + 8, y - 16, 300, 14), {tr("Line of visibility")}, f,
                     S::visibilityLine);
    }
}

void JourneyPainter::paintCard(QPainter *painter, const JourneyLayout::Card &card) const
{
    const Moment moment = m_workspace.moments.value(card.moment);
    const QRectF r = card.rect;
    const QColor tint(moment.color);
    QColor fill = S::card;
    if (tint.isValid()) {
        // Qt.tint(card, "#40rrggbb"): a quarter of the user's colour over the card.
        fill = QColor::fromRgbF(S::card.redF() * 0.75f + tint.redF() * 0.25f,
                                S::card.greenF() * 0.75f + tint.greenF() * 0.25f,
                                S::card.blueF() * 0.75f + tint.blueF() * 0.25f);
    }
    const double border = moment.mattersMost ? 2 : 1;
    painter->setPen(QPen(moment.mattersMost ? S::matters : S::cardBorder, border));
    painter->setBrush(fill);
    painter->drawRoundedRect(r.adjusted(border / 2, border / 2, -border / 2, -border / 2), S::cardRadius,
                             S::cardRadius);
    if (tint.isValid()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(tint);
        painter->drawRoundedRect(QRectF(r.left() + border, r.top() + border, 4, r.height() - 2 * border), 2, 2);
    }

    // Badges at the top right: evidence, the star, votes.
    const double badgeX = r.right() - 6 - 12;
    QRectF dot(badgeX, r.top() + 6, 12, 12);
    painter->setPen(QPen(S::evidence, 1.5));
    painter->setBrush(moment.evidence == EvidenceLevel::ResearchBased ? QBrush(S::evidence) : QBrush(Qt::NoBrush));
    painter->drawEllipse(dot.adjusted(0.75, 0.75, -0.75, -0.75));
    if (moment.evidence == EvidenceLevel::PartlyBacked) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(S::evidence);
        painter->drawPie(dot.adjusted(0.75, 0.75, -0.75, -0.75), 90 * 16, 180 * 16);
    }
    double badgeY = dot.bottom() + 2;
    if (moment.mattersMost) {
        S::drawLines(painter, QRectF(r.right() - 40, badgeY, 34, 16), {QStringLiteral("★")}, S::font(13), S::matters,
                     Qt::AlignRight);
        badgeY += 17;
    }
    if (const int votes = m_votes.value(card.moment); votes > 0)
        S::drawLines(painter, QRectF(r.right() - 40, badgeY, 34, 14), {QStringLiteral("●") + QString::number(votes)},
                     S::font(S::smallSize), S::mutedText, Qt::AlignRight);

    // The title above channel · owner at the bottom.
    const QRectF text = r.adjusted(12, 8, -(6 + 12 + 6), -8);
    QStringList sub;
    if (!moment.channel.isEmpty())
        sub.append(moment.channel);
    if (!moment.owner.isEmpty())
        sub.append(moment.owner);
    // Paper cannot show the rest on hover: a title too long for its lines gets more, smaller.
    const double subHeight = sub.isEmpty() ? 0 : QFontMetricsF(S::font(S::smallSize)).lineSpacing() + 1;
    const TextLines::Fitted title = TextLines::fit(moment.title, text.width(), text.height() - subHeight, S::titleSize, 7,
                                                   moment.mattersMost);
    S::drawLines(painter, text, title.lines, title.font, S::text);
    if (!sub.isEmpty()) {
        const QFont small = S::font(S::smallSize);
        const QFontMetricsF fm(small);
        const QString line = fm.elidedText(sub.join(QStringLiteral(" · ")), Qt::ElideRight, text.width());
        S::drawLines(painter, QRectF(text.left(), r.bottom() - 8 - fm.lineSpacing(), text.width(), fm.lineSpacing()),
                     {line}, small, S::mutedText);
    }
}

void JourneyPainter::paintCurves(QPainter *painter, const QRectF &clip) const
{
    const QRectF area = m_layout.curveArea;
    if (area.isNull() || !area.adjusted(-48, -8, 8, 8).intersects(clip))
        return;
    const QRectF near = clip.adjusted(-8, -8, 8, 8);
    // Guides at +2 … -2 with their scores at the left.
    const QFont small = S::font(S::smallSize);
    for (int i = 0; i <= 4; ++i) {
        const int score = 2 - i;
        const double y = area.top() + area.height() * i / 4;
        painter->setPen(QPen(score == 0 ? S::gridLine : S::curveGuide, 1));
        painter->drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
        const QString label = score > 0 ? QStringLiteral("+") + QString::number(score) : QString::number(score);
        S::drawLines(painter, QRectF(area.left() - 40, y - 7, 32, 14), {label}, small, S::mutedText, Qt::AlignRight);
    }
    // Persona curves under the journey's, which is drawn last and thickest.
    for (qsizetype i = m_layout.curves.size() - 1; i >= 0; --i) {
        const JourneyLayout::Curve &curve = m_layout.curves[i];
        const bool journeyWide = curve.persona.isNull();
        const QColor color = journeyWide ? S::journeyCurve : S::personaColor(m_workspace, curve.persona);
        QPen pen(color, journeyWide ? 3 : 2);
        pen.setCapStyle(Qt::RoundCap);
        pen.setJoinStyle(Qt::RoundJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(pathFromSvg(curve.svgPath));
        painter->setPen(QPen(S::card, 2));
        painter->setBrush(color);
        for (const JourneyLayout::CurvePoint &point : curve.points) {
            if (near.contains(point.point))
                painter->drawEllipse(point.point, 5.5, 5.5);
        }
    }
}

void JourneyPainter::paintLegend(QPainter *painter) const
{
    if (m_layout.curves.isEmpty())
        return;
    const double y = m_layout.size.height() + legendHeight / 2;
    double x = m_layout.metrics.laneHeaderWidth;
    const QFont f = S::font(12);
    const QFontMetricsF fm(f);
    S::drawLines(painter, QRectF(12, y - 8, x - 12, 16), {tr("Emotion curves:")}, S::font(12, true), S::text);
    for (qsizetype i = 0; i < m_layout.curves.size(); ++i) {
        const JourneyLayout::Curve &curve = m_layout.curves[i];
        const bool journeyWide = curve.persona.isNull();
        const QColor color = journeyWide ? S::journeyCurve : S::personaColor(m_workspace, curve.persona);
        painter->setPen(QPen(color, journeyWide ? 3 : 2, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(QPointF(x, y), QPointF(x + 28, y));
        const QString label = journeyWide ? tr("Journey") : m_workspace.personas.value(curve.persona).title;
        const double w = fm.horizontalAdvance(label) + 4;
        S::drawLines(painter, QRectF(x + 34, y - fm.lineSpacing() / 2, w, fm.lineSpacing()), {label}, f, S::text);
        x += 34 + w + 24;
    }
}

QPainterPath JourneyPainter::pathFromSvg(const QString &svg)
{
    QPainterPath path;
    const QStringList tokens = svg.split(u' ', Qt::SkipEmptyParts);
    QChar command;
    QList<double> numbers;
    auto flush = [&]() {
        if (command == u'M' && numbers.size() >= 2)
            path.moveTo(numbers[0], numbers[1]);
        else if (command == u'L' && numbers.size() >= 2)
            path.lineTo(numbers[0], numbers[1]);
        else if (command == u'C' && numbers.size() >= 6)
            path.cubicTo(numbers[0], numbers[1], numbers[2], numbers[3], numbers[4], numbers[5]);
        numbers.clear();
    };
    for (const QString &token : tokens) {
        if (token.size() == 1 && token[0].isLetter()) {
            flush();
            command = token[0];
            continue;
        }
        numbers.append(token.toDouble());
    }
    flush();
    return path;
}

} // namespace cx
