// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace cx {

// What the journey view shows beside the map, remembered between sessions (QSettings): the
// minimap, the parking lot and the metrics' sparklines on the cards. The inspector follows the selection instead.
class JourneyViewSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool minimapShown READ minimapShown WRITE setMinimapShown NOTIFY minimapShownChanged)
    Q_PROPERTY(bool parkingLotShown READ parkingLotShown WRITE setParkingLotShown NOTIFY parkingLotShownChanged)
    Q_PROPERTY(bool sparklinesShown READ sparklinesShown WRITE setSparklinesShown NOTIFY sparklinesShownChanged)

public:
    explicit JourneyViewSettings(QObject *parent = nullptr);

    bool minimapShown() const { return m_minimapShown; }
    void setMinimapShown(bool shown);
    bool parkingLotShown() const { return m_parkingLotShown; }
    void setParkingLotShown(bool shown);
    bool sparklinesShown() const { return m_sparklinesShown; }
    void setSparklinesShown(bool shown);

Q_SIGNALS:
    void minimapShownChanged();
    void parkingLotShownChanged();
    void sparklinesShownChanged();

private:
    bool m_minimapShown;
    bool m_parkingLotShown;
    bool m_sparklinesShown;
};

} // namespace cx
