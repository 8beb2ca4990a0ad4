// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CxAtlas

// A non-modal message across the top of the window: an error, or a warning such as why the
// workspace is read-only. Hidden while text is empty; dismissible when dismissible is set; with
// one action (e.g. "Try Again") when actionText is set.
Rectangle {
    id: root

    required property string text
    property bool isError: true
    property bool dismissible: true
    property string actionText: ""

    signal dismissed()
    signal actionTriggered()

    visible: root.text !== ""
    implicitHeight: visible ? row.implicitHeight + 2 * Theme.smallSpacing : 0
    color: root.isError ? Theme.error : Theme.warning

    RowLayout {
        id: row

        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.smallSpacing
        anchors.topMargin: Theme.smallSpacing
        anchors.bottomMargin: Theme.smallSpacing
        spacing: Theme.spacing

        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: root.text
            color: root.isError ? Theme.errorText : Theme.warningText
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        Button {
            objectName: "bannerAction"
            visible: root.actionText !== ""
            flat: true
            text: root.actionText
            Accessible.name: root.actionText
            onClicked: root.actionTriggered()
        }
        Button {
            visible: root.dismissible
            flat: true
            text: qsTr("Dismiss")
            Accessible.name: qsTr("Dismiss message")
            onClicked: root.dismissed()
        }
    }
}
