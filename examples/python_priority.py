"""A notebook's walk-through as a script: load an export into pandas, scan it
with vocal, pivot a theme figure by a segment, and plot which themes to work
on first (how many comments mention a theme against how much it moves NPS).

    python3 examples/python_priority.py [EXPORT] [PNG]

EXPORT defaults to tests/data/sample.csv.gz, PNG to docs/python-priority.png.
The README's "From Python" section shows this run; the Python tests run it.
"""
import os
import sys

import matplotlib

matplotlib.use("Agg")  # no display needed: the figure goes to a file
import matplotlib.pyplot as plt
import pandas as pd

import vocal

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
export = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "tests", "data", "sample.csv.gz")
png = sys.argv[2] if len(sys.argv) > 2 else os.path.join(root, "docs", "python-priority.png")

# 1. The export as analysts have it: a DataFrame.
df = pd.read_csv(export)
print(df.shape, list(df.columns))

# 2. The theme table, fed from the DataFrame in memory.
run = vocal.run(df, text="comment", score="nps", by=["region"], threads=2)
table = run.table
print("rows read %d, analyzed %d, rejected %d" % (run.rows_read, run.rows_analyzed, run.rows_rejected))

# 3. NPS of the comments mentioning each top-level theme, by region.
top = table[(table.theme != "*") & ~table.theme.str.contains("/")]
pivot = top[top.dimension == "region"].pivot(index="theme", columns="segment", values="nps")
print(pivot.round(1).to_string())

# 4. Priority of the sub-themes: the share of comments that mention one
#    against its NPS impact (how many NPS points the comments that mention
#    it cost or add; see the README's "Output columns").
everyone = table[(table.dimension == "all") & (table.theme == "*")].comments.iloc[0]
leaves = table[(table.dimension == "all") & table.theme.str.contains("/") & ~table.theme.str.startswith("signal/")]
themes = leaves.assign(share=leaves.comments / everyone).sort_values("nps_impact")
print(themes[["theme", "comments", "share", "nps", "nps_impact"]].head(8).round(3).to_string(index=False))

fig, ax = plt.subplots(figsize=(7, 4.5), dpi=100)
ax.scatter(themes.share * 100, themes.nps_impact, s=themes.comments / 3, alpha=0.6, color="#3b6ea5")
for t in themes.head(6).itertuples():  # the six that cost the most
    ax.annotate(t.theme, (t.share * 100, t.nps_impact), xytext=(4, 4), textcoords="offset points", fontsize=9)
ax.axhline(0, color="grey", linewidth=0.8)
ax.set_xlabel("comments mentioning the theme (%)")
ax.set_ylabel("NPS impact (points)")
ax.set_title("Where to start: frequent sub-themes that pull NPS down")
fig.tight_layout()
fig.savefig(png)
print("wrote", os.path.basename(png))
