// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CxAtlas
import CxAtlas.App

// The Journeys view: a journey picker and the map's tools above, the map, its minimap, the
// parking lot and the inspector (open while something is selected, or when pinned). The
// window's Edit menu calls the functions here.
Item {
    id: root

    required property WorkspaceController workspace
    readonly property bool hasSelection: canvas.selection.length > 0
    readonly property bool canPaste: canvas.canPaste
    readonly property alias canvas: canvas
    readonly property alias view: view
    readonly property alias voting: voting
    readonly property alias participants: participants
    // The parking lot's column, made when first shown (null until then); its notes are the
    // page's from the start.
    readonly property Item parkingLot: parkingLotPanel.item
    readonly property alias parkingNotes: lot
    readonly property alias inspector: inspector
    readonly property alias minimap: minimap

    // The toolbar's Present (the window shows the journey in presentation mode, issue 12).
    signal presentRequested()

    function takeFocus() { view.forceActiveFocus() }
    function showResults(round: var) { dialogs.showResults(round) }
    function inviteParticipants() { dialogs.invite() }
    function parkNote() {
        settings.parkingLotShown = true
        Qt.callLater(() => parkingLotPanel.build().capture()) // once the column is visible
    }
    // The inspector follows the selection unless the user pinned it open or closed it.
    property bool inspectorPinned: false
    property bool inspectorClosed: false
    readonly property bool inspectorOpen: inspectorPinned || (hasSelection && !inspectorClosed)
    function toggleInspector() {
        const open = !inspectorOpen
        inspectorPinned = open
        inspectorClosed = !open
    }
    function cut() { canvas.cutSelection() }
    function copy() { canvas.copySelection() }
    function paste() { canvas.paste(); view.reveal(canvas.current) }
    function duplicate() { canvas.duplicateSelection(); view.reveal(canvas.current) }
    function deleteSelection() { canvas.deleteSelection() }
    function selectAll() { canvas.selectAll() }
    function find(text: string): int {
        const count = canvas.find(text)
        if (count > 0)
            view.reveal(canvas.current)
        return count
    }

    JourneyCanvas {
        id: canvas
        workspace: root.workspace
    }
    Connections { target: Preferences; function onLanguageChanged() { canvas.retranslate() } }
    VotingController {
        id: voting
        workspace: root.workspace
        journey: canvas.journey
    }
    // Participants from their phones (issue 16): never started but by Invite Participants….
    ParticipantsController {
        id: participants
        workspace: root.workspace
        journey: canvas.journey
        selectedMoment: canvas.current
    }
    ParkingLotModel {
        id: lot
        workspace: root.workspace
        journey: canvas.journey
    }
    JourneyViewSettings { id: settings }
    // Where this window is, for the others on a team workspace (issue 15).
    Binding { target: root.workspace.server; property: "journey"; value: canvas.journey }
    Binding { target: root.workspace.server; property: "card"; value: canvas.current }
    WorkshopKeys {
        voting: voting
        canvas: canvas
        view: view
        onParkRequested: root.parkNote()
    }
    WorkshopDialogs {
        id: dialogs
        voting: voting
        participants: participants
        onProjectorRequested: {
            participants.joinShown = true
            root.presentRequested()
        }
    }

    Rectangle { anchors.fill: parent; color: Theme.window }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // A Flow: a narrow window or a longer language wraps the tools, never cuts them off.
        ToolBar {
            Layout.fillWidth: true
            Layout.minimumWidth: 0
            padding: 3
            leftPadding: Theme.spacing
            rightPadding: Theme.spacing
            background: Rectangle { color: Theme.surface; border.color: Theme.border }

            Flow {
                width: parent.width
                spacing: Theme.smallSpacing

                ComboBox {
                    id: picker
                    width: 260
                    model: canvas.journeys
                    textRole: "title"
                    valueRole: "uid"
                    currentIndex: canvas.journeys.findIndex(j => j.uid === canvas.journey)
                    displayText: currentIndex >= 0
                                 ? currentText + (canvas.journeys[currentIndex].state === "future" ? qsTr(" (future state)") : "")
                                 : qsTr("No journey")
                    Accessible.name: qsTr("Journey")
                    onActivated: canvas.journey = currentValue
                }
                // Qt 6.4 presses no button through AT-SPI's Action interface by itself: each says how.
                ToolButton { text: qsTr("New journey"); onClicked: canvas.addJourney(""); Accessible.onPressAction: clicked() }
                ToolSeparator {}
                ToolButton { text: qsTr("+ Stage"); enabled: canvas.journey !== ""; onClicked: canvas.addStage("", 1000); Accessible.onPressAction: clicked() }
                ToolButton { text: qsTr("+ Lane"); enabled: canvas.journey !== ""; onClicked: canvas.addLane("", "custom", 1000); Accessible.onPressAction: clicked() }
                ToolSeparator {}
                Switch {
                    text: qsTr("Moments that matter")
                    checked: view.focusOnMattering
                    onToggled: view.focusOnMattering = checked
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Dim every other moment")
                }
                ToolButton {
                    id: workshopButton
                    text: qsTr("Workshop ▾")
                    enabled: canvas.journey !== ""
                    onClicked: workshopMenu.popup(workshopButton, 0, workshopButton.height)
                    // Made the first time it opens (LazyMenu), like every menu of the map.
                    LazyMenu {
                        id: workshopMenu
                        content: MenuContent {
                            MenuItem { text: qsTr("Start a voting round…"); enabled: !voting.running; onTriggered: dialogs.startRound() }
                            MenuItem { text: qsTr("End the voting round…"); enabled: voting.running; onTriggered: dialogs.endRound() }
                            MenuItem {
                                text: qsTr("Round results…")
                                enabled: voting.endedRounds.length > 0
                                onTriggered: dialogs.showResults(voting.endedRounds[0].uid)
                            }
                            MenuSeparator {}
                            MenuItem { objectName: "inviteParticipants"; text: qsTr("Invite Participants…"); onTriggered: root.inviteParticipants() }
                            MenuSeparator {}
                            MenuItem { text: qsTr("Park a note\tP"); onTriggered: root.parkNote() }
                            MenuItem {
                                text: qsTr("Show the parking lot")
                                checkable: true
                                checked: settings.parkingLotShown
                                onTriggered: settings.parkingLotShown = checked
                            }
                        }
                    }
                }
                // What the map shows beside the cards, remembered between sessions.
                ToolButton {
                    id: viewButton
                    objectName: "journeyViewMenu"
                    text: qsTr("View ▾")
                    onClicked: viewMenu.popup(viewButton, 0, viewButton.height)
                    // Made the first time it opens.
                    LazyMenu {
                        id: viewMenu
                        content: MenuContent {
                            MenuItem {
                                text: qsTr("Minimap")
                                checkable: true
                                checked: settings.minimapShown
                                onTriggered: settings.minimapShown = checked
                                ToolTip.visible: hovered
                                ToolTip.text: qsTr("Show the overview in a corner of the map that has no cards")
                            }
                            MenuItem {
                                text: qsTr("Metrics on the cards")
                                checkable: true
                                checked: settings.sparklinesShown
                                onTriggered: settings.sparklinesShown = checked
                                ToolTip.visible: hovered
                                ToolTip.text: qsTr("A small line of each measuring metric's last twelve months")
                            }
                        }
                    }
                }
                ToolButton {
                    objectName: "inspectorToggle"
                    text: qsTr("Inspector")
                    checkable: true
                    checked: root.inspectorOpen
                    onClicked: root.toggleInspector()
                    Accessible.onPressAction: root.toggleInspector()
                    Accessible.onToggleAction: root.toggleInspector()
                }
                ToolSeparator {}
                ToolButton { text: "−"; onClicked: view.zoomBy(0.8); Accessible.name: qsTr("Zoom out"); Accessible.onPressAction: clicked() }
                Label {
                    textFormat: Text.PlainText
                    width: 48
                    topPadding: Math.max(0, (picker.height - contentHeight) / 2) // level with the buttons' words
                    horizontalAlignment: Text.AlignHCenter
                    text: Math.round(view.zoom * 100) + "%"
                    color: Theme.text
                    Accessible.name: qsTr("Zoom %1 percent").arg(Math.round(view.zoom * 100))
                }
                ToolButton { text: "+"; onClicked: view.zoomBy(1.25); Accessible.name: qsTr("Zoom in"); Accessible.onPressAction: clicked() }
                ToolButton { text: qsTr("Fit"); onClicked: view.fit(); Accessible.name: qsTr("Fit the map to the window"); Accessible.onPressAction: clicked() }
                ToolSeparator {}
                ToolButton {
                    text: qsTr("Present")
                    enabled: canvas.journey !== ""
                    focusPolicy: Qt.NoFocus
                    onClicked: root.presentRequested()
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Show this journey full screen for a workshop (F5)")
                }
                ToolSeparator { visible: presenceList.visible }
                PresenceList {
                    id: presenceList
                    server: root.workspace.server
                    onPersonChosen: (journey, card) => {
                        canvas.journey = journey
                        if (card === "")
                            return
                        canvas.select(card)
                        Qt.callLater(view.reveal, card)
                    }
                }
            }
        }

        CurveLegend {
            Layout.fillWidth: true
            Layout.minimumWidth: 0
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
            Layout.topMargin: 2
            visible: canvas.journey !== ""
            canvas: canvas
        }

        // The voting bar and the parking lot are made when first shown (ViewLoader): a
        // workshop's parts stay out of start-up, like the participants' panel below.
        ViewLoader {
            id: votingBar
            Layout.fillWidth: true
            visible: voting.running && canvas.journey !== ""
            view: Qt.resolvedUrl("../workshop/VotingBar.qml")
            properties: ({ voting: root.voting })
            onVisibleChanged: if (visible) build()
        }
        Connections { target: votingBar.item; function onEndRequested() { dialogs.endRound() } }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumWidth: 0
            spacing: 0

            Item {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumWidth: 0

                CanvasView {
                    id: view
                    anchors.fill: parent
                    canvas: canvas
                    visible: canvas.journey !== ""
                    voting: voting.running
                    sparklinesShown: settings.sparklinesShown
                    onInspectorRequested: {
                        if (!root.inspectorOpen)
                            root.toggleInspector()
                        Qt.callLater(inspector.focusFields) // once it is laid out
                    }
                    onCardClicked: (uid, modifiers) => {
                        if (voting.running)
                            voting.castDot(uid, (modifiers & Qt.ShiftModifier) ? -1 : 1)
                    }
                }
                Minimap {
                    id: minimap
                    objectName: "minimap"
                    // The first corner over empty canvas (bottom right, bottom left, top right, top
                    // left): no card and no stage or lane header under it. Hidden when every corner
                    // is taken, or when the whole map is in view.
                    readonly property int corner: {
                        canvas.revision; view.contentX; view.contentY; view.zoom; view.width; view.height
                        for (let i = 0; i < 4; ++i) {
                            const x = (i % 2 === 0) ? view.width - width - 20 : 20
                            const y = (i < 2) ? view.height - height - 20 : 20
                            const a = view.toMap(x, y), b = view.toMap(x + width, y + height)
                            const overHeaders = (a.x < canvas.laneHeaderWidth && b.x > 0)
                                              || (a.y < canvas.stageHeaderHeight && b.y > 0)
                            if (!overHeaders && !canvas.anyCardIn(Qt.rect(a.x, a.y, b.x - a.x, b.y - a.y)))
                                return i
                        }
                        return -1
                    }
                    readonly property bool mapFits: view.contentWidth <= view.width + 1 && view.contentHeight <= view.height + 1
                    visible: settings.minimapShown && canvas.journey !== "" && canvas.momentCount > 0 && corner >= 0 && !mapFits
                    x: (corner % 2 === 0) ? view.width - width - 20 : 20
                    y: (corner < 2) ? view.height - height - 20 : 20
                    canvas: canvas
                    view: view
                }
                Column {
                    visible: canvas.journey === "" && root.workspace.isOpen
                    anchors.centerIn: parent
                    spacing: Theme.spacing
                    Label {
                        textFormat: Text.PlainText
                        text: qsTr("This workspace has no journeys yet.")
                        color: Theme.mutedText
                        font.pixelSize: Theme.headingSize
                    }
                    Button {
                        anchors.horizontalCenter: parent.horizontalCenter
                        text: qsTr("Add a journey")
                        onClicked: canvas.addJourney("")
                    }
                }
            }
            ViewLoader {
                id: parkingLotPanel
                Layout.preferredWidth: 250
                Layout.fillHeight: true
                visible: settings.parkingLotShown && canvas.journey !== ""
                view: Qt.resolvedUrl("../workshop/ParkingLot.qml")
                properties: ({ lot: root.parkingNotes, canvas: root.canvas, view: root.view, returnFocus: root.view })
                onVisibleChanged: if (visible) build()
            }
            Connections { target: parkingLotPanel.item; function onCloseRequested() { settings.parkingLotShown = false } }
            // Made when a live session first runs (ViewLoader): its files stay out of start-up.
            ViewLoader {
                id: participantsPanel
                Layout.preferredWidth: 260
                Layout.fillHeight: true
                visible: participants.running && canvas.journey !== ""
                view: Qt.resolvedUrl("../live/ParticipantsPanel.qml")
                properties: ({ objectName: "participantsPanel", controller: participants })
                onVisibleChanged: if (visible) build()
            }
            Connections { target: participantsPanel.item; function onInviteRequested() { dialogs.invite() } }
            // Drag to give the inspector more or less room.
            Rectangle {
                visible: inspector.visible
                Layout.fillHeight: true
                Layout.preferredWidth: 5
                color: handle.containsMouse || handle.pressed ? Theme.accent : Theme.border
                MouseArea {
                    id: handle
                    anchors { fill: parent; leftMargin: -3; rightMargin: -3 }
                    hoverEnabled: true
                    cursorShape: Qt.SplitHCursor
                    onPositionChanged: mouse => {
                        if (pressed)
                            inspector.width = Math.max(240, Math.min(640, inspector.width - mouse.x))
                    }
                }
            }
            MomentInspector {
                id: inspector
                visible: root.inspectorOpen
                width: 320
                Layout.preferredWidth: width
                Layout.fillHeight: true
                canvas: canvas
                onFinished: view.forceActiveFocus()
            }
        }
    }
}
