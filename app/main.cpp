// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"
#include "cli/exportcommand.h"
#include "cli/output.h"
#include "preferences/preferences.h"
#include "preferences/translations.h"
#include "quitonsignal.h"
#include "textundorouter.h"
#include "workspacecontroller.h"

#include <QColor>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QApplication>
#include <QGuiApplication>
#include <QIcon>
#include <memory>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickWindow>
#include <cstdio>
#include <unistd.h>
#include <QLocale>
#include <QPalette>
#include <QUrl>

Q_IMPORT_QML_PLUGIN(CxAtlas_AppPlugin)
Q_IMPORT_QML_PLUGIN(CxAtlasPlugin)

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("cxatlas"));
    QCoreApplication::setOrganizationName(QStringLiteral("CX Atlas"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CX_VERSION));
}

// CX_COLOR_SCHEME=dark or light: a system palette of that scheme, which the Theme follows. A
// bare X server (the e2e tests, kiosks) has no platform theme to give a dark one otherwise.
void applyColorSchemeRequest()
{
    const QByteArray scheme = qgetenv("CX_COLOR_SCHEME").trimmed().toLower();
    if (scheme != "dark" && scheme != "light")
        return;
    const bool dark = scheme == "dark";
    QPalette palette;
    palette.setColor(QPalette::Window, dark ? QColor(0x20, 0x21, 0x24) : QColor(0xf6, 0xf7, 0xf9));
    palette.setColor(QPalette::WindowText, dark ? Qt::white : Qt::black);
    palette.setColor(QPalette::Base, dark ? QColor(0x18, 0x18, 0x18) : QColor(Qt::white));
    palette.setColor(QPalette::Text, dark ? Qt::white : Qt::black);
    QGuiApplication::setPalette(palette);
}

// A QApplication, not a QGuiApplication: Qt Charts (the Metrics view's chart) draws with
// QGraphicsScene, which needs one. The command line keeps its lighter applications (main()).
int runWindow(int argc, char **argv)
{
    // Qt Quick sizes its image atlas to the window (2048 × 1024 for the default 1100 × 720) and
    // makes it for the first image, however small: the journey picker's 10 × 6 arrow cost an
    // 8 MB texture that llvmpipe clears before the first frame, half of that frame's render
    // time (issue 11). The window's images are a few icons and photos; larger ones get their
    // own textures either way. A user's own QSG_ATLAS_* settings win.
    if (!qEnvironmentVariableIsSet("QSG_ATLAS_WIDTH") && !qEnvironmentVariableIsSet("QSG_ATLAS_HEIGHT")) {
        qputenv("QSG_ATLAS_WIDTH", "512");
        qputenv("QSG_ATLAS_HEIGHT", "512");
    }
    QApplication app(argc, argv);
    describeApplication();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("CX Atlas"));
    // The icon where the desktop shows none of its own (title bars, X11 task switchers); on
    // Wayland the compositor finds the icon through the desktop entry of this name.
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/cxatlas.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("cxatlas"));
    // The language chosen in Preferences, else the system's.
    cx::Translations::apply(cx::Preferences::storedLanguage());
    applyColorSchemeRequest();

    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), QString(), QStringLiteral("[FILE]"));
    if (!parser.parse(QCoreApplication::arguments()) || parser.positionalArguments().size() > 1) {
        cx::cli::printError(parser.errorText().isEmpty()
                                ? QCoreApplication::translate("cx::cli", "open one workspace at a time.")
                                : parser.errorText());
        return cx::cli::exitError;
    }
    cx::QuitOnSignal quitOnSignal;
    cx::TextUndoRouter undoRouter;
    app.installEventFilter(&undoRouter);
    cx::WorkspaceController workspace;
    if (!parser.positionalArguments().isEmpty())
        workspace.open(parser.positionalArguments().constFirst());

    QQmlApplicationEngine engine;
    // Where the modules' qmldir files are (:/CxAtlas/qmldir), so that files in the module's
    // subfolders can `import CxAtlas` (Qt 6.4 does not add this path itself).
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.setInitialProperties({{QStringLiteral("workspace"), QVariant::fromValue(&workspace)}});
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, &app,
                     [] { QCoreApplication::exit(cx::cli::exitError); }, Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/CxAtlas/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return cx::cli::exitError;
    // For bench_canvas: say when the first frame is on screen, then quit.
    if (qEnvironmentVariableIsSet("CXATLAS_BENCH_FIRST_FRAME")) {
        if (auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst())) {
            QObject::connect(window, &QQuickWindow::frameSwapped, &app, [] {
                std::fputs("first-frame\n", stdout);
                std::fflush(stdout);
                QCoreApplication::quit();
            }, Qt::QueuedConnection);
        }
    }
    return QGuiApplication::exec();
}

} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (cx::cli::wantsCommandLine(arguments)) {
        // The exports that draw need fonts, so a QGuiApplication, on the offscreen platform:
        // they never show a window, and must work without a display.
        std::unique_ptr<QCoreApplication> app;
        if (cx::cli::exportNeedsGui(arguments)) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            // Without a session (cron, CI, ssh) Qt would warn on standard error about a missing
            // runtime folder; give it a private one, as it would choose itself.
            if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
                const QString runtime = QDir::temp().filePath(QStringLiteral("runtime-cxatlas-%1").arg(::getuid()));
                if (QDir().mkpath(runtime)) {
                    QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
                    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
                }
            }
            app = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        describeApplication();
        // The command line speaks the environment's language (LANG, LANGUAGE), not the window's
        // choice: scripts and terminals set theirs.
        cx::Translations::apply(QString());
        return cx::cli::run(QCoreApplication::arguments());
    }
    return runWindow(argc, argv);
}
