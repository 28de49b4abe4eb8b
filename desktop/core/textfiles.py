"""Reading the text files users hand us, whatever Korean Windows saved them as.

Notepad and older Korean programs save CP949 (EUC-KR) by default, and
Notepad's "Unicode" is UTF-16; both are read, and the user is told which
encoding was used (an ``InputNotice`` warning the command line and the window
collect). A file that is not text at all gets words that fit it: an .xlsx is
a spreadsheet, a .docx a Word document, an .hwp a 한글 document, a PDF a
PDF, never "save it again as UTF-8 in Notepad".
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
import warnings
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from desktop.core.errors import InputError

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_IMAGES = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"BM")
_BINARY = ("이진 파일(프로그램 데이터)", "a binary file (program data)", "")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


class InputNotice(UserWarning):
    """Something the user should know about a file that was read anyway (its encoding)."""

    def __init__(self, ko: str, en: str) -> None:
        super().__init__(en)
        self.ko = ko
        self.en = en

    def message(self, lang: str = "ko") -> str:
        return self.en if lang == "en" else self.ko


@contextlib.contextmanager
def collect_notices() -> Iterator[list[InputNotice]]:
    """The ``InputNotice`` warnings raised inside the block, in order, shown to nobody else."""
    found: list[InputNotice] = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", InputNotice)
        yield found
    found.extend(w.message for w in caught if isinstance(w.message, InputNotice))


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str


def read_text_file(path: Path, wanted_ko: str = "텍스트 파일", wanted_en: str = "a text file") -> str:
    """The file's text; CP949/EUC-KR and UTF-16 are read with a notice, anything not text is refused."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError("파일을 찾을 수 없습니다.", "file not found.", path=path) from None
    except OSError as exc:
        raise InputError(
            f"파일을 읽을 수 없습니다 ({exc.strerror}).", f"cannot read the file ({exc.strerror}).", path=path
        ) from None
    decoded = decode_text(raw, path, wanted_ko, wanted_en)
    if decoded.encoding != "utf-8":
        warnings.warn(_encoding_notice(path, decoded.encoding), stacklevel=2)
    return decoded.text


def decode_text(raw: bytes, path: Path, wanted_ko: str, wanted_en: str) -> DecodedText:
    kind = file_kind(raw, path)
    if kind:
        raise _not_text(kind, path, wanted_ko, wanted_en)
    candidates = _candidate_encodings(raw)
    if not candidates:  # NUL bytes that are not UTF-16: a program's data, not text
        raise _not_text(_BINARY, path, wanted_ko, wanted_en)
    for encoding in candidates:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding == "cp949" and not _reads_as_korean(text):
            break
        if len(_CONTROL.findall(text)) > max(2, len(text) // 1000):
            raise _not_text(_BINARY, path, wanted_ko, wanted_en)
        name = "utf-8" if encoding == "utf-8-sig" else "utf-16" if encoding.startswith("utf-16") else encoding
        return DecodedText(text.lstrip("\ufeff"), name)
    raise InputError(
        "글자 인코딩을 알 수 없습니다. 메모장에서 '다른 이름으로 저장' → 인코딩 'UTF-8'로 저장해 주세요.",
        "unknown text encoding; save the file as UTF-8 (Notepad: Save as → Encoding UTF-8).",
        path=path,
    )


def _candidate_encodings(raw: bytes) -> list[str]:
    if raw.startswith(b"\xef\xbb\xbf"):
        return ["utf-8-sig"]
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return ["utf-16"]
    sample = raw[:4000]
    if len(sample) >= 4 and sample.count(0) * 3 >= len(sample):  # UTF-16 without a byte order mark
        return ["utf-16-le" if sample[1::2].count(0) > sample[0::2].count(0) else "utf-16-be"]
    if 0 in sample:
        return []
    return ["utf-8", "cp949"]  # cp949 is a superset of EUC-KR


def _reads_as_korean(text: str) -> bool:
    """CP949 decodes many byte soups; accept it only when the non-ASCII text is mostly Hangul."""
    wide = [char for char in text if ord(char) > 127]
    hangul = [char for char in wide if unicodedata.name(char, "").startswith("HANGUL")]
    return len(hangul) * 2 >= len(wide)


def file_kind(raw: bytes, path: Path) -> tuple[str, str, str] | None:
    """(Korean name, English name, advice key) of a file that is not plain text, else None."""
    suffix = path.suffix.lower()
    if raw.startswith(b"PK\x03\x04"):
        return _zip_kind(raw)
    if raw.startswith(_OLE):
        if suffix in (".xls", ".xlsx"):
            return ("엑셀 같은 스프레드시트", "a spreadsheet (Excel)", "sheet")
        if suffix == ".hwp":
            return ("한글(HWP) 문서", "a Hangul (HWP) document", "document")
        return ("Word 같은 오피스 문서", "an Office document (Word)", "document")
    if raw.startswith(b"%PDF"):
        return ("PDF 문서", "a PDF document", "document")
    if raw.startswith(_IMAGES):
        return ("그림 파일", "an image", "")
    return None


def _zip_kind(raw: bytes) -> tuple[str, str, str]:
    try:
        names = zipfile.ZipFile(BytesIO(raw)).namelist()
    except zipfile.BadZipFile:
        names = []
    if any(name.startswith("xl/") for name in names) or "content.xml" in names and b"spreadsheet" in raw[:200]:
        return ("엑셀 같은 스프레드시트", "a spreadsheet (Excel)", "sheet")
    if any(name.startswith("word/") for name in names):
        return ("Word 문서", "a Word document", "document")
    if any(name.startswith("Contents/") for name in names):
        return ("한글(HWPX) 문서", "a Hangul (HWPX) document", "document")
    return ("압축 파일(zip)", "a zip archive", "")


_ADVICE = {
    "sheet": (
        "표의 내용을 쓰려면 셀을 복사해 메모장 같은 텍스트 편집기에 붙여 넣고 저장하세요.",
        "To use the table's contents, copy the cells into a text editor such as Notepad and save that.",
    ),
    "document": (
        "문서에서 사실을 가져오려면 창의 '회사 정보 → 문서에서 사실 가져오기'를 쓰세요.",
        "To take facts from a document, use 'Company → Import facts from a document' in the window.",
    ),
    "": ("", ""),
}


def _not_text(kind: tuple[str, str, str], path: Path, wanted_ko: str, wanted_en: str) -> InputError:
    name_ko, name_en, advice = kind
    advice_ko, advice_en = _ADVICE[advice]
    return InputError(
        f"{name_ko}입니다. 여기에는 {wanted_ko}이 필요합니다. {advice_ko}".strip(),
        f"this is {name_en}, but {wanted_en} is needed here. {advice_en}".strip(),
        path=path,
    )


def _encoding_notice(path: Path, encoding: str) -> InputNotice:
    if encoding == "cp949":
        return InputNotice(
            f"'{path.name}' 파일을 CP949(EUC-KR, 한글 Windows의 기본 인코딩)로 읽었습니다. 다음에는 UTF-8로 저장하길 권합니다.",
            f"Read '{path.name}' as CP949 (EUC-KR, the Korean Windows default). Saving it as UTF-8 is recommended.",
        )
    return InputNotice(
        f"'{path.name}' 파일을 UTF-16(메모장의 '유니코드')으로 읽었습니다.",
        f"Read '{path.name}' as UTF-16 (Notepad's 'Unicode').",
    )
