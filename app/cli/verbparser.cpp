// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "verbparser.h"

#include "commandline.h"
#include "output.h"
#include "document/document.h"
#include "server/serverstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>

namespace cx::cli {

VerbParser::VerbParser(const QString &description, const QList<std::pair<QString, QString>> &positionals)
    : m_required(positionals.size())
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    m_parser.addOption({QStringLiteral("json"), QCoreApplication::translate("cx::cli", "Print JSON.")});
    for (const auto &[name, help] : positionals)
        m_parser.addPositionalArgument(name, help);
}

bool VerbParser::parse(const QStringList &arguments, const QString &usageError, int *exitCode)
{
    if (!m_parser.parse(arguments)) {
        printError(m_parser.errorText());
        *exitCode = exitError;
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        printOut(m_parser.helpText());
        *exitCode = exitOk;
        return false;
    }
    if (m_parser.positionalArguments().size() != m_required) {
        printError(usageError);
        *exitCode = exitError;
        return false;
    }
    return true;
}

bool parseVerb(QCommandLineParser &parser, const QStringList &arguments, int *exitCode)
{
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        *exitCode = exitError;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        *exitCode = exitOk;
        return false;
    }
    return true;
}

std::unique_ptr<Document> openReadOnly(const QString &path)
{
    Result error;
    std::unique_ptr<Document> document;
    if (path.startsWith(QStringLiteral("postgresql://")) || path.startsWith(QStringLiteral("postgres://"))) {
        // A team workspace: the password from PGPASSWORD or ~/.pgpass, as psql does.
        const auto url = ServerUrl::parse(path, &error);
        auto store = url ? ServerStore::connect(*url, QString(), &error, ServerStore::Mode::Snapshot) : nullptr;
        if (store)
            document = Document::open(std::move(store), &error);
    } else {
        document = Document::open(path, OpenMode::ReadOnly, &error);
    }
    if (document && document->file())
        error = document->file()->verifyIntegrity();
    if (!error) {
        printError(error.message());
        return nullptr;
    }
    printNotes(*document);
    return document;
}

void printNotes(Document &document)
{
    if (!document.readOnlyReason().isEmpty())
        printError(QCoreApplication::translate("cx::cli", "note: %1").arg(document.readOnlyReason()));
    if (!document.file())
        return;
    const WorkspaceFile &file = *document.file();
    const QString name = QDir::toNativeSeparators(document.path());
    const QString from = QString::number(file.upgradedFrom());
    const QString to = QString::number(file.schemaVersion());
    if (file.isPrivateCopy()) {
        printError(QCoreApplication::translate("cx::cli", "note: “%1” uses the older file format %2; "
                                                          "it was read through a copy upgraded to %3 "
                                                          "and is unchanged.").arg(name, from, to));
    } else if (!file.backupPath().isEmpty()) {
        printError(QCoreApplication::translate("cx::cli", "note: “%1” was upgraded from file format %2 "
                                                          "to %3; the file as it was is kept as “%4”.")
                       .arg(name, from, to, QDir::toNativeSeparators(file.backupPath())));
    }
}

void printReport(bool asJson, QJsonObject json, const QString &text, const QString &path)
{
    if (!asJson) {
        printOut(text);
        return;
    }
    json.insert(QStringLiteral("file"), path);
    printOut(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
}

} // namespace cx::cli
