// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "soakrandom.h"
#include "model/result.h"
#include "model/workspace.h"

#include <QMap>
#include <functional>

namespace cx {
class Document;
}

namespace cx::soak {

// One writer of the team soak: random edits through a Document open on a team server, the
// calls the window's controllers make, aimed at a few shared moments often enough that writers
// really collide. An edit may be saved or refused as a Conflict (someone changed a record
// first); anything else is a failure of the core. A refused edit must change nothing.
class TeamWriter
{
public:
    // hot: the moments every writer edits most (their titles, emotions and cells).
    // removals: whether the writer removes records (moments, elements, stages and lanes).
    TeamWriter(Document &document, quint64 seed, const QList<Uid> &hot, bool removals = true);

    // One random edit, undo or redo. A failure says what went wrong that must not.
    Result step();
    const QString &lastAction() const { return m_action; }

    // Change sets this writer's Document committed to the server (an emotion drag is several,
    // an undo one): each is one row of the change log.
    int saved() const { return m_saved; }
    int conflicts() const { return m_conflicts; }
    // "action: saved, conflicts" lines, by action.
    QString tally() const;

    // A starting workspace for the soak, built through a file Document in dir so that it keeps
    // every rule: journeys, stages, lanes, about `moments` moments, personas, elements and
    // links. *hot gets the moments writers will fight over.
    static Result initialWorkspace(quint64 seed, int moments, const QString &dir, Workspace *workspace,
                                   QList<Uid> *hot);

private:
    struct Choice {
        const char *name;
        int weight;
        std::function<std::optional<Result>()> action;
    };
    QList<Choice> choices(bool removals);
    const Workspace &workspace() const;
    std::optional<Moment> pickMoment();

    std::optional<Result> editTitle();
    std::optional<Result> dragEmotion();
    std::optional<Result> moveMoments();
    std::optional<Result> insertMoments();
    std::optional<Result> removeMoments();
    std::optional<Result> addElement();
    std::optional<Result> editElement();
    std::optional<Result> removeElement();
    std::optional<Result> editPersona();
    std::optional<Result> link();
    std::optional<Result> unlink();
    std::optional<Result> reorderBand();
    std::optional<Result> insertBand();
    std::optional<Result> removeBand();
    std::optional<Result> undo();
    std::optional<Result> redo();

    Document &m_document;
    SoakRandom m_random;
    QList<Uid> m_hot;
    QList<Choice> m_choices;
    QString m_action;
    int m_saved = 0;
    int m_conflicts = 0;
    // Set while step() runs: change sets the Document applies then are this writer's own
    // (others' arrive only from the event loop, between steps).
    bool m_stepping = false;
    QMap<QString, std::pair<int, int>> m_tally;
};

} // namespace cx::soak
