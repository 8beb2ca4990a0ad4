// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "motionsettings.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace cx {

// What the desktop says about how the user wants to read and see the window, for Theme:
// the size of the system font in pixels (so a larger system font, or a higher text scaling
// that raises the font's DPI, grows every text) and whether to reduce motion (MotionSettings:
// CX_REDUCED_MOTION, GNOME's enable-animations, GTK's and KDE's settings files). Qt 6.4 has
// no hint for either, hence this. One instance per QML engine; its properties notify when the
// application font or the motion setting changes.
class SystemHints : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(int fontPixelSize READ fontPixelSize NOTIFY fontChanged)
    Q_PROPERTY(bool reducedMotion READ reducedMotion NOTIFY reducedMotionChanged)

public:
    explicit SystemHints(QObject *parent = nullptr);

    // The application font's size in pixels, as laid out on the primary screen (12 for
    // Qt's default 9 pt at 96 dpi).
    int fontPixelSize() const { return m_fontPixelSize; }
    bool reducedMotion() const { return m_motion.reduced(); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void fontChanged();
    void reducedMotionChanged();

private:
    void readFont();

    MotionSettings m_motion;
    int m_fontPixelSize = 12;
};

} // namespace cx
