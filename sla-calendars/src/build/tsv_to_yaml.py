#!/usr/bin/env python3
"""Converts ../shared/data/{cn-mainland,hk-general}.tsv into the holiday files shipped as resources.

Run from the repository root: python3 sla-calendars/src/build/tsv_to_yaml.py /path/to/shared/data
Consecutive days off of one name become one from/to range. The output is checked by the tests
(counts per year, spot dates), which read it with the same reader users' files go through.
"""
import datetime
import sys

OUT = "sla-calendars/src/main/resources/org/slakit/calendars/"
COVERS = ("2019-01-01", "2026-12-31")


def quote(text):
    # Double-quoted YAML: escapes only what needs it; names hold apostrophes and CJK text.
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def entry(first, last, en, zh):
    names = "name: " + quote(en) + ", name-zh: " + quote(zh)
    if first == last:
        return "  - {date: " + first.isoformat() + ", " + names + "}"
    return "  - {from: " + first.isoformat() + ", to: " + last.isoformat() + ", " + names + "}"


def ranges(rows):
    out = []
    for day, en, zh in rows:
        if out and out[-1][2] == en and out[-1][3] == zh and out[-1][1] + datetime.timedelta(days=1) == day:
            out[-1][1] = day
        else:
            out.append([day, day, en, zh])
    return out


def write(name, header, region, title, off, work):
    lines = [*("# " + h if h else "#" for h in header), "slakit-holidays: 1", "region: " + region,
             "name: " + title, "covers: {from: " + COVERS[0] + ", to: " + COVERS[1] + "}", "days-off:"]
    lines += [entry(*r) for r in ranges(off)]
    if work:
        lines.append("working-days:   # make-up working days (调休): Monday's windows")
        lines += [entry(d, d, en, zh) for d, en, zh in work]
    with open(OUT + name, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def main(data):
    cn_off, cn_work = [], []
    with open(data + "/cn-mainland.tsv", encoding="utf-8") as f:
        next(f)
        for line in f:
            date, kind, en, zh = line.rstrip("\n").split("\t")
            (cn_off if kind == "off" else cn_work).append((datetime.date.fromisoformat(date), en, zh))
    write("cn-mainland.yaml", [
        "Mainland China: statutory holiday periods and make-up working days (调休), 2019-2026.",
        "",
        "Every calendar day inside an announced holiday period is a day off, weekend days included;",
        "a weekend 'joined to' a single holiday (与周末连休) is an ordinary weekend and is not listed.",
        "Names are the headings of the State Council General Office notices (国务院办公厅关于…部分节假日安排的通知).",
        "Sources: the yearly notices on gov.cn, as collected by NateScarlet/holiday-cn (primary, MIT),",
        "cross-checked against LKI/chinese-calendar, vacanza/holidays (python-holidays), vsme/chinese-days",
        "and a hand transcription of the notice texts; see SOURCES.md of the slakit data for commits.",
        "2020: the extended Spring Festival (to 02-02, so 02-01 is off); 2019: the amended Labour Day.",
        "Coverage ends 2026-12-31: add a 2027 file when the notice appears (usually in November 2026).",
    ], "cn", "Mainland China public holidays", cn_off, cn_work)
    hk = []
    with open(data + "/hk-general.tsv", encoding="utf-8") as f:
        next(f)
        for line in f:
            date, en, zh = line.rstrip("\n").split("\t")
            hk.append((datetime.date.fromisoformat(date), en, zh))
    write("hong-kong.yaml", [
        "Hong Kong: the general holidays other than Sundays, 2019-2026 (17 a year).",
        "",
        "Every Sunday is also a general holiday by law; calendars closed on Sundays need no entry for it.",
        "Substitute days are listed under their official names; Saturday holidays are kept.",
        "Sources: the HKSAR Government 1823 holiday feed (www.1823.gov.hk/common/ical/{en,tc}.json), via",
        "snapshots kept in raymondckm2000/hk-holidays, cross-checked against vacanza/holidays",
        "(python-holidays, MIT); see SOURCES.md of the slakit data for commits.",
        "Coverage ends 2026-12-31: add a 2027 file once the year's holidays are gazetted.",
    ], "hk", "Hong Kong general holidays", hk, [])


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
