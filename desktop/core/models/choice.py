"""Which GGUF the embedded engine runs: the user's pick, else the best verified download, else the built-in model.

A file from the catalogue is run the way the catalogue says (chat mode with
the GGUF's own template, template switches such as Qwen3's thinking off);
any other file is guessed from its name, as before. Nothing unverified or
licensed for non-commercial use only is ever chosen without the user.
"""

from __future__ import annotations

from pathlib import Path

from desktop.core.engines.embedded import EmbeddedEngine
from desktop.core.models.catalogue import Catalogue, load_catalogue
from desktop.core.models.fit import best_downloaded
from desktop.core.models.memory import total_memory_gb


def embedded_engine(
    model_path: str,
    n_ctx: int,
    *,
    catalogue: Catalogue | None = None,
    memory_gb: float | None = None,
    root: Path | None = None,
) -> EmbeddedEngine:
    catalogue = catalogue or load_catalogue()
    if model_path:
        path = Path(model_path)
        entry = catalogue.by_file_name(path.name)
        if entry is None:
            return EmbeddedEngine(path, n_ctx=n_ctx)
        return EmbeddedEngine(path, n_ctx=n_ctx, chat=entry.chat, template_kwargs=entry.template_kwargs)
    memory = total_memory_gb() if memory_gb is None else memory_gb
    best = best_downloaded(catalogue, memory, root)
    if best is None:
        return EmbeddedEngine(None, n_ctx=n_ctx)
    return EmbeddedEngine(best.path, n_ctx=n_ctx, chat=best.model.chat, template_kwargs=best.model.template_kwargs)
