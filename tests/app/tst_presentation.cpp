// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/journeycanvas.h"
#include "workshop/presentationcontroller.h"
#include "workshop/presentationlayout.h"
#include "workshop/presentcardmodel.h"
#include "workshop/votingcontroller.h"
#include "workshop/workshoptimer.h"
#include "workspacecontroller.h"
#include "document/document.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

Q_IMPORT_QML_PLUGIN(CxAtlas_AppPlugin)
Q_IMPORT_QML_PLUGIN(CxAtlasPlugin)

using namespace cx;

namespace {

QQuickWindow *topLevel(const QString &objectName)
{
    const auto windows = QGuiApplication::topLevelWindows();
    for (QWindow *w : windows) {
        if (w->objectName() == objectName && w->isVisible())
            return qobject_cast<QQuickWindow *>(w);
    }
    return nullptr;
}

void collect(QQuickItem *item, const QString &objectName, QList<QQuickItem *> &found)
{
    if (!item->isVisible())
        return;
    if (item->objectName() == objectName)
        found.append(item);
    for (QQuickItem *child : item->childItems())
        collect(child, objectName, found);
}

// The height on screen of one unit of the item (its scale and its ancestors').
double sceneScale(QQuickItem *item)
{
    return item->mapRectToScene(QRectF(0, 0, 1, 1)).height();
}

} // namespace

// Presentation mode through the real window: F5 from the main window, every stepping key, the
// overview, the moments-that-matter walk, motion, live edits, Esc back, and pictures at
// 1920 × 1080 to look at. Runs on two offscreen screens, "Laptop" and "Projector"
// (twoscreens.json), so the presenter view opens on the other screen as it would in a room.
class TestPresentation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<WorkspaceController> m_workspace;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_main = nullptr;

    bool openMain()
    {
        const QString path = m_dir.filePath(QStringLiteral("example-%1.cxatlas").arg(QDateTime::currentMSecsSinceEpoch()));
        if (!QFile::copy(QStringLiteral(CX_EXAMPLE), path))
            return false;
        m_workspace = std::make_unique<WorkspaceController>();
        if (!m_workspace->open(path))
            return false;
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->addImportPath(QStringLiteral("qrc:/"));
        m_engine->setInitialProperties({{QStringLiteral("workspace"), QVariant::fromValue(m_workspace.get())}});
        m_engine->load(QUrl(QStringLiteral("qrc:/CxAtlas/Main.qml")));
        if (m_engine->rootObjects().isEmpty())
            return false;
        m_main = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
        if (!m_main || !QTest::qWaitForWindowExposed(m_main))
            return false;
        // The journey the tests name stages of (the canvas opens the first by title).
        auto *page = m_main->property("journeysPage").value<QQuickItem *>();
        auto *canvas = page ? page->property("canvas").value<JourneyCanvas *>() : nullptr;
        if (!canvas)
            return false;
        for (const QVariant &j : canvas->journeys()) {
            if (j.toMap().value(QStringLiteral("title")).toString() == u"Open a current account")
                canvas->setJourney(j.toMap().value(QStringLiteral("uid")).toString());
        }
        m_main->requestActivate();
        return QTest::qWaitForWindowActive(m_main);
    }
    QObject *launcher() const
    {
        return findLauncher(m_main->contentItem());
    }
    static QObject *findLauncher(QQuickItem *item)
    {
        if (QByteArray(item->metaObject()->className()).startsWith("PresentLauncher"))
            return item;
        for (QQuickItem *child : item->childItems()) {
            if (QObject *found = findLauncher(child))
                return found;
        }
        return nullptr;
    }
    QObject *session() const
    {
        QObject *l = launcher();
        return l ? l->property("session").value<QObject *>() : nullptr;
    }
    PresentationController *controller() const
    {
        QObject *s = session();
        return s ? s->property("controller").value<PresentationController *>() : nullptr;
    }
    QQuickWindow *present()
    {
        QTest::keyClick(m_main, Qt::Key_F5);
        QQuickWindow *window = nullptr;
        for (int i = 0; i < 100 && !window; ++i) {
            QTest::qWait(10);
            window = topLevel(QStringLiteral("presentationWindow"));
        }
        // The projected window has the keyboard, as a clicker needs.
        if (!window || !QTest::qWaitForWindowExposed(window))
            return nullptr;
        if (!QTest::qWaitFor([&] { return QGuiApplication::focusWindow() == window; }))
            return nullptr;
        return window;
    }
    static void typeInto(QQuickWindow *window, const QString &text)
    {
        for (const QChar c : text)
            QTest::keyClick(window, c.toLatin1());
    }
    QQuickItem *strip(QQuickWindow *window) const
    {
        return window->findChild<QQuickItem *>(QStringLiteral("spotlightStrip"));
    }
    void shoot(QQuickWindow *window, const QString &name)
    {
        window->update();
        QTest::qWait(150);
        QDir().mkpath(QStringLiteral(CX_SCREENSHOTS));
        const QImage image = window->grabWindow();
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1920, 1080));
        QVERIFY(image.save(QStringLiteral(CX_SCREENSHOTS "/%1.png").arg(name)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CX Atlas Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_presentation"));
        QStandardPaths::setTestModeEnabled(true);
        qunsetenv("CX_REDUCED_MOTION");
        QCOMPARE(QGuiApplication::screens().size(), 2); // twoscreens.json
    }
    void init()
    {
        QSettings().clear();
        QSettings().setValue(QStringLiteral("present/motion"), QStringLiteral("reduced"));
        QVERIFY(openMain());
    }
    void cleanup()
    {
        if (QObject *s = session())
            QMetaObject::invokeMethod(s, "leave");
        QTest::qWait(20);
        m_engine.reset();
        m_workspace.reset();
        m_main = nullptr;
    }

    void entersAndLeavesRestoringTheWindow()
    {
        // Given the main window at a place and size of its own, on the laptop's screen
        m_main->setGeometry(QRect(100, 80, 1200, 760));
        QTest::qWait(20);
        const QRect before = m_main->geometry();
        const QWindow::Visibility visibility = m_main->visibility();
        // When F5 is pressed
        QQuickWindow *window = present();
        QVERIFY(window);
        // Then the journey fills the other screen, and the presenter view opens on the laptop's
        QCOMPARE(window->visibility(), QWindow::FullScreen);
        QCOMPARE(window->screen()->name(), QStringLiteral("Projector"));
        QCOMPARE(window->size(), QSize(1920, 1080));
        QQuickWindow *presenter = topLevel(QStringLiteral("presenterWindow"));
        QVERIFY(presenter);
        QCOMPARE(presenter->screen()->name(), QStringLiteral("Laptop"));
        // No editing chrome: no inspector, minimap or toolbar in the projected window
        QVERIFY(!window->findChild<QQuickItem *>(QStringLiteral("minimap")));
        QVERIFY(controller());
        QCOMPARE(controller()->journeyTitle(), QStringLiteral("Open a current account"));
        // When Esc is pressed
        QTest::keyClick(window, Qt::Key_Escape);
        // Then the main window is back as it was, with the keyboard
        QTRY_VERIFY(!topLevel(QStringLiteral("presentationWindow")));
        QVERIFY(!topLevel(QStringLiteral("presenterWindow")));
        QCOMPARE(m_main->geometry(), before);
        QCOMPARE(m_main->visibility(), visibility);
        QTRY_VERIFY(QGuiApplication::focusWindow() == m_main);
        QTRY_VERIFY(!session());

        // And a maximized main window stays maximized
        m_main->showMaximized();
        QTRY_COMPARE(m_main->visibility(), QWindow::Maximized);
        window = present();
        QVERIFY(window);
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(!session());
        QCOMPARE(m_main->visibility(), QWindow::Maximized);
    }

    void stepsByEveryKey()
    {
        QQuickWindow *window = present();
        QVERIFY(window);
        PresentationController *c = controller();
        QVERIFY(c);
        QVERIFY(c->reducedMotion());
        QCOMPARE(c->stageCount(), 7);
        QQuickItem *s = strip(window);
        QVERIFY(s);
        const auto expect = [&](int stage) {
            QCOMPARE(c->stageIndex(), stage);
            // Reduced motion: the camera is there at once, with no animation.
            QCOMPARE(s->x(), -PresentationLayout::cameraX(stage));
        };
        const struct { Qt::Key key; int stage; } steps[] = {
            {Qt::Key_Right, 1}, {Qt::Key_PageDown, 2}, {Qt::Key_Space, 3}, {Qt::Key_Left, 2},
            {Qt::Key_PageUp, 1}, {Qt::Key_Backspace, 0}, {Qt::Key_Left, 0}, {Qt::Key_End, 6},
            {Qt::Key_Right, 6}, {Qt::Key_Home, 0}, {Qt::Key_3, 2}, {Qt::Key_9, 2}, {Qt::Key_7, 6},
            {Qt::Key_1, 0},
        };
        for (const auto &step : steps) {
            QTest::keyClick(window, step.key);
            expect(step.stage);
        }
        // The presenter view takes the same keys
        QQuickWindow *presenter = topLevel(QStringLiteral("presenterWindow"));
        QVERIFY(presenter);
        presenter->requestActivate();
        QTRY_COMPARE(QGuiApplication::focusWindow(), presenter);
        QTest::keyClick(presenter, Qt::Key_PageDown);
        expect(1);
        window->requestActivate();
        QTRY_COMPARE(QGuiApplication::focusWindow(), window);
        QCOMPARE(c->stageTitle(), QStringLiteral("Compare"));
        QCOMPARE(c->nextStageTitle(), QStringLiteral("Apply"));
        QVERIFY(!c->stageMoments().isEmpty());

        // O: the overview of the whole map, and back
        QTest::keyClick(window, Qt::Key_O);
        QVERIFY(c->overview());
        auto *overview = window->property("overview").value<QQuickItem *>();
        QVERIFY(overview);
        QTRY_VERIFY(overview->isVisible());
        QVERIFY(!window->property("spotlight").value<QQuickItem *>()->isVisible());
        QTest::keyClick(window, Qt::Key_O);
        QVERIFY(!c->overview());
        QVERIFY(window->property("spotlight").value<QQuickItem *>()->isVisible());

        // M: the moments that matter, one at a time, from the stage on screen on
        QVERIFY(c->mattersCount() >= 3);
        QTest::keyClick(window, Qt::Key_Home);
        QTest::keyClick(window, Qt::Key_M);
        QVERIFY(c->mattersWalk());
        QCOMPARE(c->mattersIndex(), 0);
        auto *walkStrip = window->findChild<QQuickItem *>(QStringLiteral("mattersStrip"));
        QVERIFY(walkStrip && walkStrip->isVisible());
        QTest::keyClick(window, Qt::Key_Right);
        QCOMPARE(c->mattersIndex(), 1);
        QCOMPARE(walkStrip->x(), -1920.0);
        QTest::keyClick(window, Qt::Key_End);
        QCOMPARE(c->mattersIndex(), c->mattersCount() - 1);
        QTest::keyClick(window, Qt::Key_Backspace);
        QCOMPARE(c->mattersIndex(), c->mattersCount() - 2);
        // Each comes with what it uses and what measures it
        const QVariantMap matter = c->matters().at(c->mattersIndex()).toMap();
        QVERIFY(!matter.value(QStringLiteral("title")).toString().isEmpty());
        bool anyLinks = false;
        for (const QVariant &m : c->matters())
            anyLinks = anyLinks || !m.toMap().value(QStringLiteral("links")).toList().isEmpty();
        QVERIFY(anyLinks);
        // The stage follows the moment, so leaving the walk shows its stage
        const int stage = c->stageIndex();
        QTest::keyClick(window, Qt::Key_M);
        QVERIFY(!c->mattersWalk());
        QCOMPARE(c->stageIndex(), stage);
        // T: the other theme, remembered
        const QString theme = c->theme();
        QTest::keyClick(window, Qt::Key_T);
        QVERIFY(c->theme() != theme);
        QCOMPARE(QSettings().value(QStringLiteral("present/theme")).toString(), c->theme());
        // N: the presenter view closes and opens again
        QTest::keyClick(window, Qt::Key_N);
        QTRY_VERIFY(!topLevel(QStringLiteral("presenterWindow")));
        QTest::keyClick(window, Qt::Key_N);
        QTRY_VERIFY(topLevel(QStringLiteral("presenterWindow")));
    }

    void animatesTheCameraUnlessMotionIsReduced()
    {
        QQuickWindow *window = present();
        QVERIFY(window);
        PresentationController *c = controller();
        c->setMotion(QStringLiteral("full"));
        QVERIFY(!c->reducedMotion());
        QCOMPARE(c->cameraMs(), PresentationController::cameraDurationMs);
        QVERIFY(c->cameraMs() <= 400);
        QQuickItem *s = strip(window);
        const double target = -PresentationLayout::cameraX(1);
        QElapsedTimer clock;
        clock.start();
        QTest::keyClick(window, Qt::Key_Right);
        QVERIFY(s->x() != target); // on its way
        QTRY_COMPARE_WITH_TIMEOUT(s->x(), target, 2000);
        QVERIFY2(clock.elapsed() >= 300, qPrintable(QString::number(clock.elapsed())));
        // Reduced: no animation at all
        c->setMotion(QStringLiteral("reduced"));
        QCOMPARE(c->cameraMs(), 0);
        QTest::keyClick(window, Qt::Key_Right);
        QCOMPARE(s->x(), -PresentationLayout::cameraX(2));
        // The environment outranks the preference (kiosks, CI)
        qputenv("CX_REDUCED_MOTION", "1");
        MotionSettings motion;
        motion.setPreference(QStringLiteral("full"));
        QVERIFY(motion.reduced());
        QCOMPARE(motion.source(), QStringLiteral("environment"));
        qunsetenv("CX_REDUCED_MOTION");
    }

    void desktopMotionSettings()
    {
        QTemporaryDir config;
        QVERIFY(!MotionSettings::reducedByDesktopFiles(config.path()).has_value());
        QDir(config.path()).mkpath(QStringLiteral("gtk-3.0"));
        QFile gtk(config.filePath(QStringLiteral("gtk-3.0/settings.ini")));
        QVERIFY(gtk.open(QIODevice::WriteOnly));
        gtk.write("[Settings]\ngtk-enable-animations=0\n");
        gtk.close();
        QCOMPARE(MotionSettings::reducedByDesktopFiles(config.path()), std::optional<bool>(true));
        QVERIFY(gtk.remove());
        QFile kde(config.filePath(QStringLiteral("kdeglobals")));
        QVERIFY(kde.open(QIODevice::WriteOnly));
        kde.write("[KDE]\nAnimationDurationFactor=0\n");
        kde.close();
        QCOMPARE(MotionSettings::reducedByDesktopFiles(config.path()), std::optional<bool>(true));
    }

    void showsEditsAtOnce()
    {
        QQuickWindow *window = present();
        QVERIFY(window);
        PresentationController *c = controller();
        auto *canvas = c->canvas();
        QVERIFY(canvas);
        QAbstractItemModel *cards = c->cards();
        const QModelIndex first = cards->index(0, 0);
        const QString uid = first.data(PresentCardModel::UidRole).toString();
        QVERIFY(canvas->setMomentField(uid, QStringLiteral("title"), QStringLiteral("Renamed in the main window")));
        bool found = false;
        for (int i = 0; i < cards->rowCount(); ++i) {
            const QModelIndex index = cards->index(i, 0);
            if (index.data(PresentCardModel::UidRole).toString() == uid)
                found = index.data(PresentCardModel::TitleRole).toString() == u"Renamed in the main window";
        }
        QVERIFY(found);
        QTest::qWait(20);
        QList<QQuickItem *> titles;
        collect(window->contentItem(), QStringLiteral("presentCardTitle"), titles);
        bool shown = false;
        for (QQuickItem *t : std::as_const(titles))
            shown = shown || t->property("text").toString() == u"Renamed in the main window";
        QVERIFY(shown);
    }

    // P parks a note from the mode (the parking lot "from any mode"); the keys come back after.
    void parksANoteWithoutLeaving()
    {
        QQuickWindow *window = present();
        QVERIFY(window);
        const Workspace &w = m_workspace->document()->workspace();
        const qsizetype before = w.parkingNotes.size();
        QTest::keyClick(window, Qt::Key_P);
        auto *field = window->findChild<QQuickItem *>(QStringLiteral("presentParkField"));
        QVERIFY(field);
        QTRY_VERIFY(field->hasActiveFocus());
        typeInto(window, QStringLiteral("Ask IT about the ID check"));
        QTest::keyClick(window, Qt::Key_Return);
        QCOMPARE(w.parkingNotes.size(), before + 1);
        QVERIFY(!field->hasActiveFocus());
        const int stage = controller()->stageIndex();
        QTest::keyClick(window, Qt::Key_Right); // the presentation has the keys again
        QCOMPARE(controller()->stageIndex(), stage + 1);
        // Escape drops a note being typed, and does not leave the mode.
        QTest::keyClick(window, Qt::Key_P);
        QTRY_VERIFY(field->hasActiveFocus());
        typeInto(window, QStringLiteral("Never mind"));
        QTest::keyClick(window, Qt::Key_Escape);
        QCOMPARE(w.parkingNotes.size(), before + 1);
        QVERIFY(window->isVisible());
    }

    void typeIsLargeEnoughAtFullHd()
    {
        QQuickWindow *window = present();
        QVERIFY(window);
        QCOMPARE(window->size(), QSize(1920, 1080));
        QTest::qWait(20);
        QList<QQuickItem *> titles;
        collect(window->contentItem(), QStringLiteral("presentCardTitle"), titles);
        QVERIFY(titles.size() >= 3);
        for (QQuickItem *t : std::as_const(titles)) {
            const double px = t->property("font").value<QFont>().pixelSize() * sceneScale(t);
            QVERIFY2(px >= 28, qPrintable(QStringLiteral("%1: %2 px").arg(t->property("text").toString()).arg(px)));
        }
        QList<QQuickItem *> headers;
        collect(window->contentItem(), QStringLiteral("stageTitle"), headers);
        QCOMPARE(headers.size(), 7);
        for (QQuickItem *h : std::as_const(headers)) {
            const double px = h->property("font").value<QFont>().pixelSize() * sceneScale(h);
            QVERIFY2(px >= 40, qPrintable(QString::number(px)));
        }
    }

    void remembersTheScreen()
    {
        QQuickWindow *window = present();
        QVERIFY(window);
        QObject *s = session();
        QMetaObject::invokeMethod(s, "moveTo", Q_ARG(QString, QStringLiteral("Laptop")));
        QTRY_COMPARE(window->screen()->name(), QStringLiteral("Laptop"));
        QTRY_COMPARE(window->visibility(), QWindow::FullScreen);
        QCOMPARE(QSettings().value(QStringLiteral("present/screen")).toString(), QStringLiteral("Laptop"));
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(!session());
        window = present();
        QVERIFY(window);
        QCOMPARE(window->screen()->name(), QStringLiteral("Laptop"));
    }

    void countdownShowsAndEnds()
    {
        QQuickWindow *window = present();
        QVERIFY(window);
        auto *timer = session()->property("timer").value<WorkshopTimer *>();
        QVERIFY(timer);
        auto *badge = window->findChild<QQuickItem *>(QStringLiteral("presentationTimer"));
        QVERIFY(badge);
        QVERIFY(!badge->isVisible()); // untouched: not on the projector
        timer->useManualClock();
        timer->setMinutes(2);
        timer->start();
        QVERIFY(badge->isVisible());
        timer->advance(61'000);
        QCOMPARE(timer->text(), QStringLiteral("0:59"));
        timer->advance(59'000);
        QVERIFY(timer->finished());
        auto *text = badge->findChild<QQuickItem *>(QStringLiteral("timerText"));
        QVERIFY(text);
        QCOMPARE(text->property("text").toString(), QStringLiteral("Time is up"));
    }

    void screenshots()
    {
        QQuickWindow *window = present();
        QVERIFY(window);
        PresentationController *c = controller();
        auto *timer = session()->property("timer").value<WorkshopTimer *>();
        timer->useManualClock();
        timer->setMinutes(10);
        timer->start();
        timer->advance(3 * 60'000 + 12'000);
        QTest::keyClick(window, Qt::Key_3);
        c->setTheme(QStringLiteral("dark"));
        shoot(window, QStringLiteral("present-spotlight-dark"));
        c->setTheme(QStringLiteral("light"));
        shoot(window, QStringLiteral("present-spotlight-light"));
        QTest::keyClick(window, Qt::Key_O);
        QVERIFY(c->overview());
        QTRY_VERIFY(window->property("overview").value<QQuickItem *>());
        QTRY_VERIFY(!window->property("spotlight").value<QQuickItem *>()->isVisible());
        shoot(window, QStringLiteral("present-overview-light"));
        QTest::keyClick(window, Qt::Key_O);
        c->setTheme(QStringLiteral("dark"));
        QTest::keyClick(window, Qt::Key_O);
        shoot(window, QStringLiteral("present-overview-dark"));
        QTest::keyClick(window, Qt::Key_M);
        shoot(window, QStringLiteral("present-matters-dark"));
        c->setTheme(QStringLiteral("light"));
        shoot(window, QStringLiteral("present-matters-light"));
        QTest::keyClick(window, Qt::Key_M);
        QQuickWindow *presenter = topLevel(QStringLiteral("presenterWindow"));
        QVERIFY(presenter);
        presenter->resize(1920, 1080);
        c->setTheme(QStringLiteral("dark"));
        shoot(presenter, QStringLiteral("present-presenter-dark"));

        // A voting round under way: its dots on the projected cards, its live tally beside.
        auto *page = m_main->property("journeysPage").value<QQuickItem *>();
        auto *voting = page->property("voting").value<VotingController *>();
        QVERIFY(voting);
        QVERIFY2(voting->start(QStringLiteral("Where do we lose people?"), 3,
                               QStringLiteral("Ana (Marketing)\nBen (Sales)\nCleo (Service)"), 0, false),
                 qPrintable(voting->message()));
        QAbstractItemModel *cards = c->cards();
        QCOMPARE(voting->journey(), c->canvas()->journey()); // the journey view follows the presented one
        const QList<std::pair<int, int>> dots{{0, 0}, {0, 0}, {1, 0}, {1, 1}, {2, 1}, {0, 2}};
        for (const auto &[who, row] : dots) {
            voting->setCurrentParticipant(who);
            QVERIFY2(voting->castDot(cards->index(row, 0).data(PresentCardModel::UidRole).toString(), 1),
                     qPrintable(voting->message()));
        }
        QCOMPARE(cards->index(0, 0).data(PresentCardModel::VotesRole).toInt(), 3);
        auto *tally = presenter->findChild<QQuickItem *>(QStringLiteral("tallyLoader"));
        QVERIFY(tally && tally->property("item").value<QQuickItem *>());
        shoot(presenter, QStringLiteral("present-presenter-voting-dark"));
        shoot(window, QStringLiteral("present-voting-dark"));
        // A hidden tally keeps the dots off the projector.
        QVERIFY(voting->setHideTally(true));
        QCOMPARE(cards->index(0, 0).data(PresentCardModel::VotesRole).toInt(), 0);
    }
};

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
