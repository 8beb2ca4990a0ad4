// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

namespace cx {

// A persona's photo drawn from the bytes the workspace holds (no file, no image provider):
// scaled to cover the item and cut to a circle. hasImage is false when the bytes are empty
// or cannot be read, so QML can show the generated avatar instead.
class PhotoItem : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QByteArray source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(bool hasImage READ hasImage NOTIFY sourceChanged)

public:
    explicit PhotoItem(QQuickItem *parent = nullptr);

    QByteArray source() const { return m_source; }
    void setSource(const QByteArray &source);
    bool hasImage() const { return !m_image.isNull(); }
    void paint(QPainter *painter) override;

Q_SIGNALS:
    void sourceChanged();

private:
    QByteArray m_source;
    QImage m_image;
};

} // namespace cx
