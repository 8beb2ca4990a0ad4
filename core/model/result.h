// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cx {

enum class ErrorCode {
    None,
    NotFound,      // no such file or record
    NotSqlite,     // the file is not an SQLite database
    NotWorkspace,  // an SQLite database, but not a CX Atlas workspace
    NewerVersion,  // written by a newer CX Atlas
    Damaged,       // the file is corrupt or incomplete
    ReadOnly,      // the workspace cannot be written (file permissions or another instance)
    Io,            // the operating system refused (permissions, disk full…)
    Invalid,       // the data breaks a rule of the model
    Internal,      // a bug: the state did not match what an edit expected
    Conflict,      // someone else changed the record first (team workspaces)
    Offline,       // the server cannot be reached (team workspaces)
    Denied,        // the server refused: not a member, or a viewer writing (team workspaces)
};

// The outcome of an operation that can fail for reasons a person should read: a code for
// programs and a translated message that names the file or record and says what went wrong.
class Result
{
public:
    Result() = default;
    static Result success() { return {}; }
    static Result failure(ErrorCode code, QString message) { return Result(code, std::move(message)); }

    bool ok() const { return m_code == ErrorCode::None; }
    explicit operator bool() const { return ok(); }
    ErrorCode code() const { return m_code; }
    const QString &message() const { return m_message; }

private:
    Result(ErrorCode code, QString message) : m_code(code), m_message(std::move(message)) {}

    ErrorCode m_code = ErrorCode::None;
    QString m_message;
};

} // namespace cx
