// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/changeset.h"
#include "model/workspace.h"
#include "workspacejsonreader.h"

namespace cx {

class Document;

// Writes read workspace data into a new workspace file, or merges it into an open one; both
// all or nothing.
class WorkspaceImport
{
    Q_DECLARE_TR_FUNCTIONS(cx::WorkspaceImport)

public:
    enum class Format { Json, Mermaid };

    // Reads a file to import, in the format its name says (.json; .mmd or .mermaid) or, for
    // any other name, the one its first line shows ("{" or "journey"); *format says which.
    // Each reader's limits and messages apply; a file that is neither is told so by name.
    static std::optional<WorkspaceData> readFile(const QString &path, const QDateTime &time, Result *error,
                                                 Format *format = nullptr);

    // The records are checked against the model's rules, written in one transaction into a
    // file under a temporary name, and only a complete file is renamed to target.
    // Fails if target exists, unless replace is set.
    static Result toNewFile(const WorkspaceData &data, const QString &target, bool replace = false);

    // What merging data into workspace changes. Ids are kept. A record whose id is already in
    // the workspace is left alone when its content is the same (timestamps aside) and is a
    // conflict otherwise; new stages, lanes and moments in an existing journey or cell go after
    // the ones there. On any conflict or rule broken the change set is empty and *error lists
    // the conflicts (the first maxConflicts of them).
    // conflicts, when given, gets the same list without the message's first line (for a
    // preview that words its own heading).
    static constexpr int maxConflicts = 10;
    static ChangeSet mergeChanges(const Workspace &workspace, const WorkspaceData &data, Result *error,
                                  QStringList *conflicts = nullptr);

    // Merges data into the open document as one undo step and one transaction; on failure
    // nothing changes.
    static Result intoDocument(Document &document, const WorkspaceData &data);
};

} // namespace cx
