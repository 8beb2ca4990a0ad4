// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace cx {

// The translators the application has installed, for one language at a time.
//
// Three are installed, searched in this order: ours for the language (compiled in, :/i18n),
// Qt's own for it (qtbase_xx.qm from Debian's qt6-translations-l10n: the standard buttons of
// dialogs and the file dialog), and our English one, which holds only the plural forms
// ("%n moment(s)" → "1 moment"). Changing the language replaces the first two; the caller
// then retranslates its QML engine (Preferences does).
class Translations
{
public:
    struct Language
    {
        QString code; // "de"; empty for "the system's language"
        QString name; // in its own language: "Deutsch"
    };

    // The languages there is a translation of, English first, then by name.
    static QList<Language> available();
    // Installs the translators for code ("" follows the system) and makes the language's locale
    // the default one, so that numbers and dates in QML and C++ (QLocale()) follow it. Returns
    // the code of the language now shown ("en" when there is no translation for it).
    static QString apply(const QString &code);
    // The locale for a language code: the system's own when it speaks that language (its
    // region's dates and numbers stay), else the language's main one.
    // The code apply() last returned; "en" before any.
    static QString shown();
    static QLocale localeFor(const QString &code);
};

} // namespace cx
