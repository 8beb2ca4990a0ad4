// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import CxAtlas
import CxAtlas.App

// A persona's face: its photo in a ring of the persona's colour, or its initials on that
// colour when it has none (black or white initials, whichever reads better on it).
Item {
    id: root

    property var photo
    property string initials
    property color color: Theme.accent
    property string personaName
    readonly property bool hasPhoto: photoItem.hasImage
    readonly property color ink: {
        const linear = v => v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        const c = root.color;
        return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b) < 0.18 ? "#ffffff" : "#000000";
    }

    implicitWidth: PersonaStyle.avatarSize
    implicitHeight: PersonaStyle.avatarSize
    Accessible.role: Accessible.Graphic
    Accessible.name: root.hasPhoto ? qsTr("Photo of %1").arg(root.personaName)
                                   : qsTr("Avatar of %1").arg(root.personaName)

    Rectangle {
        anchors.fill: parent
        visible: !root.hasPhoto
        radius: width / 2
        color: root.color

        Label {
            textFormat: Text.PlainText
            anchors.centerIn: parent
            text: root.initials
            color: root.ink
            font.pixelSize: Math.round(root.height * 0.38)
            font.bold: true
        }
    }
    PhotoItem {
        id: photoItem

        anchors.fill: parent
        source: root.photo ?? new ArrayBuffer(0)
    }
    Rectangle {
        anchors.fill: parent
        visible: root.hasPhoto
        radius: width / 2
        color: "transparent"
        border.color: root.color
        border.width: Math.max(2, Math.round(root.width / 28))
    }
}
