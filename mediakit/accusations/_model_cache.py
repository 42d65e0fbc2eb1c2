"""An on-disk cache of the default accusation models, so that ``AccusationExtractor().fit()``
does not refit them in every new process (about 3 s of CPU: each ``mediakit`` command, each
worker of ``mediakit annotate --workers N``, each notebook kernel).

The cache is one JSON file (plain numbers and strings: nothing is unpickled) in
``$MEDIAKIT_CACHE_DIR``, else ``$XDG_CACHE_HOME/mediakit``, else ``~/.cache/mediakit``. Its
name holds a hash of everything the fit depends on - every file of the installed mediakit
package (code, training sentences, cue and actor tables, gazetteer) and the scikit-learn
version - so any change refits once. It is written to a temporary file and renamed, so that
processes starting together never read half a file. ``MEDIAKIT_MODEL_CACHE=0`` turns it off;
an unwritable folder only costs the refit.

Examples
--------
>>> from mediakit.accusations._model_cache import cache_file
>>> cache_file().name.startswith("accusation-models-")
True
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

__all__ = ["cache_file", "load_models", "save_models"]

_PACKAGE = Path(__file__).resolve().parents[1]
_KEY: list[str] = []


def _key() -> str:
    if not _KEY:
        import sklearn

        h = hashlib.sha256(sklearn.__version__.encode())
        for p in sorted(_PACKAGE.rglob("*")):
            if p.is_file() and p.suffix not in {".pyc", ".pyo"} and "__pycache__" not in p.parts:
                h.update(str(p.relative_to(_PACKAGE)).encode())
                h.update(p.read_bytes())
        _KEY.append(h.hexdigest()[:16])
    return _KEY[0]


def cache_file() -> Path:
    """Where the default models of this installation are cached."""
    folder = os.environ.get("MEDIAKIT_CACHE_DIR")
    if not folder:
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        folder = os.path.join(base, "mediakit")
    return Path(folder) / f"accusation-models-{_key()}.json"


def _enabled() -> bool:
    return os.environ.get("MEDIAKIT_MODEL_CACHE", "1").strip().lower() not in {"0", "false",
                                                                              "no", "off"}


def load_models():
    """``(SentenceScorer, RolePicker or None)`` from the cache, or None (absent, off, or
    unreadable: then the caller fits)."""
    if not _enabled():
        return None
    from ._roles import RolePicker
    from ._scorer import SentenceScorer

    try:
        state = json.loads(cache_file().read_text(encoding="utf-8"))
        scorer = SentenceScorer._from_state(state["scorer"])
        roles = RolePicker._from_state(state["roles"]) if state["roles"] is not None else None
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        return None
    return scorer, roles


def save_models(scorer, roles) -> None:
    """Write the fitted default models to the cache (best effort, atomic)."""
    if not _enabled():
        return
    path = cache_file()
    state = {"scorer": scorer._state(), "roles": None if roles is None else roles._state()}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(state, f)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        pass  # a read-only home: the models are refitted next time
