// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspacejsonreader.h"

namespace cx {

// Writes read workspace data into a new workspace file, all or nothing: the records are
// checked against the model's rules, written in one transaction into a file under a
// temporary name, and only a complete file is renamed to target.
class WorkspaceImport
{
    Q_DECLARE_TR_FUNCTIONS(cx::WorkspaceImport)

public:
    // Fails if target exists, unless replace is set.
    static Result toNewFile(const WorkspaceData &data, const QString &target, bool replace = false);
};

} // namespace cx
