"""Validation reports: text, JSON, SARIF 2.1.0, JUnit XML and GitHub workflow annotations."""

from __future__ import annotations

import json
from collections.abc import Iterable
from xml.sax.saxutils import escape, quoteattr

from .checks import ERROR, INFO, Finding
from .validate import Report

FORMATS = ("text", "json", "sarif", "junit", "github")


def render(report: Report, fmt: str) -> str:
    return {"text": text, "json": as_json, "sarif": sarif, "junit": junit, "github": github}[fmt](report)


def ordered(findings: Iterable[Finding]) -> list[Finding]:
    """Findings in report order: by file, line, check and message (the same order every run)."""
    return sorted(findings, key=lambda f: (f.path, f.line, f.check, f.message))


def _sorted(report: Report) -> list[Finding]:
    return ordered(report.findings)


def as_line(f: Finding) -> str:
    """One finding as the text report writes it: ``path:line: severity check: message``."""
    return f"{f.path}:{f.line}: {f.severity} {f.check}: {f.message}"


def text(report: Report) -> str:
    lines = [as_line(f) for f in _sorted(report)]
    lines.append(f"{report.files} catalogs, {report.entries} entries, {report.handouts} handouts checked: "
                 f"{report.errors} errors, {report.warnings} warnings")
    return "\n".join(lines) + "\n"


def as_json(report: Report) -> str:
    data = {"findings": [f.as_dict() for f in _sorted(report)], "summary": report.summary()}
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def sarif(report: Report) -> str:
    rules = [{"id": info.id, "name": info.title.title().replace(" ", ""),
              "shortDescription": {"text": info.title}, "fullDescription": {"text": info.description},
              "defaultConfiguration": {"level": "error" if info.severity == ERROR else "warning"}}
             for info in sorted(INFO.values(), key=lambda i: i.id)]
    index = {r["id"]: i for i, r in enumerate(rules)}
    results = []
    for f in _sorted(report):
        results.append({
            "ruleId": f.check, "ruleIndex": index.get(f.check, 0),
            "level": "error" if f.severity == ERROR else "warning",
            "message": {"text": f.message},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": f.path},
                                                "region": {"startLine": max(f.line, 1)}}}],
            "properties": {"locale": f.locale, "msgctxt": f.msgctxt, "msgid": f.msgid, "msgstr": f.msgstr},
        })
    doc = {"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0",
           "runs": [{"tool": {"driver": {"name": "handouts-validate", "informationUri": "https://example.invalid/handouts",
                                         "rules": rules}},
                     "results": results}]}
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


def junit(report: Report) -> str:
    by_file: dict[str, list] = {}
    for f in _sorted(report):
        by_file.setdefault(f.path, []).append(f)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           f'<testsuites name="validate" tests="{max(len(by_file), 1)}" failures="{report.errors}">']
    for path, findings in by_file.items():
        errors = [f for f in findings if f.severity == ERROR]
        out.append(f'  <testsuite name={quoteattr(path)} tests="{len(findings)}" failures="{len(errors)}">')
        for f in findings:
            name = quoteattr(f"{f.check} line {f.line} {f.msgctxt}")
            if f.severity == ERROR:
                out.append(f'    <testcase classname={quoteattr(path)} name={name}>'
                           f'<failure type={quoteattr(f.check)} message={quoteattr(f.message)}>'
                           f'{escape(f"{f.path}:{f.line}: {f.message}")}</failure></testcase>')
            else:
                out.append(f'    <testcase classname={quoteattr(path)} name={name}>'
                           f'<system-out>{escape(f"warning {f.check}: {f.message}")}</system-out></testcase>')
        out.append("  </testsuite>")
    if not by_file:
        out.append('  <testsuite name="validate" tests="1" failures="0"><testcase classname="validate" '
                   'name="all catalogs"/></testsuite>')
    out.append("</testsuites>")
    return "\n".join(out) + "\n"


def _gh_escape(value: str, prop: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if prop:
        value = value.replace(":", "%3A").replace(",", "%2C")
    return value


def github(report: Report) -> str:
    lines = []
    for f in _sorted(report):
        kind = "error" if f.severity == ERROR else "warning"
        lines.append(f"::{kind} file={_gh_escape(f.path, True)},line={max(f.line, 1)},"
                     f"title={_gh_escape(f.check, True)}::{_gh_escape(f.message)}")
    lines.append(f"{report.errors} errors, {report.warnings} warnings in {report.files} catalogs")
    return "\n".join(lines) + "\n"
