// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "curveitem.h"

#include "journeycanvas.h"

#include <QSGFlatColorMaterial>
#include <QSGGeometryNode>
#include <cmath>

namespace cx {

CurveItem::CurveItem(QQuickItem *parent)
    : QQuickItem(parent)
{
    setFlag(ItemHasContents, true);
}

void CurveItem::setCanvas(JourneyCanvas *canvas)
{
    if (canvas == m_canvas)
        return;
    if (m_canvas)
        disconnect(m_canvas, nullptr, this, nullptr);
    m_canvas = canvas;
    if (m_canvas) {
        connect(m_canvas, &JourneyCanvas::layoutChanged, this, [this] {
            m_geometryDirty = true;
            update();
        });
    }
    m_geometryDirty = true;
    update();
    Q_EMIT canvasChanged();
}

void CurveItem::setPersona(const QString &persona)
{
    if (persona == m_persona)
        return;
    m_persona = persona;
    m_geometryDirty = true;
    update();
    Q_EMIT personaChanged();
}

void CurveItem::setColor(const QColor &color)
{
    if (color == m_color)
        return;
    m_color = color;
    update();
    Q_EMIT colorChanged();
}

void CurveItem::setLineWidth(qreal width)
{
    if (qFuzzyCompare(width, m_lineWidth))
        return;
    m_lineWidth = width;
    m_geometryDirty = true;
    update();
    Q_EMIT lineWidthChanged();
}

QSGNode *CurveItem::updatePaintNode(QSGNode *old, UpdatePaintNodeData *)
{
    auto *node = static_cast<QSGGeometryNode *>(old);
    if (!node) {
        node = new QSGGeometryNode;
        auto *geometry = new QSGGeometry(QSGGeometry::defaultAttributes_Point2D(), 0);
        geometry->setDrawingMode(QSGGeometry::DrawTriangleStrip);
        node->setGeometry(geometry);
        node->setFlag(QSGNode::OwnsGeometry);
        node->setMaterial(new QSGFlatColorMaterial);
        node->setFlag(QSGNode::OwnsMaterial);
        m_geometryDirty = true;
    }
    auto *material = static_cast<QSGFlatColorMaterial *>(node->material());
    if (material->color() != m_color) {
        material->setColor(m_color);
        node->markDirty(QSGNode::DirtyMaterial);
    }
    if (!m_geometryDirty)
        return node;
    m_geometryDirty = false;

    QList<QPointF> line;
    if (m_canvas) {
        const Uid persona = m_persona.isEmpty() ? Uid() : uidFromText(m_persona);
        for (const JourneyLayout::Curve &curve : m_canvas->layout().curves) {
            if (curve.persona == persona)
                line = curve.polyline;
        }
    }
    // Two vertices a point, either side of the line along the normal of its neighbours.
    QSGGeometry *geometry = node->geometry();
    const int count = line.size() >= 2 ? int(line.size()) : 0;
    geometry->allocate(2 * count);
    QSGGeometry::Point2D *v = geometry->vertexDataAsPoint2D();
    const double half = m_lineWidth / 2;
    for (int i = 0; i < count; ++i) {
        const QPointF before = line[std::max(i - 1, 0)];
        const QPointF after = line[std::min(i + 1, count - 1)];
        const QPointF delta = after - before;
        const double length = std::hypot(delta.x(), delta.y());
        const QPointF n = length > 0 ? QPointF(-delta.y() / length, delta.x() / length) * half : QPointF(0, half);
        v[2 * i].set(float(line[i].x() + n.x()), float(line[i].y() + n.y()));
        v[2 * i + 1].set(float(line[i].x() - n.x()), float(line[i].y() - n.y()));
    }
    node->markDirty(QSGNode::DirtyGeometry);
    return node;
}

} // namespace cx
