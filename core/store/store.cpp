// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store.h"

#include <QCoreApplication>

namespace cx {

Result Store::conflict(const Workspace &workspace, const Uid &uid) const
{
    Q_UNUSED(workspace)
    Q_UNUSED(uid)
    return Result::failure(ErrorCode::Internal,
                           QCoreApplication::translate("cx::Document",
                                                       "The workspace changed in a way this edit did "
                                                       "not expect; it was not applied."));
}

} // namespace cx
