// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "qrcodeitem.h"

#include <QPainter>
#include <QQuickWindow>
#include <cmath>

namespace cx {

QrCodeItem::QrCodeItem(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    // No smoothing: module edges must fall on pixel edges.
    setAntialiasing(false);
    setMipmap(false);
    setSmooth(false); // nearest texels if the item lands between pixels
}

void QrCodeItem::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    Result error;
    m_code = text.isEmpty() ? QrCode() : QrCode::encode(text.toUtf8(), &error);
    m_error = error.message();
    update();
    Q_EMIT textChanged();
}

int QrCodeItem::moduleSize(qreal side) const
{
    if (m_code.isNull())
        return 0;
    return int(std::floor(side / modules()));
}

void QrCodeItem::paint(QPainter *painter)
{
    // The painted item's texture is in device pixels; count modules in those so a 2× screen
    // gets no half-pixel modules either.
    const qreal dpr = window() ? window()->effectiveDevicePixelRatio() : 1.0;
    const int module = moduleSize(std::min(width(), height()) * dpr);
    if (module < 1)
        return;
    const int side = module * modules();
    painter->save();
    painter->scale(1 / dpr, 1 / dpr);
    painter->setRenderHint(QPainter::Antialiasing, false);
    const int left = int((width() * dpr - side) / 2);
    const int top = int((height() * dpr - side) / 2);
    painter->fillRect(QRect(left, top, side, side), Qt::white);
    const int origin = quietZone * module;
    for (int y = 0; y < m_code.size(); ++y) {
        for (int x = 0; x < m_code.size(); ++x) {
            if (m_code.isDark(x, y))
                painter->fillRect(
                    QRect(left + origin + x * module, top + origin + y * module, module, module),
                    Qt::black);
        }
    }
    painter->restore();
}

} // namespace cx
