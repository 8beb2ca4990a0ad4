// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CxAtlas
import CxAtlas.App

// The journeys mapped for this persona, each with Open and Unlink, and a picker to link one more.
ColumnLayout {
    id: root

    required property PersonaEditor editor
    readonly property var linked: root.editor.journeys.filter(j => j.linked)
    readonly property var unlinked: root.editor.journeys.filter(j => !j.linked)

    signal journeyRequested(journey: string)

    spacing: 2

    FieldLabel {
        text: qsTr("Journeys")
    }
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        visible: root.linked.length === 0
        text: qsTr("No journey is mapped for this persona yet.")
        color: Theme.mutedText
        font.pixelSize: Theme.smallSize
        wrapMode: Text.Wrap
    }
    Repeater {
        model: root.linked

        delegate: RowLayout {
            id: journeyRow

            required property var modelData

            Layout.fillWidth: true
            spacing: 2

            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: journeyRow.modelData.state === "future" ? qsTr("%1 (future state)").arg(journeyRow.modelData.title)
                                                              : journeyRow.modelData.title
                color: Theme.text
                elide: Text.ElideRight
            }
            Button {
                text: qsTr("Open")
                Accessible.name: qsTr("Open journey %1").arg(journeyRow.modelData.title)
                onClicked: root.journeyRequested(journeyRow.modelData.uid)
            }
            ToolButton {
                text: "✕"
                visible: !root.editor.readOnly
                Accessible.name: qsTr("Unlink journey %1").arg(journeyRow.modelData.title)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Unlink this journey")
                onClicked: root.editor.setFollows(journeyRow.modelData.uid, false)
            }
        }
    }
    RowLayout {
        Layout.fillWidth: true
        visible: root.unlinked.length > 0 && !root.editor.readOnly
        spacing: 2

        ComboBox {
            id: journeyPicker

            Layout.fillWidth: true
            model: root.unlinked
            textRole: "title"
            valueRole: "uid"
            Accessible.name: qsTr("Journey to link")
        }
        Button {
            text: qsTr("Link")
            enabled: journeyPicker.currentIndex >= 0
            Accessible.name: qsTr("Link this persona to the chosen journey")
            onClicked: root.editor.setFollows(journeyPicker.currentValue, true)
        }
    }
}
