"""What can go wrong while downloading a model, in words the user can act on (Korean and English)."""

from __future__ import annotations

from pathlib import Path

from desktop.core.errors import Cancelled, EngineError, InputError, PRStudioError


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:,.0f} MB"


class LicenceNotAccepted(InputError):
    """Downloading needs the user's explicit acceptance of the model's licence."""

    def __init__(self, model_name: str, licence_name: str, url: str) -> None:
        super().__init__(
            f"{model_name}을(를) 내려받으려면 라이선스({licence_name})에 동의해야 합니다. 내용: {url} "
            "(명령줄에서는 --accept-licence)",
            f"downloading {model_name} needs your acceptance of its licence ({licence_name}): {url} "
            "(on the command line: --accept-licence)",
            key="--accept-licence",
        )


class DownloadFailed(EngineError):
    """The model could not be downloaded; what was already received is kept for the next try."""


class NotEnoughDisk(DownloadFailed):
    def __init__(self, needed: int, free: int, folder: Path) -> None:
        super().__init__(
            f"디스크 공간이 부족합니다: {megabytes(needed)}가 필요하지만 {megabytes(free)}만 남아 있습니다 "
            f"({folder}). 공간을 비운 뒤 다시 내려받으세요.",
            f"not enough disk space: {megabytes(needed)} needed, {megabytes(free)} free ({folder}). "
            "Free some space and try again.",
        )


class ChecksumMismatch(DownloadFailed):
    """The bytes are not the file the catalogue verified: refused, never used."""

    def __init__(self, model_name: str, detail_ko: str, detail_en: str) -> None:
        super().__init__(
            f"{model_name} 파일이 확인된 파일과 다릅니다({detail_ko}). 안전을 위해 사용하지 않고 지웠습니다. "
            "회사 미러(HF_ENDPOINT)를 쓰고 있다면 관리자에게 알려 주세요.",
            f"the {model_name} file differs from the verified one ({detail_en}). For safety it was removed and "
            "will not be used. If you use a company mirror (HF_ENDPOINT), tell its administrator.",
        )


class DownloadCancelled(Cancelled):
    """The user stopped the download; the partial file stays and the next download resumes it."""

    def __init__(self, received: int) -> None:
        PRStudioError.__init__(
            self,
            f"내려받기를 멈췄습니다. 받은 부분({megabytes(received)})은 보관했으니 다시 내려받으면 이어서 받습니다.",
            f"Download stopped. The {megabytes(received)} received so far are kept; downloading again resumes.",
        )
        self.partial_text = ""
