// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Mermaid journey diagrams: a corpus of our own (tests/data/mermaid) covering the grammar,
// the mapping of scores and actors, the round trip, and syntax errors by line.
#include "samples.h"

#include "io/mermaidjourney.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace cx;
using namespace cx::test;

namespace {

const QDateTime someTime = QDateTime::fromMSecsSinceEpoch(1767225600000, Qt::UTC);

QByteArray corpus(const QString &name)
{
    QFile f(QStringLiteral(CX_MERMAID_DIR "/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Workspace toWorkspace(const WorkspaceData &data)
{
    Workspace w;
    for (const Node &n : data.nodes)
        w.put(n);
    for (const Link &l : data.links)
        w.links.insert(l);
    return w;
}

std::optional<Workspace> readCorpus(const QString &name, QString *message)
{
    Result error;
    const auto data = MermaidJourney::read(corpus(name), name, someTime, &error);
    *message = error.message();
    return data ? std::optional(toWorkspace(*data)) : std::nullopt;
}

QStringList titles(const QList<Moment> &moments)
{
    QStringList t;
    for (const Moment &m : moments)
        t.append(m.title);
    return t;
}

} // namespace

class TestMermaidJourney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void canonicalRoundTripsToTheSameText()
    {
        QString message;
        const auto w = readCorpus(QStringLiteral("canonical.mmd"), &message);
        QVERIFY2(w, qPrintable(message));
        QCOMPARE(w->journeys.size(), 1);
        const QByteArray out = MermaidJourney::write(*w, w->journeys.begin().key());
        QCOMPARE(QString::fromUtf8(out), QString::fromUtf8(corpus(QStringLiteral("canonical.mmd"))));
    }

    void fullGrammarMapsToTheModel()
    {
        QString message;
        const auto w = readCorpus(QStringLiteral("full-grammar.mmd"), &message);
        QVERIFY2(w, qPrintable(message));
        const Journey j = *w->journeys.begin();
        QCOMPARE(j.title, QStringLiteral("My working day"));
        QCOMPARE(j.notes, QStringLiteral("A multi-line accessible description\nthat runs over two lines."));
        const QList<Stage> stages = w->stagesOf(j.uid);
        QCOMPARE(stages.size(), 3);
        QCOMPARE(stages[0].title, QStringLiteral("Go to work"));
        QCOMPARE(stages[1].title, QStringLiteral("Go home"));
        QCOMPARE(stages[2].title, QString());
        const QList<Lane> lanes = w->lanesOf(j.uid);
        QCOMPARE(lanes.size(), 1);
        const QList<Moment> work = w->momentsIn(stages[0].uid, lanes[0].uid);
        QCOMPARE(titles(work), (QStringList{QStringLiteral("Make tea"), QStringLiteral("Go upstairs"), QStringLiteral("Do work")}));
        // Scores 1…5 are emotions −2…+2
        QCOMPARE(work[0].emotion, 2);
        QCOMPARE(work[1].emotion, 0);
        QCOMPARE(work[2].emotion, -2);
        // Actors are personas following the journey, each scored at its moments
        QCOMPARE(w->personas.size(), 2);
        QCOMPARE(w->personasOf(j.uid).size(), 2);
        QCOMPARE(work[2].emotions.size(), 2);
        for (const PersonaEmotion &e : work[2].emotions)
            QCOMPARE(e.score, -2);
        const QList<Moment> home = w->momentsIn(stages[1].uid, lanes[0].uid);
        QCOMPARE(titles(home), (QStringList{QStringLiteral("Go downstairs"), QStringLiteral("Sit down")}));
        QCOMPARE(home[1].emotion, 2);
        const QList<Moment> nameless = w->momentsIn(stages[2].uid, lanes[0].uid);
        QCOMPARE(nameless.size(), 1);
        QVERIFY(nameless[0].emotions.isEmpty());
    }

    void accessibilityTitleAndUnicode()
    {
        QString message;
        const auto w = readCorpus(QStringLiteral("acc-only.mmd"), &message);
        QVERIFY2(w, qPrintable(message));
        const Journey j = *w->journeys.begin();
        QCOMPARE(j.title, QStringLiteral("Title from accTitle"));
        QCOMPARE(j.notes, QStringLiteral("One-line description"));
        QCOMPARE(w->moments.begin()->title, QStringLiteral("Unicode — café ☕ and 東京"));
        QStringList names;
        for (const Persona &p : w->personas)
            names.append(p.title);
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("Zoë"), QStringLiteral("Łukasz")}));
    }

    void tasksBeforeAnySection()
    {
        QString message;
        const auto w = readCorpus(QStringLiteral("no-section.mmd"), &message);
        QVERIFY2(w, qPrintable(message));
        QCOMPARE(w->stages.size(), 2);
        QCOMPARE(w->moments.size(), 2);
    }

    // Merging a diagram: actors named like one of the workspace's personas are that persona.
    void actorsBecomeTheWorkspacesPersonas()
    {
        Workspace workspace;
        Persona ana;
        ana.uid = newUid();
        ana.title = QStringLiteral("Ana");
        workspace.put(ana);
        Persona twin1, twin2; // two personas of one name: which one is meant cannot be told
        twin1.uid = newUid();
        twin2.uid = newUid();
        twin1.title = twin2.title = QStringLiteral("Twin");
        workspace.put(twin1);
        workspace.put(twin2);

        Result error;
        auto data = MermaidJourney::read("journey\n  section S\n    Call: 5: ana , Ben, Twin\n    Wait: 1: Ana\n",
                                         QStringLiteral("d.mmd"), someTime, &error);
        QVERIFY2(data, qPrintable(error.message()));
        MermaidJourney::adoptPersonas(*data, workspace);
        QStringList personas;
        for (const Node &n : data->nodes) {
            if (kindOf(n) == NodeKind::Persona)
                personas.append(titleOf(n));
        }
        QCOMPARE(personas, (QStringList{QStringLiteral("Ben"), QStringLiteral("Twin")}));
        const Workspace read = toWorkspace(*data);
        QCOMPARE(read.moments.size(), 2);
        for (const Moment &m : read.moments) {
            QVERIFY(std::any_of(m.emotions.cbegin(), m.emotions.cend(), [&](const PersonaEmotion &e) {
                return e.persona == ana.uid && e.score == (m.title == u"Call" ? 2 : -2);
            }));
            QVERIFY(std::is_sorted(m.emotions.cbegin(), m.emotions.cend(), [](const PersonaEmotion &a, const PersonaEmotion &b) {
                return uidText(a.persona) < uidText(b.persona);
            }));
        }
        const Uid journey = read.journeys.cbegin()->uid;
        QVERIFY(read.links.contains(Link{ana.uid, Relation::Follows, journey}));
        QCOMPARE(read.links.size(), 3);
    }

    void writesAnyJourneyOfTheSamples()
    {
        // Given the samples (titles with colons would break a task line)
        QTemporaryDir dir;
        const Samples s;
        auto document = sampleDocument(dir, s);
        Workspace w = document->workspace();
        Moment m = w.moments.value(s.seeAd.uid);
        m.title = QStringLiteral("Sees: the ad; #1\nagain");
        w.put(m);
        const QByteArray text = MermaidJourney::write(w, s.journey.uid);
        QVERIFY(text.startsWith("journey\n"));
        QVERIFY2(text.contains("Sees  the ad  1 again") || text.contains("Sees the ad 1 again"), text.constData());
        // It reads back with the same stages and moments, in order
        Result error;
        const auto back = MermaidJourney::read(text, QStringLiteral("x.mmd"), someTime, &error);
        QVERIFY2(back, qPrintable(error.message()));
        const Workspace b = toWorkspace(*back);
        QCOMPARE(b.stages.size(), w.stagesOf(s.journey.uid).size());
        qsizetype moments = 0;
        for (const Moment &each : w.moments)
            moments += each.journey == s.journey.uid;
        QCOMPARE(b.moments.size(), moments);
        // And writing that gives the same text again
        QCOMPARE(MermaidJourney::write(b, b.journeys.begin().key()), text);
    }

    // Found by fuzzing: percent signs and placeholders in any text come back as they were.
    void percentSignsRoundTrip()
    {
        QString message;
        const auto w = readCorpus(QStringLiteral("percent-signs.mmd"), &message);
        QVERIFY2(w, qPrintable(message));
        QCOMPARE(w->journeys.cbegin()->title, QStringLiteral("Rates %1 and %2 compared"));
        QCOMPARE(w->stages.cbegin()->title, QStringLiteral("Compare %2"));
        QCOMPARE(w->personas.cbegin()->title, QStringLiteral("Ana %1"));
        QStringList read = titles(w->moments.values());
        read.sort();
        QCOMPARE(read, (QStringList{QStringLiteral("Reads %2%%%3"), QStringLiteral("Sees 100% of fees %1 up front %%")}));

        const QByteArray text = MermaidJourney::write(*w, w->journeys.cbegin()->uid);
        Result error;
        const auto again = MermaidJourney::read(text, QStringLiteral("again.mmd"), someTime, &error);
        QVERIFY2(again, qPrintable(error.message() + u'\n' + QString::fromUtf8(text)));
        const Workspace back = toWorkspace(*again);
        QStringList backTitles = titles(back.moments.values());
        backTitles.sort();
        QCOMPARE(backTitles, read);
        QCOMPARE(back.journeys.cbegin()->title, w->journeys.cbegin()->title);
        QCOMPARE(back.personas.cbegin()->title, QStringLiteral("Ana %1"));
        for (const Moment &m : back.moments)
            QCOMPARE(m.emotion, m.title.startsWith(u"Sees") ? 1 : -1);

        // A file name with placeholders is named as it is
        QVERIFY(!MermaidJourney::read("journey\n  section\n  Task\n", QStringLiteral("a %2 b.mmd"), someTime, &error));
        QVERIFY2(error.message().startsWith(u"a %2 b.mmd, line 3: "), qPrintable(error.message()));
    }

    void syntaxErrorsNameTheLine_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("no header") << QStringLiteral("no-header.mmd") << QStringLiteral("no-header.mmd, line 2: expected “journey”");
        QTest::newRow("score range") << QStringLiteral("score-range.mmd") << QStringLiteral("score-range.mmd, line 4: the score “6”");
        QTest::newRow("score word") << QStringLiteral("score-word.mmd") << QStringLiteral("score-word.mmd, line 3: the score “great”");
        QTest::newRow("no score") << QStringLiteral("no-score.mmd") << QStringLiteral("no-score.mmd, line 3: expected a task");
        QTest::newRow("accDescr open") << QStringLiteral("accdescr-open.mmd") << QStringLiteral("accdescr-open.mmd, line 3: “accDescr {” is not closed");
        QTest::newRow("accTitle colon") << QStringLiteral("acctitle-colon.mmd") << QStringLiteral("acctitle-colon.mmd, line 2: expected “accTitle: text”");
        QTest::newRow("empty") << QStringLiteral("empty.mmd") << QStringLiteral("empty.mmd, line 1:");
    }

    void syntaxErrorsNameTheLine()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        Result error;
        const auto data = MermaidJourney::read(corpus(QStringLiteral("bad/") + file), file, someTime, &error);
        QVERIFY(!data);
        QVERIFY2(error.message().startsWith(message), qPrintable(error.message()));
    }

    void everyCorpusFileIsCovered()
    {
        // Each file of the corpus is read by a test above: good ones parse, bad ones do not.
        for (const QString &name : QDir(QStringLiteral(CX_MERMAID_DIR)).entryList({QStringLiteral("*.mmd")}, QDir::Files)) {
            Result error;
            QVERIFY2(MermaidJourney::read(corpus(name), name, someTime, &error), qPrintable(error.message()));
        }
        for (const QString &name : QDir(QStringLiteral(CX_MERMAID_DIR "/bad")).entryList({QStringLiteral("*.mmd")}, QDir::Files)) {
            Result error;
            QVERIFY2(!MermaidJourney::read(corpus(QStringLiteral("bad/") + name), name, someTime, &error), qPrintable(name));
        }
    }
};

QTEST_GUILESS_MAIN(TestMermaidJourney)
#include "tst_mermaidjourney.moc"
