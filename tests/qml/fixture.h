// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "samples.h"
#include "workspacecontroller.h"

#include <QObject>
#include <QTemporaryDir>

// What the QML tests need from C++: workspaces to open (the sample one, or a synthetic one of
// any size) and the ids of the sample's records by name. Registered as the singleton Fixture
// of the module CxAtlas.Test.
class Fixture : public QObject
{
    Q_OBJECT

public:
    // The sample workspace in a new file, open for editing; owned by the fixture.
    Q_INVOKABLE cx::WorkspaceController *openSample();
    // A workspace of one journey with the given number of moments.
    Q_INVOKABLE cx::WorkspaceController *openSynthetic(int moments);
    // The uid of a sample record: "seeAd", "fillForm", "verify", "discover", "apply", "steps",
    // "backstage", "journey", "persona", "story", "system", "nps", "effort".
    Q_INVOKABLE QString id(const QString &name) const;
    // How many edits the workspace's undo stack holds.
    Q_INVOKABLE int undoCount(cx::WorkspaceController *workspace) const;

private:
    QTemporaryDir m_dir;
    cx::test::Samples m_samples;
    int m_files = 0;
};
