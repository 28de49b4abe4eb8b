"""``prstudio self-check``: proves an installation (or a frozen build) has what it needs.

It resolves every bundled resource, renders every workflow's prompts with the
demo company, opens every Word template, finds the built-in model file, loads
the Korean analyser and the phone-number data (the pieces a frozen build
most easily leaves behind) and reports the keychain backend, without loading
the language model, so it runs in seconds on a fresh install.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import docx
import phonenumbers

from desktop import paths
from desktop.core.answers import load_answers_file, validate_answers
from desktop.core.engines.base import estimate_tokens
from desktop.core.engines.bundled_model import bundled_model_status
from desktop.core.errors import PRStudioError
from desktop.core.keys import keychain_backend
from desktop.core.korean import split_sentences
from desktop.core.outline import plan_outline
from desktop.core.profile import CompanyProfile, load_profile
from desktop.core.prompting import PromptBuilder
from desktop.core.workflows import Workflow, all_workflows

Check = tuple[bool, str]


def run_self_check(lang: str = "ko") -> Iterator[Check]:
    for name, folder in (
        ("prompts", paths.prompts_dir()),
        ("templates", paths.templates_dir()),
        ("demo", paths.demo_dir()),
    ):
        yield folder.is_dir(), f"{name}: {folder}"
    yield from _workflows(lang)
    for template in sorted(paths.templates_dir().glob("*.docx")):
        yield _open_template(template)
    yield bundled_model_status()
    yield from _bundled_libraries()
    yield True, f"keyring: {keychain_backend()}"
    yield True, f"user data: {paths.user_data_dir()}"


def _workflows(lang: str) -> Iterator[Check]:
    try:
        workflows = all_workflows()
        profile = load_profile(paths.demo_dir() / "company.toml")
    except PRStudioError as exc:
        yield False, exc.message(lang)
        return
    for workflow in workflows.values():
        try:
            yield True, f"{workflow.name}: {_render(workflow, profile)}"
        except PRStudioError as exc:
            yield False, f"{workflow.name}: {exc.message(lang)}"
        template = paths.templates_dir() / f"{workflow.word_template}.docx"
        yield template.exists(), f"{workflow.name}: Word template {template.name}"


def _render(workflow: Workflow, profile: CompanyProfile) -> str:
    raw, text = load_answers_file(paths.demo_dir() / f"{workflow.name}.toml")
    summary = []
    for language in ("ko", "en"):
        answers = validate_answers(workflow, {**raw, "language": language}, text=text)
        outline = plan_outline(workflow, answers, language)
        builder = PromptBuilder(
            workflow, profile, answers, language=language, count_tokens=estimate_tokens, context_window=10**6
        )
        builder.plan(outline)
        for section in outline:
            if section.spec.source == "template":
                builder.render_template_section(section)
            else:
                builder.section_prompt(section)
        summary.append(f"{language} {len(outline)} sections, {len(builder.examples)} examples")
    return "; ".join(summary)


def _open_template(path: Path) -> Check:
    try:
        document = docx.Document(str(path))
        return True, f"Word template {path.name} ({len(document.styles)} styles)"
    except Exception as exc:  # noqa: BLE001 - any failure to open is the finding
        return False, f"Word template {path.name}: {exc}"


def _bundled_libraries() -> Iterator[Check]:
    """Kiwi's model and phonenumbers' metadata are data files a frozen build must carry."""
    try:
        sentences = split_sentences("홍보 스튜디오입니다. 보도자료를 씁니다.")
        yield len(sentences) == 2, f"Korean analyser (Kiwi): {len(sentences)} sentences"
    except Exception as exc:  # noqa: BLE001 - any failure to load is the finding
        yield False, f"Korean analyser (Kiwi): {exc}"
    try:
        number = phonenumbers.parse("02-3141-5926", "KR")
        formatted = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        yield phonenumbers.is_valid_number(number), f"phone numbers: 02-3141-5926 → {formatted}"
    except Exception as exc:  # noqa: BLE001 - any failure to load is the finding
        yield False, f"phone numbers: {exc}"
