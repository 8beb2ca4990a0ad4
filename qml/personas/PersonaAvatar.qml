// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import CxAtlas
import CxAtlas.App

// A persona's face: its photo, or its initials on a colour of its own when it has none.
Item {
    id: root

    property var photo
    property string initials
    property color color: Theme.accent
    property string personaName
    readonly property bool hasPhoto: photoItem.hasImage

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
            anchors.centerIn: parent
            text: root.initials
            color: PersonaStyle.initialsText
            font.pixelSize: Math.round(root.height * 0.38)
            font.bold: true
        }
    }
    PhotoItem {
        id: photoItem

        anchors.fill: parent
        source: root.photo ?? new ArrayBuffer(0)
    }
}
