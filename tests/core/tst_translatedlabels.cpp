// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Translated sentences name kinds, levels and periods with translated labels, never with the
// identifiers of the file ("story", "tactical", "month"): with the German translator a gap,
// a rule and an undo text hold no English identifier, and with no translator the English
// text reads as it always did.

#include "graphbuilder.h"

#include "document/document.h"
#include "graph/gapanalysis.h"
#include "graph/workspacegraph.h"
#include "io/workspacejsonreader.h"
#include "metrics/metricstatus.h"
#include "metrics/period.h"
#include "model/labels.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

using namespace cx;
using namespace cx::test;
using namespace Qt::StringLiterals;

namespace {

// Every identifier a sentence could pick up from name(): kinds, levels, relations, periods…
QStringList identifiers()
{
    QStringList all = allNames<NodeKind>() + allNames<MetricLevel>() + allNames<MetricKind>()
        + allNames<Relation>() + allNames<Direction>() + allNames<EvidenceKind>()
        + allNames<ResponseScale>() + allNames<LaneKind>();
    for (Granularity g : {Granularity::Week, Granularity::Month, Granularity::Quarter})
        all.append(name(g));
    all.removeDuplicates();
    return all;
}

// The identifiers text holds as words of their own. German writes its nouns with a capital,
// so "System" is German and "system" is the identifier. What is quoted („…“) is a title or a
// value of the file, which keeps its identifiers.
QStringList identifiersIn(QString text)
{
    text.remove(QRegularExpression(u"„[^“]*“"_s));
    QStringList found;
    for (const QString &id : identifiers()) {
        const QRegularExpression word(u"(?<![\\w-])"_s + QRegularExpression::escape(id) + u"(?![\\w-])"_s,
                                      QRegularExpression::UseUnicodePropertiesOption);
        if (word.match(text).hasMatch())
            found.append(id);
    }
    return found;
}

struct Sample {
    GraphBuilder b;
    Sample()
    {
        b.element(NodeKind::System, QStringLiteral("Kartenverwaltung"));
        b.metric(QStringLiteral("Wartezeit"), MetricLevel::Tactical);
        b.metric(QStringLiteral("Aufwand"), MetricLevel::Operational);
    }
    QStringList gapMessages() const
    {
        QStringList result;
        for (const Gap &gap : GapAnalysis::of(WorkspaceGraph(b.workspace)).gaps)
            result.append(gap.message);
        return result;
    }
};

// The message WorkspaceJsonReader gives for json, which must not be readable.
QString readError(const QByteArray &json)
{
    Result error;
    if (WorkspaceJsonReader::read(json, QStringLiteral("in.json"), QDateTime::currentDateTimeUtc(), &error))
        return {};
    return error.message();
}

} // namespace

class TestTranslatedLabels : public QObject
{
    Q_OBJECT

private:
    QTranslator m_german;
    QTemporaryDir m_dir;

    void german(bool on)
    {
        if (on)
            QVERIFY(QCoreApplication::installTranslator(&m_german));
        else
            QCoreApplication::removeTranslator(&m_german);
    }

    // Adds a story through a document and returns the undo text it left.
    QString undoTextOfAdd(const QString &file)
    {
        Result error;
        auto document = Document::create(m_dir.filePath(file), &error);
        if (!document)
            return error.message();
        Element story;
        story.uid = QUuid::createUuid();
        story.kind = NodeKind::Story;
        story.title = QStringLiteral("Karte sperren");
        if (Result r = document->add(Node(story)); !r)
            return r.message();
        return document->undoStack()->undoText();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_german.load(QStringLiteral(":/i18n/cxatlas_de.qm")), "the German translation is not built in");
    }

    void englishReadsAsBefore()
    {
        QCOMPARE(label(NodeKind::Story), u"story"_s);
        QCOMPARE(label(MetricLevel::Tactical), u"tactical"_s);
        QCOMPARE(label(Granularity::Month), u"month"_s);
        QCOMPARE(label(Relation::DependsOn), u"depends on"_s);

        const QStringList gaps = Sample().gapMessages();
        QVERIFY2(gaps.contains(u"system “Kartenverwaltung” is linked to nothing."_s), qPrintable(gaps.join(u'\n')));
        QVERIFY2(gaps.contains(u"The tactical metric “Wartezeit” leads to no strategic metric."_s), qPrintable(gaps.join(u'\n')));
        QVERIFY2(gaps.contains(u"The operational metric “Aufwand” leads to no strategic metric."_s), qPrintable(gaps.join(u'\n')));
        QCOMPARE(undoTextOfAdd(QStringLiteral("en.cxatlas")), u"Add story “Karte sperren”"_s);
    }

    void germanHoldsNoIdentifier_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // empty: only checked for identifiers

        german(true);
        const QStringList gaps = Sample().gapMessages();
        QVERIFY(!gaps.isEmpty());
        for (const QString &gap : gaps)
            QTest::newRow(qPrintable(u"gap: "_s + gap)) << gap << QString();
        QTest::newRow("unlinked element") << gaps.value(gaps.indexOf(QRegularExpression(u".*Kartenverwaltung.*"_s)))
                                          << u"System „Kartenverwaltung“ ist mit nichts verknüpft."_s;
        QTest::newRow("metric without goal") << gaps.value(gaps.indexOf(QRegularExpression(u".*Wartezeit.*"_s)))
                                             << u"Die taktische Kennzahl „Wartezeit“ führt zu keiner strategischen Kennzahl."_s;

        // A rule: a record without an id, and a link no relation allows.
        GraphBuilder b;
        const Uid system = b.element(NodeKind::System, QStringLiteral("Kernbank"));
        const Uid data = b.element(NodeKind::Data, QStringLiteral("Kundenstamm"));
        Element story;
        story.kind = NodeKind::Story;
        story.title = QStringLiteral("Karte sperren");
        QTest::newRow("rule: no id") << Rules::checkNode(b.workspace, Node(story)).message()
                                     << u"Story „Karte sperren“: keine ID vorhanden."_s;
        QTest::newRow("rule: link") << Rules::checkLink(b.workspace, Link{system, Relation::Measures, data}).message()
                                    << QString();
        QTest::newRow("undo text") << undoTextOfAdd(QStringLiteral("de.cxatlas")) << u"Story „Karte sperren“ hinzufügen"_s;

        // The reader's messages are found under its context (they once had none), and a kind
        // in them is a translated noun.
        QTest::newRow("import: stage of another journey")
            << readError(R"({"format": "cxatlas-workspace", "version": 1, "journeys": [{"id": "j", "stages": [{"id": "s"}],
                "lanes": [{"id": "l"}]}, {"id": "k", "lanes": [{"id": "l2"}], "moments": [{"id": "m", "stage": "s", "lane": "l2"}]}]})")
            << u"in.json, bei /journeys/1/moments/0/stage: „s“ ist keine Phase dieser Journey."_s;
        QTest::newRow("import: wrong link kind")
            << readError(R"({"format": "cxatlas-workspace", "version": 1, "personas": [{"id": "p"}],
                "elements": [{"id": "e", "kind": "system", "dependsOn": ["p"]}]})")
            << QString();

        QTest::newRow("periods") << QStringList{label(Granularity::Week), label(Granularity::Month),
                                               label(Granularity::Quarter)}.join(u", ")
                                 << u"Woche, Monat, Quartal"_s;
        german(false);
    }

    void germanHoldsNoIdentifier()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QVERIFY(!text.isEmpty());
        // An import error starts with the file and the JSON pointer of the value: the file's words.
        const QString said = text.startsWith(u"in.json, "_s) ? text.section(u": "_s, 1) : text;
        QVERIFY2(identifiersIn(said).isEmpty(),
                 qPrintable(u"%1 — holds %2"_s.arg(text, identifiersIn(said).join(u", "))));
        if (!expected.isEmpty())
            QCOMPARE(text, expected);
    }

    // Every label differs from its identifier in German: none was left untranslated.
    void everyGermanLabelIsTranslated()
    {
        german(true);
        for (const QString &kind : allNames<NodeKind>())
            QVERIFY2(label(*fromName<NodeKind>(kind)) != kind, qPrintable(kind));
        for (const QString &level : allNames<MetricLevel>())
            QVERIFY2(label(*fromName<MetricLevel>(level)) != level, qPrintable(level));
        for (const QString &relation : allNames<Relation>())
            QVERIFY2(identifiersIn(label(*fromName<Relation>(relation))).isEmpty(), qPrintable(relation));
        for (const QString &direction : allNames<Direction>())
            QVERIFY2(identifiersIn(label(*fromName<Direction>(direction))).isEmpty(), qPrintable(direction));
        QCOMPARE(label(Trend::Rising), u"steigend"_s);
        german(false);
        QCOMPARE(label(Trend::Rising), u"rising"_s);
    }
};

QTEST_GUILESS_MAIN(TestTranslatedLabels)
#include "tst_translatedlabels.moc"
