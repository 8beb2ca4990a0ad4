// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "systemhints.h"

#include <QEvent>
#include <QFontInfo>
#include <QGuiApplication>

namespace cx {

SystemHints::SystemHints(QObject *parent)
    : QObject(parent)
{
    readFont();
    // The application hears of a new font (the desktop's, through the platform theme, or one
    // set in code) as an ApplicationFontChange event.
    qGuiApp->installEventFilter(this);
    connect(&m_motion, &MotionSettings::changed, this, &SystemHints::reducedMotionChanged);
}

bool SystemHints::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == qGuiApp && event->type() == QEvent::ApplicationFontChange)
        readFont();
    return QObject::eventFilter(watched, event);
}

void SystemHints::readFont()
{
    // QFontInfo, not QFont::pixelSize(): a font given in points (as desktops give it) has no
    // pixel size of its own, and its points become pixels through the screen's logical DPI.
    const int size = qMax(6, QFontInfo(QGuiApplication::font()).pixelSize());
    if (size == m_fontPixelSize)
        return;
    m_fontPixelSize = size;
    Q_EMIT fontChanged();
}

} // namespace cx
