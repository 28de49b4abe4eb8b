"""What each ``prstudio`` subcommand does; every step is a call into the core."""

from __future__ import annotations

import argparse
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from desktop import cli_models, paths
from desktop.core.answers import apply_overrides, load_answers_file, validate_answers
from desktop.core.engines.ollama_engine import OllamaEngine
from desktop.core.engines.router import EngineOptions, choose_engine
from desktop.core.errors import InputError, StorageError
from desktop.core.findings import Finding, line_of
from desktop.core.generation import (
    Event,
    Finished,
    GenerationJob,
    GenerationResult,
    Progress,
    TextChunk,
    generate,
)
from desktop.core.instructions import instruction_notices
from desktop.core.model_catalogue import describe_models
from desktop.core.parts.completeness import missing_message, parts_for_draft
from desktop.core.placeholders import reminder
from desktop.core.profile import load_profile
from desktop.core.safe_files import refuse_read_only
from desktop.core.self_check import run_self_check
from desktop.core.settings import load_settings
from desktop.core.store import Draft, History, Version
from desktop.core.textfiles import collect_notices, read_text_file
from desktop.core.workflows import all_workflows, get_workflow
from desktop.export.docx_export import check_target, export_docx, export_options_for
from desktop.export.history_export import export_latest_version


def _inputs(args: argparse.Namespace) -> tuple[Path, Path | None]:
    if args.demo:
        demo = paths.demo_dir()
        return args.profile or demo / "company.toml", args.answers or demo / f"{args.workflow}.toml"
    if not args.profile:
        raise InputError(
            "--profile 로 회사 정보 파일을 지정하세요 (또는 --demo).",
            "pass the company profile with --profile (or use --demo).",
            key="--profile",
        )
    return args.profile, args.answers


def _job(args: argparse.Namespace) -> GenerationJob:
    workflow = get_workflow(args.workflow)
    profile_path, answers_path = _inputs(args)
    profile = load_profile(profile_path)
    raw, text = load_answers_file(answers_path) if answers_path else ({}, "")
    answers = validate_answers(workflow, apply_overrides(raw, args.set), path=answers_path, text=text)
    reference = _read_reference(args.reference) if args.reference else ""
    return GenerationJob(workflow, profile, answers, reference, args.creativity, args.seed, args.max_tokens)


def _read_reference(path: Path) -> str:
    return read_text_file(path, "참고 자료 텍스트 파일(.txt)", "a reference text file (.txt)")


def _job_with_notices(args: argparse.Namespace, lang: str) -> GenerationJob:
    """The job; how its files were read and text that reads like an instruction are said before any work."""
    with collect_notices() as notices:
        job = _job(args)
    for notice in [*notices, *instruction_notices(job.profile, job.answers, job.reference_text)]:
        print(f"! {notice.message(lang)}", file=sys.stderr)
    return job


def cmd_generate(args: argparse.Namespace, cancel: threading.Event, lang: str) -> int:
    job = _job_with_notices(args, lang)
    target = check_target(args.out)
    options = EngineOptions(
        args.engine,
        args.model,
        args.ollama_host,
        args.base_url,
        args.allow_cloud,
        args.api_key_env,
        "" if args.model_kind == "auto" else args.model_kind,
    )
    engine = choose_engine(options, load_settings())
    history = _open_history(lang)
    _say(lang, f"엔진: {engine.describe()}", f"Engine: {engine.describe()}")
    if engine.choice_note:
        _say(lang, *engine.choice_note)
    events = generate(job, engine, history, cancel)
    written: list[str] = []
    try:
        result = _show_events(events, args.stream, lang, written)
    except StorageError:
        _hand_over(written, args.stream, lang)
        raise
    finally:
        events.close()  # on Ctrl+C this saves the partial text as a cancelled version
    for finding in result.findings:
        print(f"! {finding}", file=sys.stderr)
    _print_claims(result.markdown, result.claims, lang)
    if args.markdown:
        _write_markdown(args.markdown, result.markdown)
    export = export_options_for(
        job.workflow.kind, job.workflow.word_template, job.profile.company.name, result.language
    )
    saved = export_docx(result.document, target, export, result.claims, result.markdown)
    if note := reminder(result.markdown, lang):
        print(f"! {note}", file=sys.stderr)
    usage = result.usage
    if not result.complete:
        _say_incomplete(lang, saved, result.draft_id, missing_message(result.missing, lang))
        return 0
    _say(
        lang,
        f"저장했습니다: {saved} (기록 #{result.draft_id}, 출력 {usage.output_tokens} 토큰, "
        f"{usage.tokens_per_second:.0f} 토큰/초)",
        f"Saved {saved} (history #{result.draft_id}, {usage.output_tokens} tokens, "
        f"{usage.tokens_per_second:.0f} tokens/s)",
    )
    return 0


def _print_claims(markdown: str, claims: list[Finding], lang: str) -> None:
    """Every open error with its line (the Word file carries each finding as a comment)."""
    errors = [item for item in claims if item.severity == "error"]
    if errors:
        _say(
            lang,
            f"사실 확인 오류 {len(errors)}건 (Word 파일에 메모로 표시):",
            f"{len(errors)} fact error(s) (Word comments):",
        )
    for item in errors:
        line = line_of(markdown, item.start)
        label = f"line {line}" if lang == "en" else f"{line}행"
        print(f"! {label}: «{item.text}» {item.message(lang)}", file=sys.stderr)


def _open_history(lang: str) -> History:
    """The history database; what opening it had to do (a damaged file moved aside) is said first."""
    history = History()
    for notice in history.notices:
        print(f"! {notice.message(lang)}", file=sys.stderr)
    return history


def _hand_over(written: list[str], streamed: bool, lang: str) -> None:
    """The history cannot keep the text (a full disk): give it to the user rather than lose it."""
    if written and not streamed:
        _say(
            lang,
            "기록에 저장할 수 없어 지금까지 쓴 글을 표준 출력으로 내보냅니다.",
            "The history cannot keep it: the text written so far follows on standard output.",
        )
        sys.stdout.write("".join(written) + "\n")


def _say_incomplete(lang: str, saved: Path, draft_id: int, why: str) -> None:
    """An incomplete document is saved (nothing is lost) but never called done."""
    _say(
        lang,
        f"미완성 문서로 저장했습니다: {saved} (기록 #{draft_id}). {why} "
        f"'prstudio history restore {draft_id}'로 빠진 부분을 자료에서 채울 수 있습니다.",
        f"Saved as an incomplete document: {saved} (history #{draft_id}). {why} "
        f"'prstudio history restore {draft_id}' builds the missing parts from the facts.",
    )


def _show_events(events: Iterator[Event], stream: bool, lang: str, written: list[str]) -> GenerationResult:
    """Progress and notices on stderr, the text itself on stdout with --stream."""
    for event in events:
        if isinstance(event, Progress):
            print(event.message(lang), file=sys.stderr)
        elif isinstance(event, TextChunk):
            written.append(event.text)
            if stream:
                sys.stdout.write(event.text)
                sys.stdout.flush()
        elif isinstance(event, Finished):
            if stream:
                print()
            return event.result
    raise RuntimeError("the generation ended without a result")


def _write_markdown(path: Path, markdown: str) -> None:
    refuse_read_only(path)
    try:
        path.write_text(markdown, encoding="utf-8")
    except OSError as exc:
        raise InputError(
            f"Markdown 파일을 쓸 수 없습니다({exc.strerror}).", f"cannot write ({exc.strerror}).", path=path
        ) from None


def _say(lang: str, ko: str, en: str) -> None:
    print(en if lang == "en" else ko, file=sys.stderr)


def cmd_workflows(args: argparse.Namespace, cancel: threading.Event, lang: str) -> int:
    for workflow in all_workflows().values():
        print(f"{workflow.name}: {workflow.label(lang)} — {workflow.description(lang)}")
        for field in workflow.fields:
            required = (" (필수)" if lang == "ko" else " (required)") if field.required else ""
            print(f"  {field.name} [{field.type}]{required}: {field.label(lang)}. {field.help(lang)}")
        print()
    return 0


def cmd_profile(args: argparse.Namespace, cancel: threading.Event, lang: str) -> int:
    with collect_notices() as notices:
        profile = load_profile(args.file)
    for notice in notices:
        print(f"! {notice.message(lang)}", file=sys.stderr)
    _say(
        lang,
        f"문제없습니다: {profile.company.name} (사실 {len(profile.facts)}개, 제품 {len(profile.products)}개)",
        f"OK: {profile.company.name} ({len(profile.facts)} facts, {len(profile.products)} products)",
    )
    return 0


def cmd_models(args: argparse.Namespace, cancel: threading.Event, lang: str) -> int:
    if args.catalogue:
        return cli_models.show_catalogue(lang)
    if args.download:
        return cli_models.download(args, cancel, lang)
    settings = load_settings()
    if args.pull:
        return _pull(OllamaEngine(args.pull, host=args.ollama_host or settings.ollama_host), args.pull, lang)
    for line in describe_models(settings, args.ollama_host, lang):
        print(line)
    return 0


def _pull(engine: OllamaEngine, model: str, lang: str) -> int:
    for progress in engine.pull(model):
        done = f" {progress.completed / 2**20:,.0f}/{progress.total / 2**20:,.0f} MB" if progress.total else ""
        print(f"{progress.status}{done}", file=sys.stderr)
    _say(lang, f"'{model}' 모델을 내려받았습니다.", f"Downloaded '{model}'.")
    return 0


def cmd_history(args: argparse.Namespace, cancel: threading.Event, lang: str) -> int:
    history = _open_history(lang)
    if args.action == "list":
        for draft in history.drafts(args.search):
            print(f"#{draft.id}  {draft.created}  {draft.workflow:14} {draft.company}  {draft.title}")
        return 0
    draft, version = _draft_and_version(history, args.id)
    if args.action == "show":
        print(version.markdown)
        return 0
    if args.action == "restore":
        return _restore(history, draft, version, lang)
    if not args.out:
        raise InputError("--out 으로 저장할 파일을 지정하세요.", "pass --out FILE.docx.", key="--out")
    saved, claims = export_latest_version(history, draft, args.out)
    _print_claims(version.markdown, claims, lang)
    missing = parts_for_draft(draft).missing(version.markdown)
    if missing:
        history.set_complete(version.id, False)
        _say_incomplete(lang, saved, draft.id, missing_message(missing, lang))
        return 0
    _say(lang, f"저장했습니다: {saved}", f"Saved {saved}")
    return 0


def _restore(history: History, draft: Draft, version: Version, lang: str) -> int:
    """Build the newest version's missing required parts from the facts (only adds text), as a 편집본."""
    parts = parts_for_draft(draft)
    missing = parts.missing(version.markdown)
    if not missing:
        _say(lang, f"기록 #{draft.id}에는 빠진 부분이 없습니다.", f"History #{draft.id} misses no part.")
        return 0
    restored = parts.restore_all(version.markdown)
    history.save_edit(version.id, restored)  # the model's version stays as it was; the restored text is a 편집본
    still = parts.missing(restored)
    names = ", ".join(part.title for part in missing if part not in still)
    _say(lang, f"자료로 채웠습니다: {names} (기록 #{draft.id})", f"Built from the facts: {names} (history #{draft.id})")
    if still:
        _say(lang, missing_message(still, lang), missing_message(still, lang))
    return 0


def _draft_and_version(history: History, draft_id: int | None) -> tuple[Draft, Version]:
    draft = history.draft(draft_id) if draft_id else None
    versions = history.versions(draft.id) if draft else []
    if not draft or not versions:
        raise InputError(f"기록 #{draft_id}을(를) 찾을 수 없습니다.", f"no history entry #{draft_id}.", key="id")
    return draft, versions[-1]


def cmd_self_check(args: argparse.Namespace, cancel: threading.Event, lang: str) -> int:
    problems = 0
    for ok, line in run_self_check(lang):
        print(("OK   " if ok else "FAIL ") + line)
        problems += not ok
    return 1 if problems else 0


Command = Callable[[argparse.Namespace, threading.Event, str], int]
COMMANDS: dict[str, Command] = {
    "generate": cmd_generate,
    "workflows": cmd_workflows,
    "profile": cmd_profile,
    "models": cmd_models,
    "history": cmd_history,
    "self-check": cmd_self_check,
}
