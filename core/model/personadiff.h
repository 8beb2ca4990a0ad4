// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fields.h"
#include "persona.h"

#include <QCoreApplication>

namespace cx {

// One field of two personas side by side, as lines of text: a text field is one line, a list
// one line an item, evidence one line a source. onlyBefore / onlyAfter name the lines that
// the other side lacks, so a view can mark them.
struct PersonaFieldDiff {
    Field field = Field::Title;
    QString label;
    QStringList before;
    QStringList after;
    QStringList onlyBefore;
    QStringList onlyAfter;
    bool changed = false;
};

// The field-by-field comparison of two personas (or two revisions of one), in the order of
// PersonaSnapshot::fieldOrder().
class PersonaDiff
{
    Q_DECLARE_TR_FUNCTIONS(cx::PersonaDiff)

public:
    static QList<PersonaFieldDiff> compare(const Persona &before, const Persona &after);
    // The lines that show one field of a persona.
    static QStringList lines(const Persona &persona, Field field);
    // How many fields differ.
    static int changedCount(const QList<PersonaFieldDiff> &diff);
};

} // namespace cx
