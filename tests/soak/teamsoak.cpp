// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The team soak (issue 15): several writer processes make random edits through Documents open
// on one team workspace at once, aimed at the same moments so that their edits collide, with
// each other's change sets arriving between their edits. At the end every writer's model must
// equal the server's, the server's state must keep every rule, and the change log must hold
// exactly the change sets the writers were told were saved.
//
// The test (this executable without --writer) prepares a database on the pgcluster fixture's
// server (CX_PG_ENV, under ctest) or on a server of its own (./dev teamsoak), then runs itself
// once per writer with --writer N. `./dev teamsoak` runs 8 writers × 500 edits; the suite runs
// 4 × 100. Each writer's edits follow from the seed (printed first), but how they interleave
// with the others' does not, so a seed repeats a run only as far as timing allows.
#include "pgtestserver.h"
#include "samples.h"
#include "soakcheck.h"
#include "teamwriter.h"
#include "document/document.h"
#include "server/serverconnection.h"
#include "server/serverschema.h"
#include "server/serverstore.h"
#include "server/workspacetransfer.h"

#include <QCommandLineParser>
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
#include <cstdio>

using namespace cx;
using namespace cx::soak;

namespace {

const QString workspaceName = QStringLiteral("soak");
const char passwordVariable[] = "CX_TEAMSOAK_PASSWORD";

void say(const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stdout);
    std::fflush(stdout);
}

// Runs the event loop for ms: others' change sets arrive, presence beats.
void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

std::optional<ServerUrl> parseUrl(const QString &text)
{
    Result error;
    auto url = ServerUrl::parse(text, &error);
    if (!url)
        say(QStringLiteral("teamsoak: bad URL %1: %2").arg(text, error.message()));
    return url;
}

// A resynchronisation means a window's memory no longer matched the log and it reread the
// workspace (ServerStore::resync). It ends in the right state, so the soak counts and prints
// them rather than failing: a window applies its own change set before the others' that the
// server ordered first, and an edit undone elsewhere in between (A → B → A) then fails the
// before-check of the catch-up (the warning is the only trace it leaves).
int g_resyncs = 0;
QtMessageHandler g_previousHandler = nullptr;

void countResyncs(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.contains(QLatin1String("resynchronising")))
        ++g_resyncs;
    g_previousHandler(type, context, message);
}

qint64 serverSeq(ServerStore &store)
{
    QSqlQuery q = store.connection().query();
    if (!store.connection().run(q, QStringLiteral("SELECT seq FROM cxatlas.workspace WHERE id = ?"),
                                {uidText(store.workspaceId())}, "read the sequence")
        || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

int runWriter(int index, int writers, int edits, quint64 seed, const QString &urlText, const QString &shared, bool removals)
{
    g_previousHandler = qInstallMessageHandler(countResyncs);
    const QString password = qEnvironmentVariable(passwordVariable);
    const QString name = QStringLiteral("teamsoak writer %1").arg(index);
    const auto url = parseUrl(urlText);
    if (!url)
        return 1;
    QList<Uid> hot;
    {
        QFile file(QDir(shared).filePath(QStringLiteral("hot")));
        if (!file.open(QIODevice::ReadOnly)) {
            say(QStringLiteral("%1: cannot read %2").arg(name, file.fileName()));
            return 1;
        }
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (!line.isEmpty())
                hot.append(uidFromText(QString::fromLatin1(line)));
        }
    }
    Result error;
    auto store = ServerStore::connect(*url, password, &error);
    std::unique_ptr<Document> document;
    if (store) {
        store->setRetryDelay(100);
        document = Document::open(std::move(store), &error);
    }
    if (!document) {
        say(QStringLiteral("%1: cannot open the workspace: %2").arg(name, error.message()));
        return 1;
    }
    auto &server = static_cast<ServerStore &>(document->store());
    // Not the seed itself: that made the starting workspace's ids.
    TeamWriter writer(*document, seed * 6364136223846793005ull + 1442695040888963407ull * quint64(index + 1), hot, removals);
    SoakRandom pause(seed ^ (0x5EEDull << 20) ^ quint64(index));

    // Given everyone editing at once,
    QElapsedTimer timer;
    timer.start();
    for (int step = 1; step <= edits; ++step) {
        if (!server.isOnline()) {
            say(QStringLiteral("%1: FAILED at edit %2: the store went offline").arg(name).arg(step));
            return 1;
        }
        if (const Result r = writer.step(); !r) {
            // One arg() call: the messages hold the soak's "%1" titles.
            say(QStringLiteral("%1: FAILED at edit %2 (%3): %4 (seed %5)")
                    .arg(name, QString::number(step), writer.lastAction(), r.message(), QString::number(seed)));
            return 1;
        }
        // Between edits the others' change sets arrive; now and then a pause as people make.
        QCoreApplication::processEvents();
        if (pause.chance(20))
            wait(pause.between(1, 5));
        QCoreApplication::processEvents();
    }
    const double editingSeconds = double(timer.elapsed()) / 1000.0;

    // when every writer is done (a file each in the shared folder),
    QFile done(QDir(shared).filePath(QStringLiteral("done.%1").arg(index)));
    if (!done.open(QIODevice::WriteOnly)) {
        say(QStringLiteral("%1: cannot write %2").arg(name, done.fileName()));
        return 1;
    }
    done.close();
    const QDeadlineTimer everyone(300'000);
    while (QDir(shared).entryList({QStringLiteral("done.*")}, QDir::Files).size() < writers) {
        if (everyone.hasExpired()) {
            say(QStringLiteral("%1: the other writers did not finish within 5 minutes").arg(name));
            return 1;
        }
        wait(20);
    }

    // and this window has read the whole log,
    const QDeadlineTimer caughtUp(30'000);
    qint64 seq = -1;
    for (;;) {
        if (Result r = server.catchUp(); !r) {
            say(QStringLiteral("%1: catching up failed: %2").arg(name, r.message()));
            return 1;
        }
        seq = serverSeq(server);
        if (seq >= 0 && server.lastSeq() == seq)
            break;
        if (caughtUp.hasExpired()) {
            say(QStringLiteral("%1: still at change %2 of %3 after 30 s").arg(name).arg(server.lastSeq()).arg(seq));
            return 1;
        }
        wait(20);
    }

    // then its model equals the server's.
    auto snapshot = ServerStore::connect(*url, password, &error, ServerStore::Mode::Snapshot);
    Workspace fresh;
    if (!snapshot || !(error = snapshot->load(fresh))) {
        say(QStringLiteral("%1: cannot read the server's state: %2").arg(name, error.message()));
        return 1;
    }
    const bool equal = document->workspace() == fresh;
    say(QStringLiteral("%1: %2 edits in %3 s: %4 change sets saved, %5 conflicts, %6 resynchronisations, "
                       "caught up to change %7; model %8 the server's\n%9")
            .arg(name).arg(edits).arg(editingSeconds, 0, 'f', 1).arg(writer.saved()).arg(writer.conflicts())
            .arg(g_resyncs).arg(seq).arg(equal ? QStringLiteral("equals") : QStringLiteral("DIFFERS from"))
            .arg(writer.tally()));
    // The parent adds these up against the change log.
    say(QStringLiteral("teamsoak-result %1 saved=%2 conflicts=%3 resyncs=%4")
            .arg(index).arg(writer.saved()).arg(writer.conflicts()).arg(g_resyncs));
    if (!equal) {
        say(QStringLiteral("%1: FAILED: the model differs from the server's:\n%2")
                .arg(name, test::difference(document->workspace(), fresh)));
        return 1;
    }
    return 0;
}

struct Prepared {
    QString database;
    QString owner;
    QStringList editors;
};

bool prepare(test::PgTestServer &server, const QString &password, int writers, quint64 seed, int moments,
             const QString &shared, Prepared *out)
{
    out->database = server.createDatabase(QStringLiteral("teamsoak"));
    out->owner = server.createLogin(QStringLiteral("owner"), password);
    if (out->database.isEmpty() || out->owner.isEmpty()) {
        say(QStringLiteral("teamsoak: cannot prepare the server: %1").arg(server.errorString()));
        return false;
    }
    for (int i = 0; i < writers; ++i) {
        out->editors.append(server.createLogin(QStringLiteral("editor%1").arg(i), password));
        if (out->editors.constLast().isEmpty()) {
            say(QStringLiteral("teamsoak: cannot create a login: %1").arg(server.errorString()));
            return false;
        }
    }
    const auto adminUrl = parseUrl(server.urlFor(out->database, server.adminUser()));
    if (!adminUrl)
        return false;
    ServerConnection admin(*adminUrl, server.adminPassword());
    int applied = 0;
    Result r = admin.open();
    if (r)
        r = ServerSchema::migrate(admin, &applied);
    const QStringList everyone = QStringList(out->editors) << out->owner;
    for (const QString &who : everyone) {
        if (r)
            r = admin.exec(QStringLiteral("GRANT cxatlas_user TO \"%1\"").arg(who), "grant");
    }
    Workspace start;
    QList<Uid> hot;
    if (r)
        r = TeamWriter::initialWorkspace(seed, moments, shared, &start, &hot);
    const auto ownerUrl = parseUrl(server.urlFor(out->database, out->owner));
    if (!ownerUrl)
        return false;
    ServerConnection owner(*ownerUrl, password);
    if (r)
        r = owner.open();
    if (r)
        r = WorkspaceTransfer::push(start, owner, workspaceName);
    QSqlQuery q = owner.query();
    for (const QString &editor : std::as_const(out->editors)) {
        if (r)
            r = owner.run(q, QStringLiteral("INSERT INTO cxatlas.member (workspace, role_name, access) "
                                            "SELECT id, ?, 'editor' FROM cxatlas.workspace WHERE name = ?"),
                          {editor, workspaceName}, "add a member");
    }
    if (!r) {
        say(QStringLiteral("teamsoak: cannot prepare the workspace: %1").arg(r.message()));
        return false;
    }
    QFile file(QDir(shared).filePath(QStringLiteral("hot")));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    for (const Uid &uid : std::as_const(hot))
        file.write(uidText(uid).toLatin1() + '\n');
    say(QStringLiteral("teamsoak: workspace of %1 records and %2 links pushed; %3 moments shared by every writer")
            .arg(start.nodeCount()).arg(start.links.size()).arg(hot.size()));
    return true;
}

int runTest(int writers, int edits, quint64 seed, int moments, bool removals)
{
    const QString again = removals ? QString() : QStringLiteral(" --no-removals");
    say(QStringLiteral("teamsoak: seed %1, %2 writers × %3 edits (repeat with: teamsoak --seed %1 --writers %2 --edits %3%4)")
            .arg(seed).arg(writers).arg(edits).arg(again));
    QString why;
    std::optional<test::PgTestServer> server = qEnvironmentVariableIsSet("CX_PG_ENV")
        ? test::PgTestServer::fromEnvironment(&why)
        : test::PgTestServer::startPrivate(&why);
    if (!server) {
        say(QStringLiteral("teamsoak: no PostgreSQL server: %1").arg(why));
        return 1;
    }
    const QString password = QStringLiteral("soak-%1").arg(QRandomGenerator::system()->generate());
    QTemporaryDir shared;
    Prepared prepared;
    if (!prepare(*server, password, writers, seed, moments, shared.path(), &prepared))
        return 1;

    // When every writer edits at once…
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(passwordVariable), password);
    QList<QProcess *> children;
    QMap<int, QString> results;
    int running = writers;
    QEventLoop allDone;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < writers; ++i) {
        auto *child = new QProcess(qApp);
        child->setProcessEnvironment(environment);
        child->setProcessChannelMode(QProcess::MergedChannels);
        QObject::connect(child, &QProcess::readyReadStandardOutput, child, [child, i, &results] {
            while (child->canReadLine()) {
                const QString line = QString::fromUtf8(child->readLine()).trimmed();
                if (line.startsWith(QLatin1String("teamsoak-result ")))
                    results.insert(i, line);
                else if (!line.isEmpty())
                    say(QStringLiteral("[w%1] %2").arg(i).arg(line));
            }
        });
        QObject::connect(child, &QProcess::finished, &allDone, [&, i](int code, QProcess::ExitStatus status) {
            // A writer that failed never reaches the others' barrier: stop them too.
            if (code != 0 || status != QProcess::NormalExit) {
                say(QStringLiteral("teamsoak: writer %1 failed; stopping the others").arg(i));
                for (QProcess *other : std::as_const(children))
                    other->kill();
            }
            if (--running == 0)
                allDone.quit();
        });
        QStringList arguments{QStringLiteral("--writer"), QString::number(i), QStringLiteral("--writers"), QString::number(writers),
                              QStringLiteral("--edits"), QString::number(edits), QStringLiteral("--seed"), QString::number(seed),
                              QStringLiteral("--url"), server->urlFor(prepared.database, prepared.editors.at(i), workspaceName),
                              QStringLiteral("--shared"), shared.path()};
        if (!removals)
            arguments.append(QStringLiteral("--no-removals"));
        child->start(QCoreApplication::applicationFilePath(), arguments);
        children.append(child);
    }
    QTimer::singleShot(600'000, &allDone, &QEventLoop::quit);
    if (running > 0)
        allDone.exec();
    const double seconds = double(timer.elapsed()) / 1000.0;
    bool ok = true;
    int saved = 0, conflicts = 0, resyncs = 0;
    static const QRegularExpression pattern(QStringLiteral("saved=(\\d+) conflicts=(\\d+) resyncs=(\\d+)"));
    for (int i = 0; i < writers; ++i) {
        QProcess *child = children.at(i);
        if (child->state() != QProcess::NotRunning) {
            say(QStringLiteral("teamsoak: writer %1 did not finish in 10 minutes").arg(i));
            child->kill();
            child->waitForFinished();
            ok = false;
        } else if (child->exitStatus() != QProcess::NormalExit || child->exitCode() != 0) {
            say(QStringLiteral("teamsoak: writer %1 failed (exit %2)").arg(i).arg(child->exitCode()));
            ok = false;
        }
        const QRegularExpressionMatch m = pattern.match(results.value(i));
        saved += m.captured(1).toInt();
        conflicts += m.captured(2).toInt();
        resyncs += m.captured(3).toInt();
    }

    // …the server holds exactly the change sets the writers were told were saved,
    const auto ownerUrl = parseUrl(server->urlFor(prepared.database, prepared.owner, workspaceName));
    if (!ownerUrl)
        return 1;
    ServerConnection owner(*ownerUrl, password);
    qint64 rows = -1, seq = -1;
    if (owner.open()) {
        QSqlQuery q = owner.query();
        if (owner.run(q, QStringLiteral("SELECT (SELECT count(*) FROM cxatlas.change c WHERE c.workspace = w.id), w.seq "
                                        "FROM cxatlas.workspace w WHERE w.name = ?"),
                      {workspaceName}, "count the change log") && q.next()) {
            rows = q.value(0).toLongLong();
            seq = q.value(1).toLongLong();
        }
    }
    say(QStringLiteral("teamsoak: %1 edits in %2 s (%3 edits/s): %4 change sets saved, %5 conflicts, %6 "
                       "resynchronisations; the change log has %7 rows, the workspace is at change %8")
            .arg(writers * edits).arg(seconds, 0, 'f', 1).arg(double(writers * edits) / seconds, 0, 'f', 0)
            .arg(saved).arg(conflicts).arg(resyncs).arg(rows).arg(seq));
    if (!ok) {
        say(QStringLiteral("teamsoak: the change log was not compared: a writer failed"));
    } else if (rows != saved || seq != rows) {
        say(QStringLiteral("teamsoak: FAILED: %1 change sets were reported saved but the log has %2 rows (seq %3)")
                .arg(saved).arg(rows).arg(seq));
        ok = false;
    }

    // and its state keeps every rule: a pull checks each record and link as an import does,
    // and the cells' numbering is whole.
    Workspace pulled;
    const Result pull = WorkspaceTransfer::pull(*ownerUrl, password, QDir(shared.path()).filePath(QStringLiteral("pulled.cxatlas")),
                                                true, &pulled);
    if (!pull) {
        say(QStringLiteral("teamsoak: FAILED: the server's state cannot be pulled: %1").arg(pull.message()));
        ok = false;
    } else if (const Result formed = SoakCheck::modelIsWellFormed(pulled); !formed) {
        say(QStringLiteral("teamsoak: FAILED: the server's state breaks the model's promises: %1").arg(formed.message()));
        ok = false;
    } else {
        say(QStringLiteral("teamsoak: the server's state (%1 records, %2 links) pulls and keeps every rule")
                .arg(pulled.nodeCount()).arg(pulled.links.size()));
    }
    say(ok ? QStringLiteral("teamsoak: passed (seed %1)").arg(seed)
           : QStringLiteral("teamsoak: FAILED (seed %1)").arg(seed));
    return ok ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Several writers editing one team workspace at once."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("writers"), QStringLiteral("How many writer processes (default 8)."), QStringLiteral("N")},
        {QStringLiteral("edits"), QStringLiteral("Edits per writer (default 500)."), QStringLiteral("M")},
        {QStringLiteral("seed"), QStringLiteral("The seed of every writer's choices (default: a new one, printed)."), QStringLiteral("S")},
        {QStringLiteral("moments"), QStringLiteral("Moments in the starting workspace (default 50)."), QStringLiteral("K")},
        {QStringLiteral("no-removals"), QStringLiteral("Writers remove no records (undo still may): leaves out the "
                                                       "references-to-removed-records race the server does not yet check.")},
        {QStringLiteral("writer"), QStringLiteral("Internal: run as writer I."), QStringLiteral("I")},
        {QStringLiteral("url"), QStringLiteral("Internal: the writer's workspace URL."), QStringLiteral("URL")},
        {QStringLiteral("shared"), QStringLiteral("Internal: the folder writers share."), QStringLiteral("DIR")},
    });
    parser.process(app);
    auto number = [&](const QString &option, qulonglong fallback) -> std::optional<qulonglong> {
        if (!parser.isSet(option))
            return fallback;
        bool valid = false;
        const qulonglong value = parser.value(option).toULongLong(&valid);
        if (!valid || (value == 0 && option != u"writer")) {
            std::fprintf(stderr, "teamsoak: --%s needs a positive whole number, not “%s”\n", qPrintable(option),
                         qPrintable(parser.value(option)));
            return std::nullopt;
        }
        return value;
    };
    const auto writers = number(QStringLiteral("writers"), 8);
    const auto edits = number(QStringLiteral("edits"), 500);
    const auto seed = number(QStringLiteral("seed"), 1 + QRandomGenerator::system()->bounded(999999999u));
    const auto moments = number(QStringLiteral("moments"), 50);
    const auto writer = number(QStringLiteral("writer"), 0);
    if (!writers || !edits || !seed || !moments || !writer)
        return 2;
    if (parser.isSet(QStringLiteral("writer")))
        return runWriter(int(*writer), int(*writers), int(*edits), *seed, parser.value(QStringLiteral("url")),
                         parser.value(QStringLiteral("shared")), !parser.isSet(QStringLiteral("no-removals")));
    return runTest(int(*writers), int(*edits), *seed, int(*moments), !parser.isSet(QStringLiteral("no-removals")));
}
