// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixture.h"

#include <QApplication>
#include <QCoreApplication>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QSettings>
#include <QStandardPaths>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(CxAtlas_AppPlugin)
Q_IMPORT_QML_PLUGIN(CxAtlasPlugin)

// Runs the tst_*.qml suites of this folder against the real QML modules.
class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Settings of the test runs stay apart from a user's.
        QCoreApplication::setOrganizationName(QStringLiteral("CX Atlas Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_qml"));
        QSettings().clear();
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        qmlRegisterSingletonInstance("CxAtlas.Test", 1, 0, "Fixture", &m_fixture);
    }

private:
    Fixture m_fixture;
};

// QUICK_TEST_MAIN_WITH_SETUP, with a QApplication made first: the Metrics view's chart (Qt
// Charts) needs one, and quick_test_main uses the application that exists.
int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    Setup setup;
    return quick_test_main_with_setup(argc, argv, "qml", nullptr, &setup);
}

#include "tst_qml.moc"
