// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CxAtlas
import CxAtlas.App

// The persona's colour, the one its avatar, curve, legend and PDF pages use, picked from a
// palette that people with the common colour-vision deficiencies still tell apart. Each pick
// is one undoable edit.
ColumnLayout {
    id: root

    required property PersonaEditor editor
    // The palette's names, in its order (PersonaPalette: Okabe–Ito without yellow and black).
    readonly property var names: [qsTr("Blue"), qsTr("Orange"), qsTr("Bluish green"), qsTr("Reddish purple"),
                                  qsTr("Vermillion"), qsTr("Sky blue")]

    spacing: 2

    FieldLabel {
        text: qsTr("Colour")
    }
    Flow {
        Layout.fillWidth: true
        spacing: 4

        Repeater {
            model: root.editor.palette
            delegate: AbstractButton {
                id: swatch

                required property string modelData
                required property int index
                readonly property bool chosen: Qt.colorEqual(root.editor.avatarColor, swatch.modelData)

                objectName: "swatch" + swatch.index
                implicitWidth: 22
                implicitHeight: 22
                enabled: !root.editor.readOnly
                checkable: false
                focusPolicy: Qt.StrongFocus
                Accessible.role: Accessible.RadioButton
                Accessible.name: root.names[swatch.index] ?? swatch.modelData
                Accessible.checked: swatch.chosen
                ToolTip.visible: swatch.hovered
                ToolTip.text: root.names[swatch.index] ?? swatch.modelData
                onClicked: if (!swatch.chosen) root.editor.setField("color", swatch.modelData)

                background: Rectangle {
                    radius: width / 2
                    color: swatch.modelData
                    border.color: swatch.chosen || swatch.visualFocus ? Theme.text : "transparent"
                    border.width: 2
                    Rectangle {
                        anchors.centerIn: parent
                        visible: swatch.chosen
                        width: 8
                        height: 8
                        radius: 4
                        color: Theme.base
                    }
                }
            }
        }
    }
}
