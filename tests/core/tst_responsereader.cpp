// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Survey responses from CSV/TSV (issue 13): encodings, separators, RFC 4180 quoting, every bad
// row's reason and file line, the date formats and the slash-date column rule, each scale's
// range, the preview, and the fixtures under tests/data/responses that the CLI tests share.
#include "metrics/delimitedtext.h"
#include "metrics/responsereader.h"

#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace cx;
using namespace Qt::StringLiterals;

namespace {

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(CX_TEST_DATA "/responses/") + QString::fromLatin1(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

Uid fixed(int n)
{
    return uidFromText(
        QStringLiteral("00000000-0000-0000-0000-%1").arg(n, 12, 10, QLatin1Char('0')));
}

// The moments of the fixtures by title; anything else is unknown.
MomentResolver touchpoints()
{
    return [](const QString &text, QString *why) -> std::optional<Uid> {
        static const QHash<QString, int> known { { QStringLiteral("Checkout"), 1 },
                                                 { QStringLiteral("Delivery"), 2 },
                                                 { QStringLiteral("Support chat, evening"), 3 },
                                                 { QStringLiteral("Onboarding email"), 4 } };
        if (known.contains(text))
            return fixed(known.value(text));
        *why = QStringLiteral("no moment is called “%1” in this workspace").arg(text);
        return std::nullopt;
    };
}

const ResponseColumns fourColumns { 0, 1, 2, 3 };
const ResponseColumns dateAndScore { 0, 1, -1, -1 };

ResponseTable readOk(const QByteArray &bytes, const ResponseColumns &columns = dateAndScore,
                     const ScaleRange &scale = rangeOf(ResponseScale::Nps),
                     const MomentResolver &moments = {})
{
    ResponseTable table;
    const Result r = ResponseReader::read(bytes, QStringLiteral("answers.csv"), columns, scale,
                                          moments, &table);
    if (!r)
        qWarning("%s", qPrintable(r.message()));
    return table;
}

QString iso(qint64 day)
{
    return QDate::fromJulianDay(day).toString(Qt::ISODate);
}

QStringList isoDays(const Responses &r)
{
    QStringList days;
    for (qint64 d : r.days)
        days.append(iso(d));
    return days;
}

QStringList rowsAndReasons(const ResponseTable &t)
{
    QStringList out;
    for (const BadResponse &b : t.bad)
        out.append(QStringLiteral("%1: %2").arg(b.row).arg(b.reason));
    return out;
}

} // namespace

class TestResponseReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decode_data();
    void decode();
    void separator_data();
    void separator();
    void records_data();
    void records();
    void brokenQuoting_data();
    void brokenQuoting();
    void npsFixture();
    void csatFixture();
    void cesFixture();
    void badRowsFixture();
    void encodingFixtures();
    void scores_data();
    void scores();
    void dates_data();
    void dates();
    void slashColumns_data();
    void slashColumns();
    void preview();
    void headerOnlyAndEmpty();
    void fileFailures();
    void columnOf();
    void scaleNames();
    void hundredThousandRows();
};

void TestResponseReader::decode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text"); // when it decodes
    QTest::addColumn<QStringList>("says"); // when it is refused: parts of the message

    const QByteArray csv = "a,b\n1,2\n";
    QTest::newRow("utf-8") << csv << QStringLiteral("a,b\n1,2\n") << QStringList();
    QTest::newRow("utf-8 with BOM") << QByteArray("\xEF\xBB\xBF"
                                                  "a,b\n")
                                    << QStringLiteral("a,b\n") << QStringList();
    QTest::newRow("utf-8 umlauts")
        << QByteArray("M\xC3\xBCnchen") << QStringLiteral(u"München") << QStringList();
    QTest::newRow("empty") << QByteArray() << QString() << QStringList();
    QTest::newRow("utf-16 le")
        << QByteArray("\xFF\xFE"
                      "a\0,\0",
                      6)
        << QString()
        << QStringList { QStringLiteral(
               "f.csv is UTF-16 (little-endian); save it as UTF-8 and import again.") };
    QTest::newRow("utf-16 be") << QByteArray("\xFE\xFF\0a\0,", 6) << QString()
                               << QStringList { QStringLiteral(
                                      "f.csv is UTF-16 (big-endian); save it as UTF-8") };
    QTest::newRow("utf-32 le") << QByteArray("\xFF\xFE\0\0a\0\0\0", 8) << QString()
                               << QStringList { QStringLiteral("UTF-32 (little-endian)") };
    QTest::newRow("utf-32 be") << QByteArray("\0\0\xFE\xFF\0\0\0a", 8) << QString()
                               << QStringList { QStringLiteral("UTF-32 (big-endian)") };
    QTest::newRow("utf-16 le without BOM")
        << QByteArray("a\0,\0b\0\n\0", 8) << QString()
        << QStringList { QStringLiteral("UTF-16 (little-endian) without a byte order mark") };
    QTest::newRow("zero byte") << QByteArray("a,b\nc,d\0e,f,g,h,i,j,k\n", 22) << QString()
                               << QStringList { QStringLiteral("f.csv, line 2: a zero byte") };
    QTest::newRow("xlsx") << QByteArray("PK\x03\x04rest") << QString()
                          << QStringList { QStringLiteral("workbook") };
    QTest::newRow("latin-1") << QByteArray("id,city\n1,M\xFCnchen\n") << QString()
                             << QStringList { QStringLiteral(
                                                  "f.csv, line 2, byte 4: 0xFC is not UTF-8"),
                                              QStringLiteral("Windows-1252 or Latin-1"),
                                              QStringLiteral(u"0xFC is “ü”") };
    QTest::newRow("windows-1252 euro")
        << QByteArray("price\n\x80 5\n") << QString()
        << QStringList { QStringLiteral("line 2, byte 1"), QStringLiteral(u"0x80 is “€”") };
    QTest::newRow("broken sequence")
        << QByteArray("a\n\xE2\x82x\n") << QString()
        << QStringList { QStringLiteral("line 2, byte 1: 0xE2 is not valid UTF-8") };
    QTest::newRow("overlong") << QByteArray("ab\xC0\xAF") << QString()
                              << QStringList { QStringLiteral("line 1, byte 3: 0xC0") };
}

void TestResponseReader::decode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(QStringList, says);
    QString decoded = QStringLiteral("left over");
    const Result r = DelimitedText::decode(bytes, QStringLiteral("f.csv"), &decoded);
    QCOMPARE(r.ok(), says.isEmpty());
    if (r) {
        QCOMPARE(decoded, text);
        return;
    }
    QCOMPARE(r.code(), ErrorCode::Invalid);
    for (const QString &part : std::as_const(says))
        QVERIFY2(r.message().contains(part), qPrintable(r.message()));
}

void TestResponseReader::separator_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("separator");
    QTest::newRow("comma") << QStringLiteral("date,score,moment\n2026-08-14,9,Checkout\n")
                           << QChar(u',');
    QTest::newRow("semicolon, decimal commas")
        << QStringLiteral("Datum;Bewertung\n14.08.2026;4,5\n15.08.2026;3,5\n") << QChar(u';');
    QTest::newRow("tab") << QStringLiteral("date\tscore\tplan, tier\n8/14/2026\t5\tBasic, 1\n")
                         << QChar(u'\t');
    QTest::newRow("commas inside quotes")
        << QStringLiteral("\"a,b,c\";\"d,e\"\n1;2\n") << QChar(u';');
    QTest::newRow("one column") << QStringLiteral("score\n9\n") << QChar(u',');
    QTest::newRow("empty") << QString() << QChar(u',');
    // The header splits three ways by comma too ("Score, 0-10"), but only semicolons keep the
    // data lines in step with it.
    QTest::newRow("consistent wins")
        << QStringLiteral("when;Score, 0-10;note, free\n1;2;3\n4;5;6\n") << QChar(u';');
}

void TestResponseReader::separator()
{
    QFETCH(QString, text);
    QFETCH(QChar, separator);
    QCOMPARE(DelimitedText::detectSeparator(text), separator);
}

void TestResponseReader::records_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("separator");
    QTest::addColumn<QList<QStringList>>("records");
    QTest::addColumn<QList<qint64>>("lines");

    QTest::newRow("plain, no final line break")
        << QStringLiteral("a,b\n1,2") << QChar(u',')
        << QList<QStringList> { { u"a"_s, u"b"_s }, { u"1"_s, u"2"_s } } << QList<qint64> { 1, 2 };
    QTest::newRow("CRLF and empty lines")
        << QStringLiteral("a,b\r\n\r\n1,2\r\n\n3,4\r\n") << QChar(u',')
        << QList<QStringList> { { u"a"_s, u"b"_s }, { u"1"_s, u"2"_s }, { u"3"_s, u"4"_s } }
        << QList<qint64> { 1, 3, 5 };
    QTest::newRow("quoted separators and quotes")
        << QStringLiteral("\"a,b\",\"say \"\"hi\"\"\",\"\"\n") << QChar(u',')
        << QList<QStringList> { { u"a,b"_s, u"say \"hi\""_s, QString() } } << QList<qint64> { 1 };
    QTest::newRow("line breaks inside quotes")
        << QStringLiteral("x,\"one\r\ntwo\nthree\"\nnext,\"\"\"\"\n") << QChar(u',')
        << QList<QStringList> { { u"x"_s, u"one\r\ntwo\nthree"_s }, { u"next"_s, u"\""_s } }
        << QList<qint64> { 1, 4 };
    QTest::newRow("empty fields") << QStringLiteral(",,\n") << QChar(u',')
                                  << QList<QStringList> { { QString(), QString(), QString() } }
                                  << QList<qint64> { 1 };
    QTest::newRow("spaces around a quoted field")
        << QStringLiteral("a; \"b;c\" ;d\n") << QChar(u';')
        << QList<QStringList> { { u"a"_s, u"b;c"_s, u"d"_s } } << QList<qint64> { 1 };
    QTest::newRow("tab keeps commas and semicolons")
        << QStringLiteral("a,b\tc;d\n") << QChar(u'\t')
        << QList<QStringList> { { u"a,b"_s, u"c;d"_s } } << QList<qint64> { 1 };
    QTest::newRow("last field quoted at end of text")
        << QStringLiteral("1,\"a\"\"b\"") << QChar(u',')
        << QList<QStringList> { { u"1"_s, u"a\"b"_s } } << QList<qint64> { 1 };
}

void TestResponseReader::records()
{
    QFETCH(QString, text);
    QFETCH(QChar, separator);
    QFETCH(QList<QStringList>, records);
    QFETCH(QList<qint64>, lines);
    DelimitedText reader(text, separator);
    QList<QStringView> fields;
    QList<QStringList> read;
    QList<qint64> starts;
    while (reader.next(&fields)) {
        QStringList record;
        for (QStringView f : std::as_const(fields))
            record.append(f.toString());
        read.append(record);
        starts.append(reader.line());
    }
    QVERIFY2(reader.error().ok(), qPrintable(reader.error().message()));
    QCOMPARE(read, records);
    QCOMPARE(starts, lines);
}

void TestResponseReader::brokenQuoting_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("unterminated")
        << QByteArray("date,score,comment\n2026-08-14,9,ok\n2026-08-14,7,\"never\nclosed\n")
        << QStringLiteral("f.csv, line 3: a quoted field opened on this line is not closed.");
    QTest::newRow("stray quote")
        << QByteArray("date,score\n2026-08-14,9 \"x\n")
        << QStringLiteral(
               "f.csv, line 2, column 14: a quote inside a field that does not start with one "
               "(quote the whole field and double the quote).");
    QTest::newRow("text after closing quote")
        << QByteArray("date,score\n\"2026-08-14\"x,9\n")
        << QStringLiteral("f.csv, line 2, column 13: text after the closing quote of a field.");
    QTest::newRow("after a multi-line field")
        << QByteArray("a,b\n\"1\n2\n3\",x\"y\n")
        << QStringLiteral("f.csv, line 4, column 5: a quote inside a field");
}

void TestResponseReader::brokenQuoting()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    ResponseTable table;
    const Result r = ResponseReader::read(bytes, QStringLiteral("f.csv"), dateAndScore,
                                          rangeOf(ResponseScale::Nps), {}, &table);
    QVERIFY(!r);
    QVERIFY2(r.message().startsWith(message), qPrintable(r.message()));
    QCOMPARE(table.records, 0); // untouched
}

void TestResponseReader::npsFixture()
{
    const ResponseTable t
        = readOk(fixture("nps-comma.csv"), fourColumns, rangeOf(ResponseScale::Nps), touchpoints());
    QCOMPARE(t.header,
             (QStringList { u"submitted_at"_s, u"score"_s, u"touchpoint"_s, u"segment"_s }));
    QCOMPARE(t.separator, QChar(u','));
    QCOMPARE(t.records, 10);
    QVERIFY(t.bad.isEmpty());
    const Responses &r = t.responses;
    QCOMPARE(r.size(), 10);
    // Date-times count on the day they name in their own offset (23:59 at −05:00 is the 5th).
    QCOMPARE(isoDays(r),
             (QStringList { u"2026-08-03"_s, u"2026-08-03"_s, u"2026-08-04"_s, u"2026-08-05"_s,
                            u"2026-08-05"_s, u"2026-08-06"_s, u"2026-08-07"_s, u"2026-08-07"_s,
                            u"2026-08-08"_s, u"2026-08-10"_s }));
    QCOMPARE(r.scores, (QList<double> { 9, 10, 6, 8, 3, 10, 7, 9, 0, 10 }));
    QCOMPARE(r.momentUids, (QList<Uid> { fixed(1), fixed(2), fixed(3), fixed(4) }));
    QCOMPARE(r.moments, (QList<qint32> { 0, 1, 2, 0, 1, 3, -1, 0, 1, 2 }));
    QCOMPARE(r.segmentNames, (QStringList { u"New customer"_s, u"Returning"_s, u"Business"_s }));
    QCOMPARE(r.segments, (QList<qint32> { 0, 1, 2, 1, 0, -1, 2, 0, 1, 2 }));
}

void TestResponseReader::csatFixture()
{
    // Excel's German "CSV UTF-8": BOM, CRLF, semicolons, dd.MM.yyyy, "4,0".
    const QByteArray bytes = fixture("csat-semicolon.csv");
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF") && bytes.contains("\r\n"));
    const ResponseTable t = readOk(bytes, { 0, 1, -1, 3 }, rangeOf(ResponseScale::Csat));
    QCOMPARE(t.header.first(), u"Datum"_s); // no BOM left in the first name
    QCOMPARE(t.separator, QChar(u';'));
    QCOMPARE(t.records, 7);
    QVERIFY(t.bad.isEmpty());
    QCOMPARE(isoDays(t.responses),
             (QStringList { u"2026-09-01"_s, u"2026-09-01"_s, u"2026-09-02"_s, u"2026-09-03"_s,
                            u"2026-09-04"_s, u"2026-09-07"_s, u"2026-09-08"_s }));
    QCOMPARE(t.responses.scores, (QList<double> { 5, 4, 3, 2, 5, 4, 1 }));
    QCOMPARE(t.responses.segmentNames,
             (QStringList { u"Stammkunde"_s, u"Neukunde"_s, u"Geschäftskunde"_s }));
    QCOMPARE(t.responses.segments, (QList<qint32> { 0, 1, 0, 2, 1, 0, -1 }));
    QCOMPARE(t.responses.moments, (QList<qint32>(7, -1)));
}

void TestResponseReader::cesFixture()
{
    // US export: tabs, M/d/yyyy with 12-hour times; 8/14/2026 decides the column month first.
    const ResponseTable t
        = readOk(fixture("ces-tab.tsv"), { 0, 1, -1, 3 }, rangeOf(ResponseScale::Ces7));
    QCOMPARE(t.separator, QChar(u'\t'));
    QCOMPARE(t.records, 6);
    QVERIFY2(t.bad.isEmpty(), qPrintable(rowsAndReasons(t).join(u'\n')));
    QCOMPARE(isoDays(t.responses),
             (QStringList { u"2026-08-03"_s, u"2026-08-03"_s, u"2026-08-14"_s, u"2026-08-21"_s,
                            u"2026-09-01"_s, u"2026-09-02"_s }));
    QCOMPARE(t.responses.scores, (QList<double> { 2, 5, 1, 3, 7, 4 }));
    QCOMPARE(t.responses.segments, (QList<qint32> { 0, 1, 1, 0, 0, -1 }));
}

void TestResponseReader::badRowsFixture()
{
    const ResponseTable t
        = readOk(fixture("bad-rows.csv"), fourColumns, rangeOf(ResponseScale::Nps), touchpoints());
    QCOMPARE(t.records, 13);
    QCOMPARE(
        rowsAndReasons(t),
        (QStringList {
            u"3: the date is missing"_s,
            u"4: the date “2026-08-32” is no day of the calendar"_s,
            u"5: the date “yesterday” is not in a known format (2026-08-14, 14.08.2026, 8/14/2026…)"_s,
            u"6: the score is missing"_s,
            u"7: the score “ten” is not a number"_s,
            u"8: the score 12 is outside 0–10"_s,
            u"9: the score 7.5 is not a whole number, as NPS (0–10) scores are"_s,
            u"10: too few fields: 2, but the chosen columns need 4"_s,
            // line 11–12: one record with a line break in its comment; line 14 is empty
            u"13: no moment is called “Gift wrapping” in this workspace"_s,
            u"15: the score -1 is outside 0–10"_s,
        }));
    QCOMPARE(isoDays(t.responses),
             (QStringList { u"2026-08-03"_s, u"2026-08-06"_s, u"2026-08-07"_s }));
    QCOMPARE(t.responses.scores, (QList<double> { 9, 10, 6 }));
    QCOMPARE(t.responses.momentUids, (QList<Uid> { fixed(1), fixed(2) }));
}

void TestResponseReader::encodingFixtures()
{
    ResponseTable t;
    Result r = ResponseReader::read(fixture("latin1.csv"), u"latin1.csv"_s, dateAndScore,
                                    rangeOf(ResponseScale::Nps), {}, &t);
    QCOMPARE(r.message(),
             u"latin1.csv, line 3, byte 17: 0xE9 is not UTF-8. The file looks like Windows-1252 or "
             u"Latin-1, "
             "where 0xE9 is “é”; save it as UTF-8 and import again."_s);
    QStringList header;
    QChar separator;
    r = ResponseReader::readHeader(fixture("utf16le.csv"), u"utf16le.csv"_s, &header, &separator);
    QCOMPARE(r.message(),
             u"utf16le.csv is UTF-16 (little-endian); save it as UTF-8 and import again."_s);
    QVERIFY(header.isEmpty());
}

void TestResponseReader::scores_data()
{
    QTest::addColumn<QByteArray>("bytes"); // the data lines after "date,score"
    QTest::addColumn<int>("scale");
    QTest::addColumn<double>("low"); // Custom only
    QTest::addColumn<double>("high");
    QTest::addColumn<QList<double>>("scores");
    QTest::addColumn<QStringList>("bad");

    const auto nps = int(ResponseScale::Nps);
    const auto csat = int(ResponseScale::Csat);
    const auto ces5 = int(ResponseScale::Ces5);
    const auto ces7 = int(ResponseScale::Ces7);
    const auto custom = int(ResponseScale::Custom);
    QTest::newRow("nps")
        << QByteArray("d,0\nd,10\nd, 7.0 \nd,11\nd,+9\nd,9.5\n") << nps << 0.0 << 0.0
        << QList<double> { 0, 10, 7, 9 }
        << QStringList { u"5: the score 11 is outside 0–10"_s,
                         u"7: the score 9.5 is not a whole number, as NPS (0–10) scores are"_s };
    QTest::newRow("csat") << QByteArray("d,0\nd,1\nd,5\nd,6\n") << csat << 0.0 << 0.0
                          << QList<double> { 1, 5 }
                          << QStringList { u"2: the score 0 is outside 1–5"_s,
                                           u"5: the score 6 is outside 1–5"_s };
    QTest::newRow("ces5") << QByteArray("d,1\nd,5\nd,7\n") << ces5 << 0.0 << 0.0
                          << QList<double> { 1, 5 }
                          << QStringList { u"4: the score 7 is outside 1–5"_s };
    QTest::newRow("ces7")
        << QByteArray("d,7\nd,8\nd,1.5\n") << ces7 << 0.0 << 0.0 << QList<double> { 7 }
        << QStringList { u"3: the score 8 is outside 1–7"_s,
                         u"4: the score 1.5 is not a whole number, as CES (1–7) scores are"_s };
    QTest::newRow("custom") << QByteArray("d,-2.5\nd,2.5\nd,-3\nd,.5\nd,3.01\n") << custom << -2.5
                            << 2.5 << QList<double> { -2.5, 2.5, 0.5 }
                            << QStringList { u"4: the score -3 is outside -2.5–2.5"_s,
                                             u"6: the score 3.01 is outside -2.5–2.5"_s };
    QTest::newRow("not numbers") << QByteArray(
        "d,nan\nd,inf\nd,1e1\nd,7 8\nd,\"4,5\"\nd,0x5\nd,-\n")
                                 << custom << 0.0 << 10.0 << QList<double> {}
                                 << QStringList { u"2: the score “nan” is not a number"_s,
                                                  u"3: the score “inf” is not a number"_s,
                                                  u"4: the score “1e1” is not a number"_s,
                                                  u"5: the score “7 8” is not a number"_s,
                                                  u"6: the score “4,5” is not a number"_s,
                                                  u"7: the score “0x5” is not a number"_s,
                                                  u"8: the score “-” is not a number"_s };
    QTest::newRow("decimal comma with semicolons")
        << QByteArray("d;4,5\nd;\"3,0\"\nd;2.5\nd;1,2,3\n") << custom << 0.0 << 10.0
        << QList<double> { 4.5, 3, 2.5 }
        << QStringList { u"5: the score “1,2,3” is not a number"_s };
}

void TestResponseReader::scores()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, scale);
    QFETCH(double, low);
    QFETCH(double, high);
    QFETCH(QList<double>, scores);
    QFETCH(QStringList, bad);
    ScaleRange range = rangeOf(ResponseScale(scale));
    if (range.scale == ResponseScale::Custom)
        range = { ResponseScale::Custom, low, high };
    const char separator = bytes.contains(';') ? ';' : ',';
    bytes = QByteArray("date") + separator + "score\n"
        + bytes.replace("d" + QByteArray(1, separator), "2026-08-14" + QByteArray(1, separator));
    const ResponseTable t = readOk(bytes, dateAndScore, range);
    QCOMPARE(t.responses.scores, scores);
    QCOMPARE(rowsAndReasons(t), bad);
}

void TestResponseReader::dates_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("day"); // ISO, or the bad row's reason
    const QString format
        = u"the date “%1” is not in a known format (2026-08-14, 14.08.2026, 8/14/2026…)"_s;
    const QString noDay = u"the date “%1” is no day of the calendar"_s;
    auto good = [](const char *text, const char *day) {
        QTest::newRow(text) << QString::fromUtf8(text) << QString::fromUtf8(day);
    };
    auto bad = [](const char *text, const QString &reason) {
        QTest::newRow(text) << QString::fromUtf8(text) << reason.arg(QString::fromUtf8(text));
    };
    good("2026-08-14", "2026-08-14");
    good(" 2026-08-14 ", "2026-08-14");
    good("2026-08-14T09:30", "2026-08-14");
    good("2026-08-14T09:30:15", "2026-08-14");
    good("2026-08-14T09:30:15.250Z", "2026-08-14");
    good("2026-08-14T23:30:00-05:00", "2026-08-14");
    good("2026-08-14T00:30:00+0200", "2026-08-14");
    good("2026-08-14T00:30+02", "2026-08-14");
    good("2026-08-14 09:30", "2026-08-14");
    good("2026-08-14 09:30:15", "2026-08-14");
    good("2026/8/14", "2026-08-14");
    good("14.08.2026", "2026-08-14");
    good("4.8.2026", "2026-08-04");
    good("14.08.2026 09:30", "2026-08-14");
    good("2028-02-29", "2028-02-29");
    bad("2026-02-29", noDay);
    bad("2026-13-01", noDay);
    bad("31.04.2026", noDay);
    bad("14/14/2026", noDay);
    bad("2026-08-14T25:00", format);
    bad("2026-08-14T09:60", format);
    bad("2026-08-14T", format);
    bad("2026-08-14X", format);
    bad("2026-8-14", format);
    bad("14.08.26", format);
    bad("8/14/26", format);
    bad("14 Aug 2026", format);
    bad("20260814", format);
    bad("2026-08-14 9:30 PM", format);
}

void TestResponseReader::dates()
{
    QFETCH(QString, date);
    QFETCH(QString, day);
    const QByteArray bytes = "date,score\n\"" + date.toUtf8() + "\",5\n";
    const ResponseTable t = readOk(bytes);
    QCOMPARE(t.records, 1);
    if (day.startsWith(u"the date")) {
        QCOMPARE(rowsAndReasons(t), QStringList { u"2: "_s + day });
    } else {
        QCOMPARE(rowsAndReasons(t), QStringList());
        QCOMPARE(isoDays(t.responses), QStringList { day });
    }
}

void TestResponseReader::slashColumns_data()
{
    QTest::addColumn<QStringList>("dates"); // from line 2
    QTest::addColumn<QStringList>("days");
    QTest::addColumn<QStringList>("bad");

    QTest::newRow("day first decided by 25/3")
        << QStringList { u"3/4/2026"_s, u"25/3/2026"_s, u"1/2/2026 14:05"_s }
        << QStringList { u"2026-04-03"_s, u"2026-03-25"_s, u"2026-02-01"_s } << QStringList();
    QTest::newRow("month first decided by 3/25")
        << QStringList { u"3/4/2026"_s, u"3/25/2026 2:05 PM"_s, u"12/1/2026"_s }
        << QStringList { u"2026-03-04"_s, u"2026-03-25"_s, u"2026-12-01"_s } << QStringList();
    QTest::newRow("majority day first, a month-first one is bad")
        << QStringList { u"13/1/2026"_s, u"1/14/2026"_s, u"20/1/2026"_s, u"5/6/2026"_s }
        << QStringList { u"2026-01-13"_s, u"2026-01-20"_s, u"2026-06-05"_s }
        << QStringList { u"3: the date “1/14/2026” can only be month/day (M/d/yyyy), but most "
                         u"slash dates in this column "
                         "are day/month (d/M/yyyy)"_s };
    QTest::newRow("tie: every slash date bad, ISO dates kept")
        << QStringList { u"13/1/2026"_s, u"2026-01-02"_s, u"1/14/2026"_s }
        << QStringList { u"2026-01-02"_s }
        << QStringList { u"2: the date “13/1/2026” is a slash date, and this column has as many "
                         u"that can only be day/month "
                         "as that can only be month/day, so their order is unknown"_s,
                         u"4: the date “1/14/2026” is a slash date, and this column has as many "
                         u"that can only be day/month "
                         "as that can only be month/day, so their order is unknown"_s };
    QTest::newRow("undecided: ambiguous ones bad, same-day ones kept")
        << QStringList { u"3/4/2026"_s, u"4/4/2026"_s, u"2026-05-01"_s, u"11/12/2026"_s }
        << QStringList { u"2026-04-04"_s, u"2026-05-01"_s }
        << QStringList { u"2: the date “3/4/2026” is ambiguous: day/month or month/day, and no "
                         u"slash date in this column "
                         "has a part over 12 to decide"_s,
                         u"5: the date “11/12/2026” is ambiguous: day/month or month/day, and no "
                         u"slash date in this column "
                         "has a part over 12 to decide"_s };
    // A bad score does not stop its slash date from deciding the column, and the bad rows of
    // both kinds come out in file order.
    QTest::newRow("decided by a bad record, merged with other bad rows")
        << QStringList { u"3/4/2026,x"_s, u"25/3/2026,99"_s, u"26/3/2026,-1"_s,
                         u"3/25/2026"_s,  u"nope"_s,         u"5/6/2026"_s }
        << QStringList { u"2026-06-05"_s }
        << QStringList {
               u"2: the score “x” is not a number"_s, u"3: the score 99 is outside 0–10"_s,
               u"4: the score -1 is outside 0–10"_s,
               u"5: the date “3/25/2026” can only be month/day (M/d/yyyy), but most slash dates in "
               u"this column "
               "are day/month (d/M/yyyy)"_s,
               u"6: the date “nope” is not in a known format (2026-08-14, 14.08.2026, 8/14/2026…)"_s
           };
}

void TestResponseReader::slashColumns()
{
    QFETCH(QStringList, dates);
    QFETCH(QStringList, days);
    QFETCH(QStringList, bad);
    QByteArray bytes = "date,score,segment\n";
    int n = 0;
    for (const QString &d : std::as_const(dates)) {
        // Each record its own segment, so dropping records must drop segments only they named.
        const QByteArray segment = "s" + QByteArray::number(n++);
        bytes += (d.contains(u',') ? d.toUtf8() : d.toUtf8() + ",5") + "," + segment + "\n";
    }
    const ResponseTable t = readOk(bytes, { 0, 1, -1, 2 });
    QCOMPARE(rowsAndReasons(t), bad);
    QCOMPARE(isoDays(t.responses), days);
    QCOMPARE(t.responses.segmentNames.size(), days.size());
    for (qsizetype k = 0; k < days.size(); ++k)
        QCOMPARE(t.responses.segments.at(k), qint32(k));
}

void TestResponseReader::preview()
{
    // Given 25 records, some bad, one slash date decided later and one spanning two lines
    QByteArray bytes = "when;score;touchpoint;segment\n";
    bytes += "2026-08-14T09:30:00+02:00;4,0;Checkout; New customer \n"; // line 2
    bytes += "13/8/2026;10;;\n"; // line 3: decides day first
    bytes += "25/2/2026;11;Delivery;Returning\n"; // line 4: bad score, day first too
    bytes += "3/4/2026;\"7\";\"Support chat, evening\";\"Busi\nness\"\n"; // lines 5–6
    bytes += "1/14/2026;8;Checkout;Returning\n"; // line 7: contradicts the column
    for (int i = 0; i < 20; ++i)
        bytes += "2026-08-15;5;Checkout;Returning\n";
    // When it is read
    const ResponseTable t = readOk(bytes, fourColumns, rangeOf(ResponseScale::Nps), touchpoints());
    // Then the first 20 records are previewed: good ones as read, bad ones as written
    QCOMPARE(t.records, 25);
    QCOMPARE(t.preview.size(), ResponseReader::previewRows);
    auto row = [](const PreviewRow &p) {
        return QStringList {
            QString::number(p.row), p.date, p.score, p.moment, p.segment, p.problem
        }
            .join(u'|');
    };
    QCOMPARE(row(t.preview.at(0)), u"2|2026-08-14|4|Checkout|New customer|"_s);
    QCOMPARE(row(t.preview.at(1)), u"3|2026-08-13|10|||"_s);
    QCOMPARE(row(t.preview.at(2)),
             u"4|25/2/2026|11|Delivery|Returning|the score 11 is outside 0–10"_s);
    QCOMPARE(row(t.preview.at(3)), u"5|2026-04-03|7|Support chat, evening|Busi\nness|"_s);
    QCOMPARE(row(t.preview.at(4)),
             u"7|1/14/2026|8|Checkout|Returning|the date “1/14/2026” can only be month/day "
             "(M/d/yyyy), but most slash dates in this column are day/month (d/M/yyyy)"_s);
    QCOMPARE(row(t.preview.at(5)), u"8|2026-08-15|5|Checkout|Returning|"_s);
    QCOMPARE(t.preview.constLast().row, 22);
    QCOMPARE(t.responses.size(), 23);
}

void TestResponseReader::headerOnlyAndEmpty()
{
    ResponseTable t;
    Result r = ResponseReader::read("submitted_at,score\r\n", u"h.csv"_s, dateAndScore,
                                    rangeOf(ResponseScale::Nps), {}, &t);
    QVERIFY2(r, qPrintable(r.message()));
    QCOMPARE(t.header, (QStringList { u"submitted_at"_s, u"score"_s }));
    QCOMPARE(t.records, 0);
    QCOMPARE(t.responses.size(), 0);

    // Spreadsheets' trailing rows of empty fields are no records.
    t = readOk("date,score\n2026-08-14,9\n,\n , \n\n");
    QCOMPARE(t.records, 1);
    QVERIFY(t.bad.isEmpty());

    for (const QByteArray &empty :
         { QByteArray(), QByteArray("\xEF\xBB\xBF"), QByteArray("\r\n\n") }) {
        r = ResponseReader::read(empty, u"e.csv"_s, dateAndScore, rangeOf(ResponseScale::Nps), {},
                                 &t);
        QCOMPARE(r.code(), ErrorCode::Invalid);
        QCOMPARE(r.message(), u"e.csv is empty: there is no header line."_s);
        QStringList header;
        QChar separator;
        QCOMPARE(ResponseReader::readHeader(empty, u"e.csv"_s, &header, &separator).message(),
                 r.message());
    }
}

void TestResponseReader::fileFailures()
{
    const QByteArray bytes = "date;score;moment\n2026-08-14;9;Checkout\n";
    QStringList header;
    QChar separator;
    QVERIFY(ResponseReader::readHeader(bytes, u"f.csv"_s, &header, &separator));
    QCOMPARE(header, (QStringList { u"date"_s, u"score"_s, u"moment"_s }));
    QCOMPARE(separator, QChar(u';'));

    auto message = [&](const ResponseColumns &columns, const ScaleRange &scale) {
        ResponseTable t;
        const Result r = ResponseReader::read(bytes, u"f.csv"_s, columns, scale, touchpoints(), &t);
        return r.ok() ? QString() : r.message();
    };
    const ScaleRange nps = rangeOf(ResponseScale::Nps);
    QCOMPARE(message({ 0, 1, 2, -1 }, nps), QString());
    QCOMPARE(message({ -1, 1, -1, -1 }, nps), u"f.csv: no column is chosen for the date."_s);
    QCOMPARE(message({ 0, -1, -1, -1 }, nps), u"f.csv: no column is chosen for the score."_s);
    QCOMPARE(message({ 0, 1, -1, 3 }, nps),
             u"f.csv: there is no column 4; the header's last column is 3."_s);
    QCOMPARE(message({ 0, 1, -1, -1 }, { ResponseScale::Custom, 5, 5 }),
             u"The scale 5–5 holds no scores."_s);
}

void TestResponseReader::columnOf()
{
    const QStringList header { u"submitted_at"_s, u" Score "_s, u"2"_s, u"Touchpoint"_s };
    QCOMPARE(ResponseReader::columnOf(header, u"submitted_at"_s), std::optional<int>(0));
    QCOMPARE(ResponseReader::columnOf(header, u"SCORE"_s), std::optional<int>(1));
    QCOMPARE(ResponseReader::columnOf(header, u" touchpoint "_s), std::optional<int>(3));
    QCOMPARE(ResponseReader::columnOf(header, u"1"_s), std::optional<int>(0));
    QCOMPARE(ResponseReader::columnOf(header, u"4"_s), std::optional<int>(3));
    QCOMPARE(ResponseReader::columnOf(header, u"2"_s),
             std::optional<int>(2)); // a column named "2" wins over column 2
    QVERIFY(!ResponseReader::columnOf(header, u"0"_s));
    QVERIFY(!ResponseReader::columnOf(header, u"5"_s));
    QVERIFY(!ResponseReader::columnOf(header, u"segment"_s));
    QVERIFY(!ResponseReader::columnOf(header, QString()));
}

void TestResponseReader::scaleNames()
{
    for (const ResponseScale s : { ResponseScale::Nps, ResponseScale::Csat, ResponseScale::Ces5,
                                   ResponseScale::Ces7, ResponseScale::Custom })
        QCOMPARE(fromName<ResponseScale>(name(s)), std::optional<ResponseScale>(s));
    QCOMPARE(name(ResponseScale::Ces7), u"ces7"_s);
    QVERIFY(!fromName<ResponseScale>(u"NPS"_s));
    QCOMPARE(label(ResponseScale::Csat), u"CSAT (1–5)"_s);
    QCOMPARE(defaultScaleFor(MetricKind::Ces), ResponseScale::Ces7);
    QCOMPARE(defaultScaleFor(MetricKind::Retention), ResponseScale::Custom);
    QCOMPARE(rangeOf(ResponseScale::Ces5).high, 5.0);
    QCOMPARE(rangeOf(ResponseScale::Nps).low, 0.0);
}

void TestResponseReader::hundredThousandRows()
{
    // Given 100,000 records in 13 segments (more than are compared one by one), every 1,000th
    // with a score out of range
    const QList<QByteArray> moments { "Checkout", "Delivery", "\"Support chat, evening\"", "" };
    QByteArray bytes = "submitted_at,score,touchpoint,segment\r\n";
    bytes.reserve(4 * 1024 * 1024);
    const QDate start(2026, 1, 1);
    for (int i = 0; i < 100000; ++i) {
        bytes += start.addDays(i / 500).toString(Qt::ISODate).toLatin1() + ",";
        bytes += (i % 1000 == 999 ? QByteArray("11") : QByteArray::number(i % 11)) + ",";
        bytes += moments.at(i % 4) + "," + "Region " + QByteArray::number(i % 13) + "\r\n";
    }
    // When it is read
    QElapsedTimer timer;
    timer.start();
    const ResponseTable t = readOk(bytes, fourColumns, rangeOf(ResponseScale::Nps), touchpoints());
    qInfo("100,000 records (%lld bytes) read in %lld ms", qint64(bytes.size()), timer.elapsed());
    // Then the counts add up, and every value is where it was written
    QCOMPARE(t.records, 100000);
    QCOMPARE(t.bad.size(), 100);
    QCOMPARE(t.bad.first().row, 1001); // record 999 is on line 1,001
    QCOMPARE(t.responses.size(), 99900);
    QCOMPARE(t.responses.momentUids.size(), 3);
    QCOMPARE(t.responses.segmentNames.size(), 13);
    QCOMPARE(t.responses.segmentNames.at(12), u"Region 12"_s);
    QCOMPARE(t.responses.segments.mid(0, 15),
             (QList<qint32> { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 0, 1 }));
    QCOMPARE(t.responses.segments.at(99899), qint32(99998 % 13));
    QCOMPARE(iso(t.responses.days.constLast()), start.addDays(199).toString(Qt::ISODate));
    QCOMPARE(t.responses.moments.mid(0, 5), (QList<qint32> { 0, 1, 2, -1, 0 }));
    double sum = 0;
    for (double s : t.responses.scores)
        sum += s;
    double expected = 0;
    for (int i = 0; i < 100000; ++i)
        expected += i % 1000 == 999 ? 0 : i % 11;
    QCOMPARE(sum, expected);
}

QTEST_GUILESS_MAIN(TestResponseReader)
#include "tst_responsereader.moc"
