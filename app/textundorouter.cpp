// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textundorouter.h"

#include <QKeyEvent>

namespace cx {

bool TextUndoRouter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    if (!key->matches(QKeySequence::Undo) && !key->matches(QKeySequence::Redo))
        return false;
    if (!watched->inherits("QQuickTextInput") && !watched->inherits("QQuickTextEdit"))
        return false;
    const QVariant uncommitted = watched->property("uncommitted");
    if (!uncommitted.isValid() || uncommitted.toBool())
        return false;
    // Not overridden: the shortcut map then gives the key to Edit > Undo or Redo.
    event->ignore();
    return true;
}

} // namespace cx
