// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportpreview.h"

#include <QPainter>

namespace cx {

ExportPreview::ExportPreview(QQuickItem *parent) : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
}

void ExportPreview::setController(ExportController *controller)
{
    if (m_controller == controller)
        return;
    disconnect(m_connection);
    m_controller = controller;
    if (controller)
        m_connection = connect(controller, &ExportController::previewChanged, this, [this] { update(); });
    update();
    Q_EMIT controllerChanged();
}

void ExportPreview::paint(QPainter *painter)
{
    if (!m_controller || m_controller->preview().isNull())
        return;
    const QImage &image = m_controller->preview();
    const QSizeF room = size() - QSizeF(8, 8);
    const QSizeF scaled = QSizeF(image.size()).scaled(room, Qt::KeepAspectRatio);
    const QRectF target(QPointF((width() - scaled.width()) / 2, (height() - scaled.height()) / 2), scaled);
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    painter->fillRect(target.translated(3, 3), QColor(0, 0, 0, 40));
    painter->drawImage(target, image);
    painter->setPen(QPen(QColor(0, 0, 0, 70), 1));
    painter->drawRect(target);
}

} // namespace cx
