// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import CxAtlas
import CxAtlas.App

// The File, Edit and View menus. File operations are signalled to the window, which asks
// about an unsaved workspace first; edits go to editTarget, the current view's page (null on
// views without editing).
MenuBar {
    id: root

    required property WorkspaceController workspace
    required property JourneysPage editTarget
    // Runs an action that replaces the open workspace (the window asks about unsaved work).
    property var guard: action => action()
    // File > Open Server Workspace… (issue 15), made on first use.
    property var serverDialog: null
    readonly property bool canEdit: root.editTarget !== null && root.workspace.isOpen && !root.workspace.readOnly
    readonly property bool hasSelection: root.editTarget !== null && root.editTarget.hasSelection

    signal newRequested()
    signal openRequested()
    signal openPathRequested(path: string)
    signal unsavedListRequested()
    signal saveAsRequested()
    signal closeRequested()
    signal importRequested()
    signal exportRequested()
    signal quitRequested()
    signal findRequested()
    signal viewRequested(view: string)
    signal presentRequested()

    // The server dialog, with the fields of url (a recent server workspace) when given.
    function showServerDialog(url: string) {
        if (!root.serverDialog)
            root.serverDialog = root.make("../server/ServerDialog.qml",
                                          { workspace: root.workspace, guard: root.guard });
        root.serverDialog.start(url);
    }

    // A dialog over the window's content, from its file: loaded by address when first asked
    // for, so that its types stay out of start-up (issue 11).
    function make(file: string, properties: var): var {
        const component = Qt.createComponent(file);
        if (component.status !== Component.Ready) {
            console.warn(component.errorString());
            return null;
        }
        return component.createObject(root.Window.window.contentItem, properties);
    }

    // A recent server workspace that the keyring has no password for, or that refused it.
    Connections {
        target: root.workspace.server
        function onLoginNeeded(url: string) { root.showServerDialog(url) }
    }
    // The style's item, said without the mnemonic's "&" (Qt 6.4 gives the raw title). Alt and
    // the underlined letter open its menu.
    delegate: MenuBarItem {
        Accessible.name: text.replace(/&(.)/g, "$1")
    }

    background: Rectangle {
        implicitHeight: 28
        color: Theme.sidebar

        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Theme.border
        }
    }

    LazyMenu {
        title: qsTr("&File")

        entries: [
            Action {
                text: qsTr("&New")
                shortcut: StandardKey.New
                onTriggered: root.newRequested()
            },
            Action {
                text: qsTr("&Open…")
                shortcut: StandardKey.Open
                onTriggered: root.openRequested()
            },
            Action {
                text: qsTr("Open &Server Workspace…")
                onTriggered: root.showServerDialog("")
            },
            LazyMenu {
                id: recentMenu
                title: qsTr("Open &Recent")

                content: MenuContent {
                    Instantiator {
                        model: root.workspace.recentFiles.entries
                        delegate: MenuItem {
                            required property var modelData
                            required property int index

                            text: Texts.format(qsTr("%1  (%2)"), [modelData.name, modelData.folder])
                            Accessible.name: Texts.format(qsTr("Open %1 from %2"), [modelData.name, modelData.folder])
                            onTriggered: root.openPathRequested(modelData.path)
                        }
                        onObjectAdded: (index, object) => recentMenu.insertItem(index, object)
                        onObjectRemoved: (index, object) => recentMenu.removeItem(object)
                    }
                    MenuItem {
                        text: qsTr("No recent workspaces")
                        enabled: false
                        visible: root.workspace.recentFiles.paths.length === 0
                        height: visible ? implicitHeight : 0
                    }
                    MenuSeparator {}
                    Action {
                        text: qsTr("&Clear Menu")
                        enabled: root.workspace.recentFiles.paths.length > 0
                        onTriggered: root.workspace.recentFiles.clear()
                    }
                }
            },
            Action {
                text: qsTr("&Unsaved Workspaces…")
                onTriggered: root.unsavedListRequested()
            },
            MenuSeparator {},
            Action {
                text: qsTr("Save &As…")
                // A team workspace is saved on its server as it is edited (File > Export copies it).
                enabled: root.workspace.isOpen && !root.workspace.server.active
                shortcut: StandardKey.SaveAs
                onTriggered: root.saveAsRequested()
            },
            Action {
                text: qsTr("&Close")
                enabled: root.workspace.isOpen
                shortcut: StandardKey.Close
                onTriggered: root.closeRequested()
            },
            MenuSeparator {},
            Action {
                text: qsTr("&Import…")
                onTriggered: root.importRequested()
            },
            Action {
                text: qsTr("&Export…")
                enabled: root.workspace.isOpen
                shortcut: "Ctrl+E"
                onTriggered: root.exportRequested()
            },
            MenuSeparator {},
            Action {
                text: qsTr("&Quit")
                shortcut: StandardKey.Quit
                onTriggered: root.quitRequested()
            }
        ]
    }
    LazyMenu {
        title: qsTr("&Edit")

        entries: [
            Action {
                text: root.workspace.canUndo ? qsTr("&Undo %1").arg(root.workspace.undoText) : qsTr("&Undo")
                enabled: root.workspace.canUndo
                shortcut: StandardKey.Undo
                onTriggered: root.workspace.undo()
            },
            Action {
                text: root.workspace.canRedo ? qsTr("&Redo %1").arg(root.workspace.redoText) : qsTr("&Redo")
                enabled: root.workspace.canRedo
                shortcut: StandardKey.Redo
                onTriggered: root.workspace.redo()
            },
            MenuSeparator {},
            Action {
                text: qsTr("Cu&t")
                enabled: root.canEdit && root.hasSelection
                shortcut: StandardKey.Cut
                onTriggered: root.editTarget.cut()
            },
            Action {
                text: qsTr("&Copy")
                enabled: root.hasSelection
                shortcut: StandardKey.Copy
                onTriggered: root.editTarget.copy()
            },
            Action {
                text: qsTr("&Paste")
                enabled: root.canEdit && root.editTarget.canPaste
                shortcut: StandardKey.Paste
                onTriggered: root.editTarget.paste()
            },
            Action {
                text: qsTr("D&uplicate")
                enabled: root.canEdit && root.hasSelection
                shortcut: qsTr("Ctrl+D")
                onTriggered: root.editTarget.duplicate()
            },
            Action {
                text: qsTr("&Delete")
                enabled: root.canEdit && root.hasSelection
                shortcut: StandardKey.Delete
                onTriggered: root.editTarget.deleteSelection()
            },
            MenuSeparator {},
            Action {
                text: qsTr("Select &All")
                enabled: root.editTarget !== null && root.workspace.isOpen
                shortcut: StandardKey.SelectAll
                onTriggered: root.editTarget.selectAll()
            },
            Action {
                text: qsTr("&Find…")
                enabled: root.editTarget !== null && root.workspace.isOpen
                shortcut: StandardKey.Find
                onTriggered: root.findRequested()
            },
            MenuSeparator {},
            // Made on first use, over the window's content (issue 14).
            Action {
                property var dialog: null

                text: qsTr("Prefere&nces…")
                shortcut: "Ctrl+,"
                onTriggered: {
                    if (!dialog)
                        dialog = root.make("PreferencesDialog.qml", {});
                    dialog.open();
                }
            }
        ]
    }
    LazyMenu {
        title: qsTr("&View")

        entries: [
            Action {
                text: qsTr("&Journeys")
                enabled: root.workspace.isOpen
                shortcut: "Ctrl+1"
                onTriggered: root.viewRequested("journeys")
            },
            Action {
                text: qsTr("&Personas")
                enabled: root.workspace.isOpen
                shortcut: "Ctrl+2"
                onTriggered: root.viewRequested("personas")
            },
            Action {
                text: qsTr("&Architecture")
                enabled: root.workspace.isOpen
                shortcut: "Ctrl+3"
                onTriggered: root.viewRequested("architecture")
            },
            Action {
                text: qsTr("&Metrics")
                enabled: root.workspace.isOpen
                shortcut: "Ctrl+4"
                onTriggered: root.viewRequested("metrics")
            },
            MenuSeparator {},
            // Workshop mode (issue 12): the current journey full screen on the chosen screen.
            Action {
                text: qsTr("P&resent")
                enabled: root.workspace.isOpen
                shortcut: "F5"
                onTriggered: root.presentRequested()
            }
        ]
    }
}
