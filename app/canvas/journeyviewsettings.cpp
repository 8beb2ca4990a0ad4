// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journeyviewsettings.h"

#include <QSettings>

namespace cx {

namespace {
const QString minimapKey = QStringLiteral("journeys/minimapShown");
const QString parkingLotKey = QStringLiteral("journeys/parkingLotShown");
const QString sparklinesKey = QStringLiteral("journeys/sparklinesShown");
}

JourneyViewSettings::JourneyViewSettings(QObject *parent)
    : QObject(parent)
    , m_minimapShown(QSettings().value(minimapKey, true).toBool())
    , m_parkingLotShown(QSettings().value(parkingLotKey, false).toBool())
    , m_sparklinesShown(QSettings().value(sparklinesKey, true).toBool())
{
}

void JourneyViewSettings::setMinimapShown(bool shown)
{
    if (shown == m_minimapShown)
        return;
    m_minimapShown = shown;
    QSettings().setValue(minimapKey, shown);
    Q_EMIT minimapShownChanged();
}

void JourneyViewSettings::setParkingLotShown(bool shown)
{
    if (shown == m_parkingLotShown)
        return;
    m_parkingLotShown = shown;
    QSettings().setValue(parkingLotKey, shown);
    Q_EMIT parkingLotShownChanged();
}

void JourneyViewSettings::setSparklinesShown(bool shown)
{
    if (shown == m_sparklinesShown)
        return;
    m_sparklinesShown = shown;
    QSettings().setValue(sparklinesKey, shown);
    Q_EMIT sparklinesShownChanged();
}

} // namespace cx
