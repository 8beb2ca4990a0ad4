// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/fields.h"
#include "model/persona.h"
#include "model/result.h"

#include <QCoreApplication>
#include <QVariant>
#include <functional>

namespace cx {

class Document;

// The ordered lists of a persona.
enum class PersonaList { Goals, Needs, Frustrations, Behaviours, PreferredChannels };

// Every edit of a persona, each one undoable step on the document's stack (see Document):
// create, duplicate, delete, field edits that merge while a person types, ordered-list and
// evidence edits, photos, revisions. Each returns what Document's edits return: on failure
// nothing changed and the message says why (the document's editFailed fires too).
class PersonaEdits
{
    Q_DECLARE_TR_FUNCTIONS(cx::PersonaEdits)

public:
    explicit PersonaEdits(Document &document) : m_document(document) {}

    Result create(const QString &name, Uid *created = nullptr);
    // A copy named "… (copy)" with its own ids (its revisions too); not linked to journeys.
    Result duplicate(const Uid &persona, Uid *created = nullptr);
    // The persona, its links to journeys and its emotion scores on moments, as one step.
    Result remove(const Uid &persona);

    // A text field (Title, NeedState, Quote, Demographics, Psychographics, FieldNotes, Notes),
    // an enumeration given by its file name (Status: "hypothesis", ValueTier: "top") or the
    // colour (Color: "#rrggbb").
    // Successive edits of one field merge into one undo step.
    Result setField(const Uid &persona, Field field, const QVariant &value);

    // position -1 appends. Editing one item's text merges while typing.
    Result addItem(const Uid &persona, PersonaList list, const QString &text, int position = -1);
    Result setItem(const Uid &persona, PersonaList list, int index, const QString &text);
    Result removeItem(const Uid &persona, PersonaList list, int index);
    Result moveItem(const Uid &persona, PersonaList list, int from, int to);

    Result addEvidence(const Uid &persona, const EvidenceSource &source, int position = -1);
    Result setEvidence(const Uid &persona, int index, const EvidenceSource &source);
    Result removeEvidence(const Uid &persona, int index);
    Result moveEvidence(const Uid &persona, int from, int to);

    // PNG or JPEG bytes as PersonaPhoto::prepare gives them; empty removes the photo.
    Result setPhoto(const Uid &persona, const QByteArray &photo);

    // A dated revision holding a snapshot of the persona's fields as they are now.
    Result recordRevision(const Uid &persona, const QString &summary, const QString &reason,
                          Uid *created = nullptr);
    // The persona's fields set back to a revision's snapshot; its revisions stay as they are.
    Result restoreRevision(const Uid &persona, const Uid &revision);

    static QStringList &listOf(Persona &persona, PersonaList list);
    static const QStringList &listOf(const Persona &persona, PersonaList list);
    static Field fieldOf(PersonaList list);

private:
    // What an edit does to a copy of the persona; a failure leaves everything as it was.
    using Change = std::function<Result(Persona &)>;
    // Fetches the persona, applies change and saves the result as one step.
    Result edit(const Uid &persona, const Change &change, const QString &mergeKey = {});
    Result fetch(const Uid &uid, Persona *persona) const;
    // Reports a refused edit as the document reports its own.
    Result fail(const Result &refused) const;
    static Result checkIndex(int index, qsizetype size);

    Document &m_document;
};

} // namespace cx
