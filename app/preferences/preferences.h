// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QObject>
#include <QStringList>
#include <QString>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace cx {

// The choices of Edit > Preferences…, kept in QSettings group "preferences" and applied the
// moment they change: the language (translators swapped and the QML engine retranslated, no
// restart), the theme, the PDF export's defaults, where unnamed workspaces live, and whether
// the emotion curves show their point handles. One instance per QML engine (a singleton).
class Preferences : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // "" follows the system; otherwise a code of languages.
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    // The language the interface is in now ("en" when the system's has no translation).
    Q_PROPERTY(QString shownLanguage READ shownLanguage NOTIFY languageChanged)
    // The default locale (the language's numbers and dates), for what QML binds to a locale.
    Q_PROPERTY(QLocale locale READ locale NOTIFY languageChanged)
    // [{code, name}], English first; name in its own language.
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)
    // The name of the language "as the system" gives: its own name if translated, else English.
    Q_PROPERTY(QString systemLanguageName READ systemLanguageName CONSTANT)
    // "system", "light" or "dark".
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY themeChanged)
    Q_PROPERTY(QStringList pageSizes READ pageSizes CONSTANT)
    Q_PROPERTY(QString pdfPageSize READ pdfPageSize WRITE setPdfPageSize NOTIFY pdfPageSizeChanged)
    // "landscape" or "portrait".
    Q_PROPERTY(QString pdfOrientation READ pdfOrientation WRITE setPdfOrientation NOTIFY pdfOrientationChanged)
    Q_PROPERTY(QString unsavedFolder READ unsavedFolder NOTIFY unsavedFolderChanged)
    Q_PROPERTY(QUrl unsavedFolderUrl READ unsavedFolderUrl NOTIFY unsavedFolderChanged)
    Q_PROPERTY(bool unsavedFolderIsStandard READ unsavedFolderIsStandard NOTIFY unsavedFolderChanged)
    Q_PROPERTY(bool curveHandlesShown READ curveHandlesShown WRITE setCurveHandlesShown NOTIFY curveHandlesShownChanged)

public:
    explicit Preferences(QObject *parent = nullptr);

    QString language() const { return m_language; }
    void setLanguage(const QString &code);
    QString shownLanguage() const { return m_shownLanguage; }
    QLocale locale() const { return QLocale(); }
    QVariantList languages() const;
    QString systemLanguageName() const;
    QString theme() const { return m_theme; }
    void setTheme(const QString &theme);
    QString pdfPageSize() const { return m_pdfPageSize; }
    void setPdfPageSize(const QString &size);
    QString pdfOrientation() const { return m_pdfOrientation; }
    void setPdfOrientation(const QString &orientation);
    QString unsavedFolder() const;
    QUrl unsavedFolderUrl() const;
    bool unsavedFolderIsStandard() const;
    // A folder picked in a folder dialog; refused, with an error, when it cannot be written.
    Q_INVOKABLE bool chooseUnsavedFolder(const QUrl &folder);
    Q_INVOKABLE void resetUnsavedFolder();
    bool curveHandlesShown() const { return m_curveHandlesShown; }
    void setCurveHandlesShown(bool shown);

    // The stored choices, for what starts before any QML (main()'s translators, the export
    // dialog's defaults).
    static QString storedLanguage();
    static QString storedPdfPageSize();
    static QString storedPdfOrientation();
    // The page sizes the PDF export offers.
    static QStringList pageSizes();

Q_SIGNALS:
    void languageChanged();
    void themeChanged();
    void pdfPageSizeChanged();
    void pdfOrientationChanged();
    void unsavedFolderChanged();
    void curveHandlesShownChanged();
    // A choice could not be applied (the folder is not writable): what and why.
    void failed(const QString &message);

private:
    QString m_language;
    QString m_shownLanguage;
    QString m_theme;
    QString m_pdfPageSize;
    QString m_pdfOrientation;
    bool m_curveHandlesShown;
};

} // namespace cx
