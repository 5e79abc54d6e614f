"""Type stubs for mtlint (the compiled module mtlint._mtlint, re-exported)."""

from typing import Any, Dict, List, Literal, Optional, Sequence

Markup = Literal["plain", "markdown", "html", "auto"]
Finding = Dict[str, Any]
"""The object `mtlint check --format json` prints: rule, category, severity,
message, start, end, line, column, end_line, end_column, text, fixes (and
path when one was given)."""
Score = Dict[str, Any]
"""The object `mtlint score --format json` prints (path first when one was
given): words, score (the probability), machine_translated, verdict
("machine-translated", "not-machine-translated" or "thin"), thin, evidence
(the translation evidence), translation ([{kind, findings, contribution}]),
page ({score, kinds: [{kind, findings}]}), disclaimer, top_findings ([{rule,
line, column, text}]), findings (a count), by_category, per_1000_words. Scored
from every rule, the configuration and the options on top."""

__version__: str

class Error(ValueError):
    """A configuration, rule name or markup mtlint cannot use; the message is mtlint's."""

class Detector:
    """A reusable detector: rules chosen once, shared between threads; scanning releases the GIL."""

    def __init__(
        self,
        enable: Sequence[str] = (),
        disable: Sequence[str] = (),
        config: Optional[str] = None,
        *,
        names: Optional[str] = None,
        idioms: Optional[str] = None,
    ) -> None: ...
    def check(
        self, text: str, *, markup: Markup = "plain", path: Optional[str] = None
    ) -> List[Finding]: ...
    def fix(self, text: str, *, unsafe: bool = False, markup: Markup = "plain") -> str: ...
    def score(
        self, text: str, *, markup: Markup = "plain", path: Optional[str] = None
    ) -> Score: ...
    def analyze(
        self, text: str, *, markup: Markup = "plain", path: Optional[str] = None
    ) -> Dict[str, Any]:
        """check and score from one scan, as `mtlint stream` writes them: the Score
        object with `findings` the list `check` gives, last."""
    def rule_ids(self) -> List[str]: ...

def check(
    text: str,
    *,
    markup: Markup = "plain",
    path: Optional[str] = None,
    enable: Sequence[str] = (),
    disable: Sequence[str] = (),
    config: Optional[str] = None,
) -> List[Finding]:
    """The findings in `text`, each the object `mtlint check --format json` prints."""

def fix(text: str, *, unsafe: bool = False, markup: Markup = "plain") -> str:
    """`text` with the safe fixes (and the unsafe ones with `unsafe=True`) applied."""

def score(text: str, *, markup: Markup = "plain", path: Optional[str] = None) -> Score:
    """The `mtlint score --format json` object for `text`."""
