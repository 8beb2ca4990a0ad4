// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "soakpersonas.h"
#include "soakrandom.h"

#include <QMap>
#include <functional>
#include <memory>

namespace cx {
class Document;
}

namespace cx::soak {

// Random edits, undos and redos of every kind of record through a Document and PersonaEdits,
// the calls the window's controllers make. The model's rules may refuse an edit (a duplicate
// link, a width out of range…); nothing else may fail, a refused edit must change nothing, and
// an undo followed by a redo must give back the state exactly.
class SoakRun
{
public:
    explicit SoakRun(quint64 seed);
    ~SoakRun();

    // The document to edit from now on (after it was reopened); not owned.
    void attach(Document *document);
    // One random action. A failure says what went wrong that must not.
    Result step();
    // The action step() took last, for messages.
    const QString &lastAction() const { return m_action; }
    // "action: done, refused" lines, by action.
    QString tally() const;

private:
    struct Choice {
        const char *name;
        int weight;
        std::function<std::optional<Result>()> action;
    };
    QList<Choice> choices();

    // Each returns nothing when it does not apply now (nothing to edit), else the edit's result.
    std::optional<Result> addJourney();
    std::optional<Result> editJourney();
    std::optional<Result> removeJourney();
    std::optional<Result> insertBand();
    std::optional<Result> reorderBand();
    std::optional<Result> editBand();
    std::optional<Result> removeBand();
    std::optional<Result> insertMoments();
    std::optional<Result> editMoment();
    std::optional<Result> moveMoments();
    std::optional<Result> removeMoments();
    std::optional<Result> addRecord();
    std::optional<Result> editRecord();
    std::optional<Result> removeRecord();
    std::optional<Result> vote();
    std::optional<Result> link();
    std::optional<Result> unlink();
    std::optional<Result> undo();
    std::optional<Result> redo();
    std::optional<Result> undoThenRedo();

    const Workspace &workspace() const;
    Moment randomMoment(Moment m);
    Metric randomMetric(Metric m);
    // An edit's result, with the new record remembered when it was made.
    Result made(const Result &r, const Uid &uid);

    SoakRandom m_random;
    Document *m_document = nullptr;
    SoakPersonas m_personas;
    QList<Choice> m_choices;
    QString m_action;
    QString m_undoFailure; // what the document said while an undo or redo ran
    QMap<QString, std::pair<int, int>> m_tally;
};

} // namespace cx::soak
