// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/changeset.h"

#include <QUndoCommand>

namespace cx {

class Document;

// Every edit of a workspace: a change set applied forwards on redo and backwards on undo,
// each time in one transaction through the Document. When a write fails the command marks
// itself obsolete, so the undo stack drops it and the screen keeps the state the file has.
//
// Commands with the same non-empty merge key that touch the same records merge into one
// (a drag, typing into a field): the first one's before, the last one's after.
class ChangeCommand : public QUndoCommand
{
public:
    ChangeCommand(Document *document, ChangeSet change, const QString &text,
                  const QString &mergeKey = {});

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    const ChangeSet &change() const { return m_change; }

private:
    Document *m_document;
    ChangeSet m_change;
    QString m_mergeKey;
};

} // namespace cx
