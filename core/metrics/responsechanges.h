// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/changeset.h"
#include "model/result.h"
#include "model/workspace.h"

#include <QCoreApplication>

namespace cx {

// What one import of survey responses adds to a metric: the responses already read and
// checked row by row (ResponseReader), their scale and the file they came from.
struct ResponseImport {
    Uid metric;
    QString source;  // the file's name, without its folder
    ResponseScale scale = ResponseScale::Nps;
    double low = 0;
    double high = 10;
    Responses responses;
};

// The change sets of survey-response edits, checked against the workspace first; nothing is
// applied here (Document::edit pushes them as one undo step). On failure the change set is
// empty and *error says why.
class ResponseChanges
{
    Q_DECLARE_TR_FUNCTIONS(cx::ResponseChanges)

public:
    // A new import into the metric, stamped at when. Refused when the metric does not exist,
    // there is nothing to import, or the metric already holds responses on another scale (one
    // metric, one question: mixing scales would make its figures meaningless).
    static ChangeSet add(const Workspace &w, const ResponseImport &import, const QDateTime &when,
                         Result *error);
    // One import and its responses gone.
    static ChangeSet remove(const Workspace &w, const Uid &batch, Result *error);
    // The undo step's name for add, e.g. "Import 1,204 responses into “NPS”".
    static QString addText(const Workspace &w, const ResponseImport &import);

    // The metric named by its id or its exact title (case ignored); nothing, with *error
    // naming the candidates, when it names none or several.
    static std::optional<Uid> findMetric(const Workspace &w, const QString &idOrTitle, Result *error);
};

} // namespace cx
