// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/workspaceimport.h"
#include "workspacecontroller.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QStringList>
#include <QVariantList>
#include <optional>

class QThread;

namespace cx {

// The File > Import… dialog's state. load() reads a file (workspace JSON or a Mermaid journey
// diagram) on a worker thread and, while the dialog shows a busy bar, checks it against the
// open workspace; then the dialog previews what the file holds and what a merge would do.
// importNow() brings it in as a new workspace (written on the worker, then opened) or merged
// into the open one (one transaction, one undo step). Nothing changes until importNow(), and a
// failed import changes nothing at all.
class ImportController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(cx::WorkspaceController *workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged)
    Q_PROPERTY(QString source READ source NOTIFY loadedChanged)
    Q_PROPERTY(QString sourceName READ sourceName NOTIFY loadedChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadedChanged)
    Q_PROPERTY(QString formatName READ formatName NOTIFY loadedChanged)
    Q_PROPERTY(QStringList contents READ contents NOTIFY loadedChanged)
    Q_PROPERTY(QVariantList journeys READ journeys NOTIFY loadedChanged)
    Q_PROPERTY(QString mode READ mode WRITE setMode NOTIFY modeChanged)
    Q_PROPERTY(bool canMerge READ canMerge NOTIFY workspaceChanged)
    Q_PROPERTY(QString mergeSummary READ mergeSummary NOTIFY loadedChanged)
    Q_PROPERTY(QStringList conflicts READ conflicts NOTIFY loadedChanged)
    Q_PROPERTY(bool ready READ ready NOTIFY readyChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString phase READ phase NOTIFY busyChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    explicit ImportController(QObject *parent = nullptr);
    ~ImportController() override;

    WorkspaceController *workspace() const { return m_workspace; }
    void setWorkspace(WorkspaceController *workspace);
    QString source() const { return m_source; }
    QString sourceName() const;
    bool loaded() const { return m_data.has_value(); }
    QString formatName() const;
    QStringList contents() const { return m_contents; }
    QVariantList journeys() const { return m_journeys; }
    QString mode() const { return m_mode; }
    void setMode(const QString &mode);
    bool canMerge() const;
    QString mergeSummary() const { return m_mergeSummary; }
    QStringList conflicts() const { return m_conflicts; }
    bool ready() const;
    bool busy() const { return m_thread != nullptr; }
    QString phase() const { return m_phase; }
    QString errorMessage() const { return m_errorMessage; }

    // Whether a dropped or chosen file is one this dialog reads or hands over to the survey-
    // response import (by its name).
    Q_INVOKABLE static bool isImportable(const QUrl &url);
    // Whether it is a file of survey responses, for ResponseImportController (.csv, .tsv, .txt).
    Q_INVOKABLE static bool isResponseFile(const QUrl &url);
    // Starts reading a local path or file: URL; false (and errorMessage) when it cannot start.
    Q_INVOKABLE bool load(const QString &source);
    // Brings the loaded file in, in the chosen mode; false (and errorMessage) when it cannot.
    // A new workspace is written on the worker and opened when done; a merge is done here.
    // imported(journey) follows success, naming the first journey the file brought.
    Q_INVOKABLE bool importNow();
    // Forgets the file (the dialog closing); a read still running is let finish unseen.
    Q_INVOKABLE void reset();
    // Blocks until the worker ends (tests); true when none is left running.
    Q_INVOKABLE bool waitForFinished(int milliseconds = 30000);

Q_SIGNALS:
    void workspaceChanged();
    void loadedChanged();
    void modeChanged();
    void readyChanged();
    void busyChanged();
    void errorMessageChanged();
    void imported(const QString &journey);

private:
    struct Reading;
    void startWorker(const QString &phase, std::function<void()> work);
    void finishWorker();
    void takeReading(const Reading &reading);
    void finishNewWorkspace(const Result &result, const QString &target, const QString &journey);
    void setError(const QString &message);
    QString firstJourney() const;

    QPointer<WorkspaceController> m_workspace;
    QString m_source;
    std::optional<WorkspaceData> m_data;
    WorkspaceImport::Format m_format = WorkspaceImport::Format::Json;
    QStringList m_contents;
    QVariantList m_journeys;
    QString m_mode = QStringLiteral("new");
    QString m_mergeSummary;
    QStringList m_conflicts;
    QThread *m_thread = nullptr;
    QString m_phase;
    int m_generation = 0; // which load() a worker's answer belongs to
    QString m_errorMessage;
};

} // namespace cx
