// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"

#include <QString>

namespace cx {
class Document;
struct Workspace;
}

namespace cx::soak {

// What a soak asserts between edits.
class SoakCheck
{
public:
    // The file is intact (integrity_check, foreign keys) and holds exactly the document's
    // model: the canonical dump of the file equals that of a new file at scratch written from
    // the model alone. A failure names the first line that differs.
    static Result fileMatchesModel(Document &document, const QString &scratch);
    // The model keeps its own promises: stages, lanes and each cell's moments numbered 0 … n-1,
    // every reference and link pointing at something that exists, and links the rules allow.
    static Result modelIsWellFormed(const Workspace &workspace);
};

} // namespace cx::soak
