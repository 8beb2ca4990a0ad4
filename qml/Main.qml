// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// No "pragma ComponentBehavior: Bound": Qt 6.4's Loader refuses bound components, and views load on first use.

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CxAtlas.App

// The main window: menus, the view switcher and the current view, messages, and the file
// dialogs. Every file operation is a WorkspaceController call; before one replaces an unsaved
// workspace that holds work, the user is asked whether to keep it.
ApplicationWindow {
    id: root

    required property WorkspaceController workspace
    readonly property string currentView: shellSettings.currentView
    // Where Edit menu actions go: the Journeys page while it is shown, otherwise nothing.
    readonly property JourneysPage editTarget: root.workspace.isOpen && root.currentView === "journeys"
                                               ? root.journeysPage : null
    // Built while a workspace is open (the start page needs none of it).
    readonly property JourneysPage journeysPage: journeysLoader.item
    property rect normalGeometry: Qt.rect(0, 0, 0, 0)
    property var pendingAction: null

    // Runs action once an unsaved workspace with work in it has been kept or discarded.
    function whenSafe(action) {
        if (!root.workspace.hasUnsavedWork) {
            action();
            return;
        }
        root.pendingAction = action;
        unsavedLoader.build().open();
    }
    function runPending() {
        const action = root.pendingAction;
        root.pendingAction = null;
        if (action)
            action();
    }
    function showView(view: string) {
        shellSettings.currentView = view;
        findBar.finish();
        root.focusCurrentView();
    }
    // The keyboard goes to the view on screen: a hidden view that kept the focus would take
    // its single-key shortcuts (N adds a moment) from a view that shows nothing of it.
    function focusCurrentView() {
        const page = root.viewPage(root.currentView);
        if (!page)
            return;
        if (page.takeFocus)
            page.takeFocus();
        else
            page.forceActiveFocus();
    }
    // The view's page; a view other than the map is built the first time it is asked for.
    function viewPage(view: string): Item {
        const slot = pages.children[root.viewIndex(view)];
        return slot.buildOnShow ? slot.build() : slot.item;
    }
    function viewIndex(view: string): int {
        switch (view) {
        case "personas": return 1;
        case "architecture": return 2;
        case "metrics": return 3;
        default: return 0;
        }
    }
    function openFile(path: string) {
        root.whenSafe(() => root.workspace.open(path));
    }
    function importDialog() {
        return importLoader.build();
    }
    function startImport() {
        const dialog = root.importDialog();
        dialog.open();
        dialog.chooseFile();
    }
    function rememberGeometry() {
        if (root.visibility === Window.Windowed)
            root.normalGeometry = Qt.rect(root.x, root.y, root.width, root.height);
    }

    width: 1100
    height: 720
    minimumWidth: 640
    minimumHeight: 420
    visible: true
    color: Theme.window
    // The controls take their colours from the Theme too, so they follow the system's light or
    // dark scheme. Text colours are set per colour group: a role set for all groups would
    // overwrite the disabled one whenever the Theme changes.
    palette.window: Theme.window
    palette.active.windowText: Theme.text
    palette.inactive.windowText: Theme.text
    palette.base: Theme.base
    palette.alternateBase: Theme.surface
    palette.active.text: Theme.text
    palette.inactive.text: Theme.text
    palette.button: Theme.button
    palette.active.buttonText: Theme.text
    palette.inactive.buttonText: Theme.text
    palette.brightText: Theme.text
    palette.highlight: Theme.accent
    palette.highlightedText: Theme.accentText
    palette.placeholderText: Theme.mutedText
    palette.toolTipBase: Theme.surface
    palette.toolTipText: Theme.text
    palette.light: Qt.lighter(Theme.button, 1.25)
    palette.midlight: Qt.lighter(Theme.button, 1.1)
    palette.mid: Theme.controlBorder
    palette.dark: Qt.darker(Theme.button, 1.4)
    palette.shadow: Theme.dark ? "#000000" : "#80000000"
    palette.disabled.windowText: Theme.disabledText
    palette.disabled.buttonText: Theme.disabledText
    palette.disabled.text: Theme.disabledText
    title: !root.workspace.isOpen ? qsTr("CX Atlas")
         : root.workspace.readOnly ? qsTr("%1 (read-only) — CX Atlas").arg(root.workspace.title)
         : qsTr("%1 — CX Atlas").arg(root.workspace.title)

    onXChanged: root.rememberGeometry()
    onYChanged: root.rememberGeometry()
    onWidthChanged: root.rememberGeometry()
    onHeightChanged: root.rememberGeometry()
    onClosing: close => {
        if (root.workspace.hasUnsavedWork) {
            close.accepted = false;
            root.whenSafe(() => root.close());
            return;
        }
        shellSettings.save(root, root.normalGeometry);
    }
    Component.onCompleted: {
        root.rememberGeometry();
        shellSettings.restore(root);
        root.focusCurrentView();
        if (!root.workspace.isOpen && root.workspace.errorMessage === ""
                && root.workspace.unsavedWorkspaces().length > 0)
            recoverLoader.build().open();
    }

    menuBar: ShellMenuBar {
        workspace: root.workspace
        editTarget: root.editTarget
        guard: action => root.whenSafe(action)
        onNewRequested: root.whenSafe(() => root.workspace.newWorkspace())
        onOpenRequested: openLoader.build().start()
        onOpenPathRequested: path => root.openFile(path)
        onUnsavedListRequested: recoverLoader.build().open()
        onSaveAsRequested: saveAsLoader.build().start()
        onCloseRequested: root.whenSafe(() => root.workspace.close())
        onImportRequested: root.startImport()
        onExportRequested: exportLoader.build().open()
        onQuitRequested: root.close()
        onFindRequested: findBar.start()
        onViewRequested: view => root.showView(view)
        onPresentRequested: presenting.present()
    }

    // Presentation mode (issue 12), made on first use: View > Present (F5).
    PresentLauncher {
        id: presenting
        window: root
        page: root.journeysPage
    }
    ShellSettings {
        id: shellSettings
    }
    // A workspace opened from the start page (or another one opened) gets the keyboard too.
    Connections {
        target: root.workspace
        function onWorkspaceChanged() { Qt.callLater(root.focusCurrentView) }
    }
    // Ctrl+Y redoes too, as in most editors (Edit > Redo shows Ctrl+Shift+Z; an Action holds
    // one key sequence).
    Shortcut {
        sequence: "Ctrl+Y"
        enabled: root.workspace.canRedo
        onActivated: root.workspace.redo()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        MessageBanner {
            Layout.fillWidth: true
            text: root.workspace.errorMessage
            onDismissed: root.workspace.clearError()
        }
        MessageBanner {
            Layout.fillWidth: true
            text: root.workspace.notice
            isError: false
            dismissible: false
            actionText: root.workspace.server.active && !root.workspace.server.online ? qsTr("Try Again") : ""
            onActionTriggered: root.workspace.server.reconnect()
        }
        FindBar {
            id: findBar

            Layout.fillWidth: true
            onSearched: text => findBar.show(root.editTarget ? root.editTarget.find(text) : 0, text)
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.workspace.isOpen
            spacing: 0

            ViewSidebar {
                Layout.fillHeight: true
                workspace: root.workspace
                currentView: root.currentView
                onViewRequested: view => root.showView(view)
                onSaveAsRequested: saveAsLoader.build().start()
            }
            StackLayout {
                id: pages

                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: root.viewIndex(root.currentView)

                Loader {
                    id: journeysLoader

                    active: root.workspace.isOpen
                    sourceComponent: JourneysPage {
                        workspace: root.workspace
                        onPresentRequested: presenting.present()
                    }
                }
                // The other views are built the first time they are shown (ViewLoader): the
                // first frame needs only the map (or the start page).
                ViewLoader {
                    view: Qt.resolvedUrl("personas/WindowPersonasPage.qml")
                    properties: ({ shell: root })
                    buildOnShow: true
                }
                ViewLoader {
                    view: Qt.resolvedUrl("architecture/WindowArchitecturePage.qml")
                    properties: ({ shell: root })
                    buildOnShow: true
                }
                ViewLoader {
                    view: Qt.resolvedUrl("metrics/WindowMetricsPage.qml")
                    properties: ({ shell: root })
                    buildOnShow: true
                }
            }
        }
        Loader {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: !root.workspace.isOpen
            active: !root.workspace.isOpen
            sourceComponent: StartPage {
                workspace: root.workspace
                onNewRequested: root.workspace.newWorkspace()
                onOpenRequested: openLoader.build().start()
                onImportRequested: root.startImport()
                onOpenPathRequested: path => root.openFile(path)
            }
        }
    }

    DropArea {
        id: dropArea

        anchors.fill: parent
        keys: ["text/uri-list"]
        onEntered: drag => drag.accepted = drag.hasUrls
        onDropped: drop => {
            if (drop.urls.length === 1 && root.importDialog().importer.isImportable(drop.urls[0])) {
                root.importDialog().openWith(drop.urls[0]);
                drop.accept(Qt.CopyAction);
                return;
            }
            const path = root.workspace.droppedWorkspace(drop.urls);
            if (path !== "")
                root.openFile(path);
            drop.accept(Qt.CopyAction);
        }

        Rectangle {
            anchors.fill: parent
            anchors.margins: Theme.smallSpacing
            visible: dropArea.containsDrag
            radius: Theme.radius
            color: "transparent"
            border.color: Theme.accent
            border.width: 3

            Label {
                textFormat: Text.PlainText
                anchors.centerIn: parent
                padding: Theme.spacing
                text: qsTr("Drop a .cxatlas workspace to open it, or workspace JSON, a Mermaid journey or survey responses (CSV) to import them")
                color: Theme.accentText
                font.pixelSize: Theme.headingSize
                background: Rectangle {
                    radius: Theme.radius
                    color: Theme.accent
                }
            }
        }
    }

    // Dialogs, made the first time they are needed (ViewLoader), like the views above.
    ViewLoader {
        id: openLoader

        view: Qt.resolvedUrl("shell/WindowOpenDialog.qml")
        properties: ({ shell: root })
    }
    ViewLoader {
        id: saveAsLoader

        view: Qt.resolvedUrl("shell/WindowSaveAsDialog.qml")
        properties: ({ shell: root })
    }
    ViewLoader {
        id: unsavedLoader

        view: Qt.resolvedUrl("shell/WindowUnsavedDialog.qml")
        properties: ({ shell: root })
    }
    ViewLoader {
        id: importLoader

        view: Qt.resolvedUrl("import/WindowImportDialog.qml")
        properties: ({ shell: root })
    }
    ViewLoader {
        id: exportLoader

        view: Qt.resolvedUrl("export/WindowExportDialog.qml")
        properties: ({ shell: root })
    }
    ViewLoader {
        id: recoverLoader

        view: Qt.resolvedUrl("shell/WindowRecoverDialog.qml")
        properties: ({ shell: root })
    }
}
