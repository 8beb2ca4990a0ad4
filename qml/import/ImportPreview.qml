// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CxAtlas
import CxAtlas.App

// What a file to import holds (its format, the records by kind, its journeys) and, for a
// merge, what it would add to the open workspace or why it cannot.
ColumnLayout {
    id: root

    required property ImportController importer
    readonly property bool merging: root.importer.mode === "merge" && root.importer.canMerge

    spacing: Theme.smallSpacing

    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        text: root.importer.formatName
        font.bold: true
    }
    Label {
        textFormat: Text.PlainText
        objectName: "contents"
        Layout.fillWidth: true
        text: root.importer.contents.join(" · ")
        wrapMode: Text.Wrap
    }
    Label {
        textFormat: Text.PlainText
        Layout.topMargin: Theme.smallSpacing
        text: qsTr("Journeys")
        color: Theme.mutedText
        font.pixelSize: Theme.smallSize
        visible: root.importer.journeys.length > 0
    }
    ListView {
        objectName: "journeyList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.minimumHeight: 40
        clip: true
        spacing: 2
        model: root.importer.journeys
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}
        delegate: RowLayout {
            id: line

            required property var modelData

            width: ListView.view.width
            spacing: Theme.spacing

            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: line.modelData.title
                elide: Text.ElideRight
            }
            Label {
                textFormat: Text.PlainText
                text: qsTr("%n stage(s)", "", line.modelData.stages) + " · " + qsTr("%n moment(s)", "", line.modelData.moments)
                color: Theme.mutedText
            }
        }
    }
    Label {
        textFormat: Text.PlainText
        objectName: "mergeSummary"
        Layout.fillWidth: true
        visible: root.merging && root.importer.conflicts.length === 0
        text: root.importer.mergeSummary
        wrapMode: Text.Wrap
    }
    Label {
        textFormat: Text.PlainText
        objectName: "conflicts"
        Layout.fillWidth: true
        visible: root.merging && root.importer.conflicts.length > 0
        text: qsTr("It cannot be merged into the open workspace; these records conflict with it:")
              + "\n• " + root.importer.conflicts.join("\n• ")
        color: Theme.warningText
        wrapMode: Text.Wrap
        padding: Theme.smallSpacing
        background: Rectangle { color: Theme.warning; radius: Theme.radius }
    }
}
