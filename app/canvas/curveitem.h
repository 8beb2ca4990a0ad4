// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPointer>
#include <QQuickItem>
#include <QtQml/qqmlregistration.h>

#include "journeycanvas.h"

namespace cx {

// One emotion curve as a scene-graph node: a triangle strip along the polyline core/layout
// sampled. Built when the layout changes, never while panning; a QtQuick.Shapes path of the
// same curve kept growing the renderer's memory on every frame of a pan.
class CurveItem : public QQuickItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(cx::JourneyCanvas *canvas READ canvas WRITE setCanvas NOTIFY canvasChanged)
    Q_PROPERTY(QString persona READ persona WRITE setPersona NOTIFY personaChanged)
    Q_PROPERTY(QColor color READ color WRITE setColor NOTIFY colorChanged)
    Q_PROPERTY(qreal lineWidth READ lineWidth WRITE setLineWidth NOTIFY lineWidthChanged)

public:
    explicit CurveItem(QQuickItem *parent = nullptr);

    JourneyCanvas *canvas() const { return m_canvas; }
    void setCanvas(JourneyCanvas *canvas);
    QString persona() const { return m_persona; }
    void setPersona(const QString &persona);
    QColor color() const { return m_color; }
    void setColor(const QColor &color);
    qreal lineWidth() const { return m_lineWidth; }
    void setLineWidth(qreal width);

Q_SIGNALS:
    void canvasChanged();
    void personaChanged();
    void colorChanged();
    void lineWidthChanged();

protected:
    QSGNode *updatePaintNode(QSGNode *old, UpdatePaintNodeData *) override;

private:
    QPointer<JourneyCanvas> m_canvas;
    QString m_persona;
    QColor m_color{Qt::black};
    qreal m_lineWidth = 2;
    bool m_geometryDirty = true;
};

} // namespace cx
