// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPointer>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

namespace cx {

class ArchitectureView;

// The architecture's links, painted for the part of the picture the item covers: the view
// places it over its viewport and sets origin to the layout point at its top-left, so the
// texture stays the size of the window however large the picture is. Links of the selected
// chain are drawn in the highlight colour over the others, which fade.
class LinksItem : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(cx::ArchitectureView *view READ view WRITE setView NOTIFY viewChanged)
    Q_PROPERTY(QPointF origin READ origin WRITE setOrigin NOTIFY originChanged)
    Q_PROPERTY(qreal zoom READ zoom WRITE setZoom NOTIFY zoomChanged)
    Q_PROPERTY(QColor lineColor MEMBER m_lineColor NOTIFY colorsChanged)
    Q_PROPERTY(QColor chainColor MEMBER m_chainColor NOTIFY colorsChanged)

public:
    explicit LinksItem(QQuickItem *parent = nullptr);

    ArchitectureView *view() const { return m_view; }
    void setView(ArchitectureView *view);
    QPointF origin() const { return m_origin; }
    void setOrigin(QPointF origin);
    qreal zoom() const { return m_zoom; }
    void setZoom(qreal zoom);
    void paint(QPainter *painter) override;

Q_SIGNALS:
    void viewChanged();
    void originChanged();
    void zoomChanged();
    void colorsChanged();

private:
    QPointer<ArchitectureView> m_view;
    QPointF m_origin;
    qreal m_zoom = 1;
    QColor m_lineColor{0x8a, 0x94, 0xa3};
    QColor m_chainColor{0x2f, 0x5f, 0xd0};
};

} // namespace cx
