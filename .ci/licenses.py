#!/usr/bin/env python3
"""Every crate in the build (dependencies, dev-dependencies, build tools) must be
under a licence from ALLOWED. Works offline from `cargo metadata`; `cargo deny
check` (deny.toml) does the same and the advisory check where it is installed."""
import json
import re
import subprocess
import sys

ALLOWED = {
    "MIT", "Apache-2.0", "Apache-2.0 WITH LLVM-exception", "BSD-2-Clause", "BSD-3-Clause",
    "ISC", "Zlib", "0BSD", "Unlicense", "CC0-1.0", "BSL-1.0", "Unicode-3.0", "Unicode-DFS-2016",
    "MPL-2.0",
}


def allowed(expr: str) -> bool:
    """A licence expression with OR, AND, WITH and brackets, judged against ALLOWED."""
    expr = expr.replace("/", " OR ").strip()
    while True:
        inner = re.search(r"\(([^()]*)\)", expr)
        if not inner:
            break
        expr = expr[: inner.start()] + ("MIT" if allowed(inner.group(1)) else "DENIED") + expr[inner.end():]
    return any(
        all(term.strip() in ALLOWED for term in alt.split(" AND "))
        for alt in expr.split(" OR ")
    )


meta = json.loads(
    subprocess.run(
        ["cargo", "metadata", "--format-version", "1", "--locked"],
        check=True, capture_output=True, text=True,
    ).stdout
)
root = {p["id"] for p in meta["packages"] if p["source"] is None}
bad = []
for p in meta["packages"]:
    if p["id"] in root:
        continue
    lic = p.get("license")
    if not lic or not allowed(lic):
        bad.append(f"{p['name']} {p['version']}: {lic or 'no licence field'}")
if bad:
    print("licences not allowed:\n  " + "\n  ".join(bad))
    sys.exit(1)
print(f"licences: {len(meta['packages']) - len(root)} crates, all allowed")
