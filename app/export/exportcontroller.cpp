// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcontroller.h"

#include "document/document.h"
#include "io/imageexport.h"
#include "io/pdfexport.h"

#include <QDir>
#include <QFileInfo>
#include <QThread>
#include <QUrl>
#include <cmath>

namespace cx {

namespace {

constexpr int previewWidth = 640;

QString localPath(const QString &target)
{
    const QUrl url(target);
    return url.isLocalFile() ? url.toLocalFile() : target;
}

} // namespace

ExportController::ExportController(QObject *parent) : QObject(parent)
{
    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(150);
    connect(&m_previewTimer, &QTimer::timeout, this, &ExportController::updatePreview);
    connect(this, &ExportController::optionsChanged, &m_previewTimer, qOverload<>(&QTimer::start));
}

ExportController::~ExportController()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
    }
}

void ExportController::setWorkspace(WorkspaceController *workspace)
{
    if (m_workspace == workspace)
        return;
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (workspace) {
        connect(workspace, &WorkspaceController::workspaceChanged, this, &ExportController::workspaceChanged);
        connect(workspace, &WorkspaceController::contentChanged, &m_previewTimer, qOverload<>(&QTimer::start));
        connect(workspace, &WorkspaceController::workspaceChanged, &m_previewTimer, qOverload<>(&QTimer::start));
    }
    Q_EMIT workspaceChanged();
    if (workspace && m_title.isEmpty()) {
        m_title = workspace->title();
        Q_EMIT optionsChanged();
    }
    m_previewTimer.start();
}

QVariantList ExportController::journeys() const
{
    QVariantList result;
    if (!m_workspace || !m_workspace->document())
        return result;
    QList<Journey> list = m_workspace->document()->workspace().journeys.values();
    std::sort(list.begin(), list.end(), [](const Journey &a, const Journey &b) { return a.title.localeAwareCompare(b.title) < 0; });
    for (const Journey &j : list)
        result.append(QVariantMap{{QStringLiteral("uid"), uidText(j.uid)}, {QStringLiteral("title"), j.title}});
    return result;
}

// The options as the exporters take them.
struct ExportController::Job {
    QString format;
    PdfOptions pdf;
    ImageOptions image;

    static Job from(const ExportController &c)
    {
        Job job;
        job.format = c.m_format.toLower();
        job.pdf.title = c.m_title;
        job.pdf.author = c.m_author;
        job.pdf.pageSize = c.m_pageSize;
        job.pdf.orientation = c.m_orientation;
        job.pdf.journeyLayout = c.m_tile ? QStringLiteral("tile") : QStringLiteral("fit");
        job.pdf.cover = c.m_cover;
        job.pdf.journeys = c.m_journeys;
        job.pdf.personas = c.m_personas;
        job.pdf.architecture = c.m_architecture;
        job.pdf.summary = c.m_summary;
        if (!c.m_journey.isEmpty())
            job.pdf.journeyIds = {uidFromText(c.m_journey)};
        job.image.view = c.m_view;
        job.image.journey = uidFromText(c.m_journey);
        job.image.dpi = c.m_dpi;
        return job;
    }
};

void ExportController::updatePreview()
{
    m_previewTimer.stop();
    m_preview = QImage();
    m_previewMessage.clear();
    m_pageCount = 0;
    if (m_workspace && m_workspace->document()) {
        const Workspace &workspace = m_workspace->document()->workspace();
        Job job = Job::from(*this);
        Result error;
        if (job.format == u"pdf") {
            m_preview = PdfExport::renderFirstPage(workspace, job.pdf, previewWidth, &error);
            m_pageCount = m_preview.isNull() ? 0 : PdfExport::pageCount(workspace, job.pdf);
        } else {
            const Result valid = ImageExport::validate(workspace, job.image);
            if (valid) {
                // The picture at the resolution that makes it about as wide as the preview.
                const QSizeF units = ImageExport::size(workspace, job.image);
                job.image.dpi = std::max(1, int(std::floor(96.0 * previewWidth / std::max(1.0, units.width()))));
                m_preview = ImageExport::render(workspace, job.image, &error);
                m_pageCount = 1;
            } else {
                error = valid;
            }
        }
        if (m_preview.isNull())
            m_previewMessage = error.message();
    }
    Q_EMIT previewChanged();
}

bool ExportController::exportTo(const QString &target)
{
    if (m_thread) {
        setError(tr("An export is already running."));
        return false;
    }
    if (!m_workspace || !m_workspace->document()) {
        setError(tr("Open a workspace to export it."));
        return false;
    }
    const QString path = localPath(target);
    if (path.isEmpty()) {
        setError(tr("Choose a file to export to."));
        return false;
    }
    const Job job = Job::from(*this);
    if (job.format != u"pdf" && job.format != u"svg" && job.format != u"png") {
        setError(tr("Unknown format “%1”: choose PDF, SVG or PNG.").arg(m_format));
        return false;
    }
    const Result valid = job.format == u"pdf" ? PdfExport::validate(m_workspace->document()->workspace(), job.pdf)
                                               : ImageExport::validate(m_workspace->document()->workspace(), job.image);
    if (!valid) {
        setError(valid.message());
        return false;
    }
    setError({});
    m_progress = 0;
    Q_EMIT progressChanged();
    m_cancel = std::make_shared<std::atomic<bool>>(false);

    // The worker draws from its own copy: the document may change while it runs.
    QPointer<ExportController> self(this);
    m_thread = QThread::create([self, job, path, workspace = m_workspace->document()->workspace(), cancel = m_cancel]() {
        auto report = [self](double progress) {
            QMetaObject::invokeMethod(self, [self, progress] {
                if (!self)
                    return;
                self->m_progress = progress;
                Q_EMIT self->progressChanged();
            }, Qt::QueuedConnection);
        };
        Result result;
        if (job.format == u"pdf") {
            result = PdfExport::write(workspace, job.pdf, path, [&](int done, int total) {
                report(double(done) / std::max(1, total));
                return !cancel->load();
            });
        } else if (job.format == u"svg") {
            result = ImageExport::writeSvg(workspace, job.image, path);
        } else {
            result = ImageExport::writePng(workspace, job.image, path);
        }
        report(1.0);
        QMetaObject::invokeMethod(self, [self, result, path] {
            if (self)
                self->finish(result, path);
        }, Qt::QueuedConnection);
    });
    m_thread->start();
    Q_EMIT busyChanged();
    return true;
}

void ExportController::finish(const Result &result, const QString &path)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    Q_EMIT busyChanged();
    if (!result) {
        setError(result.message());
        return;
    }
    Q_EMIT finished(path);
}

void ExportController::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

bool ExportController::waitForFinished(int milliseconds)
{
    QElapsedTimer timer;
    timer.start();
    while (m_thread && timer.elapsed() < milliseconds)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return m_thread == nullptr;
}

QUrl ExportController::suggestedFile() const
{
    QString base = QStringLiteral("export");
    QString folder = QDir::homePath();
    if (m_workspace && !m_workspace->path().isEmpty()) {
        const QFileInfo info(m_workspace->path());
        base = info.completeBaseName();
        folder = info.absolutePath();
    }
    return QUrl::fromLocalFile(QDir(folder).filePath(base + u'.' + m_format.toLower()));
}

void ExportController::setError(const QString &message)
{
    if (m_errorMessage == message)
        return;
    m_errorMessage = message;
    Q_EMIT errorMessageChanged();
}

} // namespace cx
