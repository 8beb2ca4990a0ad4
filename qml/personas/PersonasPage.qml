// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import CxAtlas
import CxAtlas.App

// The Personas view: the gallery, or one persona in the editor. Opening a journey from the
// editor asks the window to show it on the canvas.
Item {
    id: root

    required property WorkspaceController workspace
    // The persona in the editor; empty shows the gallery.
    property string current: ""
    readonly property alias gallery: gallery
    readonly property alias editor: editor
    readonly property alias galleryView: galleryView
    readonly property alias editorView: editorView

    signal journeyRequested(journey: string)

    function open(persona: string) { root.current = persona }

    PersonaGallery {
        id: gallery

        workspace: root.workspace
    }
    PersonaEditor {
        id: editor

        workspace: root.workspace
        persona: root.current
        // A persona that goes (deleted, or its creation undone) closes the editor.
        onExistsChanged: if (!editor.exists) root.current = ""
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: root.current === "" ? 0 : 1

        PersonaGalleryView {
            id: galleryView

            gallery: gallery
            onOpenRequested: uid => root.open(uid)
        }
        PersonaEditorView {
            id: editorView

            editor: editor
            onBackRequested: root.current = ""
            onJourneyRequested: journey => root.journeyRequested(journey)
        }
    }
}
