// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <optional>

class QProcess;

namespace cx {

// Whether camera moves in the presentation are animated.
//
// Qt 6.4 has no reduced-motion hint (QStyleHints gained none before 6.5's colour scheme, and
// none for motion), so the desktop's own switch is read, in this order, first answer wins:
//   1. the environment: CX_REDUCED_MOTION=1 (or 0), for kiosks, CI and the tests;
//   2. the user's preference in the presentation ("motion" in QSettings group "present":
//      "reduced", "full", or "system" to follow the desktop), chosen in the mode;
//   3. GNOME and other GTK desktops: the org.gnome.desktop.interface enable-animations key,
//      asked of gsettings in the background a second after start (the GUI never waits for it),
//      and before its answer gtk-enable-animations in $XDG_CONFIG_HOME/gtk-3.0/settings.ini or
//      gtk-4.0/settings.ini;
//   4. KDE Plasma: AnimationDurationFactor=0 in group [KDE] of $XDG_CONFIG_HOME/kdeglobals.
// With no answer anywhere, motion is on.
class MotionSettings : public QObject
{
    Q_OBJECT

public:
    explicit MotionSettings(QObject *parent = nullptr);
    ~MotionSettings() override;

    // "system", "reduced" or "full".
    QString preference() const { return m_preference; }
    void setPreference(const QString &preference);
    bool reduced() const;
    // Where the answer came from: "environment", "preference", "gnome", "desktop-files", "default".
    QString source() const;

    // The desktop files alone (steps 3 and 4 without gsettings), from a config folder: for tests.
    static std::optional<bool> reducedByDesktopFiles(const QString &configHome);
    static std::optional<bool> reducedByEnvironment();

Q_SIGNALS:
    void changed();

private:
    void askGnome();

    QString m_preference;
    std::optional<bool> m_environment;
    std::optional<bool> m_gnome;
    std::optional<bool> m_files;
    QProcess *m_gsettings = nullptr;
};

} // namespace cx
