// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

namespace cx {

class JourneyCanvas;

// The whole journey map in miniature: columns, lanes and one mark per card, scaled to fit.
// Painted into a texture when the map changes, not while panning, so it costs nothing per
// frame whatever the number of cards. QML draws the viewport frame over it.
class MinimapItem : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(cx::JourneyCanvas *canvas READ canvas WRITE setCanvas NOTIFY canvasChanged)
    Q_PROPERTY(qreal mapScale READ mapScale NOTIFY mapScaleChanged)
    Q_PROPERTY(QColor cardColor MEMBER m_cardColor NOTIFY colorsChanged)
    Q_PROPERTY(QColor highlightColor MEMBER m_highlightColor NOTIFY colorsChanged)
    Q_PROPERTY(QColor lineColor MEMBER m_lineColor NOTIFY colorsChanged)

public:
    explicit MinimapItem(QQuickItem *parent = nullptr);

    JourneyCanvas *canvas() const { return m_canvas; }
    void setCanvas(JourneyCanvas *canvas);
    // Minimap pixels per layout unit.
    qreal mapScale() const;
    void paint(QPainter *painter) override;

Q_SIGNALS:
    void canvasChanged();
    void mapScaleChanged();
    void colorsChanged();

private:
    QPointer<JourneyCanvas> m_canvas;
    QColor m_cardColor{0x8a, 0x94, 0xa6};
    QColor m_highlightColor{0xd9, 0x7b, 0x29};
    QColor m_lineColor{0xcc, 0xd1, 0xd9};
};

} // namespace cx
