// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CxAtlas

// What one moment, element or metric is linked to in the CX architecture, each with a button
// to unlink, and a search to link more: type, then pick. controller is the view's controller
// (ArchitectureView or JourneyCanvas: both offer linksOf, candidates, link and unlink);
// revision changes whenever the document does, so the list follows undo and redo.
ColumnLayout {
    id: root

    required property var controller
    required property string uid
    property int revision: 0
    property bool readOnly: false
    readonly property var links: { root.revision; return root.uid !== "" ? root.controller.linksOf(root.uid) : [] }

    spacing: Theme.smallSpacing

    Label {
        textFormat: Text.PlainText
        text: qsTr("Linked to")
        color: Theme.mutedText
    }
    Label {
        textFormat: Text.PlainText
        visible: root.links.length === 0
        text: qsTr("Nothing yet.")
        color: Theme.mutedText
    }
    Repeater {
        model: root.links
        delegate: RowLayout {
            id: linkRow
            required property var modelData
            Layout.fillWidth: true
            spacing: Theme.smallSpacing
            Rectangle {
                width: 4
                Layout.fillHeight: true
                radius: 2
                color: CanvasStyle.kindColor(linkRow.modelData.kind)
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: linkRow.modelData.label + " " + linkRow.modelData.title
                color: Theme.text
                elide: Text.ElideRight
            }
            ToolButton {
                text: "×"
                enabled: !root.readOnly
                Accessible.name: qsTr("Unlink %1").arg(linkRow.modelData.title)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Unlink")
                onClicked: root.controller.unlink(root.uid, linkRow.modelData.uid)
            }
        }
    }
    TextField {
        id: search
        objectName: "linkSearch"
        Layout.fillWidth: true
        enabled: !root.readOnly
        placeholderText: qsTr("Link to… (type to search)")
        Accessible.name: qsTr("Search for something to link to")
        Keys.onDownPressed: results.forceActiveFocus()
        onAccepted: if (results.count > 0) root.pick(results.model[0].uid)
    }
    ListView {
        id: results
        Layout.fillWidth: true
        Layout.preferredHeight: Math.min(contentHeight, 200)
        visible: search.text.trim() !== ""
        clip: true
        model: { root.revision; return search.text.trim() !== "" ? root.controller.candidates(root.uid, search.text) : [] }
        keyNavigationEnabled: true
        Accessible.name: qsTr("Matches")
        delegate: ItemDelegate {
            id: hit
            // Drawn from the theme, not the style's palette: readable in both themes.
            background: Rectangle { color: hit.down || hit.highlighted ? Theme.selection : hit.hovered ? Theme.hover : "transparent"; radius: Theme.radius }
            required property var modelData
            required property int index
            width: ListView.view.width
            text: hit.modelData.title
            highlighted: ListView.isCurrentItem
            Accessible.name: qsTr("Link: %1 %2").arg(hit.modelData.label).arg(hit.modelData.title)
            contentItem: RowLayout {
                spacing: Theme.smallSpacing
                Rectangle { width: 4; Layout.fillHeight: true; radius: 2; color: CanvasStyle.kindColor(hit.modelData.kind) }
                Label { textFormat: Text.PlainText; text: hit.modelData.label; color: Theme.mutedText }
                Label { textFormat: Text.PlainText; Layout.fillWidth: true; text: hit.modelData.title; color: Theme.text; elide: Text.ElideRight }
            }
            onClicked: root.pick(hit.modelData.uid)
            Keys.onReturnPressed: root.pick(hit.modelData.uid)
        }
    }
    Label {
        textFormat: Text.PlainText
        visible: search.text.trim() !== "" && results.count === 0
        text: qsTr("Nothing to link matches “%1”.").arg(search.text.trim())
        color: Theme.mutedText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    function pick(other: string) {
        if (root.controller.link(root.uid, other))
            search.text = ""
    }
}
