// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/fields.h"
#include "model/persona.h"

#include <QCoreApplication>
#include <QRectF>
#include <QStringList>

namespace cx {

// A persona on one printed page: its fields in the order and with the labels of the persona
// editor (PersonaSnapshot::fieldOrder and label). The header holds the name, the need state and
// the quote beside the photo (or an initials avatar); status and value tier follow as a line,
// then the other fields as labelled blocks flowing down two columns. When they do not fit the
// page, the type shrinks step by step (to half size at most, then the text is cut with "…").
// Units are those of page (points, for the PDF).
struct PersonaSheetLayout {
    Q_DECLARE_TR_FUNCTIONS(cx::PersonaSheetLayout)

public:
    struct Block {
        Field field = Field::Title;
        QString label;          // empty for the header's name, need state and quote
        QRectF labelRect;
        QRectF rect;            // the text below the label
        QStringList lines;
        double fontSize = 10;
        bool bold = false;
        bool italic = false;
    };

    QSizeF size;
    double scale = 1;           // the type's size relative to the largest
    QRectF photo;               // a square
    QString initials;           // for the avatar when the persona has no photo
    QList<Block> blocks;        // in field order
    double labelSize = 8;

    static PersonaSheetLayout compute(const Persona &persona, const QSizeF &page);

    // The text of one field as the sheet prints it: list items one per line with a bullet.
    static QStringList paragraphs(const Persona &persona, Field field);
    static QString initialsOf(const QString &name);

private:
    bool flow(const Persona &persona, double s);
};

} // namespace cx
