// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferences.h"

#include "translations.h"
#include "unsavedfolders.h"

#include <QDir>
#include <QFileInfo>
#include <QQmlEngine>
#include <QSettings>
#include <QTemporaryFile>

namespace cx {

namespace {

const QString languageKey = QStringLiteral("preferences/language");
const QString themeKey = QStringLiteral("preferences/theme");
const QString pageSizeKey = QStringLiteral("preferences/pdfPageSize");
const QString orientationKey = QStringLiteral("preferences/pdfOrientation");
const QString handlesKey = QStringLiteral("preferences/curveHandlesShown");

const QStringList themes{QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")};
const QStringList orientations{QStringLiteral("landscape"), QStringLiteral("portrait")};

// A stored value if it is one of allowed (a hand-edited or older settings file may hold
// anything), else the fallback.
QString oneOf(const QString &key, const QStringList &allowed, const QString &fallback)
{
    const QString value = QSettings().value(key).toString();
    return allowed.contains(value) ? value : fallback;
}

QStringList languageCodes()
{
    QStringList codes;
    for (const auto &language : Translations::available())
        codes.append(language.code);
    return codes;
}

} // namespace

Preferences::Preferences(QObject *parent)
    : QObject(parent)
    , m_language(storedLanguage())
    , m_theme(oneOf(themeKey, themes, themes.first()))
    , m_pdfPageSize(storedPdfPageSize())
    , m_pdfOrientation(storedPdfOrientation())
    , m_curveHandlesShown(QSettings().value(handlesKey, true).toBool())
{
    // main() installed the translators before the engine existed; the tests' engines may not.
    m_shownLanguage = Translations::shown();
}

QString Preferences::storedLanguage()
{
    return oneOf(languageKey, languageCodes(), QString());
}

QString Preferences::storedPdfPageSize()
{
    return oneOf(pageSizeKey, pageSizes(), pageSizes().first());
}

QString Preferences::storedPdfOrientation()
{
    return oneOf(orientationKey, orientations, orientations.first());
}

QStringList Preferences::pageSizes()
{
    return {QStringLiteral("A4"), QStringLiteral("A3"), QStringLiteral("Letter"), QStringLiteral("Tabloid")};
}

QVariantList Preferences::languages() const
{
    QVariantList list;
    for (const auto &language : Translations::available())
        list.append(QVariantMap{{QStringLiteral("code"), language.code}, {QStringLiteral("name"), language.name}});
    return list;
}

QString Preferences::systemLanguageName() const
{
    const QLocale::Language system = Translations::localeFor(QString()).language();
    for (const auto &language : Translations::available()) {
        if (QLocale(language.code).language() == system)
            return language.name;
    }
    return Translations::available().constFirst().name;
}

void Preferences::setLanguage(const QString &code)
{
    if (code == m_language || !(code.isEmpty() || languageCodes().contains(code)))
        return;
    m_language = code;
    QSettings settings;
    if (code.isEmpty())
        settings.remove(languageKey);
    else
        settings.setValue(languageKey, code);
    m_shownLanguage = Translations::apply(code);
    // Every qsTr() binding is evaluated again; C++ models that translate in data() listen to
    // languageChanged through the views that show them.
    if (QQmlEngine *engine = qmlEngine(this))
        engine->retranslate();
    Q_EMIT languageChanged();
}

void Preferences::setTheme(const QString &theme)
{
    if (theme == m_theme || !themes.contains(theme))
        return;
    m_theme = theme;
    QSettings().setValue(themeKey, theme);
    Q_EMIT themeChanged();
}

void Preferences::setPdfPageSize(const QString &size)
{
    if (size == m_pdfPageSize || !pageSizes().contains(size))
        return;
    m_pdfPageSize = size;
    QSettings().setValue(pageSizeKey, size);
    Q_EMIT pdfPageSizeChanged();
}

void Preferences::setPdfOrientation(const QString &orientation)
{
    if (orientation == m_pdfOrientation || !orientations.contains(orientation))
        return;
    m_pdfOrientation = orientation;
    QSettings().setValue(orientationKey, orientation);
    Q_EMIT pdfOrientationChanged();
}

QString Preferences::unsavedFolder() const
{
    return QDir::toNativeSeparators(UnsavedFolders::current());
}

QUrl Preferences::unsavedFolderUrl() const
{
    return QUrl::fromLocalFile(UnsavedFolders::current());
}

bool Preferences::unsavedFolderIsStandard() const
{
    return UnsavedFolders::current() == UnsavedFolders::standard();
}

bool Preferences::chooseUnsavedFolder(const QUrl &folder)
{
    const QString path = folder.isLocalFile() ? folder.toLocalFile() : folder.toString();
    // Written to at once by the next New or Import: find out now, not then.
    QTemporaryFile probe(QDir(path).filePath(QStringLiteral(".cxatlas-probe-XXXXXX")));
    if (path.isEmpty() || !QFileInfo(path).isDir() || !probe.open()) {
        Q_EMIT failed(tr("Unnamed workspaces cannot live in “%1”: the folder cannot be written to.")
                          .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    UnsavedFolders::setCurrent(path);
    Q_EMIT unsavedFolderChanged();
    return true;
}

void Preferences::resetUnsavedFolder()
{
    UnsavedFolders::setCurrent(QString());
    Q_EMIT unsavedFolderChanged();
}

void Preferences::setCurveHandlesShown(bool shown)
{
    if (shown == m_curveHandlesShown)
        return;
    m_curveHandlesShown = shown;
    QSettings().setValue(handlesKey, shown);
    Q_EMIT curveHandlesShownChanged();
}

} // namespace cx
