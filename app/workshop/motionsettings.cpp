// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "motionsettings.h"

#include <QDir>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

namespace cx {

namespace {

const QString preferenceKey = QStringLiteral("present/motion");

std::optional<bool> gtkReduced(const QString &file)
{
    if (!QFile::exists(file))
        return std::nullopt;
    const QSettings ini(file, QSettings::IniFormat);
    const QVariant value = ini.value(QStringLiteral("Settings/gtk-enable-animations"));
    if (!value.isValid())
        return std::nullopt;
    const QString text = value.toString().trimmed().toLower();
    return text == u"0" || text == u"false";
}

} // namespace

MotionSettings::MotionSettings(QObject *parent)
    : QObject(parent)
    , m_preference(QSettings().value(preferenceKey, QStringLiteral("system")).toString())
    , m_environment(reducedByEnvironment())
{
    QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (config.isEmpty())
        config = QDir::home().filePath(QStringLiteral(".config"));
    m_files = reducedByDesktopFiles(config);
    // Asked a second after start: starting a process copies this one's memory map, and that
    // should not be part of the first frame (issue 11); until then the desktop files answer.
    if (!m_environment)
        QTimer::singleShot(1000, this, &MotionSettings::askGnome);
}

MotionSettings::~MotionSettings()
{
    if (m_gsettings) {
        m_gsettings->disconnect(this);
        m_gsettings->kill();
        m_gsettings->waitForFinished(100);
    }
}

std::optional<bool> MotionSettings::reducedByEnvironment()
{
    const QByteArray value = qgetenv("CX_REDUCED_MOTION").trimmed().toLower();
    if (value == "1" || value == "true" || value == "yes")
        return true;
    if (value == "0" || value == "false" || value == "no")
        return false;
    return std::nullopt;
}

std::optional<bool> MotionSettings::reducedByDesktopFiles(const QString &configHome)
{
    const QDir dir(configHome);
    for (const QString &gtk : {QStringLiteral("gtk-4.0/settings.ini"), QStringLiteral("gtk-3.0/settings.ini")}) {
        if (const auto reduced = gtkReduced(dir.filePath(gtk)))
            return reduced;
    }
    const QString kde = dir.filePath(QStringLiteral("kdeglobals"));
    if (QFile::exists(kde)) {
        const QSettings ini(kde, QSettings::IniFormat);
        const QVariant factor = ini.value(QStringLiteral("KDE/AnimationDurationFactor"));
        if (factor.isValid())
            return factor.toDouble() <= 0.0;
    }
    return std::nullopt;
}

void MotionSettings::askGnome()
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("gsettings"));
    if (program.isEmpty())
        return;
    m_gsettings = new QProcess(this);
    connect(m_gsettings, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        const QString out = QString::fromUtf8(m_gsettings->readAllStandardOutput()).trimmed();
        if (status == QProcess::NormalExit && code == 0 && (out == u"true" || out == u"false"))
            m_gnome = out == u"false";
        m_gsettings->deleteLater();
        m_gsettings = nullptr;
        if (m_gnome)
            Q_EMIT changed();
    });
    connect(m_gsettings, &QProcess::errorOccurred, this, [this](QProcess::ProcessError) {
        if (!m_gsettings)
            return;
        m_gsettings->deleteLater();
        m_gsettings = nullptr;
    });
    m_gsettings->start(program, {QStringLiteral("get"), QStringLiteral("org.gnome.desktop.interface"),
                                 QStringLiteral("enable-animations")});
}

void MotionSettings::setPreference(const QString &preference)
{
    const QString value = preference == u"reduced" || preference == u"full" ? preference : QStringLiteral("system");
    if (value == m_preference)
        return;
    m_preference = value;
    QSettings().setValue(preferenceKey, value);
    Q_EMIT changed();
}

bool MotionSettings::reduced() const
{
    if (m_environment)
        return *m_environment;
    if (m_preference != u"system")
        return m_preference == u"reduced";
    if (m_gnome)
        return *m_gnome;
    return m_files.value_or(false);
}

QString MotionSettings::source() const
{
    if (m_environment)
        return QStringLiteral("environment");
    if (m_preference != u"system")
        return QStringLiteral("preference");
    if (m_gnome)
        return QStringLiteral("gnome");
    if (m_files)
        return QStringLiteral("desktop-files");
    return QStringLiteral("default");
}

} // namespace cx
