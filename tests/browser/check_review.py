#!/usr/bin/env python3
"""check_review.py DOM TABLE - the review as Chromium rendered it (DOM,
from --dump-dom) against `vocal scan`'s table of the same file (TABLE, with
--by region --period date). Prints one line per check; exits 1 on a failure.

The colour check simulates deuteranopia with Machado, Oliveira and
Fernandes' matrix (2009, severity 1) in linear RGB and measures the distance
of the simulated negative and positive colours in CIELAB (CIE76 delta E):
they must stay far apart (>= 20), where the red/green pair of the first
review falls to a distance under 10 for a deuteranope.
"""
import csv
import html.parser
import re
import sys

fails = 0


def check(what, ok, detail=""):
    global fails
    print(("ok: " if ok else "FAIL: ") + what + (": " + detail if detail else ""))
    if not ok:
        fails += 1


class Dom(html.parser.HTMLParser):
    """Text by element id, counts of elements by class, the heatmap cells,
    the style sheet."""

    def __init__(self):
        super().__init__()
        self.ids, self.classes, self.stack = {}, {}, []
        self.style, self.in_style = "", False
        self.heat, self.in_heat, self.fills = [], False, []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for c in (a.get("class") or "").split():
            self.classes[c] = self.classes.get(c, 0) + 1
        if tag == "style":
            self.in_style = True
        if a.get("id") == "heatmap":
            self.in_heat = True
        if self.in_heat and tag == "td" and "cell" in (a.get("class") or ""):
            self.heat.append("lowbase" in a.get("class"))
        if tag == "circle" and "point" in (a.get("class") or ""):
            self.fills.append(a.get("fill"))
        self.stack.append((tag, a.get("id")))
        if a.get("id"):
            self.ids[a["id"]] = ""

    def handle_endtag(self, tag):
        if tag == "style":
            self.in_style = False
        if tag == "table":
            self.in_heat = False
        while self.stack:
            t, _ = self.stack.pop()
            if t == tag:
                break

    def handle_data(self, data):
        if self.in_style:
            self.style += data
        for _, i in self.stack:
            if i:
                self.ids[i] += data


def srgb_to_linear(c):
    c /= 255.0
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def lab(rgb_linear):
    r, g, b = rgb_linear
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
    f = lambda t: t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116
    return (116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z)))


MACHADO_DEUTERANOPIA = ((0.367322, 0.860646, -0.227968),
                        (0.280085, 0.672501, 0.047413),
                        (-0.011820, 0.042940, 0.968881))


def deutan_lab(hexcolour):
    rgb = [srgb_to_linear(int(hexcolour[i:i + 2], 16)) for i in (1, 3, 5)]
    sim = [min(1.0, max(0.0, sum(m * c for m, c in zip(row, rgb)))) for row in MACHADO_DEUTERANOPIA]
    return lab(sim)


def distance(a, b):
    la, lb = deutan_lab(a), deutan_lab(b)
    return sum((x - y) ** 2 for x, y in zip(la, lb)) ** 0.5


def main():
    dom = Dom()
    dom.feed(open(sys.argv[1], encoding="utf-8").read())
    rows = list(csv.DictReader(open(sys.argv[2], encoding="utf-8")))
    themes = [r["theme"] for r in rows if r["dimension"] == "all" and r["theme"] != "*"
              and not r["theme"].startswith("signal/")]
    comments = {r["theme"]: int(r["comments"]) for r in rows if r["dimension"] == "all"}
    leaves = [t for t in themes if not any(o.startswith(t + "/") for o in themes)]
    periods = sorted({r["segment"] for r in rows if r["dimension"] == "period" and not r["segment"].startswith("(")})
    latest = {r["theme"]: r for r in rows if r["dimension"] == "period" and r["segment"] == periods[-1]}["*"]
    before = {r["theme"]: r for r in rows if r["dimension"] == "period" and r["segment"] == periods[-2]}["*"]

    # the headline is the latest period's
    check("headline NPS is " + periods[-1] + "'s", dom.ids.get("headline", "").strip() == latest["nps"],
          "%s against %s" % (dom.ids.get("headline"), latest["nps"]))
    shown = dom.ids.get("headline-comments", "").replace(",", "").strip()
    check("headline comments", shown == latest["comments"], "%s against %s" % (shown, latest["comments"]))
    change = dom.ids.get("change-prev", "").replace("\u2212", "-").strip()
    num = re.search(r"[-+]?\d+\.\d", change)
    want = float(latest["nps"]) - float(before["nps"])
    check("change against " + periods[-2], num is not None and abs(float(num.group()) - want) < 0.11,
          "%s against %.1f" % (change, want))

    # one mark per theme
    placed = [t for t in leaves if comments.get(t, 0) > 0]
    check("priority chart points (one per leaf theme with comments)",
          dom.classes.get("point", 0) == len(placed), "%d against %d" % (dom.classes.get("point", 0), len(placed)))
    check("split bars (one per theme)", dom.classes.get("split-bar", 0) == len(themes),
          "%d against %d" % (dom.classes.get("split-bar", 0), len(themes)))
    check("trend lines (one per theme)", dom.classes.get("trend", 0) == len(themes),
          "%d against %d" % (dom.classes.get("trend", 0), len(themes)))
    check("trend chart with its band", "trend-chart" in dom.ids and dom.classes.get("band", 0) == 1)
    regions = sorted({r["segment"] for r in rows if r["dimension"] == "region"})
    check("heatmap cells (theme x region)", len(dom.heat) == len(themes) * len(regions),
          "%d against %d" % (len(dom.heat), len(themes) * len(regions)))
    low = sum(1 for r in rows if r["dimension"] == "region" and r["theme"] in themes and int(r["comments"]) < 30)
    check("heatmap cells under the base greyed", sum(dom.heat) == low, "%d against %d" % (sum(dom.heat), low))

    # the palette for deuteranopes
    neg = re.search(r"--neg:(#[0-9a-f]{6})", dom.style)
    pos = re.search(r"--pos:(#[0-9a-f]{6})", dom.style)
    check("palette declared", neg is not None and pos is not None)
    if neg and pos:
        d = distance(neg.group(1), pos.group(1))
        check("negative and positive apart for deuteranopes", d >= 20, "delta E %.1f" % d)
        old = distance("#d9534f", "#5cb85c")
        check("the simulation confuses the old red/green pair (a sanity check)", old < 10, "delta E %.1f" % old)
        check("chart points in the palette", all(f in (neg.group(1), pos.group(1)) for f in dom.fills),
              ",".join(sorted(set(dom.fills))))

    check("churn-risk section", "churn" in dom.ids and "churn-count" in dom.ids)
    check("quotes with their context", dom.classes.get("detractor", 0) > 0 and
          len(re.findall(r"score \d+", dom.ids.get("quotes", ""))) > 0)
    check("summary sentences", len(re.findall(r"see ", dom.ids.get("summary", ""))) >= 4)
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
