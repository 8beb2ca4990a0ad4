// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QJsonObject>
#include <QStringList>
#include <memory>

namespace cx {
class Document;
}

namespace cx::cli {

// What the read-only analysis verbs share: --help, --json and required positional arguments.
class VerbParser
{
public:
    // positionals: pairs of name and help text, all required, in order.
    VerbParser(const QString &description, const QList<std::pair<QString, QString>> &positionals);
    // Parses; false when the verb is done (help printed, or an error printed), with the exit
    // status in *exitCode. usageError is printed when the positional arguments do not fit.
    bool parse(const QStringList &arguments, const QString &usageError, int *exitCode);
    bool json() const { return m_parser.isSet(QStringLiteral("json")); }
    // Options beyond --help and --json, added before parse().
    void addOption(const QCommandLineOption &option) { m_parser.addOption(option); }
    bool isSet(const QCommandLineOption &option) const { return m_parser.isSet(option); }
    QString value(const QCommandLineOption &option) const { return m_parser.value(option); }
    QStringList positionals() const { return m_parser.positionalArguments(); }

private:
    QCommandLineParser m_parser;
    qsizetype m_required = 0;
};

// Parses a verb's own QCommandLineParser (one with --help): false when the verb is done (an
// error printed, or the help), with the exit status in *exitCode.
bool parseVerb(QCommandLineParser &parser, const QStringList &arguments, int *exitCode);

// The workspace at path opened read-only after an integrity check, or nothing after printing
// why, with the same messages as `cxatlas info`.
std::unique_ptr<Document> openReadOnly(const QString &path);
// Notes on standard error about how the workspace was opened: read-only and why, read through
// an upgraded copy of an older file, or upgraded in place with a backup kept.
void printNotes(Document &document);

// Prints the JSON, with "file": path added, or the text.
void printReport(bool asJson, QJsonObject json, const QString &text, const QString &path);

} // namespace cx::cli
