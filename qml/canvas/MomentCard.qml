// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import CxAtlas

// One moment on the map. Holds no state of its own: selection and editing come from the
// view and the model; gestures are reported to the view, which turns them into edits.
Rectangle {
    id: root

    required property string uid
    required property real cardX
    required property real cardY
    required property real cardWidth
    required property real cardHeight
    required property string title
    required property string channel
    required property string owner
    required property int emotion
    required property bool hasEmotion
    required property string evidence
    required property bool mattersMost
    required property string tint
    required property var tags
    required property string opensJourney
    required property int votes
    required property bool selected
    required property var sparklines
    required property string stageTitle
    required property string laneTitle
    property bool sparklinesShown: false
    property bool editing: false
    property bool dimmed: false
    property bool voting: false            // a round runs: the dots are the point of the card
    property bool focused: false           // the current card of the map that has the keyboard

    signal pressed(string uid, var mouse)
    signal doubleClicked(string uid)
    signal clicked(string uid, var mouse)
    signal dragged(string uid, real x, real y)
    signal dropped(string uid, real x, real y)
    signal openDetail(string journey)

    x: cardX
    y: cardY
    width: cardWidth
    height: cardHeight
    radius: CanvasStyle.cardRadius
    color: CanvasStyle.cardTint(root.tint)
    border.width: root.selected ? 2 : (root.mattersMost ? 2 : 1)
    border.color: root.selected ? CanvasStyle.selection : (root.mattersMost ? CanvasStyle.matters : CanvasStyle.cardBorder)
    opacity: root.dimmed ? 0.25 : 1
    z: root.selected ? 2 : 1

    // The title is the name (what a screen reader says first, and what finds the card); where
    // it sits and how it feels follow as the description, as the map shows them around it.
    Accessible.role: Accessible.ListItem
    Accessible.name: root.title
    Accessible.description: [Texts.format(qsTr("stage %1, lane %2"), [root.stageTitle, root.laneTitle]),
                             root.hasEmotion ? qsTr("emotion %1").arg(root.emotion > 0 ? "+" + root.emotion : root.emotion)
                                             : qsTr("emotion not scored"),
                             root.mattersMost ? qsTr("moment that matters") : "",
                             root.votes > 0 ? qsTr("%n dot(s)", "", root.votes) : "",
                             root.channel, root.owner].filter(t => t !== "").join(", ")
    Accessible.selected: root.selected
    Accessible.focusable: true
    Accessible.focused: root.focused

    // The keyboard's focus ring: outside the card, apart from the selection's border, so the
    // two read as different things; in the theme's focus colour (3:1 on the map).
    Rectangle {
        visible: root.focused
        anchors { fill: parent; margins: -5 }
        radius: CanvasStyle.cardRadius + 5
        color: "transparent"
        border.color: CanvasStyle.focusRing
        border.width: 3
        Accessible.ignored: true
    }

    // The colour the user picked, as a bar on the left.
    Rectangle {
        visible: root.tint !== ""
        width: 4
        height: parent.height - 2 * parent.border.width
        x: parent.border.width
        y: parent.border.width
        radius: 2
        color: root.tint
    }

    Text {
        textFormat: Text.PlainText
        id: titleText

        visible: !root.editing
        anchors { left: parent.left; right: badges.left; top: parent.top; margins: 8; leftMargin: 12 }
        text: root.title
        color: CanvasStyle.cardText
        font.pixelSize: CanvasStyle.titleSize
        font.bold: root.mattersMost
        wrapMode: Text.Wrap
        maximumLineCount: 2
        elide: Text.ElideRight
    }

    Text {
        textFormat: Text.PlainText
        anchors { left: parent.left; right: badges.left; bottom: parent.bottom; margins: 8; leftMargin: 12 }
        text: [root.channel, root.owner].filter(t => t !== "").join(" · ")
        color: CanvasStyle.cardMuted
        font.pixelSize: CanvasStyle.smallSize
        elide: Text.ElideRight
    }

    // The measuring metrics' last twelve months (issue 13), above the channel and owner.
    SparklineItem {
        visible: root.sparklinesShown && root.sparklines.length > 0 && root.cardHeight >= 64
        anchors { left: parent.left; right: badges.left; bottom: parent.bottom; leftMargin: 12; rightMargin: 8; bottomMargin: 24 }
        height: 12 * root.sparklines.length
        lines: visible ? root.sparklines : []
        color: CanvasStyle.cardMuted
        Accessible.ignored: true
    }

    Column {
        id: badges

        anchors { right: parent.right; top: parent.top; margins: 6 }
        spacing: 4

        // Evidence at a glance: hollow for an assumption, half for partly backed, full for research.
        Rectangle {
            anchors.right: parent.right
            width: 12
            height: 12
            radius: 6
            border.color: CanvasStyle.evidence
            border.width: 1.5
            color: root.evidence === "research-based" ? CanvasStyle.evidence : "transparent"
            Rectangle {
                visible: root.evidence === "partly-backed"
                width: parent.width / 2
                height: parent.height
                radius: 6
                color: CanvasStyle.evidence
            }
            ToolTip.visible: evidenceArea.containsMouse
            ToolTip.text: root.evidence === "research-based" ? qsTr("Research-based")
                        : root.evidence === "partly-backed" ? qsTr("Partly backed by evidence")
                        : qsTr("Assumption")
            MouseArea {
                id: evidenceArea
                anchors.fill: parent
                hoverEnabled: true
                acceptedButtons: Qt.NoButton
            }
        }
        Text {
            textFormat: Text.PlainText
            anchors.right: parent.right
            visible: root.mattersMost
            text: "★"
            color: CanvasStyle.matters
            font.pixelSize: CanvasStyle.titleSize
        }
        Text {
            textFormat: Text.PlainText
            anchors.right: parent.right
            visible: root.votes > 0 && !root.voting
            text: "●" + root.votes
            color: CanvasStyle.cardMuted
            font.pixelSize: CanvasStyle.smallSize
        }
    }

    // While a round runs, its dots as a badge that reads from the back of the room.
    Rectangle {
        visible: root.voting && root.votes > 0
        anchors { right: parent.right; bottom: parent.bottom; margins: 4 }
        width: Math.max(height, dotsText.implicitWidth + 10)
        height: 20
        radius: 10
        color: CanvasStyle.matters
        Accessible.ignored: true
        Text {
            textFormat: Text.PlainText
            id: dotsText
            anchors.centerIn: parent
            text: "● " + root.votes
            color: CanvasStyle.mattersText
            font.pixelSize: CanvasStyle.smallSize + 1
            font.bold: true
        }
    }

    MouseArea {
        anchors.fill: parent
        enabled: !root.editing
        acceptedButtons: Qt.LeftButton
        property bool moved: false
        onPressed: mouse => { moved = false; root.pressed(root.uid, mouse) }
        onPositionChanged: mouse => {
            if (!pressed)
                return
            moved = true
            const p = mapToItem(root.parent, mouse.x, mouse.y)
            root.dragged(root.uid, p.x, p.y)
        }
        onReleased: mouse => {
            if (!moved)
                return root.clicked(root.uid, mouse)
            const p = mapToItem(root.parent, mouse.x, mouse.y)
            root.dropped(root.uid, p.x, p.y)
        }
        onDoubleClicked: root.doubleClicked(root.uid)
    }

    // Opens the detailed journey behind this moment. A plain text and mouse area rather than
    // a ToolButton: cards are many and recycled while panning, so each must stay light.
    Text {
        textFormat: Text.PlainText
        id: detail

        visible: root.opensJourney !== ""
        anchors { right: parent.right; bottom: parent.bottom; margins: 4 }
        text: "↘"
        color: detailArea.containsMouse ? CanvasStyle.selection : CanvasStyle.cardMuted
        font.pixelSize: CanvasStyle.titleSize
        Accessible.role: Accessible.Button
        Accessible.name: qsTr("Open the detailed journey")
        Accessible.onPressAction: root.openDetail(root.opensJourney)
        ToolTip.visible: detailArea.containsMouse
        ToolTip.text: qsTr("Open the detailed journey")
        MouseArea {
            id: detailArea
            anchors.fill: parent
            anchors.margins: -4
            enabled: detail.visible
            hoverEnabled: true
            cursorShape: Qt.PointingHandCursor
            onClicked: root.openDetail(root.opensJourney)
        }
    }
}
