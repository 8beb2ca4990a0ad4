// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixture.h"

#include "syntheticworkspace.h"

using namespace cx;

WorkspaceController *Fixture::openSample()
{
    const QString name = QStringLiteral("sample-%1.cxatlas").arg(++m_files);
    QString path;
    {
        auto document = test::sampleDocument(m_dir, m_samples, name);
        if (!document)
            return nullptr;
        path = document->path();
    }
    auto *workspace = new WorkspaceController(this);
    workspace->open(path);
    return workspace;
}

WorkspaceController *Fixture::openSynthetic(int moments)
{
    const QString path = m_dir.filePath(QStringLiteral("synthetic-%1.cxatlas").arg(++m_files));
    bench::SyntheticOptions options;
    options.moments = moments;
    const auto data = bench::SyntheticWorkspace::generate(options);
    if (!bench::writeWorkspaceFile(path, data.allNodes(), data.allLinks()))
        return nullptr;
    auto *workspace = new WorkspaceController(this);
    workspace->open(path);
    return workspace;
}

QString Fixture::id(const QString &name) const
{
    const test::Samples &s = m_samples;
    const QHash<QString, Uid> ids{
        {QStringLiteral("seeAd"), s.seeAd.uid}, {QStringLiteral("fillForm"), s.fillForm.uid},
        {QStringLiteral("verify"), s.verify.uid}, {QStringLiteral("discover"), s.discover.uid},
        {QStringLiteral("apply"), s.apply.uid}, {QStringLiteral("steps"), s.steps.uid},
        {QStringLiteral("backstage"), s.backstage.uid}, {QStringLiteral("journey"), s.journey.uid},
        {QStringLiteral("persona"), s.persona.uid}, {QStringLiteral("story"), s.story.uid},
        {QStringLiteral("system"), s.system.uid}, {QStringLiteral("nps"), s.nps.uid},
        {QStringLiteral("effort"), s.effort.uid}};
    return uidText(ids.value(name));
}

int Fixture::undoCount(WorkspaceController *workspace) const
{
    return workspace && workspace->document() ? workspace->document()->undoStack()->count() : -1;
}
