// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"
#include "model/responsebatch.h"
#include "model/result.h"

#include <QCoreApplication>
#include <QStringList>
#include <functional>
#include <optional>

namespace cx {

// The scores a scale accepts: low…high inclusive; NPS, CSAT and CES take whole numbers only.
struct ScaleRange {
    ResponseScale scale = ResponseScale::Nps;
    double low = 0;
    double high = 10;
};

// NPS 0–10, CSAT 1–5, CES 1–5 or 1–7; Custom gets 0–10, for the caller to change.
ScaleRange rangeOf(ResponseScale scale);
// Nps → Nps, Csat → Csat, Ces → Ces7, any other kind → Custom.
ResponseScale defaultScaleFor(MetricKind kind);
// (The stable names, "nps" … "custom", are name() and fromName<ResponseScale>() of enums.h.)
// Translated, for people: "NPS (0–10)"…
QString label(ResponseScale scale);

struct ResponseColumns { // 0-based indices into the header; -1 for none
    int date = -1;
    int score = -1;
    int moment = -1;
    int segment = -1;
};

struct BadResponse {
    qint64 row = 0; // the file line the record starts on (the header is line 1)
    QString reason; // translated
};

// A record as the mapping step shows it: a good one as read (the date as ISO 8601, the score
// as a number), a bad one as written, with its problem.
struct PreviewRow {
    qint64 row = 0;
    QString date, score, moment, segment;
    QString problem; // empty for a good record
};

struct ResponseTable {
    QStringList header; // trimmed
    QChar separator;
    qint64 records
        = 0; // data records read, good and bad (records of empty fields only are skipped)
    Responses responses;
    QList<BadResponse> bad; // by row
    QList<PreviewRow> preview; // the first ResponseReader::previewRows records
};

// The moment a response's text names (by id or title), or nothing and *why (translated).
using MomentResolver = std::function<std::optional<Uid>(const QString &text, QString *why)>;

// Survey responses from CSV or TSV: UTF-8 (see DelimitedText::decode), the separator detected
// (DelimitedText::detectSeparator), the first record the header. Reads, never writes.
//
// A record is bad, with a translated reason, when it has too few fields for the chosen columns,
// an empty date or score, a date in no known format (see DateText) or no calendar day, a score
// that is not a number, outside the range, or not whole on a NPS/CSAT/CES scale, or a moment
// the resolver does not know. One reason per record, the first found in that order. Scores may
// use a decimal comma ("4,5") when the separator is a semicolon. Spaces around fields are
// trimmed; an empty moment or segment is none.
//
// Slash dates are decided for the whole date column: day first (d/M/yyyy) when some slash dates
// can only be read day first (a first part over 12) and none only month first; month first
// (M/d/yyyy) the other way round. When both kinds occur, the more frequent decides and the
// others are bad; when they are equally frequent, every slash date is bad. When none decides,
// every slash date whose parts differ is bad as ambiguous (4/4/2026 is the same day either way).
class ResponseReader
{
    Q_DECLARE_TR_FUNCTIONS(cx::ResponseReader)

public:
    static constexpr int previewRows = 20;

    // The header and separator only, for the mapping step (the columns to choose from).
    static Result readHeader(const QByteArray &bytes, const QString &fileName, QStringList *header,
                             QChar *separator);

    // Every record: good ones into out->responses, bad ones listed with row and reason, the
    // first previewRows into preview. Fails only when the file itself cannot be read (encoding,
    // broken quoting, no header, a chosen column missing from the header, no date or score
    // column chosen, an empty custom range); bad rows are not failures. moments may be empty
    // when no moment column is chosen. *out is only written on success.
    static Result read(const QByteArray &bytes, const QString &fileName,
                       const ResponseColumns &columns, const ScaleRange &scale,
                       const MomentResolver &moments, ResponseTable *out);

    // The command line's --date COL: a header name (case-insensitive, trimmed) or a 1-based
    // column number; a name wins over a number. Nothing when it names no column.
    static std::optional<int> columnOf(const QStringList &header, const QString &nameOrNumber);
};

} // namespace cx
