// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QColor>
#include <QFont>
#include <QFontInfo>
#include <QGuiApplication>
#include <QJSValue>
#include <QPalette>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <memory>

Q_IMPORT_QML_PLUGIN(CxAtlas_AppPlugin)
Q_IMPORT_QML_PLUGIN(CxAtlasPlugin)

// What the window's colours and type promise to people who read it (issue 14): every pair of a
// text colour and the background it is drawn on, in the light and the dark theme, meets WCAG
// AA, computed from the theme's own colours (the real Theme and CanvasStyle singletons, in a
// QML engine, under a light or a dark system palette); the type follows the system font; the
// reduced-motion setting reaches the Theme.
class TestAccessibility : public QObject
{
    Q_OBJECT

    // WCAG 2.1's relative luminance and contrast ratio.
    static double luminance(const QColor &c)
    {
        auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    }
    static double contrast(const QColor &a, const QColor &b)
    {
        const double la = luminance(a), lb = luminance(b);
        return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
    }

    // The Theme and CanvasStyle as the window gets them, in a new engine (singletons are per
    // engine, and the palette is read when they are made).
    struct Styles {
        std::unique_ptr<QQmlEngine> engine;
        QObject *root = nullptr;
        QColor theme(const char *name) const { return qvariant_cast<QObject *>(root->property("theme"))->property(name).value<QColor>(); }
        QColor canvas(const char *name) const { return qvariant_cast<QObject *>(root->property("canvas"))->property(name).value<QColor>(); }
        QList<QColor> list(const char *name) const
        {
            QList<QColor> colors;
            for (const QString &c : qvariant_cast<QJSValue>(root->property(name)).toVariant().toStringList())
                colors.append(QColor::fromString(c));
            return colors;
        }
    };
    static std::unique_ptr<Styles> styles()
    {
        auto s = std::make_unique<Styles>();
        s->engine = std::make_unique<QQmlEngine>();
        s->engine->addImportPath(QStringLiteral("qrc:/"));
        QQmlComponent component(s->engine.get());
        // The colours a moment can take in the inspector (MomentForm's palette), and every
        // lane kind's tint (LaneHeader). (Plain literals: moc reads no raw strings.)
        component.setData(
            "import QtQuick\n"
            "import CxAtlas\n"
            "QtObject {\n"
            "    property QtObject theme: Theme\n"
            "    property QtObject canvas: CanvasStyle\n"
            "    property var cardTints: [\"#e07a5f\", \"#f2cc8f\", \"#81b29a\", \"#3d8bfd\", \"#9b5de5\", \"#8d99ae\"]\n"
            "                            .map(c => \"\" + CanvasStyle.cardTint(c))\n"
            "    property var laneTints: [\"steps\", \"touchpoints\", \"channels\", \"thoughts\", \"emotions\", \"pain-points\",\n"
            "                             \"opportunities\", \"frontstage\", \"backstage\", \"custom\"]\n"
            "                            .map(k => \"\" + CanvasStyle.laneTint(k))\n"
            "}\n",
            QUrl(QStringLiteral("qrc:/tst_accessibility.qml")));
        s->root = component.create();
        if (!s->root)
            qWarning().noquote() << component.errorString();
        else
            s->root->setParent(s->engine.get());
        return s;
    }
    static void usePalette(bool dark)
    {
        QPalette p;
        if (dark) {
            p.setColor(QPalette::Window, QColor(0x20, 0x21, 0x24));
            p.setColor(QPalette::WindowText, Qt::white);
            p.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
            p.setColor(QPalette::Text, Qt::white);
        }
        QGuiApplication::setPalette(p);
    }

private Q_SLOTS:
    void cleanup()
    {
        QGuiApplication::setPalette(QPalette());
        QGuiApplication::setFont(QFont());
        qunsetenv("CX_REDUCED_MOTION");
    }

    void contrast_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    // Every text colour on every background it is drawn on: 4.5:1. No text here is large in
    // WCAG's sense (18 pt, or 14 pt bold: 24 px, 18.7 px bold) at the default size, so no pair
    // gets the 3:1 of large text. Graphics that carry meaning (the focus ring, the edges of
    // fields and check boxes, the star of a moment that matters, the evidence dot, the
    // selection's border): 3:1 (WCAG 1.4.11). disabledText is left out: WCAG exempts disabled
    // controls, and the theme uses it for nothing else.
    void contrast()
    {
        QFETCH(bool, dark);
        usePalette(dark);
        const auto s = styles();
        QVERIFY(s->root);
        QCOMPARE(qvariant_cast<QObject *>(s->root->property("theme"))->property("dark").toBool(), dark);

        struct Pair { QString text, background; QColor fg, bg; double least; };
        QList<Pair> pairs;
        auto add = [&](const char *fg, const QColor &f, const QString &bgName, const QColor &b, double least = 4.5) {
            pairs.append({QString::fromLatin1(fg), bgName, f, b, least});
        };
        // Labels, fields, buttons, menus, list rows, tooltips.
        for (const char *fg : {"text", "mutedText"}) {
            for (const char *bg : {"window", "base", "surface", "sidebar", "button", "hover", "selection"})
                add(fg, s->theme(fg), QString::fromLatin1(bg), s->theme(bg));
        }
        add("warningText", s->theme("warningText"), QStringLiteral("warning"), s->theme("warning"));
        add("errorText", s->theme("errorText"), QStringLiteral("error"), s->theme("error"));
        add("accentText", s->theme("accentText"), QStringLiteral("accent"), s->theme("accent"));
        // Link-like titles (start page, metric details) and the metrics' status words.
        for (const char *fg : {"accent", "onTrack", "atRisk", "offTrack"}) {
            for (const char *bg : {"window", "base", "surface"})
                add(fg, s->theme(fg), QString::fromLatin1(bg), s->theme(bg));
        }
        // The map: cards plain and in every colour the inspector offers, headers, the curve's
        // scale, the line of visibility's label and the drop label over any lane, the dots badge.
        QList<QPair<QString, QColor>> cards{{QStringLiteral("card"), s->canvas("card")}};
        const QList<QColor> tints = s->list("cardTints");
        QCOMPARE(tints.size(), 6);
        for (const QColor &c : tints)
            cards.append({QStringLiteral("card tinted %1").arg(c.name()), c});
        for (const auto &[name, bg] : cards) {
            add("cardText", s->canvas("cardText"), name, bg);
            add("cardMuted", s->canvas("cardMuted"), name, bg);
        }
        add("headerText", s->canvas("headerText"), QStringLiteral("headerBackground"), s->canvas("headerBackground"));
        add("cardMuted", s->canvas("cardMuted"), QStringLiteral("headerBackground"), s->canvas("headerBackground"));
        QList<QPair<QString, QColor>> mapGrounds{{QStringLiteral("mapBackground"), s->canvas("mapBackground")},
                                                 {QStringLiteral("curveBand"), s->canvas("curveBand")}};
        const QList<QColor> lanes = s->list("laneTints");
        QCOMPARE(lanes.size(), 10);
        for (const QColor &c : lanes)
            mapGrounds.append({QStringLiteral("lane tint %1").arg(c.name()), c});
        for (const auto &[name, bg] : mapGrounds) {
            add("cardMuted", s->canvas("cardMuted"), name, bg);
            add("visibilityLine", s->canvas("visibilityLine"), name, bg);
            add("dropIndicator", s->canvas("dropIndicator"), name, bg);
            add("focusRing", s->canvas("focusRing"), name, bg, 3);
        }
        add("mattersText", s->canvas("mattersText"), QStringLiteral("matters"), s->canvas("matters"));
        // Graphics, 3:1.
        for (const auto &[name, bg] : cards) {
            add("matters", s->canvas("matters"), name, bg, 3);
            add("evidence", s->canvas("evidence"), name, bg, 3);
        }
        add("selection", s->canvas("selection"), QStringLiteral("card"), s->canvas("card"), 3);
        for (const char *bg : {"window", "base", "surface", "sidebar", "button"}) {
            add("controlBorder", s->theme("controlBorder"), QString::fromLatin1(bg), s->theme(bg), 3);
            add("focusRing", s->theme("focusRing"), QString::fromLatin1(bg), s->theme(bg), 3);
        }

        QStringList failures;
        for (const Pair &p : std::as_const(pairs)) {
            QVERIFY2(p.fg.isValid() && p.bg.isValid(), qPrintable(p.text + QStringLiteral(" on ") + p.background));
            const double ratio = contrast(p.fg, p.bg);
            if (ratio < p.least)
                failures.append(QStringLiteral("%1 %2 on %3 %4: %5:1 (needs %6:1)").arg(p.text, p.fg.name(), p.background,
                                                                                      p.bg.name()).arg(ratio, 0, 'f', 2).arg(p.least));
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
        QVERIFY(pairs.size() > 100);
    }

    // A larger system font (or text scaling, which raises its DPI) grows every size the theme
    // gives; Qt's default 12 px keeps the designed sizes.
    void typeFollowsTheSystemFont()
    {
        QFont font = QGuiApplication::font();
        // Qt's default, 9 pt at 96 dpi, is 12 px: the sizes are designed for it.
        const double scale = QFontInfo(font).pixelSize() / 12.0;
        auto s = styles();
        auto theme = [&] { return qvariant_cast<QObject *>(s->root->property("theme")); };
        auto canvas = [&] { return qvariant_cast<QObject *>(s->root->property("canvas")); };
        QCOMPARE(theme()->property("bodySize").toInt(), qRound(14 * scale));
        QCOMPARE(theme()->property("headingSize").toInt(), qRound(17 * scale));
        QCOMPARE(canvas()->property("titleSize").toInt(), 14); // the map's, laid out by core/layout

        font.setPixelSize(18);
        QGuiApplication::setFont(font);
        // A running window follows at once (SystemHints hears the font change).
        QCOMPARE(theme()->property("bodySize").toInt(), 21);
        QCOMPARE(theme()->property("titleSize").toInt(), 36);
        QCOMPARE(canvas()->property("titleSize").toInt(), 14); // the map grows with its zoom instead
        s = styles();
        QCOMPARE(theme()->property("smallSize").toInt(), 18);
    }

    void reducedMotionReachesTheTheme()
    {
        auto s = styles();
        auto theme = [&] { return qvariant_cast<QObject *>(s->root->property("theme")); };
        int ms = -1;
        QVERIFY(QMetaObject::invokeMethod(theme(), "duration", Q_RETURN_ARG(int, ms), Q_ARG(int, 150)));
        // Without the variable, whatever this machine's desktop says; with it, that.
        qputenv("CX_REDUCED_MOTION", "1");
        s = styles();
        QVERIFY(theme()->property("reducedMotion").toBool());
        QVERIFY(QMetaObject::invokeMethod(theme(), "duration", Q_RETURN_ARG(int, ms), Q_ARG(int, 150)));
        QCOMPARE(ms, 0);
        qputenv("CX_REDUCED_MOTION", "0");
        s = styles();
        QVERIFY(!theme()->property("reducedMotion").toBool());
        QVERIFY(QMetaObject::invokeMethod(theme(), "duration", Q_RETURN_ARG(int, ms), Q_ARG(int, 150)));
        QCOMPARE(ms, 150);
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
