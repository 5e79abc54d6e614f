#!/usr/bin/env python3
"""Checks of data/score-weights.tsv and the reference formula (standard library only).

    python3 tools/score/test_score.py [-v]

The weights file must cover kinds.tsv and, when a CLI binary is found, every rule it lists
(by its own line or its category's);
page evidence alone must never call a text MT; more evidence must never lower the score.
"""

import json
import os
import subprocess
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import features  # noqa: E402
import reference  # noqa: E402


class WeightsFile(unittest.TestCase):
    def setUp(self):
        self.params, self.kinds, self.rules = reference.load()

    def test_parameters_are_present(self):
        for name in ["pseudo_words", "platt_a", "platt_b", "threshold", "min_words", "disclaimer_floor"]:
            self.assertIn(name, self.params)
        self.assertGreater(self.params["platt_a"], 0)
        self.assertTrue(0 < self.params["threshold"] < 1)

    def test_rules_match_kinds_tsv(self):
        tsv = {rule: kind for rule, kind, _ in features.read_kinds()}
        self.assertEqual(tsv, self.rules)
        signals = dict(features.kind_order(features.read_kinds()))
        self.assertEqual({k: s for k, (s, _) in self.kinds.items()}, signals)

    def test_every_rule_of_the_cli_has_a_kind(self):
        binary = features.default_bin()
        if not os.path.exists(binary):
            self.skipTest(f"no binary at {binary}")
        listed = subprocess.run([binary, "rules"], capture_output=True, text=True).stdout
        rows = [line.split()[:2] for line in listed.splitlines() if "/" in line.split()[0]]
        self.assertTrue(rows)
        # a rule without a line of its own counts under its category's line
        self.assertEqual([r for r, c in rows if r not in self.rules and "category:" + c not in self.rules], [])

    def test_a_rule_off_by_default_is_a_kind_of_its_own(self):
        binary = features.default_bin()
        if not os.path.exists(binary):
            self.skipTest(f"no binary at {binary}")
        listed = json.loads(subprocess.run([binary, "rules", "--format", "json"],
                                           capture_output=True, text=True).stdout)
        kinds = features.read_kinds()
        kind = {r["id"]: features.kind_of(r["id"], r["category"], kinds) for r in listed}
        on = {kind[r["id"]] for r in listed if r["default_enabled"]}
        shared = [r["id"] for r in listed if not r["default_enabled"] and kind[r["id"]] in on]
        self.assertEqual(shared, [], "rules off by default sharing a kind with rules on: give "
                         "each a line of its own in kinds.tsv")

    def test_weights_are_never_evidence_of_clean_text(self):
        for kind, (signal, weight) in self.kinds.items():
            self.assertGreaterEqual(weight, 0, kind)
            if signal != "translation":
                self.assertEqual(weight, 0, kind)


class Formula(unittest.TestCase):
    def setUp(self):
        self.weights = reference.load()
        self.params, self.kinds, self.rules = self.weights

    def rules_of(self, signal):
        return [r for r, k in self.rules.items() if self.kinds[k][0] == signal]

    def test_page_evidence_alone_never_calls_mt(self):
        page_rules = self.rules_of("page")
        self.assertTrue(page_rules)
        base = reference.score(300, {}, self.weights)
        for words in [20, 300, 3000]:
            r = reference.score(words, {rule: 50 for rule in page_rules}, self.weights)
            self.assertFalse(r["machine_translated"])
            self.assertAlmostEqual(r["score"], base["score"])
            self.assertGreater(r["page_evidence"], 0.9)

    def test_more_evidence_never_lowers_the_score(self):
        for rule in self.rules_of("translation"):
            scores = [reference.score(300, {rule: n}, self.weights)["score"] for n in range(6)]
            self.assertEqual(scores, sorted(scores), rule)

    def test_one_finding_weighs_less_in_a_longer_text(self):
        rule = max(self.rules_of("translation"), key=lambda r: self.kinds[self.rules[r]][1])
        short = reference.score(300, {rule: 1}, self.weights)["score"]
        long = reference.score(3000, {rule: 1}, self.weights)["score"]
        self.assertGreater(short, long)

    def test_a_disclaimer_sets_the_floor(self):
        for rule in self.rules_of("decisive"):
            r = reference.score(500, {rule: 1}, self.weights)
            self.assertTrue(r["machine_translated"])
            self.assertGreaterEqual(r["score"], self.params["disclaimer_floor"])

    def test_short_texts_are_thin(self):
        self.assertTrue(reference.score(20, {}, self.weights)["thin"])
        self.assertFalse(reference.score(400, {}, self.weights)["thin"])

    def test_unknown_rules_are_not_evidence(self):
        self.assertEqual(reference.score(300, {"made/up-rule": 5}, self.weights)["evidence"], 0)


if __name__ == "__main__":
    unittest.main()
