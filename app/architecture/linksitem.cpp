// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linksitem.h"

#include "architectureview.h"

#include <QPainter>
#include <QPainterPath>

namespace cx {

LinksItem::LinksItem(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
    connect(this, &LinksItem::colorsChanged, this, [this] { update(); });
}

void LinksItem::setView(ArchitectureView *view)
{
    if (view == m_view)
        return;
    if (m_view)
        disconnect(m_view, nullptr, this, nullptr);
    m_view = view;
    if (m_view) {
        connect(m_view, &ArchitectureView::layoutChanged, this, [this] { update(); });
        connect(m_view, &ArchitectureView::selectionChanged, this, [this] { update(); });
    }
    update();
    Q_EMIT viewChanged();
}

void LinksItem::setOrigin(QPointF origin)
{
    if (origin == m_origin)
        return;
    m_origin = origin;
    update();
    Q_EMIT originChanged();
}

void LinksItem::setZoom(qreal zoom)
{
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    m_zoom = zoom;
    update();
    Q_EMIT zoomChanged();
}

void LinksItem::paint(QPainter *painter)
{
    if (!m_view)
        return;
    const ArchitectureLayout &layout = m_view->layout();
    const QSet<Uid> &chain = m_view->chain();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->scale(m_zoom, m_zoom);
    painter->translate(-m_origin);
    const QRectF visible(m_origin, QSizeF(width() / m_zoom, height() / m_zoom));
    QColor faded = m_lineColor;
    if (!chain.isEmpty())
        faded.setAlphaF(0.3f);
    // Two passes: the other links first, the chain's over them.
    for (const bool highlighted : {false, true}) {
        QPen pen(highlighted ? m_chainColor : faded, highlighted ? 2.5 : 1.3);
        pen.setCapStyle(Qt::RoundCap);
        for (const ArchitectureLayout::Edge &edge : layout.edges) {
            const bool inChain = chain.contains(edge.from) && chain.contains(edge.to);
            if (inChain != highlighted)
                continue;
            QPainterPath path(edge.start);
            path.cubicTo(edge.control1, edge.control2, edge.end);
            if (!path.controlPointRect().intersects(visible))
                continue;
            // A metric's links are dashed: they measure or drive, they carry nothing.
            pen.setStyle(edge.relation == Relation::Measures || edge.relation == Relation::Drives ? Qt::DashLine
                                                                                                 : Qt::SolidLine);
            painter->setPen(pen);
            painter->drawPath(path);
            // An arrowhead where the link enters its target.
            const QPointF tip = edge.end;
            const QPointF back = edge.control2 - tip;
            const double length = std::max(1e-6, std::hypot(back.x(), back.y()));
            const QPointF unit = back / length;
            const QPointF normal(-unit.y(), unit.x());
            QPolygonF head{tip, tip + unit * 7 + normal * 3.5, tip + unit * 7 - normal * 3.5};
            painter->setBrush(pen.color());
            painter->setPen(Qt::NoPen);
            painter->drawPolygon(head);
            painter->setBrush(Qt::NoBrush);
        }
    }
}

} // namespace cx
