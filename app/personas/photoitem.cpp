// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "photoitem.h"

#include <QPainter>
#include <QPainterPath>

namespace cx {

PhotoItem::PhotoItem(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
}

void PhotoItem::setSource(const QByteArray &source)
{
    if (source == m_source)
        return;
    m_source = source;
    m_image = source.isEmpty() ? QImage() : QImage::fromData(source);
    Q_EMIT sourceChanged();
    update();
}

void PhotoItem::paint(QPainter *painter)
{
    if (m_image.isNull())
        return;
    const QRectF target(0, 0, width(), height());
    // Cover: the image's middle, as large as fits the item's shape.
    const QSizeF size = QSizeF(m_image.size()).scaled(target.size(), Qt::KeepAspectRatioByExpanding);
    const QRectF drawn(target.center().x() - size.width() / 2, target.center().y() - size.height() / 2,
                       size.width(), size.height());
    QPainterPath circle;
    circle.addEllipse(target);
    painter->setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
    painter->setClipPath(circle);
    painter->drawImage(drawn, m_image);
}

} // namespace cx
