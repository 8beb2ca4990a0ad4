// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "live/qrcode.h"

#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

namespace cx {

// A QR code of text, drawn crisp for cameras: every module the same whole number of pixels,
// four modules of quiet zone around it, centred in the item, dark on white whatever the
// theme (scanners want dark modules on a light ground). Nothing is drawn when the item is too
// small for one pixel a module, or when text cannot be encoded (valid is then false).
// The QML using it gives it an accessible name (Accessible is an attached QML type).
class QrCodeItem : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    Q_PROPERTY(bool valid READ valid NOTIFY textChanged)
    // Modules along a side, quiet zone included (0 without a code): a size that divides by it
    // draws without leftover pixels.
    Q_PROPERTY(int modules READ modules NOTIFY textChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY textChanged)

public:
    static constexpr int quietZone = 4; // modules on each side, as ISO/IEC 18004 asks

    explicit QrCodeItem(QQuickItem *parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString &text);
    bool valid() const { return !m_code.isNull(); }
    int modules() const { return m_code.isNull() ? 0 : m_code.size() + 2 * quietZone; }
    QString errorString() const { return m_error; }
    // Whole pixels a module gets in a square of side pixels (0: too small to draw).
    int moduleSize(qreal side) const;

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void textChanged();

private:
    QString m_text;
    QrCode m_code;
    QString m_error;
};

} // namespace cx
