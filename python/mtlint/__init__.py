"""Find the marks machine translation leaves in English text, and propose fixes.

>>> import mtlint
>>> [f["rule"] for f in mtlint.check("The soil. . is dry.")]
['punctuation/doubled-punctuation']
>>> mtlint.fix("The soil. . is dry.")
'The soil. is dry.'

``check`` gives the objects ``mtlint check --format json`` prints, ``score``
the object of ``mtlint score --format json``. A :class:`Detector` chooses the
rules once and is shared between threads (scanning releases the GIL).
Errors (an unknown rule, a bad ``mtlint.toml``) raise :class:`Error`, a
``ValueError``.
"""

from ._mtlint import Detector, Error, __version__, check, fix, score

__all__ = ["Detector", "Error", "__version__", "check", "fix", "score"]
