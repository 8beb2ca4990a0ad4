// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverpasswords.h"

#include <QPointer>
#include <qt6keychain/keychain.h>

namespace cx {

namespace {

template<typename JobType>
JobType *makeJob(const QString &key)
{
    auto *job = new JobType(ServerPasswords::service());
    job->setAutoDelete(true);
    // Never QSettings in plain text: no keyring means the password is not remembered.
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

QString problemOf(const QKeychain::Job &job)
{
    return job.errorString().isEmpty() ? ServerPasswords::tr("the keyring gave no reason") : job.errorString();
}

} // namespace

QString ServerPasswords::service()
{
    return QStringLiteral("CX Atlas team workspaces");
}

void ServerPasswords::read(QObject *owner, const QString &key, ReadDone done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(key);
    QObject::connect(job, &QKeychain::Job::finished, owner, [job, done = std::move(done)] {
        switch (job->error()) {
        case QKeychain::NoError:
            done(true, job->textData(), QString());
            break;
        case QKeychain::EntryNotFound:
            done(false, QString(), QString());
            break;
        default:
            done(false, QString(), problemOf(*job));
            break;
        }
    });
    job->start();
}

void ServerPasswords::write(QObject *owner, const QString &key, const QString &password, WriteDone done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(key);
    job->setTextData(password);
    QObject::connect(job, &QKeychain::Job::finished, owner, [job, done = std::move(done)] {
        if (done)
            done(job->error() == QKeychain::NoError ? QString() : problemOf(*job));
    });
    job->start();
}

void ServerPasswords::remove(QObject *owner, const QString &key, WriteDone done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(key);
    QObject::connect(job, &QKeychain::Job::finished, owner, [job, done = std::move(done)] {
        if (done)
            done(job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound
                     ? QString() : problemOf(*job));
    });
    job->start();
}

} // namespace cx
