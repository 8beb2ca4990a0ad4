// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/changeset.h"
#include "model/result.h"

#include <QString>

namespace cx {

class Document;
class WorkspaceFile;
struct Workspace;

// Where a Document's workspace lives: a file (WorkspaceStore) or a team server (ServerStore).
// The Document reads the whole workspace once and writes every change set through apply(),
// which either saves all of it or none.
class Store
{
public:
    virtual ~Store() = default;

    virtual Result load(Workspace &workspace) = 0;
    virtual Result apply(const ChangeSet &change) = 0;
    // The undo text of the change set apply() gets next, for stores that keep a log.
    virtual void describeNext(const QString &summary) { Q_UNUSED(summary) }
    // Called once the document has loaded; a store that receives other people's changes
    // hands them to the document from here on (Document::applyRemote).
    virtual void attach(Document *document) { Q_UNUSED(document) }

    // The file path or the server URL.
    virtual QString location() const = 0;
    virtual QString displayName() const = 0;
    virtual bool isReadOnly() const = 0;
    virtual QString readOnlyReason() const = 0;
    // The file, for what only files have (copies, integrity, format); null on a server.
    virtual WorkspaceFile *file() { return nullptr; }
    // Why record uid no longer is what an edit expected: on a server, who changed it and when.
    virtual Result conflict(const Workspace &workspace, const Uid &uid) const;
};

} // namespace cx
