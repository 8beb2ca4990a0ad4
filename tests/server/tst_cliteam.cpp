// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The team verbs as a user types them: server migrate, push, pull, server list, members,
// grant and revoke, and the read-only verbs on a server URL. The password comes from
// PGPASSWORD, as for every PostgreSQL tool.
#include "teamserver.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace cx;
using namespace cx::test;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run cxatlas(const QStringList &arguments, const QString &password)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("PGPASSWORD"), password);
    // No ~/.pgpass of the developer's may answer instead.
    env.insert(QStringLiteral("PGPASSFILE"), QStringLiteral("/nonexistent"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CX_BINARY), arguments);
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class CliTeamTest : public QObject
{
    Q_OBJECT

private:
    std::optional<TeamServer> m_team;
    QTemporaryDir m_dir;
    const QString alice = QStringLiteral("alice");
    const QString bob = QStringLiteral("bob");

    QString url(const QString &person, const QString &workspace = {}) const
    {
        return m_team->url(person, workspace).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        auto server = PgTestServer::fromEnvironment(&why);
        QVERIFY2(server, qPrintable(why));
        m_team = TeamServer::prepare(*server, {alice, bob}, &why);
        QVERIFY2(m_team, qPrintable(why));
    }

    void migrateAFreshDatabase()
    {
        const QString fresh = m_team->server().createDatabase(QStringLiteral("cli"));
        const QString admin = m_team->server().urlFor(fresh, m_team->server().adminUser());
        Run r = cxatlas({QStringLiteral("server"), QStringLiteral("migrate"), admin}, m_team->server().adminPassword());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Applied 1 migration")), qPrintable(r.out));
        r = cxatlas({QStringLiteral("server"), QStringLiteral("migrate"), admin}, m_team->server().adminPassword());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("up to date")), qPrintable(r.out));
        // A database nobody prepared says how to prepare it.
        const QString empty = m_team->server().createDatabase(QStringLiteral("empty"));
        r = cxatlas({QStringLiteral("server"), QStringLiteral("list"), m_team->server().urlFor(empty, m_team->server().adminUser())},
                    m_team->server().adminPassword());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("cxatlas server migrate")), qPrintable(r.err));
    }

    void pushPullAndExportAreLossless()
    {
        const QString example = QStringLiteral(CX_EXAMPLE);
        Run r = cxatlas({QStringLiteral("push"), example, url(alice), QStringLiteral("--name"), QStringLiteral("Bank onboarding 2026")},
                        TeamServer::password);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // The same name again is refused.
        r = cxatlas({QStringLiteral("push"), example, url(alice), QStringLiteral("--name"), QStringLiteral("Bank onboarding 2026")},
                    TeamServer::password);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("already has a workspace named")), qPrintable(r.err));

        const QString pulled = m_dir.filePath(QStringLiteral("pulled.cxatlas"));
        const QString remote = url(alice, QStringLiteral("Bank onboarding 2026"));
        r = cxatlas({QStringLiteral("pull"), remote, QStringLiteral("-o"), pulled}, TeamServer::password);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString a = m_dir.filePath(QStringLiteral("original.json"));
        const QString b = m_dir.filePath(QStringLiteral("pulled.json"));
        const QString c = m_dir.filePath(QStringLiteral("server.json"));
        QCOMPARE(cxatlas({QStringLiteral("export"), example, QStringLiteral("-f"), QStringLiteral("json"), QStringLiteral("-o"), a}, {}).exitCode, 0);
        QCOMPARE(cxatlas({QStringLiteral("export"), pulled, QStringLiteral("-f"), QStringLiteral("json"), QStringLiteral("-o"), b}, {}).exitCode, 0);
        r = cxatlas({QStringLiteral("export"), remote, QStringLiteral("-f"), QStringLiteral("json"), QStringLiteral("-o"), c}, TeamServer::password);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!bytesOf(a).isEmpty());
        QCOMPARE(bytesOf(b), bytesOf(a));
        QCOMPARE(bytesOf(c), bytesOf(a));
        r = cxatlas({QStringLiteral("info"), remote}, TeamServer::password);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Bank onboarding 2026")), qPrintable(r.out));
        // pull never overwrites without --replace.
        r = cxatlas({QStringLiteral("pull"), remote, QStringLiteral("-o"), pulled}, TeamServer::password);
        QCOMPARE(r.exitCode, 2);
    }

    void membersAreManagedByOwnersOnly()
    {
        const QString name = QStringLiteral("members");
        QVERIFY(m_team->push(samplesWorkspace(Samples()), alice, name));
        const QString remote = url(alice, name);
        Run r = cxatlas({QStringLiteral("server"), QStringLiteral("list"), url(alice)}, TeamServer::password);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(name + QStringLiteral("\towner")), qPrintable(r.out));
        // Bob is no member yet: he cannot see it.
        r = cxatlas({QStringLiteral("server"), QStringLiteral("list"), url(bob)}, TeamServer::password);
        QVERIFY2(!r.out.contains(name + u'\t'), qPrintable(r.out));
        r = cxatlas({QStringLiteral("info"), url(bob, name)}, TeamServer::password);
        QCOMPARE(r.exitCode, 2);

        r = cxatlas({QStringLiteral("server"), QStringLiteral("grant"), remote, m_team->login(bob), QStringLiteral("viewer")},
                    TeamServer::password);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cxatlas({QStringLiteral("server"), QStringLiteral("members"), remote}, TeamServer::password);
        QVERIFY2(r.out.contains(m_team->login(bob) + QStringLiteral("\tviewer")), qPrintable(r.out));
        QCOMPARE(cxatlas({QStringLiteral("info"), url(bob, name)}, TeamServer::password).exitCode, 0);
        // A viewer may not make itself an owner; the server refuses.
        r = cxatlas({QStringLiteral("server"), QStringLiteral("grant"), url(bob, name), m_team->login(bob), QStringLiteral("owner")},
                    TeamServer::password);
        QCOMPARE(r.exitCode, 2);
        r = cxatlas({QStringLiteral("server"), QStringLiteral("members"), remote}, TeamServer::password);
        QVERIFY2(r.out.contains(m_team->login(bob) + QStringLiteral("\tviewer")), qPrintable(r.out));
        r = cxatlas({QStringLiteral("server"), QStringLiteral("revoke"), remote, m_team->login(bob)}, TeamServer::password);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(cxatlas({QStringLiteral("info"), url(bob, name)}, TeamServer::password).exitCode, 2);
    }

    void badInputSaysWhatIsWrong()
    {
        Run r = cxatlas({QStringLiteral("pull"), QStringLiteral("postgresql://alice:secret@localhost/db/ws"), QStringLiteral("-o"),
                         m_dir.filePath(QStringLiteral("x.cxatlas"))}, {});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("contains a password")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("secret")), qPrintable(r.err));
        r = cxatlas({QStringLiteral("info"), url(alice, QStringLiteral("members"))}, QStringLiteral("wrong"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("did not accept the password")), qPrintable(r.err));
        r = cxatlas({QStringLiteral("info"), url(alice, QStringLiteral("no such workspace"))}, TeamServer::password);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("no such workspace")), qPrintable(r.err));
        r = cxatlas({QStringLiteral("server"), QStringLiteral("grant"), url(alice, QStringLiteral("members")), m_team->login(bob),
                     QStringLiteral("admin")}, TeamServer::password);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("viewer, editor or owner")), qPrintable(r.err));
        r = cxatlas({QStringLiteral("server"), QStringLiteral("frobnicate"), url(alice)}, TeamServer::password);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.cxatlas"))));
    }
};

QTEST_GUILESS_MAIN(CliTeamTest)
#include "tst_cliteam.moc"
