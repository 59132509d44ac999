#!/usr/bin/env python3
"""check_scenarios.py BINARY DIR — the scenario acceptance test.

For every labelled session in DIR (tests/scenarios): replay it (serial groups
together), then require:
  - grooming (g*): a grooming alert on an offender, and no alert of any
    kind naming a non-offender;
  - serial (s* group): a serial_contact alert for an offender;
  - flood (f*): a flood alert;
  - benign (b*): no alert at all.
Also runs tests/evalchat.py (the judging measure) and prints its summary.
Exits non-zero on any failure. Sessions are not special-cased anywhere in
the engine: this only reads the labels."""
import collections, glob, json, os, subprocess, sys

def main():
    binary, d = sys.argv[1], sys.argv[2]
    groups = collections.OrderedDict()
    for f in sorted(glob.glob(os.path.join(d, "*.ndjson"))):
        lab = json.load(open(f[:-7] + ".label.json"))
        groups.setdefault(lab.get("serial_group") or f, []).append((f, lab))
    failures = []
    for key, members in groups.items():
        files = [m[0] for m in members]
        name = os.path.basename(files[0])
        p = subprocess.run([binary, "replay", *files], capture_output=True, text=True, timeout=120)
        if p.returncode != 0:
            failures.append(f"{name}: exit {p.returncode}: {p.stderr[:200]}")
            continue
        out = [json.loads(l) for l in p.stdout.splitlines() if l.strip()]
        alerts = [o for o in out if o.get("kind") == "alert"]
        offenders = set()
        for _, lab in members:
            offenders |= set(lab["offenders"])
        kind = name[0]
        who = lambda a: ({a.get("user")} | set(a.get("users") or [])) - {None}
        if kind == "b":
            if alerts:
                failures.append(f"{name}: benign but alerts: " +
                                ", ".join(f"{a['type']}/{a.get('user')}" for a in alerts))
            continue
        stray = [a for a in alerts if who(a) and not (who(a) & offenders)]
        if stray:
            failures.append(f"{name}: alerts on non-offenders: " +
                            ", ".join(f"{a['type']}/{a.get('user')}" for a in stray))
        if kind == "g" and not any(a["type"] == "grooming" and a.get("user") in offenders for a in alerts):
            failures.append(f"{name}: no grooming alert on an offender")
        if kind == "s" and not any(a["type"] == "serial_contact" and a.get("user") in offenders for a in alerts):
            failures.append(f"{name}: no serial_contact alert")
        if kind == "f" and not any(a["type"] == "flood" for a in alerts):
            failures.append(f"{name}: no flood alert")
    here = os.path.dirname(os.path.abspath(__file__))
    subprocess.run([sys.executable, os.path.join(here, "evalchat.py"), binary, d, "-v"])
    for f in failures:
        print("FAIL", f)
    print(f"{len(groups) - len({f.split(':')[0] for f in failures})} passed, "
          f"{len({f.split(':')[0] for f in failures})} failed")
    sys.exit(1 if failures else 0)

if __name__ == "__main__":
    main()
