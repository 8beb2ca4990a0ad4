// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CxAtlas
import CxAtlas.App

// Two versions of a persona side by side, field by field: changed fields are tinted, lines
// only the older side has are marked removed (−), lines only the newer side has added (+).
Dialog {
    id: root

    required property PersonaEditor editor
    property string before
    property string after
    property var rows: []
    readonly property int changedCount: root.rows.filter(r => r.changed).length

    function show(beforeRevision: string, afterRevision: string) {
        root.before = beforeRevision;
        root.after = afterRevision;
        root.rows = root.editor.compare(beforeRevision, afterRevision);
        root.open();
    }
    function titleOf(revision: string): string {
        if (revision === "")
            return qsTr("Now");
        const found = root.editor.revisions.find(r => r.uid === revision);
        return found ? qsTr("%1 (%2)").arg(found.summary).arg(Qt.formatDate(found.recorded, Qt.DefaultLocaleShortDate))
                     : qsTr("Unknown revision");
    }

    title: qsTr("Compare revisions: %n field(s) differ", "", root.changedCount)
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(Overlay.overlay ? Overlay.overlay.width - 2 * Theme.spacing : 900, 900)
    height: Math.min(Overlay.overlay ? Overlay.overlay.height - 2 * Theme.spacing : 640, 640)
    footer: DialogButtonBox {
        standardButtons: Dialog.Close
        background: Rectangle {
            color: Theme.surface
            radius: Theme.radius
        }
    }
    background: Rectangle {
        color: Theme.surface
        border.color: Theme.border
        radius: Theme.radius
    }
    header: Label {
        text: root.title
        color: Theme.text
        font.pixelSize: Theme.headingSize
        font.bold: true
        padding: Theme.spacing
        elide: Text.ElideRight
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.smallSpacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            Item { Layout.preferredWidth: 140 }
            Label {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                text: root.titleOf(root.before)
                color: Theme.text
                font.bold: true
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                text: root.titleOf(root.after)
                color: Theme.text
                font.bold: true
                elide: Text.ElideRight
            }
        }
        ListView {
            id: list

            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 2
            model: root.rows
            Accessible.role: Accessible.Table
            Accessible.name: qsTr("Differences between the two versions")
            ScrollBar.vertical: ScrollBar {}

            delegate: Rectangle {
                id: fieldRow

                required property var modelData

                width: list.width
                implicitHeight: cells.implicitHeight + 8
                color: fieldRow.modelData.changed ? PersonaStyle.changedRow : "transparent"
                radius: Theme.radius
                Accessible.role: Accessible.Row
                Accessible.name: fieldRow.modelData.changed ? qsTr("%1 changed").arg(fieldRow.modelData.label)
                                                            : qsTr("%1 unchanged").arg(fieldRow.modelData.label)

                RowLayout {
                    id: cells

                    anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: 4 }
                    spacing: Theme.spacing

                    Label {
                        Layout.preferredWidth: 140
                        Layout.alignment: Qt.AlignTop
                        text: (fieldRow.modelData.changed ? "● " : "") + fieldRow.modelData.label
                        color: fieldRow.modelData.changed ? Theme.text : Theme.mutedText
                        font.bold: fieldRow.modelData.changed
                        elide: Text.ElideRight
                    }
                    Repeater {
                        model: [{lines: fieldRow.modelData.before, only: fieldRow.modelData.onlyBefore, added: false},
                                {lines: fieldRow.modelData.after, only: fieldRow.modelData.onlyAfter, added: true}]

                        delegate: ColumnLayout {
                            id: side

                            required property var modelData

                            Layout.fillWidth: true
                            Layout.preferredWidth: 1
                            Layout.alignment: Qt.AlignTop
                            spacing: 1

                            Label {
                                visible: side.modelData.lines.length === 0
                                text: qsTr("(empty)")
                                color: Theme.mutedText
                                font.italic: true
                            }
                            Repeater {
                                model: side.modelData.lines

                                delegate: Label {
                                    id: line

                                    required property string modelData
                                    readonly property bool marked: side.modelData.only.indexOf(modelData) >= 0

                                    Layout.fillWidth: true
                                    text: (line.marked ? (side.modelData.added ? "+ " : "− ") : "") + line.modelData
                                    color: !line.marked ? Theme.text
                                         : side.modelData.added ? PersonaStyle.addedText : PersonaStyle.removedText
                                    wrapMode: Text.Wrap
                                    padding: 2
                                    background: Rectangle {
                                        visible: line.marked
                                        radius: 2
                                        color: side.modelData.added ? PersonaStyle.addedLine : PersonaStyle.removedLine
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
