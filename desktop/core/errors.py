"""Errors a person can act on, in Korean and English.

Every failure a user can cause or fix (a typo in a TOML file, Ollama not
running, a file open in Word) becomes one of these typed errors, with a
message in both languages that says what happened and what to do. The
command line maps the classes to exit codes; the window shows the text in a
banner. Anything else is a bug and is logged as one.
"""

from __future__ import annotations

from pathlib import Path


class PRStudioError(Exception):
    """Base class: a message in Korean and English, and an exit code."""

    exit_code = 1

    def __init__(self, ko: str, en: str) -> None:
        super().__init__(en)
        self.ko = ko
        self.en = en

    def message(self, lang: str = "ko") -> str:
        return self.en if lang == "en" else self.ko

    def note_saved_draft(self, draft_id: int) -> None:
        """Say where the text written before the failure is kept, so nobody thinks it is lost."""
        if f"#{draft_id}" in self.ko:
            return
        self.ko += f" 지금까지 쓴 내용은 기록 #{draft_id}에 저장되어 있습니다(보기: prstudio history show {draft_id})."
        self.en += f" The text written so far is kept in history #{draft_id} (see: prstudio history show {draft_id})."
        self.args = (self.en,)


class InputError(PRStudioError):
    """Bad input from the user: names the file, the key and the line where known."""

    exit_code = 2

    def __init__(
        self,
        ko: str,
        en: str,
        *,
        path: Path | str | None = None,
        key: str | None = None,
        line: int | None = None,
    ) -> None:
        self.path = Path(path) if path else None
        self.key = key
        self.line = line
        where_ko, where_en = _where(self.path, key, line)
        super().__init__(f"{where_ko}{ko}", f"{where_en}{en}")


def _where(path: Path | None, key: str | None, line: int | None) -> tuple[str, str]:
    parts_ko: list[str] = []
    parts_en: list[str] = []
    if path:
        parts_ko.append(f"파일 '{path}'")
        parts_en.append(f"file '{path}'")
    if line:
        parts_ko.append(f"{line}번째 줄")
        parts_en.append(f"line {line}")
    if key:
        parts_ko.append(f"항목 '{key}'")
        parts_en.append(f"key '{key}'")
    if not parts_ko:
        return "", ""
    return ", ".join(parts_ko) + ": ", ", ".join(parts_en) + ": "


class OutputError(InputError):
    """The Word file cannot be written where the user asked; the draft is safe in history."""


class EngineError(PRStudioError):
    """A language-model engine could not do the work."""

    exit_code = 3


class EngineUnreachable(EngineError):
    pass


class ModelMissing(EngineError):
    pass


class ContextTooSmall(EngineError):
    pass


class BadApiKey(EngineError):
    pass


class RateLimited(EngineError):
    pass


class IncompleteAnswer(EngineError):
    """The engine's stream stopped without saying the answer ended: the text is cut short."""

    def __init__(self) -> None:
        super().__init__(
            "엔진의 응답이 끝나지 않은 채 끊겼습니다. 이 버전은 '실패'로 저장했고 Word 파일은 만들지 않았습니다. "
            "다시 생성하거나 엔진을 확인하세요.",
            "The engine's answer stopped before it was finished. This version was saved as failed and no "
            "Word file was written. Generate again or check the engine.",
        )

    @staticmethod
    def finding(language: str) -> str:
        if language == "en":
            return "The engine's answer was cut off before it ended; this version is incomplete."
        return "엔진의 응답이 도중에 끊겼습니다. 이 버전은 완성되지 않았습니다."


class StorageError(PRStudioError):
    """PR Studio's own data folder cannot be used: disk full, no permission, read-only, or not a folder."""

    exit_code = 2

    def __init__(self, folder: Path, reason_ko: str, reason_en: str) -> None:
        self.folder = folder
        super().__init__(
            f"PR Studio의 데이터 폴더 '{folder}'를 쓸 수 없습니다({reason_ko}). 디스크 공간과 폴더 권한을 확인하세요. "
            "다른 폴더를 쓰려면 PRSTUDIO_HOME 환경 변수에 그 폴더를 지정하세요.",
            f"cannot use PR Studio's data folder '{folder}' ({reason_en}). Check the free disk space and the "
            "folder's permissions, or set PRSTUDIO_HOME to another folder.",
        )


class CloudNotAllowed(InputError):
    """A paid API was requested without the user's consent."""


class Cancelled(PRStudioError):
    """The user stopped the generation; what was written so far is kept."""

    exit_code = 4

    def __init__(self, partial_text: str = "") -> None:
        super().__init__(
            "생성을 취소했습니다. 지금까지 작성된 내용은 기록에 저장되었습니다.",
            "Generation cancelled. The text written so far was kept in history.",
        )
        self.partial_text = partial_text
