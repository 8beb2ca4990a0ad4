// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspacejsonreader.h"
#include "model/workspace.h"

#include <QCoreApplication>
#include <optional>

namespace cx {

// Mermaid "journey" diagrams (https://mermaid.js.org/syntax/userJourney.html), both ways.
//
//   journey
//       title Open an account          the journey's title
//       accTitle: …                    accessibility title (kept as the journey's title when
//                                      there is no title line)
//       accDescr: …  or  accDescr { …lines… }   the journey's notes
//       section Discover               a stage, in order
//         Sees an ad: 4: Ana, Ben      a moment: its title, the 1–5 score (emotion = score − 3,
//                                      so 1…5 is −2…+2) and the actors (personas; each gets
//                                      that score as its own emotion at the moment)
//       %% a comment                   ignored
//
// Reading: all or nothing; an error names the line. The moments go into one lane ("Steps").
// Writing: the stages of one journey in order, each stage's moments lane by lane; a moment
// without an emotion gets 3; actors are the personas scored at the moment, else the personas
// the journey follows. Text Mermaid cannot hold in a task (":", ";", "#", line ends) is
// replaced by a space, so such titles do not come back the same.
class MermaidJourney
{
    Q_DECLARE_TR_FUNCTIONS(cx::MermaidJourney)

public:
    static constexpr qint64 maxSize = 4 * 1024 * 1024;
    static constexpr int maxLines = 100000;

    static std::optional<WorkspaceData> read(const QByteArray &text, const QString &fileName,
                                             const QDateTime &time, Result *error);
    static QByteArray write(const Workspace &workspace, const Uid &journey);
    // For a merge into workspace: each actor read from a diagram that is named like exactly
    // one of workspace's personas (same title, ignoring case) becomes that persona. The new
    // persona is dropped, and the moments' emotions and the journey's link name the one
    // already there, so a diagram of the workspace's own personas brings no copies of them.
    static void adoptPersonas(WorkspaceData &data, const Workspace &workspace);
};

} // namespace cx
