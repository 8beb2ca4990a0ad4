// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"

#include <QCoreApplication>

namespace cx {

class ServerConnection;

// The server's tables, created and upgraded by numbered migrations kept in resources/server
// (compiled in as :/server/NNN_name.sql), each applied in its own transaction under an
// advisory lock, so two administrators migrating at once cannot interleave.
class ServerSchema
{
    Q_DECLARE_TR_FUNCTIONS(cx::ServerSchema)

public:
    // The newest migration this build knows.
    static int currentVersion();
    // The server's version: 0 when it has no CX Atlas tables yet, or -1 with *error set.
    static int version(ServerConnection &connection, Result *error);
    // Applies every migration newer than the server's. *applied counts them.
    static Result migrate(ServerConnection &connection, int *applied);
    // Success when the server is at a version this build reads and writes; else a message
    // that says what to do (run migrate, or update CX Atlas).
    static Result check(ServerConnection &connection);
};

} // namespace cx
