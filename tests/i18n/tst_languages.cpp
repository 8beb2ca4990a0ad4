// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferences/preferences.h"
#include "preferences/translations.h"
#include "workspacecontroller.h"
#include "mainwindow.h"

#include <QDir>
#include <algorithm>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQmlListReference>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_QML_PLUGIN(CxAtlas_AppPlugin)
Q_IMPORT_QML_PLUGIN(CxAtlasPlugin)

using namespace cx;
using namespace cx::test;

namespace {

const QStringList views{QStringLiteral("journeys"), QStringLiteral("personas"), QStringLiteral("architecture"),
                        QStringLiteral("metrics")};

// The texts a user reads: every visible item's text inside what its clipping ancestors (the
// canvas's viewport, a list) let through, and the menus' titles and items.
void collectTexts(QQuickItem *item, QStringList &texts, QRectF within)
{
    if (!item->isVisible() || item->opacity() == 0)
        return;
    const QRectF area = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    const QString text = item->property("text").toString();
    if (!text.isEmpty() && area.intersects(within))
        texts.append(text);
    if (item->clip())
        within &= area;
    for (QQuickItem *child : item->childItems())
        collectTexts(child, texts, within);
}

void collectTexts(QQuickWindow *window, QStringList &texts)
{
    collectTexts(window->contentItem(), texts, QRectF(QPointF(0, 0), window->size()));
}

QStringList menuTexts(QQuickWindow *window)
{
    QStringList texts;
    auto *bar = window->property("menuBar").value<QObject *>();
    QQmlListReference menus(bar, "menus");
    for (qsizetype i = 0; i < menus.count(); ++i) {
        QObject *menu = menus.at(i);
        texts.append(menu->property("title").toString());
        // A LazyMenu makes its items when it first opens; make them as opening it would.
        if (menu->metaObject()->indexOfMethod("build()") >= 0)
            QMetaObject::invokeMethod(menu, "build");
        const int count = menu->property("count").toInt();
        for (int j = 0; j < count; ++j) {
            QQuickItem *entry = nullptr;
            QMetaObject::invokeMethod(menu, "itemAt", Q_RETURN_ARG(QQuickItem *, entry), Q_ARG(int, j));
            if (entry && !entry->property("text").toString().isEmpty())
                texts.append(entry->property("text").toString());
        }
    }
    return texts;
}

// Every string of a JSON document: the workspace's own words.
void collectStrings(const QJsonValue &value, QSet<QString> &strings)
{
    if (value.isString())
        strings.insert(value.toString());
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        collectStrings(item, strings);
    const QJsonObject object = value.toObject();
    for (const QJsonValue &item : object)
        collectStrings(item, strings);
}

// Whether text holds the workspace's own words: one of its strings, or a line that quotes one
// of its longer ones (an insight's "kind · source · date").
bool isData(const QString &text, const QSet<QString> &data)
{
    if (data.contains(text))
        return true;
    return std::any_of(data.cbegin(), data.cend(),
                       [&](const QString &value) { return value.size() >= 5 && text.contains(value); });
}

// A text the user cannot read whole: elided ("…" instead of its end), or wider than its box
// with nothing to stop it running into its neighbour. The workspace's own words (a card's
// title, a persona's goal) are left out: the views cut those short by design and show them
// whole in the inspector and the editor; the program's words never are.
// A text the user cannot read whole: elided ("…" instead of its end), wider than its box with
// nothing to stop it running into its neighbour, or cut off by a container that clips it and
// cannot scroll (a tool bar too narrow for its buttons; the window's edge). Inside a Flickable
// (the map, a list) what lies beyond the viewport is scrolled to, not lost.
QStringList clippedTexts(QQuickItem *item, const QString &view, const QSet<QString> &data, QRectF within,
                         bool scrollable)
{
    QStringList found;
    if (!item->isVisible() || item->opacity() == 0 || item->width() <= 0)
        return found;
    const QRectF area = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    if (item->inherits("QQuickText") && !item->property("text").toString().isEmpty()
        && !isData(item->property("text").toString(), data)) {
        const QString text = item->property("text").toString();
        const bool elided = item->property("truncated").toBool();
        const bool wraps = item->property("wrapMode").toInt() != 0;
        const qreal contentWidth = item->property("contentWidth").toReal();
        const bool overflows = !wraps && contentWidth > item->width() + 1;
        const QRectF painted = item->mapRectToScene(QRectF(0, 0, std::min(contentWidth, item->width()), item->height()));
        const bool cutOff = !scrollable && !within.adjusted(-1, -1, 1, 1).contains(painted);
        if (elided || overflows || cutOff) {
            found.append(QStringLiteral("%1: “%2” (%3, %4 px of text in %5 px)")
                             .arg(view, text,
                                  elided ? QStringLiteral("cut short")
                                         : overflows ? QStringLiteral("overflows") : QStringLiteral("cut off by its container"))
                             .arg(contentWidth, 0, 'f', 0)
                             .arg(item->width(), 0, 'f', 0));
        }
    }
    if (item->clip())
        within &= area;
    scrollable = scrollable || item->inherits("QQuickFlickable");
    for (QQuickItem *child : item->childItems())
        found += clippedTexts(child, view, data, within, scrollable);
    return found;
}

// Texts in a and not in b, and in b and not in a, for a failure message.
QString difference(QStringList a, QStringList b)
{
    QStringList onlyA, onlyB;
    for (const QString &text : std::as_const(a)) {
        if (!b.removeOne(text))
            onlyA.append(text);
    }
    onlyB = b;
    onlyA.removeDuplicates();
    onlyB.removeDuplicates();
    return QStringLiteral("live only: %1\nfresh only: %2").arg(onlyA.join(u'|'), onlyB.join(u'|'));
}

} // namespace

class TestLanguages : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A copy of the example in its own folder, always named "example" (the window shows the name).
    QString example(const QString &folder)
    {
        QDir().mkpath(m_dir.filePath(folder));
        const QString path = m_dir.filePath(folder + QStringLiteral("/example.cxatlas"));
        QFile::remove(path);
        return QFile::copy(QStringLiteral(CX_EXAMPLE), path) ? path : QString();
    }

    // Every view's texts, each view shown by its shortcut (Ctrl+1 … Ctrl+4) as a user would.
    QStringList textsOfEveryView(QQuickWindow *window)
    {
        QStringList texts = menuTexts(window);
        for (qsizetype i = 0; i < views.size(); ++i) {
            QTest::keySequence(window, QKeySequence(QStringLiteral("Ctrl+%1").arg(i + 1)));
            QTest::qWait(50);
            QStringList viewTexts;
            collectTexts(window, viewTexts);
            viewTexts.sort();
            texts += viewTexts;
        }
        return texts;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CX Atlas"));
        QCoreApplication::setApplicationName(QStringLiteral("cxatlas-test-languages")); // its own settings: tests run side by side
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QSettings().clear();
        Translations::apply(QStringLiteral("en"));
    }

    void cleanupTestCase() { Translations::apply(QStringLiteral("en")); }

    void offersEveryTranslation()
    {
        QStringList codes;
        for (const auto &language : Translations::available())
            codes.append(language.code + u'=' + language.name);
        QCOMPARE(codes, (QStringList{QStringLiteral("en=English"), QStringLiteral("de=Deutsch"),
                                     QStringLiteral("es=Español"), QStringLiteral("fr=Français")}));
    }

    void switchesLanguageWithoutARestart_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("file"); // the File menu's title in that language
        QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("&Datei");
        QTest::newRow("French") << QStringLiteral("fr") << QStringLiteral("&Fichier");
        QTest::newRow("Spanish") << QStringLiteral("es") << QStringLiteral("&Archivo");
    }

    void switchesLanguageWithoutARestart()
    {
        QFETCH(QString, code);
        QFETCH(QString, file);
        // Given the example open in English
        QStringList english, live;
        {
            WorkspaceController controller;
            QVERIFY(controller.open(example(QStringLiteral("live"))));
            QQmlApplicationEngine engine;
            QQuickWindow *window = loadMainWindow(engine, controller, true);
            QVERIFY(window);
            english = textsOfEveryView(window);
            QVERIFY(english.contains(QStringLiteral("&File")));

            // When the language is chosen in Preferences
            Preferences *preferences = preferencesOf(engine);
            QVERIFY(preferences);
            preferences->setLanguage(code);
            QCOMPARE(preferences->shownLanguage(), code);
            live = textsOfEveryView(window);
        }
        // Then every view reads as it does when the program starts in that language
        QCOMPARE(QSettings().value(QStringLiteral("preferences/language")).toString(), code);
        QCOMPARE(Preferences::storedLanguage(), code);
        QStringList fresh;
        {
            Translations::apply(Preferences::storedLanguage());
            WorkspaceController controller;
            QVERIFY(controller.open(example(QStringLiteral("fresh"))));
            QQmlApplicationEngine engine;
            QQuickWindow *window = loadMainWindow(engine, controller, true);
            QVERIFY(window);
            fresh = textsOfEveryView(window);
        }
        QVERIFY(live.contains(file));
        QVERIFY2(live == fresh, qPrintable(difference(live, fresh)));
        QVERIFY(live != english);
    }

    void numbersAndDatesFollowTheLanguage()
    {
        Translations::apply(QStringLiteral("de"));
        QCOMPARE(QLocale().toString(4.5), QStringLiteral("4,5"));
        Translations::apply(QStringLiteral("en"));
        QCOMPARE(QLocale().toString(4.5), QStringLiteral("4.5"));
    }

    void germanViewsShowNoClippedText_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    // German is the longest of the translations: what fits in German fits in the others.
    void germanViewsShowNoClippedText()
    {
        QFETCH(bool, dark);
        QFile json(QStringLiteral(CX_EXAMPLE_JSON));
        QVERIFY(json.open(QIODevice::ReadOnly));
        QSet<QString> data;
        collectStrings(QJsonDocument::fromJson(json.readAll()).object(), data);
        QVERIFY(data.size() > 100);
        Translations::apply(QStringLiteral("de"));
        QSettings().setValue(QStringLiteral("preferences/theme"), dark ? QStringLiteral("dark") : QStringLiteral("light"));
        WorkspaceController controller;
        QVERIFY(controller.open(example(QStringLiteral("deutsch"))));
        QQmlApplicationEngine engine;
        QQuickWindow *window = loadMainWindow(engine, controller, true);
        QVERIFY(window);
        QStringList clipped;
        QDir().mkpath(QStringLiteral(CX_SCREENSHOTS));
        for (qsizetype i = 0; i < views.size(); ++i) {
            QTest::keySequence(window, QKeySequence(QStringLiteral("Ctrl+%1").arg(i + 1)));
            QTest::qWait(100);
            const QString name = QStringLiteral("de-%1-%2").arg(views.at(i), dark ? QStringLiteral("dark") : QStringLiteral("light"));
            QVERIFY(window->grabWindow().save(QStringLiteral(CX_SCREENSHOTS "/%1.png").arg(name)));
            clipped += clippedTexts(window->contentItem(), views.at(i), data,
                                    QRectF(QPointF(0, 0), window->size()), false);
        }
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u'\n')));
    }
};

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
