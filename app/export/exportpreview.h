// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportcontroller.h"

#include <QQuickPaintedItem>

namespace cx {

// Shows the export controller's preview picture, scaled to fit, with a thin border and shadow
// like a sheet of paper. Repaints when the preview changes.
class ExportPreview : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(cx::ExportController *controller READ controller WRITE setController NOTIFY controllerChanged)

public:
    explicit ExportPreview(QQuickItem *parent = nullptr);

    ExportController *controller() const { return m_controller; }
    void setController(ExportController *controller);
    void paint(QPainter *painter) override;

Q_SIGNALS:
    void controllerChanged();

private:
    QPointer<ExportController> m_controller;
    QMetaObject::Connection m_connection;
};

} // namespace cx
