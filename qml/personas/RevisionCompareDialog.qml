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
    // The two versions: a revision's uid, or "" for the persona as it is now.
    property string before
    property string after
    // Follows edits and new revisions while it is open.
    readonly property var rows: {
        root.editor.revisions;
        root.editor.fields;
        return root.visible ? root.editor.compare(root.before, root.after) : [];
    }
    readonly property int changedCount: root.rows.filter(r => r.changed).length
    // "Now" and every revision, newest first, for the two pickers.
    readonly property var versions: [{uid: "", text: qsTr("Now")}].concat(
        root.editor.revisions.slice().reverse().map(r => ({
            uid: r.uid,
            text: Texts.format(qsTr("%1 (%2)"), [r.summary, Qt.formatDate(r.recorded, Qt.DefaultLocaleShortDate)])
        })))

    function show(beforeRevision: string, afterRevision: string) {
        root.before = beforeRevision;
        root.after = afterRevision;
        root.open();
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
        textFormat: Text.PlainText
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
            Repeater {
                model: [{which: "before", label: qsTr("Version on the left")}, {which: "after", label: qsTr("Version on the right")}]

                delegate: ComboBox {
                    id: picker

                    required property var modelData

                    objectName: picker.modelData.which + "Picker"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    model: root.versions
                    textRole: "text"
                    valueRole: "uid"
                    currentIndex: root.versions.findIndex(v => v.uid === root[picker.modelData.which])
                    Accessible.name: picker.modelData.label
                    onActivated: root[picker.modelData.which] = currentValue
                }
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
                        textFormat: Text.PlainText
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
                                textFormat: Text.PlainText
                                visible: side.modelData.lines.length === 0
                                text: qsTr("(empty)")
                                color: Theme.mutedText
                                font.italic: true
                            }
                            Repeater {
                                model: side.modelData.lines

                                delegate: Label {
                                    textFormat: Text.PlainText
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
