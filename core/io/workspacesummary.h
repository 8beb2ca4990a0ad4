// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace cx {

class Document;

// What a workspace holds, in numbers: what `cxatlas info` prints.
struct WorkspaceSummary {
    Q_DECLARE_TR_FUNCTIONS(cx::WorkspaceSummary)

public:
    struct JourneyLine {
        QString title;
        JourneyState state = JourneyState::Current;
        QStringList personas;
        int stages = 0;
        int lanes = 0;
        int moments = 0;
        int mattersMost = 0;
    };

    QString path;
    int schemaVersion = 0;                 // the file's own format
    QString teamName;                      // a team workspace's name (no file, no file format)
    bool readThroughUpgradedCopy = false;  // older than this version's: see WorkspaceFile
    QString notice;                        // read-only or in use elsewhere, when so
    QList<std::pair<QString, int>> counts; // kind name → number, in a fixed order
    int links = 0;
    QList<JourneyLine> journeys;           // by title

    static WorkspaceSummary of(Document &document);
    QString toText() const;
    QJsonObject toJson() const;
};

} // namespace cx
