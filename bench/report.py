#!/usr/bin/env python3
"""Helpers for bench/run: medians, envelopes, and the markdown report (results.jsonl -> tables and targets)."""
import json
import statistics
import sys

TARGETS = ["canned", "soapcore", "soapcore-sqlite", "breakout-memory", "breakout-sqlite", "breakout-postgres",
           "breakout-testmode", "breakout-testmode-nojournal", "wiremock", "mountebank"]
LABELS = {
    "canned": "canned (HTTP limit)",
    "soapcore": "SoapCore peer, no storage",
    "soapcore-sqlite": "SoapCore peer, SQLite",
    "breakout-memory": "Breakout, protocol only",
    "breakout-sqlite": "Breakout, SQLite (FULL)",
    "breakout-postgres": "Breakout, PostgreSQL",
    "breakout-testmode": "Breakout, SQLite, test mode, journal on",
    "breakout-testmode-nojournal": "Breakout, SQLite, test mode, journal off",
    "wiremock": "WireMock.Net 1.25.0 stub",
    "mountebank": "mountebank 2.9.1 stub",
}
# The peer a target is compared with: the same storage, or none.
PEER = {"canned": "soapcore", "soapcore": "soapcore", "breakout-memory": "soapcore",
        "soapcore-sqlite": "soapcore-sqlite", "breakout-sqlite": "soapcore-sqlite", "breakout-postgres": "soapcore-sqlite",
        "breakout-testmode": "soapcore-sqlite", "breakout-testmode-nojournal": "soapcore-sqlite", "wiremock": "soapcore", "mountebank": "soapcore"}


def load(path):
    with open(path) as f:
        return [json.loads(line) for line in f if line.strip()]


def rps(r):
    return r["wrk"]["requests"] / r["wrk"]["duration_us"] * 1e6


def runs(rows, target, workload, kind):
    return [r for r in rows if r.get("target") == target and r.get("workload") == workload and r.get("kind") == kind]


def summary(rows, target, workload):
    """Median closed-loop run (by requests/s) plus CPU and RSS over all runs, and the open-loop run."""
    closed = runs(rows, target, workload, "closed")
    if not closed:
        return None
    ordered = sorted(closed, key=rps)
    median = ordered[len(ordered) // 2]
    cpu = statistics.mean(r["cpu_ticks"] / r["hz"] / (r["wrk"]["duration_us"] / 1e6) * 100 for r in closed)
    s = {
        "rps": statistics.median(rps(r) for r in closed),
        "items": statistics.median(rps(r) for r in closed) * median["batch"],
        "p50": median["wrk"]["p50_us"] / 1000, "p99": median["wrk"]["p99_us"] / 1000, "p999": median["wrk"]["p999_us"] / 1000,
        "cpu": cpu, "rss": max(r["rss_kb"] for r in closed) / 1024,
        # Server CPU (user + system) per call: what each call costs the server, whatever the machine's speed.
        "cpu_us": statistics.mean(r["cpu_ticks"] / r["hz"] / r["wrk"]["requests"] * 1e6 for r in closed),
        "errors": sum(r["wrk"]["errors"] + r["wrk"]["non2xx"] for r in closed),
        "load": ", ".join(r["load"] for r in closed),
    }
    opened = runs(rows, target, workload, "open")
    if opened:
        o = opened[-1]
        s.update(open_rate=o["rate"], open_rps=rps(o), open_p50=o["wrk"]["p50_us"] / 1000,
                 open_p99=o["wrk"]["p99_us"] / 1000, open_p999=o["wrk"]["p999_us"] / 1000)
    return s


def envelope(ids_path, token, batch, index):
    with open(ids_path) as f:
        lines = f.read().split("\n")
    session = lines[0].split()[0]
    items = "".join(f'        <CvInvitee Id="{i}" xmlns="http://schemas.cvent.com/api/2006-11" />\n' for i in lines[1 + index:1 + index + batch])
    return ('<?xml version="1.0" encoding="utf-8"?>\n'
            '<soap:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">\n'
            '  <soap:Header>\n    <CventSessionHeader xmlns="http://api.cvent.com/2006-11">\n'
            f'      <CventSessionValue>{token}</CventSessionValue>\n    </CventSessionHeader>\n  </soap:Header>\n'
            '  <soap:Body>\n    <SessionRegAction xmlns="http://api.cvent.com/2006-11">\n'
            f'      <CvInvitees SessionRegActionType="Register" ProductId="{session}">\n{items}'
            '      </CvInvitees>\n    </SessionRegAction>\n  </soap:Body>\n</soap:Envelope>\n')


def cycle(r):
    """How far a target's batch load got, and the share of its items that were registrations (the rest unregistered)."""
    passes, n = r["calls"] / r["chunks"], r["sessions"]
    registering = sum(min(n, max(0.0, passes - start)) for start in range(0, int(passes) + 1, 2 * n)) if n else passes
    share = registering / passes if passes else 0
    return (f"{r['calls']:,} calls, {passes:,.1f} passes over {n} sessions: "
            + ("every item a fresh registration" if share >= 1 else f"{share:.0%} of items fresh registrations, the rest unregistrations"))


def ratio(value, base):
    return f"{value / base:.2f}" if base else "n/a"


def cell(s, key, all_s, target, workload, fmt):
    v = s.get(key) if s else None
    if v is None:
        return "n/a"
    canned = (all_s.get(("canned", workload)) or {}).get(key)
    peer = (all_s.get((PEER[target], workload)) or {}).get(key)
    return f"{fmt.format(v)} ({ratio(v, canned)} / {ratio(v, peer)})"


def disk(rows):
    d = [r for r in rows if r.get("kind") == "disk"]
    if not d:
        return None
    d = d[-1]
    registered = d["seats_after"] - d["seats_before"]
    return d, registered, (d["bytes_after"] - d["bytes_before"]) / registered if registered > 0 else float("nan")


def targets_table(all_s, rows):
    def get(t, w, k):
        return (all_s.get((t, w)) or {}).get(k)

    out = ["| target | measured | met |", "| --- | --- | --- |"]

    def line(text, value, ok):
        out.append(f"| {text} | {value} | {'n/a' if ok is None else ('yes' if ok else '**no**')} |")

    m, c, q, p = get("breakout-memory", "single", "rps"), get("canned", "single", "rps"), get("breakout-sqlite", "single", "rps"), get("soapcore-sqlite", "single", "rps")
    line("protocol-only single ≥ 80 % of canned", f"{m / c:.0%}" if m and c else "n/a", m / c >= 0.8 if m and c else None)
    line("SQLite single ≥ 50 % of canned", f"{q / c:.0%}" if q and c else "n/a", q / c >= 0.5 if q and c else None)
    line("SQLite single ≥ 3× SoapCore peer on SQLite", f"{q / p:.2f}×" if q and p else "n/a", q / p >= 3 if q and p else None)
    b = get("breakout-sqlite", "batch", "items")
    line("200-invitee batches on SQLite ≥ 250,000 registrations/s", f"{b:,.0f}/s" if b else "n/a", b >= 250000 if b else None)
    g = get("breakout-postgres", "single", "rps")
    skipped = [r for r in rows if r.get("target") == "breakout-postgres" and r.get("kind") == "skipped"]
    line("PostgreSQL single ≥ 30 % of canned", f"{g / c:.0%}" if g and c else ("skipped: " + skipped[0]["reason"] if skipped else "n/a"), g / c >= 0.3 if g and c else None)
    for t in ("breakout-sqlite", "breakout-memory"):
        ps, pb = get(t, "single", "open_p99"), get(t, "batch", "open_p99")
        line(f"{LABELS[t]}: p99 at half load ≤ 5 ms single", f"{ps:.2f} ms" if ps is not None else "n/a", ps <= 5 if ps is not None else None)
        line(f"{LABELS[t]}: p99 at half load ≤ 25 ms batch", f"{pb:.2f} ms" if pb is not None else "n/a", pb <= 25 if pb is not None else None)
    rss = max([v for v in (get("breakout-sqlite", w, "rss") for w in ("single", "batch")) if v] or [0])
    line("Breakout on SQLite: steady RSS ≤ 150 MB", f"{rss:.0f} MB" if rss else "n/a", rss <= 150 if rss else None)
    w, t, n = get("wiremock", "single", "rps"), get("breakout-testmode", "single", "rps"), get("breakout-testmode-nojournal", "single", "rps")
    line("test mode, journal on, SQLite single ≥ WireMock.Net stub", f"{t / w:.2f}×" if t and w else "n/a", t >= w if t and w else None)
    line("protocol-only single ≥ 2× WireMock.Net stub", f"{m / w:.2f}×" if m and w else "n/a", m >= 2 * w if m and w else None)
    line("the journal costs ≤ 10 % (test mode, journal on / off)", f"{1 - t / n:.0%}" if t and n else "n/a", t >= 0.9 * n if t and n else None)
    dk = disk(rows)
    if dk:
        d, registered, per = dk
        line(f"≤ 120 bytes on disk per registration (after {registered:,} registrations)", f"{per:.0f} B", per <= 120)
    return out


def markdown(rows, machine, quick):
    all_s = {(t, w): summary(rows, t, w) for t in TARGETS for w in ("single", "batch")}
    out = [f"# Breakout benchmark{' (quick smoke run, not a measurement)' if quick == '1' else ''}", "",
           "Every figure is followed by (ratio to canned / ratio to the SoapCore peer): the peer without storage for canned, "
           "the peer itself and Breakout protocol-only, the peer on SQLite for the SQLite and PostgreSQL targets. "
           "Closed loop: median of the runs by requests/s; latencies of that run. Open loop: one run at half the median rate.", ""]
    for w, title in (("single", "Single-invitee calls (register/unregister alternating)"), ("batch", "200-invitee batches")):
        if not any(all_s[(t, w)] for t in TARGETS):
            continue
        out += [f"## {title}", "",
                "| target | requests/s | invitees/s | p50 ms | p99 ms | p99.9 ms | server CPU % | CPU µs per call | RSS MB | errors |",
                "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
        for t in TARGETS:
            s = all_s[(t, w)]
            if not s:
                continue
            f = lambda k, fmt: cell(s, k, all_s, t, w, fmt)  # noqa: E731
            out.append(f"| {LABELS[t]} | {f('rps', '{:,.0f}')} | {f('items', '{:,.0f}')} | {f('p50', '{:.2f}')} | {f('p99', '{:.2f}')} | "
                       f"{f('p999', '{:.2f}')} | {f('cpu', '{:.0f}')} | {f('cpu_us', '{:,.0f}')} | {f('rss', '{:.0f}')} | {s['errors']} |")
        out += ["", f"Open loop at half the closed-loop rate ({title.lower()}):", "",
                "| target | offered req/s | achieved req/s | p50 ms | p99 ms | p99.9 ms |", "| --- | --- | --- | --- | --- | --- |"]
        for t in TARGETS:
            s = all_s[(t, w)]
            if not s or "open_rps" not in s:
                continue
            f = lambda k, fmt: cell(s, k, all_s, t, w, fmt)  # noqa: E731
            out.append(f"| {LABELS[t]} | {s['open_rate']:,.0f} | {f('open_rps', '{:,.0f}')} | {f('open_p50', '{:.2f}')} | "
                       f"{f('open_p99', '{:.2f}')} | {f('open_p999', '{:.2f}')} |")
        if w == "batch":
            out += ["", "Fresh invitees: pass p over the 100,000-invitee batch pool registers it into session (p mod N); once N "
                    "sessions are full, the next N passes unregister them. Where each target's batch load stopped:", ""]
            for r in rows:
                if r.get("kind") == "cycle" and r["target"] not in ("canned", "soapcore"):
                    out.append(f"- {LABELS[r['target']]}: {cycle(r)}")
            out.append("")
        out.append("")
    for r in rows:
        if r.get("kind") == "skipped":
            out += [f"{LABELS[r['target']]}: skipped ({r['reason']}).", ""]
    dk = disk(rows)
    if dk:
        d, registered, per = dk
        out += ["## Disk", "",
                f"Breakout on SQLite, after registering {registered:,} fresh invitees in 200-invitee calls: "
                f"{d['bytes_before']:,} → {d['bytes_after']:,} bytes (pages in use, free pages excluded, after a WAL checkpoint), "
                f"**{per:.1f} bytes per registration** (a seat row, its index entry, a history row; "
                f"{d['history_rows']:,} history rows in total)."
                + (f" From {d['source']}." if d.get("source") else ""), ""]
    out += ["## Targets", ""] + targets_table(all_s, rows) + ["", "## Machine", "", "```", open(machine).read().rstrip(), "```", ""]
    return "\n".join(out)


def main():
    cmd = sys.argv[1]
    if cmd == "half":
        s = summary(load(sys.argv[2]), sys.argv[3], sys.argv[4])
        print(f"{s['rps'] / 2:.1f}")
    elif cmd == "items":
        s = summary(load(sys.argv[2]), sys.argv[3], sys.argv[4])
        print(f"{s['items']:.1f}")
    elif cmd == "envelope":
        sys.stdout.write(envelope(sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])))
    elif cmd == "markdown":
        print(markdown(load(sys.argv[2]), sys.argv[3], sys.argv[4]))
    elif cmd == "docs":
        # Replaces the generated block of docs/benchmarks.md with the latest results file.
        rows, results_file = load(sys.argv[2]), sys.argv[4]
        path = "docs/benchmarks.md"
        text = open(path).read()
        start, end = "<!-- results:start -->", "<!-- results:end -->"
        body = open(results_file).read().split("\n", 1)[1].strip().replace("\n## ", "\n### ")
        new = f"{start}\nFrom `{results_file}`:\n\n{body}\n{end}"
        text = text[:text.index(start)] + new + text[text.index(end) + len(end):]
        open(path, "w").write(text)
    else:
        sys.exit(f"unknown command {cmd}")


if __name__ == "__main__":
    main()
