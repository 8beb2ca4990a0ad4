// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document.h"

#include <QTemporaryDir>
#include <memory>

namespace cx::test {

// One record of every kind, each field set to a value other than its default, linked by
// every relation: what round-trip and command tests start from.
struct Samples {
    Persona persona, otherPersona;
    Journey journey, detailJourney;
    Stage discover, apply;
    Lane steps, backstage;
    Moment seeAd, fillForm, verify;
    Element story, system;
    Metric nps, effort;
    Insight insight;
    Opportunity opportunity;
    VotingRound round;
    Vote vote;
    ParkingNote parked;
    ResponseBatch npsResponses;

    Samples();
    QList<Node> nodes() const;
    QList<Link> links() const;
};

// A new workspace in dir holding the samples, written through the Document's own edits.
std::unique_ptr<Document> sampleDocument(const QTemporaryDir &dir, const Samples &samples = Samples(),
                                         const QString &name = QStringLiteral("samples.cxatlas"));
// The canonical dump of the document's file, through its own connection.
QString fileDump(Document &document);
// The workspace as a fresh reader finds it in the file.
Workspace reload(const QString &path);
QByteArray fileBytes(const QString &path);
// A copy of the file at source in dir, named name (default: source's name), writable even when
// source is not (a build's example is read-only in the package test); empty when it cannot be
// made.
QString writableCopy(const QTemporaryDir &dir, const QString &source, const QString &name = {});
// Removes every import of survey responses from the workspace at path, through its Document
// (e.g. to import into the example's metrics as into fresh ones); false when it cannot.
bool dropResponses(const QString &path);

} // namespace cx::test

namespace cx::test {
// Which records differ between two workspaces, for failure messages; empty when equal.
QString difference(const Workspace &a, const Workspace &b);
}

namespace cx::test {
// Makes the bad file of one case in dir and returns its path: "text", "empty", "other sqlite",
// "newer", "truncated" or "garbage".
QString makeBadFile(const QTemporaryDir &dir, const QString &which);
}
