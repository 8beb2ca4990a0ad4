// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace cx {

// Decides where Ctrl+Z and Ctrl+Shift+Z (Ctrl+Y) go while a text field has the focus. Qt Quick's
// text fields claim every undo and redo key for their own typing history, so in a field that
// saves as it is typed, or one just opened on a saved value, Ctrl+Z undid keystrokes the
// document had already saved and the field then showed a value the file did not hold. Fields
// of the document declare `property bool uncommitted` (typing not yet saved): while it is true
// the field undoes its own typing; while it is false the key goes on to the window's Edit >
// Undo, the document's stack. Fields without the property (search boxes, filters) keep theirs.
// Install once on the application.
class TextUndoRouter : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace cx
