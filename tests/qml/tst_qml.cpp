// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixture.h"

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

QUICK_TEST_MAIN_WITH_SETUP(qml, Setup)

#include "tst_qml.moc"
