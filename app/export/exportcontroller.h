// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspacecontroller.h"

#include <QImage>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>
#include <atomic>
#include <memory>

class QThread;

namespace cx {

// The File > Export… dialog's state: the format and its options, a preview of the first page
// (or of the picture, or the first lines of a data format: JSON, CSV, GraphML, DOT, Mermaid),
// and the export itself, which runs on a worker thread over a copy of the
// workspace while progress goes up. Every option change re-renders the preview a moment later.
// Signals: optionsChanged (any option), previewChanged, busyChanged, progressChanged,
// errorMessageChanged, finished(path) after a successful export.
class ExportController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(cx::WorkspaceController *workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged)
    Q_PROPERTY(QVariantList journeys READ journeys NOTIFY workspaceChanged)
    // Whether the preview follows edits and option changes (the dialog is open). While not
    // active nothing is rendered: the dialog lives as long as the window, and re-rendering a
    // page after every edit on the canvas would be work nobody sees.
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(QString format MEMBER m_format NOTIFY optionsChanged)
    Q_PROPERTY(QString journey MEMBER m_journey NOTIFY optionsChanged)
    Q_PROPERTY(QString view MEMBER m_view NOTIFY optionsChanged)
    Q_PROPERTY(QString pageSize MEMBER m_pageSize NOTIFY optionsChanged)
    Q_PROPERTY(QString orientation MEMBER m_orientation NOTIFY optionsChanged)
    Q_PROPERTY(bool tile MEMBER m_tile NOTIFY optionsChanged)
    Q_PROPERTY(bool cover MEMBER m_cover NOTIFY optionsChanged)
    Q_PROPERTY(bool includeJourneys MEMBER m_journeys NOTIFY optionsChanged)
    Q_PROPERTY(bool personas MEMBER m_personas NOTIFY optionsChanged)
    Q_PROPERTY(bool architecture MEMBER m_architecture NOTIFY optionsChanged)
    Q_PROPERTY(bool workshops MEMBER m_workshops NOTIFY optionsChanged)
    Q_PROPERTY(bool metrics MEMBER m_metrics NOTIFY optionsChanged)
    Q_PROPERTY(bool summary MEMBER m_summary NOTIFY optionsChanged)
    Q_PROPERTY(int dpi MEMBER m_dpi NOTIFY optionsChanged)
    Q_PROPERTY(QString title MEMBER m_title NOTIFY optionsChanged)
    Q_PROPERTY(QString author MEMBER m_author NOTIFY optionsChanged)
    Q_PROPERTY(int pageCount READ pageCount NOTIFY previewChanged)
    Q_PROPERTY(QString previewMessage READ previewMessage NOTIFY previewChanged)
    Q_PROPERTY(QString previewText READ previewText NOTIFY previewChanged)
    Q_PROPERTY(bool isData READ isData NOTIFY optionsChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    explicit ExportController(QObject *parent = nullptr);
    ~ExportController() override;

    WorkspaceController *workspace() const { return m_workspace; }
    void setWorkspace(WorkspaceController *workspace);
    QVariantList journeys() const;
    bool active() const { return m_active; }
    void setActive(bool active);
    int pageCount() const { return m_pageCount; }
    QString previewMessage() const { return m_previewMessage; }
    // The start of a data format's file, as text.
    QString previewText() const { return m_previewText; }
    // Whether the format is one other tools read (core/io/dataexport), not a picture.
    bool isData() const;
    bool busy() const { return m_thread != nullptr; }
    double progress() const { return m_progress; }
    QString errorMessage() const { return m_errorMessage; }
    const QImage &preview() const { return m_preview; }

    // Starts the export to a local path or a file: URL; false (and errorMessage) when it
    // cannot start. The end is told by finished() or errorMessage.
    Q_INVOKABLE bool exportTo(const QString &target);
    Q_INVOKABLE void cancel();
    // A file name beside the workspace for the current format.
    Q_INVOKABLE QUrl suggestedFile() const;
    // Renders the preview now rather than after the pause (tests).
    Q_INVOKABLE void updatePreview();
    // Blocks until a running export ends (tests); true when none is left running.
    Q_INVOKABLE bool waitForFinished(int milliseconds = 30000);

Q_SIGNALS:
    void workspaceChanged();
    void activeChanged();
    void optionsChanged();
    void previewChanged();
    void busyChanged();
    void progressChanged();
    void errorMessageChanged();
    void finished(const QString &path);

private:
    struct Job;
    void finish(const Result &result, const QString &path);
    void setError(const QString &message);

    QPointer<WorkspaceController> m_workspace;
    QString m_format = QStringLiteral("pdf");
    QString m_journey;
    QString m_view = QStringLiteral("journey");
    // Preferences' defaults when made; the export dialog follows later changes.
    QString m_pageSize;
    QString m_orientation;
    bool m_tile = false;
    bool m_cover = true;
    bool m_journeys = true;
    bool m_personas = true;
    bool m_architecture = true;
    bool m_workshops = true;
    bool m_metrics = true;
    bool m_summary = true;
    int m_dpi = 192;
    QString m_title;
    QString m_author;

    void schedulePreview();

    bool m_active = true;
    QTimer m_previewTimer;
    QImage m_preview;
    QString m_previewMessage;
    QString m_previewText;
    int m_pageCount = 0;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    double m_progress = 0;
    QString m_errorMessage;
};

} // namespace cx
