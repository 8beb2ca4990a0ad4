// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "systemhints.h"

#include <QFontInfo>
#include <QGuiApplication>

namespace cx {

SystemHints::SystemHints(QObject *parent)
    : QObject(parent)
{
    readFont();
    // The platform theme sends fontChanged when the desktop's font or its scaling changes.
    connect(qGuiApp, &QGuiApplication::fontChanged, this, &SystemHints::readFont);
    connect(&m_motion, &MotionSettings::changed, this, &SystemHints::reducedMotionChanged);
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
