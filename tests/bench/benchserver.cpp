// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// bench_server: team workspaces (issue 15) on a PostgreSQL 15 server of the benchmark's own
// (tests/support/pgcluster in a temporary folder, Unix socket), against the same operations on a
// local .cxatlas file in the same run: opening a 10k-moment workspace, one committed edit, the
// time until a second window shows an edit (target ≤ 50 ms on loopback), and edits per second
// with 8 writer processes against 1. Prints figures and ratios; never fails on a timing.
//
//   bench_server [--quick] [--edits N]
//     --quick    1k moments instead of 10k, fewer edits
//     --edits N  edits timed for the commit and visibility figures (default 200)
//
// Internal: bench_server --writer I --url URL --edits N --shared DIR runs one throughput writer.

#include "benchreport.h"
#include "syntheticworkspace.h"

#include "pgtestserver.h"
#include "document/document.h"
#include "server/serverconnection.h"
#include "server/serverschema.h"
#include "server/serverstore.h"
#include "server/workspacetransfer.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <chrono>
#include <limits>
#include <cstdlib>

namespace cx::bench {
namespace {

const QString workspaceName = QStringLiteral("bench");
const char passwordVariable[] = "CX_BENCH_SERVER_PASSWORD";
constexpr double visibleTargetMs = 50;

[[noreturn]] void fail(const QString &what)
{
    say(QStringLiteral("bench_server: %1").arg(what));
    std::exit(2);
}

qint64 monotonicNs()
{
    // CLOCK_MONOTONIC: the same clock in every process of the machine.
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

ServerUrl parseUrl(const QString &text)
{
    Result error;
    const auto url = ServerUrl::parse(text, &error);
    if (!url)
        fail(QStringLiteral("bad URL %1: %2").arg(text, error.message()));
    return *url;
}

std::unique_ptr<Document> openServer(const QString &url, const QString &password)
{
    Result error;
    auto store = ServerStore::connect(parseUrl(url), password, &error);
    std::unique_ptr<Document> document;
    if (store)
        document = Document::open(std::move(store), &error);
    if (!document)
        fail(QStringLiteral("cannot open %1: %2").arg(url, error.message()));
    return document;
}

std::unique_ptr<Document> openFile(const QString &path)
{
    Result error;
    auto document = Document::open(path, OpenMode::ReadWrite, &error);
    if (!document)
        fail(QStringLiteral("cannot open %1: %2").arg(path, error.message()));
    return document;
}

struct Setup {
    std::optional<test::PgTestServer> server;
    QString database;
    QString alice, bob;
    QStringList writers;
    QString password;
    QString file;
    QList<Uid> moments; // in the generator's order

    QString urlOf(const QString &user) const { return server->urlFor(database, user, workspaceName); }
};

// One figure in the table: CX Atlas on the server against the baseline named in its note.
void add(Report &report, Figure::Section section, const QString &name, double serverMs, double baselineMs,
         const QString &note, const QString &target = {}, std::optional<bool> pass = std::nullopt)
{
    Figure f;
    f.section = section;
    f.name = name;
    f.cxMs = serverMs;
    f.rawMs = baselineMs;
    f.note = note;
    f.target = target;
    f.pass = pass;
    report.add(f);
}

void benchOpen(Report &report, const Setup &s, int runs)
{
    Samples server, file;
    QElapsedTimer timer;
    const qsizetype expected = s.moments.size();
    for (int run = -1; run < runs; ++run) {
        timer.start();
        auto fromServer = openServer(s.urlOf(s.alice), s.password);
        const qint64 serverNs = timer.nsecsElapsed();
        timer.start();
        auto fromFile = openFile(s.file);
        const qint64 fileNs = timer.nsecsElapsed();
        if (fromServer->workspace().moments.size() != expected || fromFile->workspace().moments.size() != expected)
            fail(QStringLiteral("opened %1 and %2 moments, expected %3")
                     .arg(fromServer->workspace().moments.size()).arg(fromFile->workspace().moments.size()).arg(expected));
        if (run == -1 && !(fromServer->workspace() == fromFile->workspace()))
            fail(QStringLiteral("the server's workspace differs from the file's"));
        if (run >= 0) {
            server.add(serverNs);
            file.add(fileNs);
        }
    }
    add(report, Figure::Open, QStringLiteral("open %1 moments, median of %2").arg(expected).arg(runs),
        server.medianMs(), file.medianMs(),
        QStringLiteral("a window's open (connect, check the schema, one snapshot of every record, LISTEN, "
                       "presence) against Document::open of the same workspace in a file"));
}

// Each edit a new title for a moment; between edits the event loop runs (the window's own
// notification comes back and is skipped), untimed.
Samples timeEdits(Document &document, const QList<Uid> &targets, const QString &prefix)
{
    Samples samples;
    QElapsedTimer timer;
    constexpr int warmup = 10;
    for (qsizetype i = 0; i < targets.size(); ++i) {
        Moment m = document.workspace().moments.value(targets[i]);
        m.title = QStringLiteral("%1 %2").arg(prefix).arg(i);
        timer.start();
        const Result r = document.update(m);
        const qint64 ns = timer.nsecsElapsed();
        if (!r)
            fail(QStringLiteral("edit failed: %1").arg(r.message()));
        if (i >= warmup)
            samples.add(ns);
        QCoreApplication::processEvents();
    }
    return samples;
}

Samples benchEdit(Report &report, const Setup &s, int edits)
{
    QList<Uid> targets;
    for (int i = 0; i < edits + 10; ++i)
        targets.append(s.moments[(qsizetype(i) * 7919) % s.moments.size()]);
    auto server = openServer(s.urlOf(s.alice), s.password);
    const Samples onServer = timeEdits(*server, targets, QStringLiteral("Server title"));
    server.reset();
    auto file = openFile(s.file);
    const Samples onFile = timeEdits(*file, targets, QStringLiteral("File title"));
    const QString note = QStringLiteral("Document::update of a moment's title until it returns saved: on the server one "
                                        "transaction (lock the workspace row, check the before, write, log, NOTIFY); "
                                        "against the same on the file (one SQLite transaction, full sync)");
    add(report, Figure::Edit, QStringLiteral("one committed edit, median of %1").arg(edits),
        onServer.medianMs(), onFile.medianMs(), note);
    add(report, Figure::Edit, QStringLiteral("one committed edit, p95 of %1").arg(edits),
        onServer.percentileMs(95), onFile.percentileMs(95), {});
    return onServer;
}

void benchVisible(Report &report, const Setup &s, int edits, const Samples &commits)
{
    auto alice = openServer(s.urlOf(s.alice), s.password);
    auto bob = openServer(s.urlOf(s.bob), s.password);
    Samples visible;
    QElapsedTimer timer;
    constexpr int warmup = 10;
    for (int i = 0; i < edits + warmup; ++i) {
        const Uid uid = s.moments[(qsizetype(i) * 104729 + 17) % s.moments.size()];
        Moment m = alice->workspace().moments.value(uid);
        m.title = QStringLiteral("Seen by Bob %1").arg(i);
        QEventLoop loop;
        qint64 seenNs = -1;
        const auto connection = QObject::connect(bob.get(), &Document::nodeChanged, &loop,
                                                 [&](const Uid &changed) {
                                                     if (changed == uid) {
                                                         seenNs = timer.nsecsElapsed();
                                                         loop.quit();
                                                     }
                                                 });
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        timer.start();
        if (const Result r = alice->update(m); !r)
            fail(QStringLiteral("edit failed: %1").arg(r.message()));
        if (seenNs < 0)
            loop.exec();
        QObject::disconnect(connection);
        if (seenNs < 0)
            fail(QStringLiteral("Bob did not see edit %1 within 5 s").arg(i));
        if (i >= warmup)
            visible.add(seenNs);
        QCoreApplication::processEvents();
    }
    const double median = visible.medianMs(), p95 = visible.percentileMs(95);
    const QString target = QStringLiteral("<= %1 ms").arg(visibleTargetMs);
    const QString note = QStringLiteral("from Alice's update() call to Bob's Document::nodeChanged, both windows in "
                                        "this process on one event loop (Alice's own notification is read too); "
                                        "against the committed edit alone (the first figure of this table's Edit rows)");
    add(report, Figure::Other, QStringLiteral("second window shows the edit, median of %1").arg(edits),
        median, commits.medianMs(), note, target, median <= visibleTargetMs);
    add(report, Figure::Other, QStringLiteral("second window shows the edit, p95 of %1").arg(edits),
        p95, commits.percentileMs(95), {}, target, p95 <= visibleTargetMs);
}

struct Throughput {
    int edits = 0;
    int conflicts = 0;
    double seconds = 0;
    double perSecond() const { return seconds > 0 ? double(edits) / seconds : 0; }
};

// writers processes, each a window with its own connection that edits its own moments as
// fast as it can (reading the others' change sets between edits), all started at once.
Throughput runWriters(const Setup &s, int writers, int edits)
{
    QTemporaryDir shared;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(passwordVariable), s.password);
    QList<QProcess *> children;
    for (int i = 0; i < writers; ++i) {
        auto *child = new QProcess;
        child->setProcessEnvironment(environment);
        child->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child->start(QCoreApplication::applicationFilePath(),
                     {QStringLiteral("--writer"), QString::number(i), QStringLiteral("--writers"), QString::number(writers),
                      QStringLiteral("--edits"), QString::number(edits), QStringLiteral("--url"), s.urlOf(s.writers.at(i)),
                      QStringLiteral("--shared"), shared.path()});
        children.append(child);
    }
    // Every window open before any edit starts.
    const QDeadlineTimer ready(300'000);
    while (QDir(shared.path()).entryList({QStringLiteral("ready.*")}, QDir::Files).size() < writers) {
        if (ready.hasExpired())
            fail(QStringLiteral("the writers did not open the workspace within 5 minutes"));
        wait(20);
    }
    QFile go(QDir(shared.path()).filePath(QStringLiteral("go")));
    if (!go.open(QIODevice::WriteOnly))
        fail(QStringLiteral("cannot write %1").arg(go.fileName()));
    go.close();
    Throughput t;
    qint64 first = std::numeric_limits<qint64>::max(), last = 0;
    static const QRegularExpression pattern(QStringLiteral("bench-writer (\\d+) (\\d+) (\\d+) (\\d+)"));
    for (QProcess *child : std::as_const(children)) {
        if (!child->waitForFinished(600'000) || child->exitCode() != 0)
            fail(QStringLiteral("a throughput writer failed: %1").arg(QString::fromUtf8(child->readAll())));
        const QRegularExpressionMatch m = pattern.match(QString::fromUtf8(child->readAllStandardOutput()));
        if (!m.hasMatch())
            fail(QStringLiteral("a throughput writer reported nothing"));
        first = std::min(first, m.captured(1).toLongLong());
        last = std::max(last, m.captured(2).toLongLong());
        t.edits += m.captured(3).toInt();
        t.conflicts += m.captured(4).toInt();
        delete child;
    }
    t.seconds = double(last - first) / 1e9;
    return t;
}

void benchThroughput(Report &report, const Setup &s, int edits, const Samples &fileCommits)
{
    const Throughput one = runWriters(s, 1, edits);
    const Throughput eight = runWriters(s, 8, edits);
    say(QStringLiteral("  throughput: 1 writer %1 edits in %2 s; 8 writers %3 edits in %4 s (%5 conflicts)")
            .arg(one.edits).arg(one.seconds, 0, 'f', 2).arg(eight.edits).arg(eight.seconds, 0, 'f', 2).arg(eight.conflicts));
    add(report, Figure::Other, QStringLiteral("8 writers: time per edit, all writers together"),
        1000.0 / eight.perSecond(), 1000.0 / one.perSecond(),
        QStringLiteral("%1 edits/s with 8 writer processes against %2 edits/s with 1 (the baseline); one writer on "
                       "the file managed %3 edits/s")
            .arg(eight.perSecond(), 0, 'f', 0).arg(one.perSecond(), 0, 'f', 0)
            .arg(1000.0 / fileCommits.medianMs(), 0, 'f', 0));
}

int runWriter(int index, int writers, int edits, const QString &url, const QString &shared)
{
    const QString password = qEnvironmentVariable(passwordVariable);
    auto document = openServer(url, password);
    // Its own moments: every writers-th one from index, so writers never touch each other's.
    QList<Uid> mine;
    QList<Uid> all = document->workspace().moments.keys();
    std::sort(all.begin(), all.end(), [](const Uid &a, const Uid &b) { return uidText(a) < uidText(b); });
    for (qsizetype i = index; i < all.size() && mine.size() < edits; i += writers)
        mine.append(all[i]);
    QFile ready(QDir(shared).filePath(QStringLiteral("ready.%1").arg(index)));
    if (!ready.open(QIODevice::WriteOnly))
        return 1;
    ready.close();
    while (!QFile::exists(QDir(shared).filePath(QStringLiteral("go"))))
        wait(5);
    int saved = 0, conflicts = 0;
    const qint64 start = monotonicNs();
    for (int i = 0; i < edits; ++i) {
        Moment m = document->workspace().moments.value(mine[i % mine.size()]);
        m.title = QStringLiteral("Writer %1 edit %2").arg(index).arg(i);
        const Result r = document->update(m);
        if (r)
            ++saved;
        else if (r.code() == ErrorCode::Conflict)
            ++conflicts;
        else
            fail(QStringLiteral("writer %1: %2").arg(index).arg(r.message()));
        QCoreApplication::processEvents();
    }
    const qint64 end = monotonicNs();
    say(QStringLiteral("bench-writer %1 %2 %3 %4").arg(start).arg(end).arg(saved).arg(conflicts));
    return 0;
}

Setup prepare(int moments)
{
    Setup s;
    QString why;
    QElapsedTimer timer;
    timer.start();
    // Durable commits, as the file's (synchronous=FULL); the tests' servers run without fsync.
    qputenv("CX_PG_FSYNC", "on");
    s.server = test::PgTestServer::startPrivate(&why);
    if (!s.server)
        fail(QStringLiteral("cannot start a PostgreSQL server: %1").arg(why));
    say(QStringLiteral("  PostgreSQL started in %1 (socket %2, fsync on)").arg(formatMs(double(timer.nsecsElapsed()) / 1e6), s.server->socketDir()));
    s.password = QStringLiteral("bench-%1").arg(QRandomGenerator::system()->generate());
    s.database = s.server->createDatabase(QStringLiteral("bench"));
    s.alice = s.server->createLogin(QStringLiteral("alice"), s.password);
    s.bob = s.server->createLogin(QStringLiteral("bob"), s.password);
    for (int i = 0; i < 8; ++i)
        s.writers.append(s.server->createLogin(QStringLiteral("writer%1").arg(i), s.password));
    if (s.database.isEmpty() || s.alice.isEmpty() || s.bob.isEmpty() || s.writers.contains(QString()))
        fail(QStringLiteral("cannot prepare the server: %1").arg(s.server->errorString()));
    ServerConnection admin(parseUrl(s.server->urlFor(s.database, s.server->adminUser())), s.server->adminPassword());
    int applied = 0;
    Result r = admin.open();
    if (r)
        r = ServerSchema::migrate(admin, &applied);
    const QStringList everyone = QStringList(s.writers) << s.alice << s.bob;
    for (const QString &who : everyone) {
        if (r)
            r = admin.exec(QStringLiteral("GRANT cxatlas_user TO \"%1\"").arg(who), "grant");
    }
    if (!r)
        fail(QStringLiteral("cannot migrate: %1").arg(r.message()));

    SyntheticOptions shape;
    shape.moments = moments;
    const SyntheticWorkspace synthetic = SyntheticWorkspace::generate(shape);
    for (const Node &n : synthetic.moments)
        s.moments.append(uidOf(n));
    static QTemporaryDir folder;
    s.file = QDir(folder.path()).filePath(QStringLiteral("bench.cxatlas"));
    if (Result w = writeWorkspaceFile(s.file, synthetic.allNodes(), synthetic.allLinks()); !w)
        fail(QStringLiteral("cannot write %1: %2").arg(s.file, w.message()));
    // The file's own records, timestamps as the store keeps them: what the server gets.
    const Workspace workspace = openFile(s.file)->workspace();
    ServerConnection owner(parseUrl(s.server->urlFor(s.database, s.alice)), s.password);
    timer.start();
    r = owner.open();
    if (r)
        r = WorkspaceTransfer::push(workspace, owner, workspaceName);
    const double pushMs = double(timer.nsecsElapsed()) / 1e6;
    QSqlQuery q = owner.query();
    const QStringList members = QStringList(s.writers) << s.bob;
    for (const QString &who : members) {
        if (r)
            r = owner.run(q, QStringLiteral("INSERT INTO cxatlas.member (workspace, role_name, access) "
                                            "SELECT id, ?, 'editor' FROM cxatlas.workspace WHERE name = ?"),
                          {who, workspaceName}, "add a member");
    }
    if (!r)
        fail(QStringLiteral("cannot push the workspace: %1").arg(r.message()));
    say(QStringLiteral("  %1 records and %2 links pushed in %3")
            .arg(workspace.nodeCount()).arg(workspace.links.size()).arg(formatMs(pushMs)));
    return s;
}

int value(const QStringList &args, const QString &option, int fallback)
{
    const qsizetype i = args.indexOf(option);
    return i >= 0 && i + 1 < args.size() ? args[i + 1].toInt() : fallback;
}

QString text(const QStringList &args, const QString &option)
{
    const qsizetype i = args.indexOf(option);
    return i >= 0 && i + 1 < args.size() ? args[i + 1] : QString();
}

} // namespace
} // namespace cx::bench

int main(int argc, char **argv)
{
    using namespace cx::bench;
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.contains(QStringLiteral("--writer")))
        return runWriter(value(args, QStringLiteral("--writer"), 0), value(args, QStringLiteral("--writers"), 1),
                         value(args, QStringLiteral("--edits"), 100), text(args, QStringLiteral("--url")),
                         text(args, QStringLiteral("--shared")));
    const bool quick = args.contains(QStringLiteral("--quick"));
    const int moments = quick ? 1000 : 10000;
    const int edits = value(args, QStringLiteral("--edits"), quick ? 50 : 200);
    say(QStringLiteral("bench_server: Qt %1, PostgreSQL 15 on a Unix socket of this machine; %2 moments; "
                       "baseline: the same on a .cxatlas file unless noted")
            .arg(QString::fromLatin1(qVersion())).arg(moments));
    const Setup setup = prepare(moments);
    Report report(QStringLiteral("baseline"));
    benchOpen(report, setup, 5);
    const Samples commits = benchEdit(report, setup, edits);
    benchVisible(report, setup, edits, commits);
    Samples fileCommits;
    {
        // One writer on the file, for the throughput note.
        QList<cx::Uid> targets;
        for (int i = 0; i < 60; ++i)
            targets.append(setup.moments[i]);
        auto file = openFile(setup.file);
        fileCommits = timeEdits(*file, targets, QStringLiteral("Again"));
    }
    benchThroughput(report, setup, quick ? 50 : 150, fileCommits);
    report.print();
    return 0; // misses are shown in the table; ./dev bench goes on to the next benchmark
}
