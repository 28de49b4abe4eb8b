"""A loopback stand-in for the Hugging Face Hub and its file CDN, serving one real GGUF file.

It answers what huggingface_hub 2.x asks (read in ``file_download.get_hf_file_metadata``
and ``http_get``):

- ``HEAD {hub}/{repo}/resolve/{revision}/{file}``: for ``main``, a same-host 307 to the
  commit (huggingface_hub follows redirects that stay on the Hub); for the commit, a 302 to
  the CDN carrying ``X-Repo-Commit``, ``X-Linked-Etag`` (the LFS SHA-256), ``X-Linked-Size``
  and the pointer's own ``ETag``, exactly as the Hub does for LFS files. An unknown revision
  is a 404 with ``X-Error-Code: RevisionNotFound``; a gated repository a 401 with
  ``X-Error-Code: GatedRepo``.
- ``GET {cdn}/blobs/{sha256}``: the bytes, whole (200) or from a ``Range: bytes=N-`` (206
  with ``Content-Range``). The CDN is another origin (another port), so the Hub token is
  not sent there.

Knobs for the failure tests: ``cut_after`` drops the connection once after that many
bytes, ``corrupt_at`` flips one byte (a tampered mirror), ``claimed_sha256`` reports
another checksum, ``gated`` refuses without a token. ``hold_after`` stops sending once
after that many bytes, sets ``holding`` and waits for ``release`` (a slow line, so a
window test can press 일시 정지 or 취소 in the middle of a download).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

CHUNK = 2**20
_RESOLVE = re.compile(r"^/(?P<repo>[^/]+/[^/]+)/resolve/(?P<revision>[^/]+)/(?P<file>.+)$")


@dataclass
class FakeHub:
    path: Path
    sha256: str
    repo: str
    file: str
    commit: str = "0123456789abcdef0123456789abcdef01234567"
    cut_after: int | None = None
    corrupt_at: int | None = None
    claimed_sha256: str = ""
    gated: bool = False
    hold_after: int | None = None
    holding: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)
    requests: list[tuple[str, str, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.size = self.path.stat().st_size
        self.hub = HTTPServer(host="127.0.0.1", port=0)
        self.cdn = HTTPServer(host="127.0.0.1", port=0, threaded=True)

    def __enter__(self) -> FakeHub:
        for server in (self.hub, self.cdn):
            server.start()
        self.hub.expect_request(_RESOLVE, method="HEAD").respond_with_handler(self._head)
        self.cdn.expect_request(re.compile(r"^/blobs/"), method="GET").respond_with_handler(self._get)
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release.set()  # a held response must not keep the server from stopping
        for server in (self.hub, self.cdn):
            server.clear()
            server.stop()

    @property
    def endpoint(self) -> str:
        return self.hub.url_for("").rstrip("/")

    def gets(self) -> list[str]:
        """The Range header of every GET the CDN answered ('' for a whole-file GET)."""
        return [extra for method, _, extra in self.requests if method == "GET"]

    def heads(self) -> list[str]:
        return [path for method, path, _ in self.requests if method == "HEAD"]

    def _head(self, request: Request) -> Response:
        self.requests.append(("HEAD", request.path, ""))
        match = _RESOLVE.match(request.path)
        assert match, request.path
        if self.gated and "authorization" not in request.headers:
            return Response(status=401, headers={"X-Error-Code": "GatedRepo", "X-Error-Message": "Access restricted"})
        if match["repo"] != self.repo or match["file"] != self.file:
            return Response(status=404, headers={"X-Error-Code": "EntryNotFound"})
        if match["revision"] == "main":
            return Response(status=307, headers={"Location": f"/{self.repo}/resolve/{self.commit}/{self.file}"})
        if match["revision"] != self.commit:
            return Response(status=404, headers={"X-Error-Code": "RevisionNotFound"})
        sha = self.claimed_sha256 or self.sha256
        return Response(
            status=302,
            headers={
                "Location": self.cdn.url_for(f"/blobs/{sha}"),
                "X-Repo-Commit": self.commit,
                "X-Linked-Etag": f'"{sha}"',
                "X-Linked-Size": str(self.size),
                "ETag": '"7cb18dc9bafbfcf74629a4b760af1b160957a83e"',
                "Content-Length": "135",
            },
        )

    def _get(self, request: Request) -> Response:
        wanted = request.headers.get("Range", "")
        self.requests.append(("GET", request.path, wanted))
        start = int(re.fullmatch(r"bytes=(\d+)-", wanted)[1]) if wanted else 0  # type: ignore[index]
        # Connection: close makes a cut-short body end the connection at once, as a dropped
        # Wi-Fi link does, instead of leaving the client waiting for the missing bytes.
        headers = {"Content-Length": str(self.size - start), "Accept-Ranges": "bytes", "Connection": "close"}
        if start:
            headers["Content-Range"] = f"bytes {start}-{self.size - 1}/{self.size}"
        body = self._body(start)
        return Response(body, status=206 if start else 200, headers=headers, direct_passthrough=True)

    def _body(self, start: int) -> Iterator[bytes]:
        cut, self.cut_after = self.cut_after, None
        hold, self.hold_after = self.hold_after, None
        sent = 0
        with self.path.open("rb") as handle:
            handle.seek(start)
            while chunk := handle.read(CHUNK):
                offset = start + sent
                if self.corrupt_at is not None and offset <= self.corrupt_at < offset + len(chunk):
                    at = self.corrupt_at - offset
                    chunk = chunk[:at] + bytes([chunk[at] ^ 0xFF]) + chunk[at + 1 :]
                if cut is not None and sent + len(chunk) > cut:
                    yield chunk[: cut - sent]
                    return  # the connection closes short of Content-Length
                sent += len(chunk)
                yield chunk
                if hold is not None and sent >= hold:
                    hold = None
                    self.holding.set()
                    self.release.wait(30)
