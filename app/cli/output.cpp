// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "output.h"

#include <cstdio>

namespace cx::cli {

void printOut(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fflush(stdout);
}

void printError(const QString &message)
{
    std::fputs(QStringLiteral("cxatlas: %1\n").arg(message).toUtf8().constData(), stderr);
    std::fflush(stderr);
}

} // namespace cx::cli
