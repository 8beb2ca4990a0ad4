// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "architecturepainter.h"

#include "exportstyle.h"
#include "model/labels.h"

#include <QPainter>
#include <QPainterPath>

namespace cx {

namespace S = ExportStyle;

ArchitecturePainter::ArchitecturePainter(const Workspace &workspace, const ArchitectureLayout &layout)
    : m_workspace(workspace), m_layout(layout)
{
    // A picture of one journey's moments (the PDF's) names the journey once, in its heading.
    QSet<Uid> journeys;
    for (const ArchitectureLayout::Box &box : layout.boxes) {
        if (box.kind == NodeKind::Moment)
            journeys.insert(workspace.moments.value(box.uid).journey);
    }
    m_oneJourney = journeys.size() <= 1;
}

QSizeF ArchitecturePainter::size() const
{
    return m_layout.size + QSizeF(2 * margin, 2 * margin);
}

QString ArchitecturePainter::detailOf(const ArchitectureLayout::Box &box) const
{
    if (box.kind == NodeKind::Moment) {
        const Moment m = m_workspace.moments.value(box.uid);
        const QString stage = m_workspace.stages.value(m.stage).title;
        return m_oneJourney ? stage : m_workspace.journeys.value(m.journey).title + QStringLiteral(" · ") + stage;
    }
    if (box.kind == NodeKind::Metric) {
        const Metric m = m_workspace.metrics.value(box.uid);
        return label(m.kind) + QStringLiteral(" · ") + S::metricLevelLabel(m.level);
    }
    const Element e = m_workspace.elements.value(box.uid);
    return e.owner.isEmpty() ? tr("No owner") : e.owner;
}

void ArchitecturePainter::paint(QPainter *painter, const QRectF &clip) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF whole(QPointF(0, 0), size());
    // In layout units from here on; a little slack for pens and labels beside the boxes.
    const QRectF area = (clip.isNull() ? whole : clip & whole).translated(-margin, -margin).adjusted(-4, -4, 4, 4);
    painter->fillRect(whole & (clip.isNull() ? whole : clip), S::card);
    painter->translate(margin, margin);

    // Layer bands and names.
    const QFont heading = S::font(S::titleSize, true);
    for (qsizetype i = 0; i < m_layout.layers.size(); ++i) {
        const ArchitectureLayout::Layer &layer = m_layout.layers[i];
        if (!layer.band.intersects(area))
            continue;
        if (i % 2 == 1)
            painter->fillRect(layer.band, S::mapBackground);
        const double h = QFontMetricsF(heading).lineSpacing();
        S::drawLines(painter, QRectF(layer.band.left() + 4, layer.band.center().y() - h / 2, 120, h),
                     {pluralLabel(layer.kind)}, heading, S::mutedText);
    }

    // The links under the boxes; a cubic curve lies within its control points' bounds.
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(S::mutedText, 1.2));
    for (const ArchitectureLayout::Edge &edge : m_layout.edges) {
        const QRectF bounds = QRectF(edge.start, edge.end).normalized()
                                  .united(QRectF(edge.control1, edge.control2).normalized());
        if (!bounds.adjusted(-1, -1, 1, 1).intersects(area))
            continue;
        QPainterPath path(edge.start);
        path.cubicTo(edge.control1, edge.control2, edge.end);
        painter->drawPath(path);
    }

    if (m_layout.lineOfVisibility && !m_layout.layers.isEmpty()) {
        const double y = *m_layout.lineOfVisibility;
        QColor line = S::visibilityLine;
        line.setAlphaF(0.8f);
        painter->setPen(QPen(line, 2));
        painter->drawLine(QPointF(std::max(0.0, area.left()), y),
                          QPointF(std::min(m_layout.layers.constFirst().band.width(), area.right()), y));
        if (area.intersects(QRectF(0, y, 200, 18)))
            S::drawLines(painter, QRectF(0, y + 4, 200, 14), {tr("Line of visibility")}, S::font(S::smallSize, true),
                         S::visibilityLine);
    }
    if (m_layout.metricsColumn.height() > 0)
        S::drawLines(painter, QRectF(m_layout.metricsColumn.left(), m_layout.metricsColumn.top() - 24, 200, 18),
                     {pluralLabel(NodeKind::Metric)}, heading, S::mutedText);

    for (const ArchitectureLayout::Box &box : m_layout.boxes) {
        if (box.rect.intersects(area))
            paintBox(painter, box);
    }
    if (!m_layout.keyLines.isEmpty() && m_layout.keyArea.intersects(area))
        S::drawLines(painter, m_layout.keyArea, m_layout.keyLines, S::font(ArchitectureLayout::keySize), S::text);
    painter->restore();
}

void ArchitecturePainter::paintBox(QPainter *painter, const ArchitectureLayout::Box &box) const
{
    const QRectF r = box.rect;
    const bool matters = box.kind == NodeKind::Moment && m_workspace.moments.value(box.uid).mattersMost;
    painter->setPen(QPen(S::cardBorder, 1));
    painter->setBrush(S::card);
    painter->drawRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    painter->setPen(Qt::NoPen);
    painter->setBrush(S::kindColor(box.kind));
    painter->drawRoundedRect(QRectF(r.left() + 1, r.top() + 1, 5, r.height() - 2), 3, 3);
    const std::optional<Node> node = m_workspace.node(box.uid);
    const QString title = node ? titleOf(*node) : QString();
    const QRectF titleRect(r.left() + 12, r.top() + 7, r.width() - 12 - (matters ? 22 : 6), r.height() - 14);
    S::drawLines(painter, titleRect, m_layout.titleLinesOf(title, matters, box.keyNumber), m_layout.titleFont(matters), S::text);
    const QFont small = S::font(S::smallSize);
    const QRectF detailRect(r.left() + 12, r.bottom() - 7 - 14, r.width() - 20, 14);
    S::drawLines(painter, detailRect, {QFontMetricsF(small).elidedText(detailOf(box), Qt::ElideRight, detailRect.width())},
                 small, S::mutedText);
    if (matters)
        S::drawLines(painter, QRectF(r.right() - 22, r.top() + 5, 16, 16), {QStringLiteral("★")}, S::font(13), S::matters,
                     Qt::AlignRight);
}

} // namespace cx
