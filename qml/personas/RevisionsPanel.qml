// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CxAtlas
import CxAtlas.App

// The persona's history: record a revision (what changed and why), list them newest first,
// compare one with another or with now, restore one.
ColumnLayout {
    id: root

    required property PersonaEditor editor
    // Off on a read-only workspace: revisions can still be read and compared.
    property bool editable: true
    readonly property var newestFirst: root.editor.revisions.slice().reverse()

    signal compareRequested(before: string, after: string)

    function record() {
        if (root.editor.recordRevision(summary.text, reason.text) !== "") {
            summary.clear();
            reason.clear();
        }
    }

    spacing: 2

    FieldLabel {
        text: qsTr("Revisions")
    }
    TextField {
        id: summary

        objectName: "revisionSummary"
        visible: root.editable
        Layout.fillWidth: true
        placeholderText: qsTr("What changed")
        Accessible.name: qsTr("Revision summary")
    }
    TextField {
        id: reason

        objectName: "revisionReason"
        visible: root.editable
        Layout.fillWidth: true
        placeholderText: qsTr("Why (research, data…)")
        Accessible.name: qsTr("Revision reason")
        onAccepted: root.record()
    }
    Button {
        objectName: "recordRevision"
        visible: root.editable
        text: qsTr("Record revision")
        enabled: summary.text.trim() !== ""
        Accessible.name: text
        onClicked: root.record()
    }
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        visible: root.newestFirst.length === 0
        text: qsTr("No revision recorded yet. Record one when research changes what you know.")
        color: Theme.mutedText
        font.pixelSize: Theme.smallSize
        wrapMode: Text.Wrap
    }
    Repeater {
        model: root.newestFirst

        delegate: Rectangle {
            id: revision

            required property var modelData
            required property int index
            // The revision before this one, to compare with; none for the oldest.
            readonly property string previous: index + 1 < root.newestFirst.length ? root.newestFirst[index + 1].uid : ""

            Layout.fillWidth: true
            Layout.topMargin: Theme.smallSpacing
            implicitHeight: column.implicitHeight + 2 * Theme.smallSpacing
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border

            ColumnLayout {
                id: column

                anchors.fill: parent
                anchors.margins: Theme.smallSpacing
                spacing: 2

                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: revision.modelData.summary
                    color: Theme.text
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: Qt.formatDateTime(revision.modelData.recorded, Qt.DefaultLocaleShortDate)
                          + (revision.modelData.reason !== "" ? " · " + revision.modelData.reason : "")
                    color: Theme.mutedText
                    font.pixelSize: Theme.smallSize
                    wrapMode: Text.Wrap
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: 2

                    ToolButton {
                        text: qsTr("Compare with now")
                        font.pixelSize: Theme.smallSize
                        Accessible.name: qsTr("Compare revision “%1” with the persona now").arg(revision.modelData.summary)
                        onClicked: root.compareRequested(revision.modelData.uid, "")
                    }
                    ToolButton {
                        visible: revision.previous !== ""
                        text: qsTr("Compare with previous")
                        font.pixelSize: Theme.smallSize
                        Accessible.name: qsTr("Compare revision “%1” with the one before").arg(revision.modelData.summary)
                        onClicked: root.compareRequested(revision.previous, revision.modelData.uid)
                    }
                    ToolButton {
                        objectName: "restore" + revision.index
                        text: qsTr("Restore")
                        visible: root.editable
                        enabled: revision.modelData.restorable
                        font.pixelSize: Theme.smallSize
                        Accessible.name: qsTr("Restore revision “%1”").arg(revision.modelData.summary)
                        onClicked: root.editor.restoreRevision(revision.modelData.uid)
                    }
                }
            }
        }
    }
}
