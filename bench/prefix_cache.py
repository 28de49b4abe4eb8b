"""Does the shared prompt prefix of a document's parts come from llama.cpp's cache?

Generates the demo press release on the embedded engine (the built-in base
model writes its headline, twice if the first fails the checks, and its
subtitle; every other part is built from the facts) and prints, for the
model-written parts after the first, the share of prompt tokens served from
the cache (target >= 80%).
Run: ``uv run python bench/prefix_cache.py``.
"""

from __future__ import annotations

from bench_support import demo_answers, demo_profile, temporary_home

from desktop.core.engines.embedded import EmbeddedEngine
from desktop.core.generation import GenerationJob, SectionDone, generate
from desktop.core.store import History
from desktop.core.workflows import get_workflow


def main() -> None:
    with temporary_home():
        workflow = get_workflow("press-release")
        answers = demo_answers("press-release")
        job = GenerationJob(workflow, demo_profile(), answers, seed=4, max_tokens_cap=120)
        history = History()
        written = [e for e in generate(job, EmbeddedEngine(), history) if isinstance(e, SectionDone)]
        model_sections = [e for e in written if e.usage.prompt_tokens]
        print(f"model-written sections: {len(model_sections)}")
        shares = []
        for number, event in enumerate(model_sections, start=1):
            usage = event.usage
            share = usage.cached_tokens / usage.prompt_tokens
            if number > 1:
                shares.append(share)
            print(
                f"section {number}: {event.section:24} prompt {usage.prompt_tokens:5}  cached {usage.cached_tokens:5}"
                f"  ({share:6.1%})"
            )
        if shares:
            print(
                f"sections 2..{len(model_sections)}: lowest cached share {min(shares):.1%}, "
                f"mean {sum(shares) / len(shares):.1%} (target >= 80%)"
            )
        history.close()


if __name__ == "__main__":
    main()
