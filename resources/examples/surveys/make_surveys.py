#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 CX Atlas contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the example bank's survey exports: the relationship NPS survey and the post-onboarding
effort (CES, 1-7) survey, July 2025 to October 2026, as a survey tool exports them. They are
illustrative, made with a fixed seed: onboarding gets easier month by month and NPS follows.
example.json holds them imported into its metrics, so the Metrics view, `cxatlas metrics` and
the PDF show intervals, status and a driver correlation. Run `python3 make_surveys.py` to write
the CSV files, and `python3 make_surveys.py ../example.json` to write them into the example too
(as `cxatlas responses import` would, with the example's readable ids)."""
import csv, datetime, random

random.seed(2025)
personas = ["Busy switcher", "Cautious first-timer", "Small-business owner"]
moments = ["Verify identity with passport photo and selfie", "Picks a switch date", "First card payment"]
months = [(2025 + (6 + k) // 12, (6 + k) % 12 + 1) for k in range(16)]


def days(year, month, count):
    first = datetime.date(year, month, 1)
    last = (first.replace(day=28) + datetime.timedelta(days=4)).replace(day=1) - datetime.timedelta(days=1)
    for _ in range(count):
        d = first + datetime.timedelta(days=random.randrange((last - first).days + 1))
        yield datetime.datetime(d.year, d.month, d.day, random.randrange(7, 22), random.randrange(60))


with open("relationship-nps.csv", "w", newline="", encoding="utf-8") as f:
    out = csv.writer(f, lineterminator="\n")
    out.writerow(["submitted_at", "likely_to_recommend", "persona"])
    for k, (y, m) in enumerate(months):
        nps = 29 + 0.8 * k + random.gauss(0, 2.5)
        promoters, detractors = 0.375 + nps / 200, 0.375 - nps / 200
        rows = []
        for at in days(y, m, random.randrange(38, 56)):
            u = random.random()
            score = (random.choice([9, 10, 10]) if u < promoters else
                     random.choice([0, 2, 3, 4, 5, 5, 6, 6, 6]) if u < promoters + detractors else random.choice([7, 8]))
            rows.append((at.strftime("%Y-%m-%dT%H:%M:00Z"), score, random.choice(personas)))
        out.writerows(sorted(rows))

with open("onboarding-effort.csv", "w", newline="", encoding="utf-8") as f:
    out = csv.writer(f, lineterminator="\n")
    out.writerow(["submitted_at", "ease", "step", "persona"])
    for k, (y, m) in enumerate(months):
        mean = 5.0 + 0.055 * k + random.gauss(0, 0.12)
        rows = []
        for at in days(y, m, random.randrange(32, 44)):
            score = min(7, max(1, round(random.gauss(mean, 1.1))))
            rows.append((at.strftime("%Y-%m-%dT%H:%M:00Z"), score, random.choice(moments), random.choice(personas)))
        out.writerows(sorted(rows))


def into_example(path):
    """Puts the two exports into example.json as the imports `cxatlas responses import` makes
    (same rows, same order), with the example's own readable ids and a fixed import time."""
    import json
    with open(path, encoding="utf-8") as f:
        example = json.load(f)
    moment_ids = {m["title"]: m["id"] for j in example["journeys"] for m in j.get("moments", [])}
    imports = {
        "Net Promoter Score": ("responses-relationship-nps", "relationship-nps.csv", "nps", 0, 10,
                               "likely_to_recommend", None),
        "Onboarding effort (CES)": ("responses-onboarding-effort", "onboarding-effort.csv", "ces7", 1, 7,
                                    "ease", "step"),
    }
    for metric in example["metrics"]:
        if metric["title"] not in imports:
            continue
        rid, source, scale, low, high, score_column, moment_column = imports[metric["title"]]
        rows = []
        with open(source, encoding="utf-8") as f:
            for row in csv.DictReader(f):
                response = {"date": row["submitted_at"][:10], "score": int(row[score_column])}
                if moment_column:
                    response["moment"] = moment_ids[row[moment_column]]
                response["segment"] = row["persona"]
                rows.append(response)
        metric["responseImports"] = [{"id": rid, "title": source,
                                      "notes": "Monthly export from the survey tool, July 2025 to October 2026.",
                                      "created": "2026-11-02T09:00:00Z", "scale": scale, "low": low, "high": high,
                                      "responses": rows}]
    with open(path, "w", encoding="utf-8") as f:
        f.write(json.dumps(example, indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    import sys
    if len(sys.argv) == 2:
        into_example(sys.argv[1])
