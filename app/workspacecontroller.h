// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document.h"
#include "recentfiles.h"
#include "server/serversession.h"

#include <QObject>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace cx {

// The open workspace as QML sees it: which file, whether it can be edited and why not, what it
// holds, and every file operation of the File menu. Owns the Document. QML never touches the
// file itself: each operation here returns whether it worked and, when it did not, leaves the
// current workspace as it was and sets errorMessage to a message that names the file.
//
// Paths may be given as local paths or as file: URLs (what QML's FileDialog gives).
//
// A new, unnamed workspace (New, Import) lives in unsavedFolder() until Save As names it;
// isUnsaved says so. Closing one that holds nothing removes it; discard() removes it anyway.
//
// A team workspace on a PostgreSQL server (issue 15) opens with openServer(); what is
// particular to it (presence, access, the keyring) is on server (ServerSession).
class WorkspaceController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(QString title READ title NOTIFY workspaceChanged)
    Q_PROPERTY(QString path READ path NOTIFY workspaceChanged)
    Q_PROPERTY(bool isOpen READ isOpen NOTIFY workspaceChanged)
    Q_PROPERTY(bool readOnly READ readOnly NOTIFY accessChanged)
    Q_PROPERTY(bool isUnsaved READ isUnsaved NOTIFY workspaceChanged)
    Q_PROPERTY(bool hasUnsavedWork READ hasUnsavedWork NOTIFY contentChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY accessChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(int personaCount READ personaCount NOTIFY contentChanged)
    Q_PROPERTY(int journeyCount READ journeyCount NOTIFY contentChanged)
    Q_PROPERTY(int momentCount READ momentCount NOTIFY contentChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY undoStateChanged)
    Q_PROPERTY(bool canRedo READ canRedo NOTIFY undoStateChanged)
    Q_PROPERTY(QString undoText READ undoText NOTIFY undoStateChanged)
    Q_PROPERTY(QString redoText READ redoText NOTIFY undoStateChanged)
    Q_PROPERTY(cx::RecentFiles *recentFiles READ recentFiles CONSTANT)
    Q_PROPERTY(cx::ServerSession *server READ server CONSTANT)

public:
    explicit WorkspaceController(QObject *parent = nullptr);
    ~WorkspaceController() override;

    // Opens path for editing (read-only, with a notice, when it must). On failure the current
    // workspace, if any, stays open. A team server's URL (a recent entry) is opened with the
    // password in the keyring, or asks for one (ServerSession::openRemembered).
    Q_INVOKABLE bool open(const QString &path);
    // Opens the team workspace named workspace (or by url) on the server at url, connecting
    // with password; remember keeps the password in the keyring, else forgets it. On failure
    // the current workspace stays open and server->loginError says why (for the dialog).
    Q_INVOKABLE bool openServer(const QString &url, const QString &workspace, const QString &password,
                                bool remember);
    // Creates "Untitled N.cxatlas" in unsavedFolder() and opens it.
    Q_INVOKABLE bool newWorkspace();
    // Copies the workspace to path (".cxatlas" added when missing) and opens the copy; an
    // unsaved workspace's file is then removed. The copy starts a new undo history.
    Q_INVOKABLE bool saveAs(const QString &path);
    // Reads workspace JSON or a Mermaid journey diagram at path into a new unsaved workspace
    // named after it, and opens it. (File > Import… does the same in steps, with a preview:
    // see ImportController.)
    Q_INVOKABLE bool importFile(const QString &path);
    Q_INVOKABLE void close();
    // Closes an unsaved workspace and removes its file; closes any other.
    Q_INVOKABLE void discard();

    Q_INVOKABLE void undo();
    Q_INVOKABLE void redo();

    // Unsaved workspaces left in unsavedFolder() (by a crash or a "keep"), newest first,
    // without the open one and those another CX Atlas has open: maps of "path", "name" and
    // "modified" (a date).
    Q_INVOKABLE QVariantList unsavedWorkspaces() const;
    // Removes one of unsavedWorkspaces(); refuses any other file.
    Q_INVOKABLE bool discardUnsaved(const QString &path);
    Q_INVOKABLE void clearError();
    // Where file dialogs start: the open workspace's folder unless it is unsaved, else the
    // folder of the newest recent file, else Documents.
    Q_INVOKABLE QUrl dialogFolder() const;
    // The name Save As offers: the workspace's name in dialogFolder().
    Q_INVOKABLE QUrl suggestedSaveFile() const;
    // The local path of a dropped workspace when urls are one .cxatlas file; otherwise sets
    // errorMessage to what is wrong with the drop and returns an empty string.
    Q_INVOKABLE QString droppedWorkspace(const QList<QUrl> &urls);

    static QString unsavedFolder();
    // Where an import of source into a new workspace is written: a free name after it in
    // unsavedFolder(). Empty, with *error, when the folder cannot be made.
    static QString importTarget(const QString &source, Result *error);
    // Opens target, which an import has just written at importTarget(), as the workspace.
    // Leaves errorMessage alone: the caller tells *error where it belongs.
    bool openImported(const QString &target, Result *error);

    QString title() const;
    QString path() const;
    bool isOpen() const { return m_document != nullptr; }
    bool readOnly() const;
    bool isUnsaved() const;
    bool hasUnsavedWork() const;
    QString notice() const;
    QString errorMessage() const { return m_error; }
    int personaCount() const;
    int journeyCount() const;
    int momentCount() const;
    bool canUndo() const;
    bool canRedo() const;
    QString undoText() const;
    QString redoText() const;
    RecentFiles *recentFiles() const { return m_recent; }
    ServerSession *server() const { return m_server; }
    Document *document() const { return m_document.get(); }

Q_SIGNALS:
    void workspaceChanged();
    // readOnly or notice changed (also with every workspaceChanged).
    void accessChanged();
    void contentChanged();
    void undoStateChanged();
    // After undo() or redo() moved through the history: open editors drop what they show.
    void historyStepped();
    void errorMessageChanged();
    // An edit or an undo/redo could not be saved; errorMessage holds the message too.
    void editFailed(const QString &message);

private:
    // Closes the open workspace, removing it when it is unsaved and holds nothing to offer
    // back. Sends no signals.
    void release();
    // Makes document the open workspace, closing the previous one (see close()).
    void adopt(std::unique_ptr<Document> document);
    void setError(const QString &message);
    bool fail(const QString &message);

    std::unique_ptr<Document> m_document;
    RecentFiles *m_recent = nullptr;
    ServerSession *m_server = nullptr;
    QString m_error;
};

} // namespace cx
