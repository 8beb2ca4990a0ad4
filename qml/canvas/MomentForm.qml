// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CxAtlas
import CxAtlas.App

// Every field of the current moment (MomentInspector builds it when a moment is first
// selected). Each change is saved (and undoable) when the field is left or its value picked;
// Tab walks the fields in order. A field's `uncommitted` says it
// holds typing not saved yet (TextUndoRouter: Ctrl+Z then undoes that typing, otherwise the
// document's last edit); after an undo the fields show the document again through bindings.
ScrollView {
    id: root

    required property JourneyCanvas canvas
    readonly property var moment: canvas.current !== "" && canvas.revision >= 0 ? canvas.moment(canvas.current) : ({})
    readonly property bool hasMoment: moment.uid !== undefined

    // Escape pressed in a field (after the field's own Escape, if any): done with the form.
    signal finished()

    function focusFirst() { titleField.forceActiveFocus() }
    function save(field: string, value: var) {
        if (root.hasMoment && value !== root.moment[field])
            root.canvas.setMomentField(root.moment.uid, field, value)
    }

    contentWidth: availableWidth

    // The field the keyboard reaches (Tab) is scrolled into view: a field below the fold would
    // otherwise take typing unseen, and a screen reader finds nothing showing to read.
    readonly property Item keyboardItem: Window.activeFocusItem
    onKeyboardItemChanged: {
        let item = keyboardItem
        while (item && item.parent !== column)
            item = item.parent
        if (!item || !keyboardItem)
            return
        const flick = root.contentItem // the ScrollView's Flickable
        const r = keyboardItem.mapToItem(column, 0, 0, keyboardItem.width, keyboardItem.height)
        if (r.y < flick.contentY)
            flick.contentY = Math.max(0, r.y - Theme.spacing)
        else if (r.y + r.height > flick.contentY + flick.height)
            flick.contentY = Math.min(flick.contentHeight - flick.height, r.y + r.height + Theme.spacing - flick.height)
    }

    ColumnLayout {
        id: column
        width: parent.width
        spacing: Theme.smallSpacing
        Keys.onEscapePressed: root.finished()

        Label { textFormat: Text.PlainText; text: qsTr("Moment"); font.pixelSize: Theme.headingSize; font.bold: true; color: Theme.text }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: Texts.format(qsTr("%1 · %2"), [root.moment.stage ?? "", root.moment.lane ?? ""])
            color: Theme.mutedText
            elide: Text.ElideRight
        }

        Label { textFormat: Text.PlainText; text: qsTr("Title"); color: Theme.text }
        TextField {
            id: titleField
            Layout.fillWidth: true
            readonly property bool uncommitted: text !== (root.moment.title ?? "")
            text: root.moment.title ?? ""
            Accessible.name: qsTr("Title")
            onEditingFinished: if (text.trim() !== "") root.save("title", text.trim())
        }
        Label { textFormat: Text.PlainText; text: qsTr("Notes"); color: Theme.text }
        TextArea {
            Layout.fillWidth: true
            Layout.preferredHeight: 90
            readonly property bool uncommitted: text !== (root.moment.notes ?? "")
            text: root.moment.notes ?? ""
            wrapMode: TextEdit.Wrap
            Accessible.name: qsTr("Notes")
            KeyNavigation.priority: KeyNavigation.BeforeItem
            KeyNavigation.tab: channelField
            onEditingFinished: root.save("notes", text)
        }
        Label { textFormat: Text.PlainText; text: qsTr("Channel"); color: Theme.text }
        TextField {
            id: channelField
            Layout.fillWidth: true
            readonly property bool uncommitted: text.trim() !== (root.moment.channel ?? "")
            text: root.moment.channel ?? ""
            placeholderText: qsTr("Mobile app, branch, phone…")
            Accessible.name: qsTr("Channel")
            onEditingFinished: root.save("channel", text.trim())
        }
        Label { textFormat: Text.PlainText; text: qsTr("Owner"); color: Theme.text }
        TextField {
            Layout.fillWidth: true
            readonly property bool uncommitted: text.trim() !== (root.moment.owner ?? "")
            text: root.moment.owner ?? ""
            placeholderText: qsTr("The function that owns it")
            Accessible.name: qsTr("Owner")
            onEditingFinished: root.save("owner", text.trim())
        }

        Label { textFormat: Text.PlainText; text: qsTr("Emotion"); color: Theme.text }
        RowLayout {
            ThemedCheckBox {
                id: scored
                text: qsTr("Scored")
                checked: root.moment.emotion !== undefined && root.moment.emotion !== null
                onToggled: root.save("emotion", checked ? emotionSlider.value : null)
            }
            Slider {
                id: emotionSlider
                Layout.fillWidth: true
                enabled: scored.checked
                from: -2
                to: 2
                stepSize: 1
                snapMode: Slider.SnapAlways
                value: root.moment.emotion ?? 0
                Accessible.name: qsTr("Emotion score")
                onMoved: root.save("emotion", value)
            }
            Label { textFormat: Text.PlainText; text: scored.checked ? (emotionSlider.value > 0 ? "+" : "") + emotionSlider.value : "–"; color: Theme.text }
        }
        Repeater {
            model: root.moment.emotions ?? []
            delegate: RowLayout {
                id: personaRow
                required property var modelData
                Layout.fillWidth: true
                Label { textFormat: Text.PlainText; Layout.preferredWidth: 120; text: personaRow.modelData.title; elide: Text.ElideRight; color: Theme.text }
                SpinBox {
                    from: -2
                    to: 2
                    value: personaRow.modelData.score ?? 0
                    editable: true
                    Accessible.name: qsTr("Emotion of %1").arg(personaRow.modelData.title)
                    onValueModified: root.canvas.setEmotion(root.moment.uid, personaRow.modelData.persona, value, false)
                }
            }
        }

        RowLayout {
            Label { textFormat: Text.PlainText; text: qsTr("Importance"); color: Theme.text; Layout.fillWidth: true }
            SpinBox {
                from: 1
                to: 5
                value: root.moment.importance ?? 3
                Accessible.name: qsTr("Importance")
                onValueModified: root.save("importance", value)
            }
        }
        Label { textFormat: Text.PlainText; text: qsTr("Evidence"); color: Theme.text }
        ComboBox {
            Layout.fillWidth: true
            model: [qsTr("Assumption"), qsTr("Partly backed"), qsTr("Research-based")]
            currentIndex: root.canvas.evidenceLevels.indexOf(root.moment.evidence ?? "assumption")
            Accessible.name: qsTr("Evidence level")
            onActivated: index => root.save("evidence", root.canvas.evidenceLevels[index])
        }
        Switch {
            text: qsTr("Moment that matters")
            checked: root.moment.mattersMost ?? false
            onToggled: root.save("mattersMost", checked)
        }
        Label { textFormat: Text.PlainText; text: qsTr("Colour"); color: Theme.text }
        Flow {
            Layout.fillWidth: true
            spacing: 6
            Repeater {
                model: ["", "#e07a5f", "#f2cc8f", "#81b29a", "#3d8bfd", "#9b5de5", "#8d99ae"]
                delegate: Button {
                    required property string modelData
                    width: 28
                    height: 28
                    checkable: true
                    checked: (root.moment.color ?? "") === modelData
                    text: modelData === "" ? "∅" : ""
                    Accessible.name: modelData === "" ? qsTr("No colour") : qsTr("Colour %1").arg(modelData)
                    background: Rectangle {
                        radius: 14
                        color: parent.modelData === "" ? Theme.surface : parent.modelData
                        border.width: parent.checked ? 3 : 1
                        border.color: parent.checked ? Theme.accent : Theme.border
                    }
                    onClicked: root.save("color", modelData)
                }
            }
        }
        Label { textFormat: Text.PlainText; text: qsTr("Tags (comma-separated)"); color: Theme.text }
        TextField {
            Layout.fillWidth: true
            readonly property bool uncommitted: text !== (root.moment.tags ?? []).join(", ")
            text: (root.moment.tags ?? []).join(", ")
            Accessible.name: qsTr("Tags")
            onEditingFinished: root.save("tags", text.split(",").map(t => t.trim()).filter(t => t !== ""))
        }
        // The stories, services, systems… this moment uses, and the metrics measuring it.
        LinkList {
            Layout.fillWidth: true
            Layout.topMargin: Theme.smallSpacing
            controller: root.canvas
            uid: root.canvas.current
            revision: root.canvas.revision
        }
    }
}
