"""Reading ``aml-case/1`` files for an import: every file checked before anything is stored.

An import is all or nothing, so all files are read and validated first and every problem is
reported with its file name, field and what is wrong.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from aml_desktop.engine.case import Case
from aml_desktop.engine.case_io import CaseError, load_case
from aml_desktop.engine.sentences import join, say

from .errors import StoreError

# A real case file is a few kilobytes; anything this big is not one (and must not exhaust memory).
MAX_CASE_FILE_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class FileProblem:
    path: Path
    message: str

    def __str__(self) -> str:
        return say("{path}: {message}", path=str(self.path), message=self.message)


class CaseFileError(StoreError):
    """One or more case files cannot be imported; ``problems`` names each file, field and problem."""

    def __init__(self, problems: Sequence[FileProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__(join("\n", [str(p) for p in self.problems]))


def read_case_bytes(raw: bytes) -> Case:
    """Parse one file's bytes strictly; :class:`CaseError` names the field and the problem."""
    if len(raw) > MAX_CASE_FILE_BYTES:
        from aml_desktop.engine.case_io import Problem

        raise CaseError(
            [
                Problem(
                    "",
                    say(
                        "the file is too large to be a case file ({size} bytes; limit {limit})",
                        size=len(raw),
                        limit=MAX_CASE_FILE_BYTES,
                    ),
                )
            ]
        )
    return load_case(raw)


def read_case_files(paths: Sequence[Path]) -> list[Case]:
    """Read and validate every file; raise one :class:`CaseFileError` listing all problems found."""
    cases: list[Case] = []
    problems: list[FileProblem] = []
    for path in paths:
        try:
            size = path.stat().st_size
            if size > MAX_CASE_FILE_BYTES:
                problems.append(
                    FileProblem(
                        path,
                        say(
                            "the file is too large to be a case file ({size} bytes; limit {limit})",
                            size=size,
                            limit=MAX_CASE_FILE_BYTES,
                        ),
                    )
                )
                continue
            raw = path.read_bytes()
        except IsADirectoryError:
            problems.append(FileProblem(path, say("is a folder, not a case file")))
            continue
        except OSError as error:
            problems.append(FileProblem(path, say("cannot be read: {error}", error=str(error.strerror or error))))
            continue
        try:
            cases.append(read_case_bytes(raw))
        except CaseError as error:
            problems.extend(FileProblem(path, str(problem)) for problem in error.problems)
    if problems:
        raise CaseFileError(problems)
    return cases


def file_sources(paths: Sequence[Path]) -> list[dict[str, str]]:
    """Each imported file's name and the SHA-256 of its bytes: what an import's audit entry records."""
    import hashlib

    return [{"file": path.name, "sha256": hashlib.sha256(path.read_bytes()).hexdigest()} for path in paths]
