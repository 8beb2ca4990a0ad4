// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>
#include <algorithm>
#include <memory>

namespace cx {

namespace {

const QString resourceFolder = QStringLiteral(":/i18n");

// Installed once and kept for the application's life; replaced when the language changes.
QPointer<QTranslator> &slot(int which)
{
    static QPointer<QTranslator> slots[3];
    return slots[which];
}
enum Slot { ours, qts, english };

void replace(Slot which, std::unique_ptr<QTranslator> translator)
{
    if (QTranslator *old = slot(which)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    if (!translator)
        return;
    translator->setParent(QCoreApplication::instance());
    QCoreApplication::installTranslator(translator.get());
    slot(which) = translator.release();
}

std::unique_ptr<QTranslator> load(const QLocale &locale, const QString &name, const QString &folder)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(locale, name, QStringLiteral("_"), folder))
        return nullptr;
    return translator;
}

QString &shownCode()
{
    static QString code = QStringLiteral("en");
    return code;
}

// The language's name as its speakers write it at the head of a list. CLDR's names are for
// locales ("español de España"), not languages, and begin in lower case in French and Spanish.
QString nativeName(const QString &code)
{
    static const QHash<QString, QString> names{{QStringLiteral("de"), QStringLiteral("Deutsch")},
                                               {QStringLiteral("es"), QStringLiteral("Español")},
                                               {QStringLiteral("fr"), QStringLiteral("Français")}};
    if (names.contains(code))
        return names.value(code);
    QString name = QLocale(code).nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name.isEmpty() ? code : name;
}

} // namespace

QString Translations::shown()
{
    return shownCode();
}

QList<Translations::Language> Translations::available()
{
    QList<Language> languages{{QStringLiteral("en"), QStringLiteral("English")}};
    const QStringList files = QDir(resourceFolder).entryList({QStringLiteral("cxatlas_*.qm")}, QDir::Files);
    for (const QString &file : files) {
        const QString code = file.mid(8, file.size() - 8 - 3);
        if (code == u"en")
            continue;
        languages.append({code, nativeName(code)});
    }
    std::sort(languages.begin() + 1, languages.end(),
              [](const Language &a, const Language &b) { return a.name.localeAwareCompare(b.name) < 0; });
    return languages;
}

QLocale Translations::localeFor(const QString &code)
{
    const QLocale system = QLocale::system();
    if (code.isEmpty())
        return system;
    const QLocale wanted(code);
    return wanted.language() == system.language() ? system : wanted;
}

QString Translations::apply(const QString &code)
{
    const QLocale locale = localeFor(code);
    QLocale::setDefault(locale);
    if (!slot(english))
        replace(english, load(QLocale(QLocale::English), QStringLiteral("cxatlas"), resourceFolder));
    // English needs no translator of its own; a system in a language we lack reads English too.
    auto translator = locale.language() == QLocale::English ? nullptr
                                                             : load(locale, QStringLiteral("cxatlas"), resourceFolder);
    const QString shown = translator ? translator->language().section(u'_', 0, 0) : QStringLiteral("en");
    auto qt = translator ? load(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))
                         : nullptr;
    replace(qts, std::move(qt));
    replace(ours, std::move(translator));
    shownCode() = shown;
    return shown;
}

} // namespace cx
