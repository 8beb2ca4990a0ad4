// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import CxAtlas
import CxAtlas.App

// Every field of one persona, saved as it is edited: the header (photo, name, need state,
// quote, status, value tier), the lists and texts, evidence, and beside them the journeys
// it follows and its revisions.
Item {
    id: root

    required property PersonaEditor editor
    readonly property alias compareDialog: compareDialog
    readonly property alias scrollView: scroll

    signal backRequested()
    signal journeyRequested(journey: string)

    Rectangle {
        anchors.fill: parent
        color: Theme.window
    }

    ScrollView {
        id: scroll

        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: scroll.availableWidth
            spacing: Theme.spacing

            ToolBar {
                Layout.fillWidth: true
                background: Rectangle { color: Theme.surface; border.color: Theme.border }

                RowLayout {
                    anchors { fill: parent; leftMargin: Theme.spacing; rightMargin: Theme.spacing }

                    ToolButton {
                        objectName: "backToGallery"
                        text: qsTr("‹ All personas")
                        Accessible.name: qsTr("Back to all personas")
                        onClicked: root.backRequested()
                    }
                    Item { Layout.fillWidth: true }
                    Label {
                        textFormat: Text.PlainText
                        text: root.editor.readOnly ? qsTr("This workspace is open for reading only")
                                                   : qsTr("Saved as you type · Undo with Ctrl+Z")
                        color: Theme.mutedText
                        font.pixelSize: Theme.smallSize
                    }
                }
            }

            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing * 2
                Layout.rightMargin: Theme.spacing * 2
                spacing: Theme.spacing * 2

                PersonaPhotoPanel {
                    Layout.alignment: Qt.AlignTop
                    enabled: !root.editor.readOnly
                    editor: root.editor
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    enabled: !root.editor.readOnly
                    spacing: 2

                    FieldLabel { text: qsTr("Name") }
                    TextField {
                        objectName: "nameField"
                        Layout.fillWidth: true
                        // Saved as typed (see TextUndoRouter).
                        readonly property bool uncommitted: text !== (root.editor.fields.name ?? "")
                        text: root.editor.fields.name ?? ""
                        font.pixelSize: Theme.titleSize
                        font.bold: true
                        Accessible.name: qsTr("Name")
                        onTextEdited: root.editor.setField("name", text)
                    }
                    PersonaTextArea {
                        editor: root.editor
                        field: "needState"
                        title: qsTr("Need state")
                        minimumHeight: 0
                        placeholderText: qsTr("What this customer needs at this point of their life")
                    }
                    PersonaTextArea {
                        editor: root.editor
                        field: "quote"
                        title: qsTr("Quote")
                        minimumHeight: 0
                        placeholderText: qsTr("In their own words")
                        font.italic: true
                    }
                    RowLayout {
                        Layout.topMargin: Theme.smallSpacing
                        spacing: Theme.spacing

                        Label { textFormat: Text.PlainText; text: qsTr("Status"); color: Theme.mutedText }
                        ComboBox {
                            objectName: "statusBox"
                            model: [{value: "hypothesis", text: qsTr("Hypothesis")},
                                    {value: "validated", text: qsTr("Validated")}]
                            textRole: "text"
                            valueRole: "value"
                            currentIndex: root.editor.fields.status === "validated" ? 1 : 0
                            Accessible.name: qsTr("Status")
                            onActivated: root.editor.setField("status", currentValue)
                        }
                        Label { textFormat: Text.PlainText; text: qsTr("Value tier"); color: Theme.mutedText }
                        ComboBox {
                            objectName: "tierBox"
                            model: [{value: "low", text: qsTr("Low")}, {value: "medium", text: qsTr("Medium")},
                                    {value: "high", text: qsTr("High")}, {value: "top", text: qsTr("Top")}]
                            textRole: "text"
                            valueRole: "value"
                            currentIndex: ["low", "medium", "high", "top"].indexOf(root.editor.fields.valueTier ?? "medium")
                            Accessible.name: qsTr("Value tier")
                            onActivated: root.editor.setField("valueTier", currentValue)
                        }
                    }
                }
            }

            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing * 2
                Layout.rightMargin: Theme.spacing * 2
                Layout.bottomMargin: Theme.spacing * 2
                spacing: Theme.spacing * 2

                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    enabled: !root.editor.readOnly
                    spacing: Theme.smallSpacing

                    PersonaListEditor { editor: root.editor; list: "goals"; title: qsTr("Goals"); addPlaceholder: qsTr("Add a goal") }
                    PersonaListEditor { editor: root.editor; list: "needs"; title: qsTr("Needs"); addPlaceholder: qsTr("Add a need") }
                    PersonaListEditor { editor: root.editor; list: "frustrations"; title: qsTr("Frustrations"); addPlaceholder: qsTr("Add a frustration") }
                    PersonaListEditor { editor: root.editor; list: "behaviours"; title: qsTr("Behaviours"); addPlaceholder: qsTr("Add a behaviour") }
                    PersonaListEditor { editor: root.editor; list: "preferredChannels"; title: qsTr("Preferred channels"); addPlaceholder: qsTr("Add a channel") }
                    PersonaTextArea { editor: root.editor; field: "demographics"; title: qsTr("Demographics"); placeholderText: qsTr("Age, place, household, income…") }
                    PersonaTextArea { editor: root.editor; field: "psychographics"; title: qsTr("Psychographics"); placeholderText: qsTr("Values, attitudes, motivations…") }
                    PersonaTextArea { editor: root.editor; field: "fieldNotes"; title: qsTr("Field notes"); placeholderText: qsTr("What you saw and heard") }
                    EvidenceEditor { Layout.fillWidth: true; editor: root.editor }
                    PersonaTextArea { editor: root.editor; field: "notes"; title: qsTr("Notes") }
                }
                ColumnLayout {
                    Layout.preferredWidth: PersonaStyle.sidePanelWidth
                    Layout.maximumWidth: PersonaStyle.sidePanelWidth
                    Layout.alignment: Qt.AlignTop
                    spacing: Theme.spacing

                    PersonaJourneysPanel {
                        Layout.fillWidth: true
                        editor: root.editor
                        onJourneyRequested: journey => root.journeyRequested(journey)
                    }
                    RevisionsPanel {
                        Layout.fillWidth: true
                        editable: !root.editor.readOnly
                        editor: root.editor
                        onCompareRequested: (before, after) => compareDialog.show(before, after)
                    }
                }
            }
        }
    }

    RevisionCompareDialog {
        id: compareDialog

        editor: root.editor
    }
}
