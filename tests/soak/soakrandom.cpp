// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "soakrandom.h"

#include <QByteArray>
#include <QStringList>

namespace cx::soak {

Uid SoakRandom::uid()
{
    QByteArray bytes(16, Qt::Uninitialized);
    for (char &b : bytes)
        b = char(below(256));
    bytes[6] = char((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = char((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes);
}

QString SoakRandom::word()
{
    static const QStringList words{
        QStringLiteral("Apply"), QStringLiteral("onboarding"), QStringLiteral("Café"), QStringLiteral("naïve"),
        QStringLiteral("Zürich"), QStringLiteral("日本"), QStringLiteral("🙂"), QStringLiteral("%1"),
        QStringLiteral("%2"), QStringLiteral("“quoted”"), QStringLiteral("'single'"), QStringLiteral("\"double\""),
        QStringLiteral("back\\slash"), QStringLiteral("NULL"), QStringLiteral("<b>bold</b>"), QStringLiteral("a,b;c"),
        QStringLiteral("x"), QStringLiteral("'); DROP TABLE node; --"),
    };
    return words.at(below(int(words.size())));
}

QString SoakRandom::text()
{
    switch (below(10)) {
    case 0: return QString();
    case 1: return QString(between(200, 2000), QChar(u'a' + below(26)));
    case 2: return word() + u'\n' + word() + QStringLiteral("\r\n") + word();
    case 3: return QStringLiteral("  ") + word() + QStringLiteral("\t ");
    default: break;
    }
    QStringList parts;
    for (int n = between(1, 6); n > 0; --n)
        parts.append(word());
    return parts.join(u' ');
}

QString SoakRandom::color()
{
    if (chance(40))
        return QString();
    static const char hex[] = "0123456789abcdefABCDEF";
    QString c = QStringLiteral("#");
    for (int i = 0; i < 6; ++i)
        c += QLatin1Char(hex[below(22)]);
    return c;
}

} // namespace cx::soak
