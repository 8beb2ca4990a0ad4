// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import CxAtlas
import CxAtlas.App

// The persona's photo: pick a file or drop one on it; it is scaled and kept in the workspace.
// A refused file leaves the photo as it was and says why below.
ColumnLayout {
    id: root

    required property PersonaEditor editor

    Layout.preferredWidth: PersonaStyle.editorAvatarSize + 4 * Theme.spacing
    Layout.maximumWidth: PersonaStyle.editorAvatarSize + 4 * Theme.spacing
    spacing: Theme.smallSpacing

    Item {
        Layout.alignment: Qt.AlignHCenter
        implicitWidth: PersonaStyle.editorAvatarSize
        implicitHeight: PersonaStyle.editorAvatarSize

        PersonaAvatar {
            anchors.fill: parent
            photo: root.editor.photo
            initials: root.editor.initials
            color: root.editor.avatarColor
            personaName: root.editor.fields.name ?? ""
        }
        Rectangle {
            anchors.fill: parent
            radius: width / 2
            color: "transparent"
            border.color: Theme.accent
            border.width: 3
            visible: drop.containsDrag
        }
        DropArea {
            id: drop

            anchors.fill: parent
            keys: ["text/uri-list"]
            onEntered: drag => drag.accepted = drag.hasUrls
            onDropped: dropEvent => {
                root.editor.dropPhoto(dropEvent.urls);
                dropEvent.accept(Qt.CopyAction);
            }
        }
    }
    Button {
        Layout.fillWidth: true
        text: qsTr("Choose photo…")
        Accessible.name: qsTr("Choose a photo file")
        onClicked: photoDialog.open()
    }
    Button {
        Layout.fillWidth: true
        visible: root.editor.hasPhoto
        text: qsTr("Remove photo")
        Accessible.name: text
        onClicked: root.editor.clearPhoto()
    }
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        text: root.editor.photoMessage !== "" ? root.editor.photoMessage
                                              : qsTr("Or drop an image on it. %1").arg(root.editor.photoLimits)
        color: root.editor.photoMessage !== "" ? Theme.errorText : Theme.mutedText
        font.pixelSize: Theme.smallSize
        wrapMode: Text.Wrap
        padding: root.editor.photoMessage !== "" ? Theme.smallSpacing : 0
        background: Rectangle {
            visible: root.editor.photoMessage !== ""
            radius: Theme.radius
            color: Theme.error
        }
    }
    PersonaColorPicker {
        Layout.fillWidth: true
        Layout.topMargin: Theme.smallSpacing
        editor: root.editor
    }

    FileDialog {
        id: photoDialog

        title: qsTr("Choose a Photo")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Images (*.png *.jpg *.jpeg)"), qsTr("All files (*)")]
        onAccepted: root.editor.setPhotoFile(photoDialog.selectedFile.toString())
    }
}
