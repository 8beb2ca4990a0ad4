// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fields.h"
#include "persona.h"
#include "result.h"

#include <QCoreApplication>

namespace cx {

// A persona's fields as the JSON text a revision keeps, and back. The snapshot holds what a
// person edits (name, need state, quote, photo, the lists, the texts, evidence, value tier,
// status), never the id, timestamps or the revisions themselves.
class PersonaSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(cx::PersonaSnapshot)

public:
    // The editable fields in the order the editor and the persona sheet show them.
    static const QList<Field> &fieldOrder();
    // The translated label of one of fieldOrder().
    static QString label(Field field);

    static QByteArray write(const Persona &persona);
    // Sets onto *persona the fields the snapshot holds (keys it lacks leave a field as it
    // was). Fails, changing nothing, when the text is empty or not a JSON object.
    static Result read(const QByteArray &snapshot, Persona *persona);
};

} // namespace cx
