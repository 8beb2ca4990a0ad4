// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CxAtlas
import CxAtlas.App

// The projector's join slide (J): the QR code of the join address filling most of the screen's
// height, the address in large type beneath it for those who type. Over the whole map, in the
// projector's theme; the code itself is always dark on white, as cameras need.
Rectangle {
    id: root

    required property ParticipantsController controller
    required property ProjectorTheme theme
    // One reference unit in pixels (PresentationWindow.unit: a pixel of 1920 × 1080).
    required property real unit

    objectName: "joinSlide"
    color: root.theme.background
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Join the workshop")

    Column {
        anchors.centerIn: parent
        spacing: 24 * root.unit

        Text {
            textFormat: Text.PlainText
            anchors.horizontalCenter: parent.horizontalCenter
            text: qsTr("Join from your phone")
            color: root.theme.text
            font.family: root.theme.fontFamily
            font.pixelSize: 56 * root.unit
            font.bold: true
        }
        QrCodeItem {
            id: code
            objectName: "joinQrCode"
            anchors.horizontalCenter: parent.horizontalCenter
            // Most of the height: what is left after the heading, the address and the margins.
            width: Math.min(root.width - 80 * root.unit, root.height - 240 * root.unit)
            height: code.width
            text: root.controller.joinText
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("QR code of the join address %1").arg(root.controller.joinText)
        }
        Text {
            textFormat: Text.PlainText
            objectName: "joinSlideAddress"
            anchors.horizontalCenter: parent.horizontalCenter
            width: Math.min(implicitWidth, root.width - 80 * root.unit)
            horizontalAlignment: Text.AlignHCenter
            text: root.controller.joinText
            color: root.theme.text
            font.family: "DejaVu Sans Mono"
            font.pixelSize: 44 * root.unit
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: 20
        }
    }
}
