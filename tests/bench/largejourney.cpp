// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "largejourney.h"

#include <QStringList>

namespace cx::bench {

QByteArray largeMermaidJourney(int sections, int tasksPerSection)
{
    // Phases of a long onboarding programme, and what customers do in them.
    static const QStringList phases{
        QStringLiteral("Discover the offer"), QStringLiteral("Compare accounts"), QStringLiteral("Start the application"),
        QStringLiteral("Prove identity"), QStringLiteral("Set up online banking"), QStringLiteral("Receive the card"),
        QStringLiteral("Switch payments"), QStringLiteral("First salary"), QStringLiteral("Everyday spending"),
        QStringLiteral("Travel abroad"), QStringLiteral("Card problem"), QStringLiteral("Ask for help"),
        QStringLiteral("Open a savings pot"), QStringLiteral("Apply for an overdraft"), QStringLiteral("Move house"),
        QStringLiteral("Review the year"), QStringLiteral("Refer a friend"), QStringLiteral("Renew the card"),
        QStringLiteral("Complain"), QStringLiteral("Close an old account")};
    static const QStringList verbs{
        QStringLiteral("Reads"), QStringLiteral("Checks"), QStringLiteral("Compares"), QStringLiteral("Fills in"),
        QStringLiteral("Uploads"), QStringLiteral("Confirms"), QStringLiteral("Waits for"), QStringLiteral("Calls about"),
        QStringLiteral("Searches for"), QStringLiteral("Chats about"), QStringLiteral("Signs"), QStringLiteral("Receives")};
    static const QStringList objects{
        QStringLiteral("the fees page"), QStringLiteral("the switching guarantee"), QStringLiteral("the application form"),
        QStringLiteral("a passport photo"), QStringLiteral("the welcome email"), QStringLiteral("the app's home screen"),
        QStringLiteral("the card's PIN letter"), QStringLiteral("the list of direct debits"), QStringLiteral("a declined payment"),
        QStringLiteral("the overdraft terms"), QStringLiteral("a statement"), QStringLiteral("the branch opening hours"),
        QStringLiteral("the chatbot's answer"), QStringLiteral("the security code"), QStringLiteral("the cashback offer")};
    static const QStringList actors{QStringLiteral("Switcher Sam"), QStringLiteral("Student Priya"),
                                    QStringLiteral("Small-business owner Dev")};
    QString text = QStringLiteral("journey\n    title A year with our current account\n");
    int n = 0;
    for (int s = 0; s < sections; ++s) {
        text += QStringLiteral("    section %1 (%2)\n").arg(phases[s % phases.size()]).arg(s / phases.size() + 1);
        for (int t = 0; t < tasksPerSection; ++t, ++n) {
            const QString title = verbs[(n * 7 + s) % verbs.size()] + u' ' + objects[(n * 5 + t) % objects.size()];
            const int score = 1 + (n * 3 + s) % 5;
            QStringList who{actors[n % 3], actors[(n + 1) % 3]};
            if (n % 4 == 0)
                who.append(actors[(n + 2) % 3]);
            text += QStringLiteral("      %1, step %2: %3: %4\n").arg(title).arg(n + 1).arg(score).arg(who.join(QStringLiteral(", ")));
        }
    }
    return text.toUtf8();
}

} // namespace cx::bench
