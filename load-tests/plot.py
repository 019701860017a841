#!/usr/bin/env python3
"""SVG line charts of benchmark.sh's intake-rates.csv, without plotting libraries:
   plot.py results/intake-rates.csv OUT.svg"""
import csv, sys

rows = [r for r in csv.DictReader(open(sys.argv[1])) if r["p99_ms"] not in ("", "-")]
series = [("p50_ms", "intake p50", "#1f77b4"), ("p99_ms", "intake p99", "#d62728"),
          ("notify_p99_ms", "to the inbox, p99", "#2ca02c"), ("count_p99_ms", "to the statistics, p99", "#9467bd")]
W, H, L, B, T, R = 720, 400, 60, 50, 30, 190
xs = [float(r["rate"]) for r in rows]
ymax = max([100.0] + [float(r[k]) for r in rows for k, _, _ in series if r[k] not in ("", "-")]) * 1.1
def x(v): return L + (v - 0) / (max(xs) * 1.05) * (W - L - R)
def y(v): return H - B - v / ymax * (H - B - T)
out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" font-family="sans-serif" font-size="12">',
       f'<rect width="{W}" height="{H}" fill="white"/>',
       f'<text x="{L}" y="18" font-size="14">Hotline intakes: latency by arrival rate (open model)</text>',
       f'<line x1="{L}" y1="{H-B}" x2="{W-R}" y2="{H-B}" stroke="black"/><line x1="{L}" y1="{T}" x2="{L}" y2="{H-B}" stroke="black"/>',
       f'<line x1="{L}" y1="{y(100):.1f}" x2="{W-R}" y2="{y(100):.1f}" stroke="#999" stroke-dasharray="4"/>',
       f'<text x="{W-R+4}" y="{y(100)+4:.1f}" fill="#666">100 ms target</text>',
       f'<text x="{(L+W-R)/2}" y="{H-12}" text-anchor="middle">intakes per second</text>',
       f'<text x="14" y="{(T+H-B)/2}" transform="rotate(-90 14 {(T+H-B)/2})" text-anchor="middle">milliseconds</text>']
for v in xs:
    out.append(f'<text x="{x(v):.1f}" y="{H-B+16}" text-anchor="middle">{v:g}</text>')
for i in range(0, 6):
    v = ymax / 5 * i
    out.append(f'<text x="{L-6}" y="{y(v)+4:.1f}" text-anchor="end">{v:.0f}</text>')
for n, (key, label, color) in enumerate(series):
    pts = [(x(float(r["rate"])), y(float(r[key]))) for r in rows if r[key] not in ("", "-")]
    if pts:
        out.append(f'<polyline fill="none" stroke="{color}" stroke-width="2" points="{" ".join(f"{a:.1f},{b:.1f}" for a, b in pts)}"/>')
        out += [f'<circle cx="{a:.1f}" cy="{b:.1f}" r="3" fill="{color}"/>' for a, b in pts]
    out.append(f'<rect x="{W-R+10}" y="{T+20+n*18}" width="12" height="3" fill="{color}"/>')
    out.append(f'<text x="{W-R+28}" y="{T+25+n*18}">{label}</text>')
out.append('</svg>')
open(sys.argv[2], "w").write("\n".join(out) + "\n")
