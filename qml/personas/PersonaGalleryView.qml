// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CxAtlas
import CxAtlas.App

// The gallery: every persona as a card, sorted and filtered, with New above.
Item {
    id: root

    required property PersonaGallery gallery
    readonly property alias grid: grid

    signal openRequested(uid: string)

    Rectangle {
        anchors.fill: parent
        color: Theme.window
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ToolBar {
            Layout.fillWidth: true
            background: Rectangle { color: Theme.surface; border.color: Theme.border }

            RowLayout {
                anchors { fill: parent; leftMargin: Theme.spacing; rightMargin: Theme.spacing }
                spacing: Theme.smallSpacing

                Button {
                    objectName: "newPersona"
                    text: qsTr("New persona")
                    enabled: !root.gallery.readOnly
                    highlighted: true
                    Accessible.name: text
                    onClicked: {
                        const uid = root.gallery.create("");
                        if (uid !== "")
                            root.openRequested(uid);
                    }
                }
                TextField {
                    id: filterField

                    objectName: "filterField"
                    Layout.fillWidth: true
                    Layout.maximumWidth: 320
                    placeholderText: qsTr("Filter by name, need state or quote")
                    text: root.gallery.model.filterText
                    Accessible.name: qsTr("Filter personas")
                    onTextEdited: root.gallery.model.filterText = text
                }
                ComboBox {
                    id: statusFilter

                    objectName: "statusFilter"
                    model: [{value: "", text: qsTr("All statuses")},
                            {value: "hypothesis", text: qsTr("Hypotheses")},
                            {value: "validated", text: qsTr("Validated")}]
                    textRole: "text"
                    valueRole: "value"
                    Accessible.name: qsTr("Show status")
                    onActivated: root.gallery.model.status = currentValue
                }
                ComboBox {
                    objectName: "sortBy"
                    model: [{value: "name", text: qsTr("Sort by name")},
                            {value: "status", text: qsTr("Sort by status")},
                            {value: "tier", text: qsTr("Sort by value tier")},
                            {value: "updated", text: qsTr("Sort by last update")}]
                    textRole: "text"
                    valueRole: "value"
                    Accessible.name: qsTr("Sort personas")
                    onActivated: root.gallery.model.sortKey = currentValue
                }
                Item {
                    Layout.fillWidth: true
                }
                Label {
                    textFormat: Text.PlainText
                    text: root.gallery.model.count === root.gallery.total
                          ? qsTr("%n persona(s)", "", root.gallery.total)
                          : qsTr("%1 of %n persona(s)", "", root.gallery.total).arg(root.gallery.model.count)
                    color: Theme.mutedText
                    font.pixelSize: Theme.smallSize
                }
            }
        }

        GridView {
            id: grid

            objectName: "personaGrid"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.spacing
            clip: true
            model: root.gallery.model
            cellWidth: Math.max(PersonaStyle.cardWidth, width / Math.max(1, Math.floor(width / PersonaStyle.cardWidth)))
            cellHeight: PersonaStyle.cardHeight + Theme.spacing
            keyNavigationEnabled: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Personas")
            ScrollBar.vertical: ScrollBar {}

            delegate: PersonaCard {
                width: grid.cellWidth - Theme.spacing
                height: PersonaStyle.cardHeight
                current: grid.activeFocus && grid.currentIndex === index
                editable: !root.gallery.readOnly
                onOpenRequested: uid => root.openRequested(uid)
                onDuplicateRequested: uid => root.gallery.duplicate(uid)
                onDeleteRequested: uid => root.gallery.remove(uid)
            }

            Label {
                textFormat: Text.PlainText
                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * Theme.spacing, 480)
                visible: grid.count === 0
                text: root.gallery.total === 0
                      ? qsTr("No personas yet. A persona describes a customer need state; start one with New persona.")
                      : qsTr("No persona matches the filter.")
                color: Theme.mutedText
                font.pixelSize: Theme.bodySize
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
            }
        }
    }
}
