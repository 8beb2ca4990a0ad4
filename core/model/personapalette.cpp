// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "personapalette.h"

#include "workspace.h"

#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace cx::PersonaPalette {

const QStringList &colors()
{
    // Blue, orange, bluish green, reddish purple, vermillion, sky blue: the first three, which
    // most maps have, differ in hue and in lightness both.
    static const QStringList palette{QStringLiteral("#0072b2"), QStringLiteral("#e69f00"),
                                     QStringLiteral("#009e73"), QStringLiteral("#cc79a7"),
                                     QStringLiteral("#d55e00"), QStringLiteral("#56b4e9")};
    return palette;
}

bool isColor(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    return pattern.match(text).hasMatch();
}

QHash<Uid, QString> colorsOf(const Workspace &workspace)
{
    QList<const Persona *> order;
    order.reserve(workspace.personas.size());
    for (const Persona &p : workspace.personas)
        order.append(&p);
    std::sort(order.begin(), order.end(), [](const Persona *a, const Persona *b) {
        return a->created != b->created ? a->created < b->created : a->uid < b->uid;
    });
    QHash<Uid, QString> result;
    for (qsizetype i = 0; i < order.size(); ++i) {
        const Persona *p = order[i];
        result.insert(p->uid, isColor(p->color) ? p->color.toLower() : colors()[i % colors().size()]);
    }
    return result;
}

QString colorOf(const Workspace &workspace, const Uid &persona)
{
    return colorsOf(workspace).value(persona, colors().constFirst());
}

QString next(const Workspace &workspace)
{
    QHash<QString, int> uses;
    for (const QString &c : colorsOf(workspace))
        ++uses[c];
    return *std::min_element(colors().cbegin(), colors().cend(), [&](const QString &a, const QString &b) {
        return uses.value(a) < uses.value(b);
    });
}

QString inkOn(const QString &color)
{
    // WCAG relative luminance; white wins below about 0.18, where its contrast is the larger.
    // (Parsed here rather than with QColor: the model needs no Qt Gui.)
    if (!isColor(color))
        return QStringLiteral("#000000");
    const auto linear = [&](int at) {
        const double v = QStringView(color).mid(at, 2).toInt(nullptr, 16) / 255.0;
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    const double l = 0.2126 * linear(1) + 0.7152 * linear(3) + 0.0722 * linear(5);
    return l < 0.18 ? QStringLiteral("#ffffff") : QStringLiteral("#000000");
}

} // namespace cx::PersonaPalette
