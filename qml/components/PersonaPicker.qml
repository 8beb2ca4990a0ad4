// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import CxAtlas

// Picks one persona or all of them, each shown with its colour (the one its curve and avatar
// have), so the filter reads like the map's legend.
ComboBox {
    id: root

    required property var personas        // [{uid, title, color}]
    property string current: ""           // the persona's uid, "" for all
    signal picked(uid: string)

    model: [{uid: "", title: qsTr("All personas"), color: ""}].concat(root.personas)
    textRole: "title"
    valueRole: "uid"
    currentIndex: Math.max(0, root.model.findIndex(p => p.uid === root.current))
    leftPadding: root.currentIndex > 0 ? 28 : 10
    Accessible.name: qsTr("Persona")
    onActivated: root.picked(root.currentValue)

    Rectangle {
        visible: root.currentIndex > 0
        x: 10
        anchors.verticalCenter: parent.verticalCenter
        width: 12
        height: 12
        radius: 6
        color: root.currentIndex > 0 ? root.model[root.currentIndex].color : "transparent"
    }
    delegate: ItemDelegate {
        id: option

        required property var modelData
        required property int index

        width: root.width
        text: option.modelData.title
        highlighted: root.highlightedIndex === option.index
        leftPadding: option.modelData.color !== "" ? 28 : 10

        Rectangle {
            visible: option.modelData.color !== ""
            x: 10
            anchors.verticalCenter: parent.verticalCenter
            width: 12
            height: 12
            radius: 6
            color: option.modelData.color !== "" ? option.modelData.color : "transparent"
        }
    }
}
