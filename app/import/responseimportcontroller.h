// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/responsereader.h"
#include "responsetablemodels.h"
#include "workspacecontroller.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QStringList>
#include <QVariantList>

class QThread;

namespace cx {

// The survey-response import dialog's state (issue 13), the GUI's side of `cxatlas responses
// import`. load() reads a CSV/TSV file on a worker thread, guesses the date, score, moment and
// segment columns from the header (the user's to change once it is read), and reads every
// record with them; any later change of the metric, a column or the scale reads it again there
// (busy is true meanwhile; a change during a reading starts one more when it ends, and older
// answers are dropped). The preview and the bad rows are models; nothing is written before
// import(), which brings the good responses into the metric as one undo step, all or nothing:
// with bad rows it refuses unless skipBadRows. Errors (the file's encoding or quoting, a missing
// column) are errorMessage, in words; why Import is off (another scale than the metric's
// earlier imports, bad rows) is blockedReason.
class ResponseImportController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(cx::WorkspaceController *workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged)
    Q_PROPERTY(QVariantList metrics READ metrics NOTIFY metricsChanged) // [{uid, title}] by title
    Q_PROPERTY(QString metric READ metric WRITE setMetric NOTIFY mappingChanged)
    Q_PROPERTY(QString source READ source NOTIFY sourceChanged)
    Q_PROPERTY(QString sourceName READ sourceName NOTIFY sourceChanged)
    Q_PROPERTY(QStringList header READ header NOTIFY sourceChanged)
    Q_PROPERTY(int dateColumn READ dateColumn WRITE setDateColumn NOTIFY mappingChanged)
    Q_PROPERTY(int scoreColumn READ scoreColumn WRITE setScoreColumn NOTIFY mappingChanged)
    Q_PROPERTY(int momentColumn READ momentColumn WRITE setMomentColumn NOTIFY mappingChanged)
    Q_PROPERTY(int segmentColumn READ segmentColumn WRITE setSegmentColumn NOTIFY mappingChanged)
    Q_PROPERTY(QVariantList scales READ scales CONSTANT) // [{name, label}]: nps, csat, ces5, ces7, custom
    Q_PROPERTY(QString scale READ scale WRITE setScale NOTIFY mappingChanged)
    Q_PROPERTY(double low READ low WRITE setLow NOTIFY mappingChanged)
    Q_PROPERTY(double high READ high WRITE setHigh NOTIFY mappingChanged)
    Q_PROPERTY(QString scaleNote READ scaleNote NOTIFY mappingChanged)
    Q_PROPERTY(bool skipBadRows READ skipBadRows WRITE setSkipBadRows NOTIFY skipBadRowsChanged)
    Q_PROPERTY(cx::ResponsePreviewModel *preview READ preview CONSTANT)
    Q_PROPERTY(cx::BadResponseModel *badRows READ badRows CONSTANT)
    Q_PROPERTY(bool loaded READ loaded NOTIFY tableChanged)
    Q_PROPERTY(int records READ records NOTIFY tableChanged)
    Q_PROPERTY(int goodCount READ goodCount NOTIFY tableChanged)
    Q_PROPERTY(int badCount READ badCount NOTIFY tableChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(bool ready READ ready NOTIFY statusChanged)
    Q_PROPERTY(QString blockedReason READ blockedReason NOTIFY statusChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY statusChanged)

public:
    explicit ResponseImportController(QObject *parent = nullptr);
    ~ResponseImportController() override;

    WorkspaceController *workspace() const { return m_workspace; }
    void setWorkspace(WorkspaceController *workspace);
    QVariantList metrics() const { return m_metrics; }
    QString metric() const;
    // Chooses the metric by uid and its scale: its earlier imports', else its kind's.
    void setMetric(const QString &metric);
    QString source() const { return m_source; }
    QString sourceName() const;
    QStringList header() const { return m_header; }
    int dateColumn() const { return m_columns.date; }
    void setDateColumn(int column);
    int scoreColumn() const { return m_columns.score; }
    void setScoreColumn(int column);
    int momentColumn() const { return m_columns.moment; }
    void setMomentColumn(int column);
    int segmentColumn() const { return m_columns.segment; }
    void setSegmentColumn(int column);
    static QVariantList scales();
    QString scale() const;
    void setScale(const QString &scale);
    double low() const { return m_scale.low; }
    void setLow(double low);
    double high() const { return m_scale.high; }
    void setHigh(double high);
    QString scaleNote() const;
    bool skipBadRows() const { return m_skipBadRows; }
    void setSkipBadRows(bool skip);
    ResponsePreviewModel *preview() { return &m_preview; }
    BadResponseModel *badRows() { return &m_badRows; }
    bool loaded() const { return m_loaded; }
    int records() const { return int(m_table.records); }
    int goodCount() const { return int(m_table.responses.size()); }
    int badCount() const { return int(m_table.bad.size()); }
    bool busy() const { return m_thread != nullptr; }
    QString errorMessage() const { return m_errorMessage; }
    bool ready() const;
    QString blockedReason() const;
    QString summary() const;

    // Whether a dropped or chosen file is one this dialog reads (a local .csv, .tsv or .txt).
    Q_INVOKABLE static bool isResponseFile(const QUrl &url);
    // Starts reading a local path or file: URL, columns guessed anew; false (and errorMessage)
    // when it cannot start.
    Q_INVOKABLE bool load(const QString &source);
    // The good responses into the metric as one undo step; false (and errorMessage) when
    // refused, and then nothing is written. imported(metric) follows success.
    Q_INVOKABLE bool import();
    // Forgets the file and the choices but the metric (the dialog closing); a reading still
    // running is let finish unseen.
    Q_INVOKABLE void reset();
    // Blocks until no reading runs or waits (tests); true when none is left.
    Q_INVOKABLE bool waitForFinished(int milliseconds = 30000);

Q_SIGNALS:
    void workspaceChanged();
    void metricsChanged();
    void sourceChanged();
    void mappingChanged();
    void skipBadRowsChanged();
    void tableChanged();
    void busyChanged();
    void errorMessageChanged();
    void statusChanged();
    void imported(const QString &metric);

private:
    struct Request;
    struct Reading;
    void refreshMetrics();
    void setColumn(int ResponseColumns::*column, int value);
    void mappingEdited();
    void read();
    void takeReading(Reading reading);
    void clearTable();
    void setError(const QString &message);
    const Workspace *workspaceData() const;

    QPointer<WorkspaceController> m_workspace;
    QVariantList m_metrics;
    Uid m_metric;
    QString m_source;
    QByteArray m_bytes;   // the file, read once by the worker
    QStringList m_header; // empty until read
    bool m_guess = false; // the next reading guesses the columns
    ResponseColumns m_columns;
    ScaleRange m_scale;
    bool m_skipBadRows = false;
    ResponseTable m_table;
    bool m_loaded = false; // m_table is a reading of the current choices
    QString m_refusal; // why the workspace would refuse the reading (another scale), if it would
    ResponsePreviewModel m_preview;
    BadResponseModel m_badRows;
    QThread *m_thread = nullptr;
    bool m_again = false;  // choices changed while the worker read: read once more
    int m_fileGeneration = 0; // which load() a worker's answer belongs to
    int m_generation = 0;     // which choices it belongs to
    QString m_errorMessage;
};

} // namespace cx
