#!/usr/bin/env python3
"""The measuring half of Benchmarks/compare.sh: whole-process figures of caseload beside
Python's json.load of the same store files, the bytes one key writes to the terminal, and the
package-benchmark figures read back from its output; each beside its target from issue 10.

compare.sh builds caseload and generates the stores; run that, not this file, unless you are
changing the measuring itself:

  compare.py measure --caseload BIN --stores DIR --socket NAME --work DIR --out FILE [--runs N]
                    [--postgres PREFIX]
  compare.py summary --process FILE [--benchmark LOG]
"""

import argparse
import glob
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

STORES = ["team", "authority"]

# What json.load is given: the snapshot, and each journal line with json.loads, as caseload
# must read both.
JSON_LOAD = (
    "import glob, json, sys\n"
    "json.load(open(sys.argv[1]))\n"
    "for segment in sorted(glob.glob(sys.argv[2] + '/*.jsonl')):\n"
    "    for line in open(segment):\n"
    "        json.loads(line)\n"
)

POLL_SECONDS = 0.002
STABLE_SECONDS = 0.5


def fail(message):
    print(f"compare: {message}", file=sys.stderr)
    sys.exit(1)


def spread(values):
    """(min, median, max) of a list of numbers."""
    return (min(values), statistics.median(values), max(values))


def store_bytes(store):
    files = [os.path.join(store, "caseload.json")]
    files += glob.glob(os.path.join(store, "journal", "*.jsonl"))
    return sum(os.path.getsize(f) for f in files)


class Process:
    """Runs one command to its end, timing it from just before the start to the reaping."""

    def __init__(self, environment):
        self.environment = environment

    def run(self, command, stdout=None):
        with tempfile.TemporaryFile() as errors:
            start = time.monotonic()
            child = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=stdout or subprocess.DEVNULL,
                stderr=errors,
                env=self.environment,
            )
            # wait4 gives this child's own peak RSS, which RUSAGE_CHILDREN (the largest of all
            # children so far) would not once a bigger one has run.
            _, status, usage = os.wait4(child.pid, 0)
            elapsed = time.monotonic() - start
            child.returncode = os.waitstatus_to_exitcode(status)
            if child.returncode != 0:
                errors.seek(0)
                text = errors.read().decode(errors="replace").strip()
                fail(f"{' '.join(command)} exited {child.returncode}: {text}")
            return elapsed, usage.ru_maxrss * 1024

    def peak_rss(self, command):
        """Peak resident bytes of one run: /usr/bin/time -v where present, else wait4."""
        if not os.access("/usr/bin/time", os.X_OK):
            return self.run(command)[1]
        result = subprocess.run(
            ["/usr/bin/time", "-v"] + command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env=self.environment,
            text=True,
        )
        if result.returncode != 0:
            fail(f"{' '.join(command)} exited {result.returncode}: {result.stderr.strip()}")
        found = re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr)
        if not found:
            fail(f"/usr/bin/time -v printed no maximum resident set size: {result.stderr}")
        return int(found.group(1)) * 1024


class Tmux:
    """A private tmux server (its own socket), killed by compare.sh's trap if we die."""

    def __init__(self, socket, environment):
        self.socket = socket
        # The pane gets exactly these variables, whatever the caller's terminal set.
        self.environment = ["env", "-i"] + [
            f"{k}={v}" for k, v in sorted(environment.items()) if v
        ]
        # One long-lived session keeps the server up, so each measured start is one client
        # call and not a server start.
        self.call(
            "set-option", "-g", "status", "off", ";",
            "set-option", "-g", "escape-time", "0", ";",
            "new-session", "-d", "-s", "keeper", "-x", "80", "-y", "24", "tail -f /dev/null",
        )

    def call(self, *args):
        result = subprocess.run(
            ["tmux", "-L", self.socket] + list(args), capture_output=True, text=True
        )
        if result.returncode != 0:
            fail(f"tmux {' '.join(args)}: {result.stderr.strip()}")
        return result.stdout

    def start(self, name, command):
        self.call("new-session", "-d", "-s", name, "-x", "80", "-y", "24", "--",
                  *self.environment, *command)

    def screen(self, name):
        return self.call("capture-pane", "-p", "-t", name).split("\n")

    def send(self, name, key):
        self.call("send-keys", "-t", name, key)

    def kill(self, name):
        self.call("kill-session", "-t", name)


def is_board(lines):
    """The whole board is drawn: its footer and a selected worker row with a load."""
    footer = any(l.startswith("j/k move") and l.rstrip().endswith("q quit") for l in lines)
    worker = any(l.startswith(">") and "%" in l for l in lines)
    return footer and worker


class Measure:
    def __init__(self, args):
        self.args = args
        self.caseload = args.caseload
        environment = dict(os.environ)
        environment.update({"LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": "tmux-256color"})
        self.process = Process(environment)
        pane = {k: environment.get(k, "") for k in
                ["PATH", "HOME", "CASELOAD_TODAY", "XDG_STATE_HOME", "XDG_DATA_HOME",
                 "LANG", "LC_ALL", "TERM", "TMPDIR", "PGPASSWORD"]}
        self.tmux = Tmux(args.socket, pane)
        self.sessions = 0
        self.results = {"runs": args.runs, "stores": {}}

    def store(self, name):
        return os.path.join(self.args.stores, name)

    def json_load(self, name):
        store = self.store(name)
        command = [sys.executable, "-c", JSON_LOAD, os.path.join(store, "caseload.json"),
                   os.path.join(store, "journal")]
        return self.process.run(command)[0]

    def interleaved(self, name, caseload_run):
        """caseload, json.load, caseload, json.load...: both see the same machine state."""
        ours, theirs = [], []
        for _ in range(self.args.runs):
            ours.append(caseload_run())
            theirs.append(self.json_load(name))
        return {"caseload": spread(ours), "json_load": spread(theirs)}

    def first_board(self, name, place=None):
        """Seconds from the exec of caseload in a tmux pane to the first whole board seen, on
        the store `name` or the same data at `place` (a postgres:// address)."""
        self.sessions += 1
        session = f"board{self.sessions}"
        started = os.path.join(self.args.work, f"{session}.started")
        # The launcher notes the monotonic clock (system-wide) just before it becomes caseload.
        launcher = [sys.executable, "-c",
                    "import os, sys, time\n"
                    "open(sys.argv[1], 'w').write(repr(time.monotonic()))\n"
                    "os.execv(sys.argv[2], sys.argv[2:])\n",
                    started, self.caseload, "--store", place or self.store(name)]
        self.tmux.start(session, launcher)
        deadline = time.monotonic() + 120
        while True:
            lines = self.tmux.screen(session)
            seen = time.monotonic()
            if is_board(lines) and os.path.exists(started):
                break
            if seen > deadline:
                fail(f"no board within 120 s on {name}; the screen was:\n" + "\n".join(lines))
            time.sleep(POLL_SECONDS)
        with open(started) as f:
            start = float(f.read())
        self.tmux.kill(session)
        os.remove(started)
        return seen - start

    def check(self, name):
        return self.process.run([self.caseload, "check", "--store", self.store(name)])[0]

    def report(self, name):
        return self.process.run([self.caseload, "report", "--store", self.store(name)])[0]

    def reassign_ids(self, name):
        """A case held by the first team's first worker with cases, and another worker."""
        with open(os.path.join(self.store(name), "caseload.json")) as f:
            snapshot = json.load(f)
        team = snapshot["teams"][0]["id"]
        workers = [w["id"] for w in snapshot["workers"] if w["team"] == team]
        for case in snapshot["cases"]:
            holder = case.get("worker")
            if holder in workers and not case.get("closed"):
                target = next(w for w in workers if w != holder)
                return case["id"], target
        fail(f"no allocated case in team {team} of {name}")

    def reassign(self, name, case, target):
        copy = os.path.join(self.args.work, "copy")
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(self.store(name), copy, symlinks=True)
        seconds = self.process.run(
            [self.caseload, "reassign", "--store", copy, case, "--to", target,
             "--reason", "Benchmark: balancing the team", "--force"])[0]
        shutil.rmtree(copy)
        return seconds

    def wait_stable(self, session, log=None):
        """Waits until neither the screen nor the captured output changed for a while."""
        last, since = None, time.monotonic()
        deadline = since + 20
        while time.monotonic() < deadline:
            now = (self.tmux.screen(session), os.path.getsize(log) if log else 0)
            if now != last:
                last, since = now, time.monotonic()
            elif time.monotonic() - since >= STABLE_SECONDS:
                return now[0]
            time.sleep(0.02)
        fail(f"the screen of {session} did not settle")

    def key_bytes(self, name, before, key):
        """Bytes caseload writes to the terminal for one key, captured with pipe-pane."""
        self.sessions += 1
        session = f"bytes{self.sessions}"
        self.tmux.start(session, [self.caseload, "--store", self.store(name)])
        deadline = time.monotonic() + 120
        while not is_board(self.tmux.screen(session)):
            if time.monotonic() > deadline:
                fail(f"no board within 120 s on {name}")
            time.sleep(0.02)
        for k in before:
            self.tmux.send(session, k)
        screen = self.wait_stable(session)
        log = os.path.join(self.args.work, f"{session}.out")
        open(log, "w").close()
        self.tmux.call("pipe-pane", "-o", "-t", session, f"cat >> '{log}'")
        self.wait_stable(session, log)
        size = os.path.getsize(log)
        self.tmux.send(session, key)
        after = self.wait_stable(session, log)
        written = os.path.getsize(log) - size
        self.tmux.call("pipe-pane", "-t", session)
        self.tmux.kill(session)
        if after == screen:
            fail(f"key {key} changed nothing on {name}:\n" + "\n".join(after))
        return written

    def run(self):
        runs = self.args.runs
        for name in STORES:
            store = self.store(name)
            row = self.results["stores"][name] = {"bytes": store_bytes(store)}
            print(f"\n== {name} store: {row['bytes'] / 1e6:.1f} MB of store files "
                  f"(snapshot and journal); {runs} runs of each, interleaved", flush=True)

            row["first_board"] = self.interleaved(name, lambda: self.first_board(name))
            self.show("first board (tmux, upper bound)", row["first_board"])
            if self.args.postgres:
                place = self.args.postgres + name
                row["postgres_first_board"] = self.interleaved(
                    name, lambda: self.first_board(name, place))
                self.show("first board on PostgreSQL (tmux, upper bound)",
                          row["postgres_first_board"])
            row["check"] = self.interleaved(name, lambda: self.check(name))
            self.show("caseload check", row["check"])
            row["report"] = self.interleaved(name, lambda: self.report(name))
            self.show("caseload report", row["report"])
            case, target = self.reassign_ids(name)
            row["reassign"] = self.interleaved(name, lambda: self.reassign(name, case, target))
            self.show(f"caseload reassign {case} --to {target}", row["reassign"])

            rss = [self.process.peak_rss([self.caseload, "report", "--store", store])
                   for _ in range(runs)]
            row["report_rss"] = spread(rss)
            low, mid, high = row["report_rss"]
            how = "/usr/bin/time -v" if os.access("/usr/bin/time", os.X_OK) else "wait4"
            print(f"  peak RSS of report ({how}): {low / 1e6:.0f} / {mid / 1e6:.0f} / "
                  f"{high / 1e6:.0f} MB (min/median/max) = {mid / row['bytes']:.2f} x the "
                  f"store files", flush=True)

            row["list_move_bytes"] = self.key_bytes(name, ["Enter"], "j")
            row["board_move_bytes"] = self.key_bytes(name, [], "j")
            print(f"  bytes to the terminal: list cursor move (worker's cases, j) "
                  f"{row['list_move_bytes']} B; board worker selection (j) "
                  f"{row['board_move_bytes']} B", flush=True)
        with open(self.args.out, "w") as f:
            json.dump(self.results, f)

    @staticmethod
    def show(what, figures):
        ours, theirs = figures["caseload"], figures["json_load"]
        print(f"  {what}: {fmt(ours)} s; json.load {fmt(theirs)} s; "
              f"ratio of medians {ours[1] / theirs[1]:.2f}", flush=True)


def fmt(values):
    return " / ".join(f"{v:.3f}" for v in values)


# MARK: package-benchmark's output

UNITS = {"ns": 1e-6, "μs": 1e-3, "us": 1e-3, "ms": 1.0, "s": 1e3}
SCALE = {"#": 1, "K": 1e3, "M": 1e6, "G": 1e9}


def parse_benchmarks(path):
    """{name: {"wall": (p50, p99, max) in ms, "rss": p100 in bytes, "samples": n}}."""
    results, name = {}, None
    row = re.compile(r"^│\s*(.+?)\s*│(.*)│\s*$")
    with open(path) as f:
        for line in f:
            line = line.rstrip("\n")
            if re.match(r"^\S.* \((team|authority)\)$", line):
                name = line
                results[name] = {}
                continue
            found = row.match(line)
            if not name or not found or found.group(1).startswith("Metric"):
                continue
            cells = [c.strip() for c in found.group(2).split("│")]
            try:
                numbers = [float(c) for c in cells]
            except ValueError:
                continue
            p0, p25, p50, p75, p90, p99, p100, samples = numbers
            label = found.group(1)
            if label.startswith("Time (wall clock)"):
                unit = re.search(r"\((ns|μs|us|ms|s)\)", label).group(1)
                k = UNITS[unit]
                results[name]["wall"] = (p50 * k, p99 * k, p100 * k)
                results[name]["samples"] = int(samples)
            elif label.startswith("Memory (resident peak)"):
                unit = re.search(r"\(([#KMG])\)", label)
                results[name]["rss"] = p100 * SCALE[unit.group(1) if unit else "#"]
    return results


# MARK: the summary

def verdict(ok):
    return "met" if ok else "NOT MET"


def summary(args):
    with open(args.process) as f:
        process = json.load(f)
    lines = []

    def target(figure, value, goal, ok):
        lines.append((figure, value, goal, verdict(ok)))

    for name in STORES:
        row = process["stores"][name]
        for key, label, limit in [
            ("first_board", "first board", 0.25),
            ("check", "everything loaded and validated (check)", 0.75),
            ("report", "report, whole process", 0.5),
            ("reassign", "reassign, whole process", 0.5),
        ]:
            ours, theirs = row[key]["caseload"], row[key]["json_load"]
            ratio = ours[1] / theirs[1]
            target(f"{name}: {label}",
                   f"{fmt(ours)} s vs json.load {fmt(theirs)} s: {ratio:.2f}x",
                   f"<= {limit} x json.load", ratio <= limit)
        if "postgres_first_board" in row:
            ours, theirs = row["postgres_first_board"]["caseload"], row["postgres_first_board"]["json_load"]
            ratio = ours[1] / theirs[1]
            target(f"{name}: first board on PostgreSQL",
                   f"{fmt(ours)} s vs json.load {fmt(theirs)} s: {ratio:.2f}x",
                   "<= 0.5 x json.load", ratio <= 0.5)
        low, mid, high = row["report_rss"]
        target(f"{name}: peak memory (report)",
               f"{low / 1e6:.0f}/{mid / 1e6:.0f}/{high / 1e6:.0f} MB, store files "
               f"{row['bytes'] / 1e6:.1f} MB: {mid / row['bytes']:.2f}x",
               "< 2 x store files", mid < 2 * row["bytes"])
        target(f"{name}: list cursor move", f"{row['list_move_bytes']} bytes", "<= 250 bytes",
               row["list_move_bytes"] <= 250)
        target(f"{name}: board worker selection move", f"{row['board_move_bytes']} bytes",
               "<= 1 KB", row["board_move_bytes"] <= 1024)

    if args.benchmark:
        bench = parse_benchmarks(args.benchmark)
        print("\n== package-benchmark: wall clock per operation, ms "
              "(p50 / p99 / max over the samples)")
        print(f"  {'benchmark':48} {'p50':>9} {'p99':>9} {'max':>9} {'samples':>8}  peak RSS")
        for name in sorted(bench):
            b = bench[name]
            if "wall" not in b:
                continue
            p50, p99, top = b["wall"]
            rss = f"{b['rss'] / 1e6:.0f} MB" if "rss" in b else "-"
            print(f"  {name:48} {p50:9.3f} {p99:9.3f} {top:9.3f} {b['samples']:8}  {rss}")

        def pair(prefix):
            found = {}
            for name in STORES:
                key = f"{prefix} ({name})"
                if key not in bench or "wall" not in bench[key]:
                    fail(f"package-benchmark printed no wall clock for '{key}'")
                found[name] = bench[key]["wall"]
            return found

        keys = sorted({n.rsplit(" (", 1)[0] for n in bench if n.startswith("key ")})
        commits = sorted({n.rsplit(" (", 1)[0] for n in bench
                          if n.startswith("commit ") and "no sync" not in n})
        for key in keys:
            both = pair(key)
            for name in STORES:
                p50, _, top = both[name]
                target(f"{name}: {key}, median", f"{p50:.3f} ms", "< 2 ms", p50 < 2)
                target(f"{name}: {key}, worst", f"{top:.3f} ms", "< 10 ms", top < 10)
            ratio = both["authority"][0] / both["team"][0]
            target(f"{key}: authority / team median", f"{ratio:.2f}x", "<= 1.5 x", ratio <= 1.5)
        for commit in commits:
            both = pair(commit)
            for name in STORES:
                p50, p99, _ = both[name]
                target(f"{name}: {commit}, median", f"{p50:.3f} ms", "< 10 ms", p50 < 10)
                target(f"{name}: {commit}, p99", f"{p99:.3f} ms", "< 20 ms", p99 < 20)
            ratio = both["authority"][0] / both["team"][0]
            target(f"{commit}: authority / team median", f"{ratio:.2f}x", "<= 1.5 x",
                   ratio <= 1.5)
            # The fdatasync is most of a commit and varies with the disk's other traffic; the
            # same commit without it shows whether the rest grows with the store.
            if any(n.startswith(f"{commit}, no sync (") for n in bench):
                quiet = pair(f"{commit}, no sync")
                ratio = quiet["authority"][0] / quiet["team"][0]
                target(f"{commit} without fdatasync: authority / team median",
                       f"{quiet['authority'][0]:.3f} / {quiet['team'][0]:.3f} ms: {ratio:.2f}x",
                       "<= 1.5 x", ratio <= 1.5)
    else:
        lines.append(("key presses and commits", "not run (--quick)", "", ""))

    width = max(len(l[0]) for l in lines)
    value_width = max(len(l[1]) for l in lines)
    print("\n== targets (issues 10 and 12); times are min / median / max of "
          f"{process['runs']} runs unless named p50/p99/max")
    for figure, value, goal, result in lines:
        print(f"  {figure:{width}}  {value:{value_width}}  {goal:22} {result}")
    met = sum(1 for l in lines if l[3] == "met")
    judged = sum(1 for l in lines if l[3])
    print(f"\n  {met} of {judged} targets met. The targets are for authority scale; on the team "
          "store a process's\n  fixed costs (start-up, about 25 MB of runtime) are most of "
          "every whole-process figure.")


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    measure = commands.add_parser("measure")
    measure.add_argument("--caseload", required=True)
    measure.add_argument("--stores", required=True)
    measure.add_argument("--socket", required=True)
    measure.add_argument("--work", required=True)
    measure.add_argument("--out", required=True)
    measure.add_argument("--runs", type=int, default=5)
    measure.add_argument("--postgres", help="postgres://USER@HOST:PORT/PREFIX of the copies")
    summarize = commands.add_parser("summary")
    summarize.add_argument("--process", required=True)
    summarize.add_argument("--benchmark")
    args = parser.parse_args()
    if args.command == "measure":
        Measure(args).run()
    else:
        summary(args)


if __name__ == "__main__":
    main()
