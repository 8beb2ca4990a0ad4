// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "soakrandom.h"

#include "document/personaedits.h"
#include "model/workspace.h"

#include <memory>

namespace cx::soak {

// The soak's persona edits, through PersonaEdits as the persona editor makes them: create,
// duplicate, remove, typing into fields (merged), lists, evidence, photos, revisions, and the
// journeys a persona follows. Each returns nothing when there is nothing to edit, else the
// edit's result.
class SoakPersonas
{
public:
    explicit SoakPersonas(SoakRandom &random);

    void attach(Document *document);

    std::optional<Result> add();
    std::optional<Result> duplicate();
    std::optional<Result> remove();
    std::optional<Result> type();
    std::optional<Result> choose();
    std::optional<Result> editList();
    std::optional<Result> editEvidence();
    std::optional<Result> setPhoto();
    std::optional<Result> revision();
    std::optional<Result> follow();

private:
    static constexpr int maxPersonas = 8;
    const Workspace &workspace() const;
    std::optional<Persona> somePersona();
    Result made(const Result &r, const Uid &uid);

    SoakRandom &m_random;
    Document *m_document = nullptr;
    std::unique_ptr<PersonaEdits> m_edits;
    QList<QByteArray> m_photos;
};

} // namespace cx::soak
