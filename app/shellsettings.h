// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QRect>
#include <QString>
#include <QWindow>
#include <QtQml/qqmlregistration.h>



namespace cx {

// What the main window remembers between runs, in QSettings group "window": its normal
// (not maximized) geometry, whether it was maximized, and the current view. QML creates one
// and calls restore() once the window exists and save() when it closes.
class ShellSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString currentView READ currentView WRITE setCurrentView NOTIFY currentViewChanged)

public:
    explicit ShellSettings(QObject *parent = nullptr);

    QString currentView() const { return m_currentView; }
    void setCurrentView(const QString &view);

    // Puts window where it was last time, if that is still on a screen; maximizes it if it was.
    Q_INVOKABLE void restore(QWindow *window) const;
    // Remembers window's geometry (the last normal one, when it is maximized).
    Q_INVOKABLE void save(QWindow *window, const QRect &normalGeometry) const;

Q_SIGNALS:
    void currentViewChanged();

private:
    QString m_currentView;
};

} // namespace cx
