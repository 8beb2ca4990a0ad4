// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Shapes
import CxAtlas
import CxAtlas.App

// The journey map: pan (scroll bars, wheel, middle drag, space+drag), zoom 10–400 % (ctrl+wheel,
// pinch, keys, fit), rubber-band and click selection, drag and drop of cards, double-click to
// add a moment, and the keyboard. Only the cards near the viewport have delegates.
Flickable {
    id: root

    required property JourneyCanvas canvas
    property real zoom: 1
    property bool focusOnMattering: false
    property bool voting: false            // a voting round runs: cards show its dots
    property bool sparklinesShown: false   // the measuring metrics' recent values on the cards
    signal cardClicked(string uid, int modifiers)
    // Ctrl+I: the user wants the current card's fields (the page opens the inspector).
    signal inspectorRequested()
    property string editing: ""            // the card whose title is being edited
    property bool spaceHeld: false
    readonly property real minZoom: 0.1
    readonly property real maxZoom: 4
    readonly property real margin: 24
    readonly property alias cardCount: cardRepeater.count

    function setZoom(value: real, anchorX: real, anchorY: real) {
        const z = Math.max(minZoom, Math.min(maxZoom, value))
        if (z === zoom)
            return
        // Keep the map point under the anchor where it is.
        const mapX = (contentX + anchorX) / zoom
        const mapY = (contentY + anchorY) / zoom
        zoom = z
        contentX = Math.max(0, Math.min(mapX * z - anchorX, contentWidth - width))
        contentY = Math.max(0, Math.min(mapY * z - anchorY, contentHeight - height))
    }
    function zoomBy(factor: real) { setZoom(zoom * factor, width / 2, height / 2) }
    function fit() {
        setZoom(Math.min(width / (canvas.contentWidth + 2 * margin), height / (canvas.contentHeight + 2 * margin)), 0, 0)
        contentX = 0
        contentY = 0
    }
    function reveal(uid: string) {
        const r = canvas.cardRect(uid)
        if (r.width <= 0)
            return
        const left = (r.x + margin) * zoom, top = (r.y + margin) * zoom
        if (left < contentX || left + r.width * zoom > contentX + width)
            contentX = Math.max(0, Math.min(left - width / 3, contentWidth - width))
        if (top < contentY || top + r.height * zoom > contentY + height)
            contentY = Math.max(0, Math.min(top - height / 3, contentHeight - height))
    }
    function toMap(x: real, y: real): point {
        return Qt.point((contentX + x) / zoom - margin, (contentY + y) / zoom - margin)
    }
    function restoreView() {
        const state = canvas.viewState()
        zoom = Math.max(minZoom, Math.min(maxZoom, state.zoom))
        contentX = Math.max(0, Math.min(state.x, contentWidth - width))
        contentY = Math.max(0, Math.min(state.y, contentHeight - height))
    }

    clip: true
    interactive: false
    focus: true
    boundsBehavior: Flickable.StopAtBounds
    contentWidth: Math.max(width, (canvas.contentWidth + 2 * margin) * zoom)
    contentHeight: Math.max(height, (canvas.contentHeight + 2 * margin) * zoom)
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Journey map %1").arg(canvas.journeyTitle)
    Accessible.focusable: true
    Accessible.focused: root.activeFocus

    ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
    ScrollBar.horizontal: ScrollBar { policy: ScrollBar.AsNeeded }

    // The cards the viewport can show (in map units, with the filter's own margin around).
    readonly property rect viewport: Qt.rect(root.contentX / root.zoom - root.margin, root.contentY / root.zoom - root.margin,
                                             root.width / root.zoom, root.height / root.zoom)
    Binding {
        target: root.canvas.visibleCards
        property: "viewport"
        value: root.viewport
    }
    Binding {
        target: root.canvas.visiblePoints
        property: "viewport"
        value: root.viewport
    }
    Connections {
        target: root.canvas
        function onJourneyChanged() { Qt.callLater(root.restoreView) }
    }
    Component.onCompleted: Qt.callLater(restoreView)
    Timer {
        id: saveView
        interval: 500
        onTriggered: root.canvas.saveViewState(root.zoom, root.contentX, root.contentY)
    }
    onEditingChanged: if (editing !== "") titleEditor.begin(editing)
    onContentXChanged: saveView.restart()
    onContentYChanged: saveView.restart()
    onZoomChanged: saveView.restart()

    Rectangle {
        width: root.contentWidth
        height: root.contentHeight
        color: CanvasStyle.mapBackground
    }

    Item {
        id: map
        objectName: "map"

        x: root.margin * root.zoom
        y: root.margin * root.zoom
        width: root.canvas.contentWidth
        height: root.canvas.contentHeight
        scale: root.zoom
        transformOrigin: Item.TopLeft

        // The background: rubber band, double-click to add, middle or space drag to pan.
        MouseArea {
            id: background

            property point start
            property point panStart
            property real startX
            property real startY
            property bool panning: false
            property bool endsDoubleClick: false

            anchors.fill: parent
            acceptedButtons: Qt.LeftButton | Qt.MiddleButton
            cursorShape: panning || root.spaceHeld ? Qt.ClosedHandCursor : Qt.ArrowCursor
            onPressed: mouse => {
                root.forceActiveFocus()
                root.editing = ""
                panning = mouse.button === Qt.MiddleButton || root.spaceHeld
                if (panning) {
                    panStart = mapToItem(root, mouse.x, mouse.y)
                    startX = root.contentX
                    startY = root.contentY
                    return
                }
                start = Qt.point(mouse.x, mouse.y)
                band.visible = false
            }
            onPositionChanged: mouse => {
                if (panning) {
                    const p = mapToItem(root, mouse.x, mouse.y)
                    root.contentX = Math.max(0, Math.min(startX - (p.x - panStart.x), root.contentWidth - root.width))
                    root.contentY = Math.max(0, Math.min(startY - (p.y - panStart.y), root.contentHeight - root.height))
                    return
                }
                band.x = Math.min(start.x, mouse.x)
                band.y = Math.min(start.y, mouse.y)
                band.width = Math.abs(mouse.x - start.x)
                band.height = Math.abs(mouse.y - start.y)
                band.visible = band.width > 3 || band.height > 3
            }
            onReleased: mouse => {
                if (panning) {
                    panning = false
                    return
                }
                if (endsDoubleClick) {
                    // The release after a double-click keeps the moment it created selected.
                    endsDoubleClick = false
                    return
                }
                if (band.visible)
                    root.canvas.selectRect(Qt.rect(band.x, band.y, band.width, band.height), mouse.modifiers & (Qt.ShiftModifier | Qt.ControlModifier))
                else if (!(mouse.modifiers & (Qt.ShiftModifier | Qt.ControlModifier)))
                    root.canvas.clearSelection()
                band.visible = false
            }
            onDoubleClicked: mouse => {
                endsDoubleClick = true
                if (root.canvas.addMomentAt(mouse.x, mouse.y))
                    root.editing = root.canvas.current
            }
        }

        Repeater {
            model: root.canvas.lanes
            delegate: LaneHeader {
                canvas: root.canvas
                onRenameFinished: root.forceActiveFocus()
            }
        }

        // Column lines over the lanes.
        Repeater {
            model: root.canvas.stages
            delegate: Rectangle {
                required property real bodyX
                required property real bodyY
                required property real bodyHeight
                x: bodyX
                y: bodyY
                width: 1
                height: bodyHeight
                color: CanvasStyle.gridLine
            }
        }

        Rectangle {
            x: root.canvas.curveArea.x
            y: root.canvas.curveArea.y - 18
            width: root.canvas.curveArea.width
            height: root.canvas.curveArea.height + 36
            color: CanvasStyle.curveBand
            visible: root.canvas.curveArea.height > 0
            z: -0.5
        }

        Repeater {
            model: root.canvas.stages
            delegate: StageHeader {
                canvas: root.canvas
                onRenameFinished: root.forceActiveFocus()
            }
        }

        // The line of visibility: what the customer sees above, what supports it below.
        Item {
            visible: root.canvas.visibilityLine >= 0
            y: root.canvas.visibilityLine - 1
            width: parent.width
            height: 3
            z: 3
            // One dashed stroke (8 px on, 6 off): a Rectangle per dash was hundreds of items
            // on a wide map, a tenth of what the first frame made (issue 11).
            Shape {
                width: parent.width
                height: 3
                ShapePath {
                    strokeColor: CanvasStyle.visibilityLine
                    strokeWidth: 3
                    strokeStyle: ShapePath.DashLine
                    dashPattern: [8 / 3, 6 / 3] // in stroke widths
                    capStyle: ShapePath.FlatCap
                    fillColor: "transparent"
                    startX: 0
                    startY: 1.5
                    PathLine { x: map.width; y: 1.5 }
                }
            }
            Text {
                textFormat: Text.PlainText
                x: 8
                y: -height - 2
                text: qsTr("Line of visibility")
                color: CanvasStyle.visibilityLine
                font.pixelSize: CanvasStyle.smallSize
                font.bold: true
            }
        }

        EmotionCurves {
            objectName: "curves"
            anchors.fill: parent
            canvas: root.canvas
            z: 1.5
        }

        Repeater {
            id: cardRepeater

            model: root.canvas.visibleCards
            delegate: MomentCard {
                editing: root.editing === uid
                focused: root.activeFocus && root.canvas.current === uid
                dimmed: root.focusOnMattering && !mattersMost
                voting: root.voting
                sparklinesShown: root.sparklinesShown
                onClicked: (uid, mouse) => root.cardClicked(uid, mouse.modifiers)
                onPressed: (uid, mouse) => {
                    root.forceActiveFocus()
                    if (mouse.modifiers & Qt.ShiftModifier)
                        root.canvas.select(uid, "extend")
                    else if (mouse.modifiers & Qt.ControlModifier)
                        root.canvas.select(uid, "toggle")
                    else if (!selected)
                        root.canvas.select(uid, "replace")
                }
                onDragged: (uid, x, y) => {
                    const slot = root.canvas.slotAt(x, y)
                    drop.visible = slot.stage !== undefined
                    if (!drop.visible)
                        return
                    const r = root.canvas.cardRect(uid)
                    drop.x = x - r.width / 2
                    drop.y = y - 6
                    drop.width = r.width
                    drop.label = qsTr("%n moment(s)", "", root.canvas.selection.length)
                }
                onDropped: (uid, x, y) => {
                    drop.visible = false
                    const slot = root.canvas.slotAt(x, y)
                    if (slot.stage !== undefined)
                        root.canvas.moveSelection(slot.stage, slot.lane, slot.position)
                }
                onDoubleClicked: uid => root.editing = uid
                onOpenDetail: journey => root.canvas.journey = journey
            }
        }

        // Who else is on which card (a team workspace).
        PresenceBadges { canvas: root.canvas; z: 4 }

        TitleEditor {
            id: titleEditor
            canvas: root.canvas
            view: root
        }

        Rectangle {
            id: band
            visible: false
            z: 5
            color: CanvasStyle.rubberBand
            border.color: CanvasStyle.selection
        }

        // Where dragged cards will land.
        Rectangle {
            id: drop

            property string label
            visible: false
            z: 6
            height: 4
            radius: 2
            color: CanvasStyle.dropIndicator
            Label {
                textFormat: Text.PlainText
                y: 6
                text: drop.label
                color: CanvasStyle.dropIndicator
                font.pixelSize: CanvasStyle.smallSize
            }
        }
    }

    WheelHandler {
        acceptedModifiers: Qt.ControlModifier
        onWheel: event => root.setZoom(root.zoom * Math.pow(1.0015, event.angleDelta.y), point.position.x, point.position.y)
    }
    WheelHandler {
        acceptedModifiers: Qt.NoModifier | Qt.ShiftModifier
        onWheel: event => {
            const dx = event.modifiers & Qt.ShiftModifier ? event.angleDelta.y : event.angleDelta.x
            const dy = event.modifiers & Qt.ShiftModifier ? 0 : event.angleDelta.y
            root.contentX = Math.max(0, Math.min(root.contentX - dx, root.contentWidth - root.width))
            root.contentY = Math.max(0, Math.min(root.contentY - dy, root.contentHeight - root.height))
        }
    }
    PinchHandler {
        target: null
        property real startZoom: 1
        onActiveChanged: if (active) startZoom = root.zoom
        onActiveScaleChanged: root.setZoom(startZoom * activeScale, centroid.position.x, centroid.position.y)
    }

    // The map's keys act only while the map is on screen: a hidden page can keep the keyboard
    // focus, and N pressed in another view must not add a moment nobody sees.
    CanvasKeys {
        id: keys
        view: root
        canvas: root.canvas
    }
    Keys.onPressed: event => {
        if (root.editing === "" && root.visible)
            event.accepted = keys.pressed(event)
    }
    Keys.onReleased: event => {
        if (event.key === Qt.Key_Space && !event.isAutoRepeat)
            root.spaceHeld = false
    }
}
