"""The home cards, read without pydantic, say exactly what the full workflow definitions say."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.errors import InputError
from desktop.core.workflow_cards import _read_cards, workflow_cards
from desktop.core.workflows import all_workflows


def test_cards_match_the_validated_workflows_in_order() -> None:
    cards = workflow_cards()
    workflows = list(all_workflows().values())
    assert [card.name for card in cards] == [workflow.name for workflow in workflows]
    for card, workflow in zip(cards, workflows, strict=True):
        for lang in ("ko", "en"):
            assert card.label(lang) == workflow.label(lang)
            assert card.description(lang) == workflow.description(lang)


def test_a_damaged_definition_is_reported_by_the_full_loader(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    broken = tmp_path / "broken" / "workflow.toml"
    broken.parent.mkdir()
    broken.write_text('name = "broken"\nlabel_ko = "고장\n', encoding="utf-8")
    monkeypatch.setattr("desktop.paths.prompts_dir", lambda: tmp_path)
    from desktop.core import workflows

    workflows._load_all.cache_clear()
    try:
        with pytest.raises(InputError) as raised:
            _read_cards(tmp_path)
        assert raised.value.path == broken
    finally:
        workflows._load_all.cache_clear()
        _read_cards.cache_clear()
