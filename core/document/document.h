// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/changeset.h"
#include "model/fields.h"
#include "model/result.h"
#include "model/workspace.h"
#include "store/workspacefile.h"

#include <QObject>
#include <QUndoStack>
#include <memory>

namespace cx {

class Store;

// The open workspace: the whole model in memory over its file, and the undo stack that every
// edit goes through. Each edit is one command and one SQLite transaction; memory changes only
// after the transaction commits, so what the screen shows is always what the file holds.
//
// Signals are fine-grained, in the order of ChangeSet::steps(): models can turn them into
// row insertions, removals and dataChanged for the roles that the Fields name.
class Document : public QObject
{
    Q_OBJECT

public:
    ~Document() override;

    // The workspace at path, loaded whole. Null and *error set when it cannot be opened.
    static std::unique_ptr<Document> open(const QString &path, OpenMode mode, Result *error);
    // A new, empty workspace at path.
    static std::unique_ptr<Document> create(const QString &path, Result *error);
    // The workspace in store (a team server's, see core/server), loaded whole.
    static std::unique_ptr<Document> open(std::unique_ptr<Store> store, Result *error);

    const Workspace &workspace() const { return m_workspace; }
    QUndoStack *undoStack() { return &m_undoStack; }
    // The file, or null for a workspace on a team server.
    WorkspaceFile *file();
    Store &store() { return *m_store; }
    // The file's path or the server workspace's URL.
    QString path() const;
    // The file's base name or the server workspace's name, for titles.
    QString displayName() const;
    bool isReadOnly() const;
    QString readOnlyReason() const;

    // Edits. Each pushes one undoable command and returns whether it was saved; on failure
    // nothing changed, in memory or in the file, and editFailed() carries the message too.
    // Records without uid or timestamps get them here.
    Result add(const Node &node);
    Result add(QList<Node> nodes, const QString &text);
    // mergeKey: successive updates with the same key merge into one undo step.
    Result update(Node after, const QString &mergeKey = {});
    Result remove(const QList<Uid> &uids);
    Result moveMoments(const QList<Uid> &moments, const Uid &stage, const Uid &lane, int position);
    Result reorder(const Uid &stageOrLane, int position);
    // New moments into a cell at position (the cell's cards make room), as one step.
    Result insertMoments(QList<Moment> moments, const Uid &stage, const Uid &lane, int position,
                         const QString &text = {});
    // A new stage or lane at position among its journey's.
    Result insertBand(Node stageOrLane, int position);
    Result link(const Link &link);
    Result unlink(const Link &link);

    // A prepared change set (e.g. a merged import) as one undoable step named text; it is
    // checked against the current workspace first, and nothing changes on failure.
    Result edit(ChangeSet change, const QString &text);
    // The same for a change set built elsewhere (e.g. WorkshopChanges) with its builder's
    // verdict: a failed build is reported as every failed edit is (editFailed).
    Result edit(ChangeSet change, const Result &built, const QString &text);
    // Applies a change set to the file and then to memory; used by commands (redo, undo).
    // summary: the undo text, kept in a team workspace's change log.
    Result apply(const ChangeSet &change, const QString &summary = {});
    // What the last apply() returned: after an undo or redo, which the stack runs and which
    // report only a message (editFailed), its code tells a conflict from other failures.
    const Result &lastApply() const { return m_lastApply; }
    // Someone else's change set, already saved where the workspace lives (a team server): to
    // memory only, with the usual signals, and not on this window's undo stack. Fails, and
    // changes nothing, when memory does not hold its "before".
    Result applyRemote(const ChangeSet &change);
    // The store says the workspace became writable or read-only (a team server going offline,
    // a role changing).
    void storeStateChanged();

Q_SIGNALS:
    void nodeAdded(const cx::Uid &uid, cx::NodeKind kind);
    void nodeAboutToBeRemoved(const cx::Uid &uid, cx::NodeKind kind);
    void nodeRemoved(const cx::Uid &uid, cx::NodeKind kind);
    void nodeChanged(const cx::Uid &uid, cx::NodeKind kind, cx::Fields fields);
    void linkAdded(const cx::Link &link);
    void linkAboutToBeRemoved(const cx::Link &link);
    void linkRemoved(const cx::Link &link);
    // After each change set, once every fine-grained signal of it has been sent.
    void changed();
    void editFailed(const QString &message);
    // isReadOnly() or readOnlyReason() changed.
    void readOnlyChanged();

private:
    explicit Document(std::unique_ptr<Store> store);
    Result push(ChangeSet change, const Result &built, const QString &text, const QString &mergeKey = {});
    Result verifyBefore(const ChangeSet &change) const;
    void applyToMemory(const ChangeSet &change);

    std::unique_ptr<Store> m_store;
    Workspace m_workspace;
    QUndoStack m_undoStack;
    Result m_lastApply;
};

} // namespace cx
