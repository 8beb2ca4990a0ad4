// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sparklineitem.h"

#include <QPainter>
#include <QPolygonF>
#include <algorithm>

namespace cx {

SparklineItem::SparklineItem(QQuickItem *parent) : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
}

void SparklineItem::setLines(const QVariantList &lines)
{
    if (lines == m_lines)
        return;
    m_lines = lines;
    Q_EMIT linesChanged();
    update();
}

void SparklineItem::setColor(const QColor &color)
{
    if (color == m_color)
        return;
    m_color = color;
    Q_EMIT colorChanged();
    update();
}

void SparklineItem::paint(QPainter *painter)
{
    if (m_lines.isEmpty() || width() < 4 || height() < 4)
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal band = height() / qreal(m_lines.size());
    const qreal dot = 2.5;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        const QVariantList values = m_lines[i].toList();
        if (values.size() < 2)
            continue;
        double low = values.constFirst().toDouble(), high = low;
        for (const QVariant &v : values) {
            low = std::min(low, v.toDouble());
            high = std::max(high, v.toDouble());
        }
        const qreal top = qreal(i) * band + dot, h = band - 2 * dot, w = width() - 2 * dot;
        QPolygonF line;
        for (qsizetype k = 0; k < values.size(); ++k) {
            const double v = values[k].toDouble();
            const qreal y = high > low ? top + h * (1 - (v - low) / (high - low)) : top + h / 2;
            line.append({dot + w * qreal(k) / qreal(values.size() - 1), y});
        }
        painter->setPen(QPen(m_color, 1.25));
        painter->drawPolyline(line);
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_color);
        painter->drawEllipse(line.constLast(), dot, dot);
    }
}

} // namespace cx
