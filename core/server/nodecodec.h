// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/changeset.h"
#include "model/node.h"
#include "model/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <optional>

namespace cx {

// The bytes a team workspace keeps on the server for one record (a bytea column) and for one
// change set of its change log.
//
// Lossless: decoding an encoding gives a value == to the one encoded, with times as the store
// loads them (UTC, milliseconds). Deterministic: equal values give equal bytes, whatever Qt
// version or platform wrote them, so the server can compare a stored record with the
// encoding of a client's "before" for optimistic concurrency. Strict: decoding accepts only
// what encode() writes; anything else (truncated, trailing bytes, unknown kind or enumeration
// value, lengths beyond the input) returns nothing with *error set to ErrorCode::Invalid and a
// translated message (ErrorCode::NewerVersion for a newer codec's bytes). It never allocates
// more than the input's size suggests.
//
// A record is "CXN1", quint16 version, the kind tag (see nodecodec.cpp) and the kind's fields;
// a change set is "CXC1", quint16 version, the node changes (each with its before and after as
// whole record encodings) and the link changes. A NodeChange must have a before or an after.
class NodeCodec
{
    Q_DECLARE_TR_FUNCTIONS(cx::NodeCodec)

public:
    static constexpr quint16 version = 1;

    static QByteArray encode(const Node &node);
    static std::optional<Node> decodeNode(const QByteArray &bytes, Result *error);
    static QByteArray encode(const ChangeSet &change);
    static std::optional<ChangeSet> decodeChangeSet(const QByteArray &bytes, Result *error);
};

} // namespace cx
