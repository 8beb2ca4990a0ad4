// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "minimapitem.h"

#include "journeycanvas.h"

#include <QPainter>

namespace cx {

MinimapItem::MinimapItem(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    connect(this, &QQuickItem::widthChanged, this, &MinimapItem::mapScaleChanged);
    connect(this, &QQuickItem::heightChanged, this, &MinimapItem::mapScaleChanged);
    connect(this, &MinimapItem::colorsChanged, this, [this] { update(); });
}

void MinimapItem::setCanvas(JourneyCanvas *canvas)
{
    if (canvas == m_canvas)
        return;
    if (m_canvas)
        disconnect(m_canvas, nullptr, this, nullptr);
    m_canvas = canvas;
    if (m_canvas) {
        connect(m_canvas, &JourneyCanvas::layoutChanged, this, [this] {
            Q_EMIT mapScaleChanged();
            update();
        });
    }
    Q_EMIT canvasChanged();
    Q_EMIT mapScaleChanged();
    update();
}

qreal MinimapItem::mapScale() const
{
    if (!m_canvas || m_canvas->contentWidth() <= 0 || m_canvas->contentHeight() <= 0)
        return 1;
    return std::min(width() / m_canvas->contentWidth(), height() / m_canvas->contentHeight());
}

void MinimapItem::paint(QPainter *painter)
{
    if (!m_canvas)
        return;
    const JourneyLayout &layout = m_canvas->layout();
    const qreal s = mapScale();
    painter->scale(s, s);
    painter->setPen(QPen(m_lineColor, 0));
    for (const JourneyLayout::Row &row : layout.rows)
        painter->drawLine(QPointF(0, row.body.top()), QPointF(layout.size.width(), row.body.top()));
    for (const JourneyLayout::Column &column : layout.columns)
        painter->drawLine(QPointF(column.header.left(), 0), QPointF(column.header.left(), layout.size.height()));
    // Cards as marks at least a pixel high, so thousands still read as density.
    painter->setPen(Qt::NoPen);
    const qreal minimum = 1.0 / s;
    const Workspace *w = m_canvas->workspace() && m_canvas->workspace()->document()
        ? &m_canvas->workspace()->document()->workspace() : nullptr;
    for (const JourneyLayout::Card &card : layout.cards) {
        const bool matters = w && w->moments.value(card.moment).mattersMost;
        QRectF r = card.rect;
        r.setHeight(std::max(r.height(), minimum));
        painter->fillRect(r, matters ? m_highlightColor : m_cardColor);
    }
}

} // namespace cx
