#!/usr/bin/env python3
"""Score Bulwark's secrets family (and detect-secrets, gitleaks when installed) on the public rule
test cases of gitleaks, TruffleHog and detect-secrets.

The peers' repositories are never committed: fetch them yourself (the session's `fetch` tool puts a
bare git directory under /work/.mirror/<owner>+<name>/repo), then

    scripts/bench/secrets-public-cases.py build --cache /work/cache/secrets
    scripts/bench/secrets-public-cases.py score --cache /work/cache/secrets --bulwark .build/debug/bulwark

`build` reads the git directories (never a work tree), writes one small file per case under
CACHE/cases/{tp,fp}/<source>/<rule>/N.<ext> and CACHE/cases/index.tsv. `score` runs each tool once
over CACHE/cases and prints recall on true cases and flag rate on false cases, overall, per source
and per provider family (`--families`), plus which families no specific (non-generic) Bulwark rule
finds (`--missed`).

Where the cases come from:
- gitleaks `cmd/generate/config/rules/*.go`: every string literal in a rule's `tps`/`fps`, and
  every `utils.GenerateSampleSecrets(id, secret)` call re-created here in the assignment forms that
  helper writes (the secret re-generated from its regular expression with a fixed seed);
- TruffleHog `pkg/detectors/**/*_test.go` (not the integration tests): pattern-test tables
  (`input` with `want` non-empty is true, empty or nil is false), with `fmt.Sprintf` and the file's
  string constants evaluated;
- detect-secrets `tests/plugins/*_test.py`: `pytest.mark.parametrize` rows holding a string and a
  `should_flag`-like boolean.

GitHub (`gh[pousr]_`) and npm (`npm_`) tokens in true cases whose last six characters are not the
CRC32 checksum of the first thirty are corrected (the generators write random bodies; real tokens
always carry it); the number corrected is printed.

Label audit (printed after the raw table, never instead of it): true cases that are not a credential
in the vendor's format are scored a second time without them. Two classes, decided from the case
alone and never from any tool's result: rules whose subject is an identifier or a publishable key
(benchmarks/secrets-public-cases/identifiers.tsv, with one line of why per rule), and cases holding a
placeholder token (a counting run such as 12345678, hex-speak, or one character repeated over 40% of
a token). Every tool is scored on the same audited set, and how many of the set-aside cases each
tool still reports is printed.

When the cache or the mirrors are absent the script says so and exits 0.
"""
import argparse
import ast
import binascii
import collections
import json
import os
import random
import re
import shutil
import warnings
warnings.filterwarnings("ignore", category=DeprecationWarning)
import sre_constants  # noqa: E402
import sre_parse  # noqa: E402
import subprocess
import sys
import time

MIRRORS = {
    "gitleaks": "/work/.mirror/gitleaks+gitleaks/repo",
    "trufflehog": "/work/.mirror/trufflesecurity+trufflehog/repo",
    "detect-secrets": "/work/.mirror/Yelp+detect-secrets/repo",
}

# ---------------------------------------------------------------------------------------------
# git helpers (bare mirrors: read blobs, no work tree)


def git(repo, *args):
    return subprocess.run(["git", "--git-dir", repo, *args], check=True, capture_output=True).stdout


def ls(repo, prefix):
    out = git(repo, "ls-tree", "-r", "--name-only", "HEAD", "--", prefix).decode()
    return [p for p in out.splitlines() if p]


def show(repo, path):
    return git(repo, "show", "HEAD:" + path).decode("utf-8", "replace")


def head(repo):
    return git(repo, "log", "-1", "--format=%H %cs").decode().strip()


# ---------------------------------------------------------------------------------------------
# A small Go lexer: identifiers, string literals (raw and interpreted), punctuation, newlines.

GO_ESC = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", '"': '"', "'": "'", "a": "\a", "b": "\b",
          "f": "\f", "v": "\v"}


def go_tokens(src):
    i, n = 0, len(src)
    out = []
    while i < n:
        c = src[i]
        if c == "/" and src.startswith("//", i):
            j = src.find("\n", i)
            i = n if j < 0 else j
            continue
        if c == "/" and src.startswith("/*", i):
            j = src.find("*/", i + 2)
            i = n if j < 0 else j + 2
            continue
        if c == "\n":
            out.append(("nl", "\n"))
            i += 1
            continue
        if c in " \t\r":
            i += 1
            continue
        if c == "`":
            j = src.find("`", i + 1)
            j = n if j < 0 else j
            out.append(("str", src[i + 1:j].replace("\r", "")))
            i = j + 1
            continue
        if c == '"' or c == "'":
            q = c
            j = i + 1
            buf = []
            while j < n and src[j] != q and src[j] != "\n":
                if src[j] == "\\" and j + 1 < n:
                    e = src[j + 1]
                    if e in GO_ESC:
                        buf.append(GO_ESC[e])
                        j += 2
                    elif e == "x":
                        buf.append(chr(int(src[j + 2:j + 4], 16)))
                        j += 4
                    elif e == "u":
                        buf.append(chr(int(src[j + 2:j + 6], 16)))
                        j += 6
                    elif e == "U":
                        buf.append(chr(int(src[j + 2:j + 10], 16)))
                        j += 10
                    elif e in "01234567":
                        buf.append(chr(int(src[j + 1:j + 4], 8)))
                        j += 4
                    else:
                        buf.append(e)
                        j += 2
                else:
                    buf.append(src[j])
                    j += 1
            out.append(("str" if q == '"' else "rune", "".join(buf)))
            i = j + 1
            continue
        if c.isalnum() or c == "_":
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            out.append(("id", src[i:j]))
            i = j
            continue
        for p in ("...", ":=", "+=", "==", "!=", "&&", "||"):
            if src.startswith(p, i):
                out.append(("op", p))
                i += len(p)
                break
        else:
            out.append(("op", c))
            i += 1
    return out


class Unsupported(Exception):
    pass


# ---------------------------------------------------------------------------------------------
# Random strings from a (Go RE2) regular expression, via Python's own parser.

POSIX = {"[:alnum:]": "a-zA-Z0-9", "[:alpha:]": "a-zA-Z", "[:digit:]": "0-9", "[:upper:]": "A-Z",
         "[:lower:]": "a-z", "[:xdigit:]": "0-9a-fA-F", "[:punct:]": "!-/:-@\\[-`{-~", "[:space:]": " \\t"}


def regex_sample(pattern, rng):
    p = pattern
    for k, v in POSIX.items():
        p = p.replace(k, v)
    p = re.sub(r"\(\?[imsU]+\)", "", p)
    p = re.sub(r"\(\?[imsU]+:", "(?:", p)
    p = p.replace("(?P<", "(?P<").replace("\\z", "").replace("\\A", "")
    p = re.sub(r"\\p\{[A-Za-z]+\}", "a", p)
    try:
        parsed = sre_parse.parse(p)
    except Exception as e:  # noqa: BLE001
        raise Unsupported("regex: %s (%s)" % (pattern, e))
    return _gen(parsed, rng)


_CAT = {
    sre_constants.CATEGORY_DIGIT: "0123456789",
    sre_constants.CATEGORY_WORD: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_",
    sre_constants.CATEGORY_SPACE: " ",
    sre_constants.CATEGORY_NOT_SPACE: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
    sre_constants.CATEGORY_NOT_DIGIT: "abcdefghijklmnopqrstuvwxyz",
    sre_constants.CATEGORY_NOT_WORD: "-",
}


def _chars_of(items):
    chars = []
    negate = False
    for op, av in items:
        if op == sre_constants.NEGATE:
            negate = True
        elif op == sre_constants.LITERAL:
            chars.append(chr(av))
        elif op == sre_constants.RANGE:
            chars.extend(chr(c) for c in range(av[0], av[1] + 1))
        elif op == sre_constants.CATEGORY:
            chars.extend(_CAT.get(av, "a"))
    if negate:
        pool = [chr(c) for c in range(0x21, 0x7F)]
        chars = [c for c in pool if c not in set(chars)]
    return chars or ["a"]


def _gen(parsed, rng):
    out = []
    for op, av in parsed:
        if op == sre_constants.LITERAL:
            out.append(chr(av))
        elif op == sre_constants.NOT_LITERAL:
            out.append("a" if chr(av) != "a" else "b")
        elif op == sre_constants.ANY:
            out.append(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789"))
        elif op == sre_constants.IN:
            out.append(rng.choice(_chars_of(av)))
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, getattr(sre_constants, "POSSESSIVE_REPEAT", None)):
            lo, hi, sub = av
            if hi == sre_constants.MAXREPEAT:
                hi = lo + (8 if lo else 3)
            k = rng.randint(lo, hi)
            for _ in range(k):
                out.append(_gen(sub, rng))
        elif op == sre_constants.SUBPATTERN:
            out.append(_gen(av[-1], rng))
        elif op == sre_constants.BRANCH:
            out.append(_gen(rng.choice(av[1]), rng))
        elif op in (sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            pass
        elif op == sre_constants.CATEGORY:
            out.append(rng.choice(_CAT.get(av, "a")))
        elif op == sre_constants.GROUPREF:
            pass
        else:
            raise Unsupported("regex op %s" % op)
    return "".join(out)


# ---------------------------------------------------------------------------------------------
# gitleaks: evaluate the small expression language its rule files use for tps/fps.

UTIL_REGEX = {
    "Numeric": lambda s: "[0-9]{%s}" % s,
    "Hex": lambda s: "[a-f0-9]{%s}" % s,
    "AlphaNumeric": lambda s: "[a-z0-9]{%s}" % s,
    "AlphaNumericExtendedShort": lambda s: "[a-z0-9_-]{%s}" % s,
    "AlphaNumericExtended": lambda s: "[a-z0-9=_\\-]{%s}" % s,
    "AlphaNumericExtendedLong": lambda s: "[a-z0-9\\/=_\\+\\-]{%s}" % s,
}

# The assignment forms gitleaks' GenerateSampleSecrets writes ({i} identifier, {I} upper, {s} secret),
# with a file extension for each so every form is scanned as the file type it comes from.
FORMS = [
    ("ini-quoted1", "ini", '{i}Token="{s}"'),
    ("ini-quoted2", "ini", '{i}Token = "{s}"'),
    ("ini-unquoted1", "ini", "{i}Token={s}"),
    ("ini-unquoted2", "ini", "{i}Token = {s}"),
    ("json-string", "json", '{\n    "{i}_token": "{s}"\n}'),
    ("json-escaped-newline", "json", '{"config.ini": "{I}_TOKEN={s}\\nBACKUP_ENABLED=true"}'),
    ("xml-element-multiline", "xml", "<{i}Token>\n    {s}\n</{i}Token>"),
    ("yaml-unquoted", "yaml", "{i}_token: {s}"),
    ("yaml-single-quote", "yaml", "{i}_token: '{s}'"),
    ("yaml-double-quote", "yaml", '{i}_token: "{s}"'),
    ("csharp", "cs", 'string {i}Token = "{s}";'),
    ("go-normal", "go", 'var {i}Token string = "{s}"'),
    ("go-short", "go", '{i}Token := "{s}"'),
    ("go-backticks", "go", "{i}Token := `{s}`"),
    ("java", "java", 'String {i}Token = "{s}";'),
    ("kotlin-notype", "kt", 'var {i}Token = "{s}"'),
    ("php-concat", "php", '${i}Token .= "{s}"'),
    ("python-single", "py", "{i}Token = '{s}'"),
    ("python-double", "py", '{i}Token = "{s}"'),
    ("misc-comma", "java", 'System.setProperty("{I}_TOKEN", "{s}")'),
    ("logstash", "conf", '  "{i}Token" => "{s}"'),
    ("make-recursive", "mk", '{i}_TOKEN = "{s}"'),
    ("make-simple", "mk", '{i}_TOKEN := "{s}"'),
    ("make-shell", "mk", '{i}_TOKEN ::= "{s}"'),
    ("make-evaluated-shell", "mk", '{i}_TOKEN :::= "{s}"'),
    ("make-conditional", "mk", '{i}_TOKEN ?= "{s}"'),
]


def gen_forms(identifier, secret):
    for name, ext, tmpl in FORMS:
        yield name, ext, tmpl.replace("{i}", identifier).replace("{I}", identifier.upper()).replace("{s}", secret)


class GoEval:
    """Evaluates a token slice as a Go string expression (literals, +, helpers, known variables)."""

    def __init__(self, env, rng):
        self.env = env
        self.rng = rng

    def split_args(self, toks):
        args, depth, cur = [], 0, []
        for t in toks:
            if t[1] in "([{" and t[0] == "op":
                depth += 1
            elif t[1] in ")]}" and t[0] == "op":
                depth -= 1
            if depth == 0 and t == ("op", ","):
                args.append(cur)
                cur = []
            else:
                cur.append(t)
        if cur:
            args.append(cur)
        return [[x for x in a if x[0] != "nl"] for a in args]

    def call_args(self, toks, i):
        """toks[i] is '('; returns (args, index after ')')."""
        depth, j = 0, i
        while j < len(toks):
            if toks[j] == ("op", "(") or toks[j] == ("op", "{") or toks[j] == ("op", "["):
                depth += 1
            elif toks[j] == ("op", ")") or toks[j] == ("op", "}") or toks[j] == ("op", "]"):
                depth -= 1
                if depth == 0:
                    return self.split_args(toks[i + 1:j]), j + 1
            j += 1
        raise Unsupported("unbalanced")

    def value(self, toks):
        toks = [t for t in toks if t[0] != "nl"]
        if not toks:
            raise Unsupported("empty")
        parts, i = [], 0
        while i < len(toks):
            v, i = self.term(toks, i)
            parts.append(v)
            if i < len(toks):
                if toks[i] != ("op", "+"):
                    raise Unsupported("operator %r" % (toks[i],))
                i += 1
        return "".join(parts)

    def term(self, toks, i):
        t = toks[i]
        if t[0] == "str":
            return t[1], i + 1
        if t[0] == "id":
            # dotted name
            name, j = t[1], i + 1
            while j + 1 < len(toks) and toks[j] == ("op", ".") and toks[j + 1][0] == "id":
                name += "." + toks[j + 1][1]
                j += 2
            if j < len(toks) and toks[j] == ("op", "("):
                args, k = self.call_args(toks, j)
                return self.call(name, args), k
            if name in self.env:
                return self.env[name], j
            raise Unsupported("name " + name)
        if t == ("op", "("):
            args, k = self.call_args(toks, i)
            return self.value(args[0]), k
        raise Unsupported("token %r" % (t,))

    def call(self, name, args):
        short = name.split(".")[-1]
        if short == "NewSecret":
            return regex_sample(self.value(args[0]), self.rng)
        if short in UTIL_REGEX and name.startswith("utils."):
            return UTIL_REGEX[short](self.value(args[0]))
        if short == "Hex8_4_4_4_12":
            return "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
        if name == "fmt.Sprintf":
            f = self.value(args[0])
            vals = [self.value(a) for a in args[1:]]
            f = f.replace("%%", "\x00")
            for v in vals:
                f = re.sub(r"%[-+# 0-9.]*[svdq]", lambda _m: v.replace("\\", "\\\\"), f, count=1)
            return f.replace("\x00", "%")
        if name == "strings.Repeat":
            n = "".join(t[1] for t in args[1])
            return self.value(args[0]) * int(n)
        if name in ("strings.ToUpper",):
            return self.value(args[0]).upper()
        if name in ("strings.ToLower",):
            return self.value(args[0]).lower()
        if short == "EncodeToString" and "base64" in name.lower() or short == "EncodeToString" and name.startswith("b64"):
            inner = args[0]
            if inner and inner[0] == ("op", "[") and len(inner) > 3:
                # []byte(expr)
                _, k = self.call_args(inner, 3)
                inner_args, _ = self.call_args(inner, 3)
                raw = self.value(inner_args[0]).encode()
            else:
                raw = self.value(inner).encode()
            import base64
            enc = base64.urlsafe_b64encode(raw) if "URL" in name else base64.b64encode(raw)
            s = enc.decode()
            return s.rstrip("=") if "Raw" in name else s
        if short == "string":
            return self.value(args[0])
        raise Unsupported("call " + name)


def statements(toks):
    """Splits a function body into statements at newlines/semicolons at depth 0."""
    out, cur, depth = [], [], 0
    for t in toks:
        if t[0] == "op" and t[1] in "([{":
            depth += 1
        elif t[0] == "op" and t[1] in ")]}":
            depth -= 1
        if depth == 0 and (t[0] == "nl" or t == ("op", ";")):
            if cur:
                out.append(cur)
            cur = []
        else:
            cur.append(t)
    if cur:
        out.append(cur)
    return out


def functions(toks):
    """Yields (name, body tokens) for each top-level func, and the top-level statements."""
    i, n = 0, len(toks)
    top = []
    funcs = []
    while i < n:
        if toks[i] == ("id", "func") and i + 1 < n and toks[i + 1][0] == "id":
            name = toks[i + 1][1]
            j = i + 2
            while j < n and toks[j] != ("op", "{"):
                j += 1
            depth, k = 0, j
            while k < n:
                if toks[k] == ("op", "{"):
                    depth += 1
                elif toks[k] == ("op", "}"):
                    depth -= 1
                    if depth == 0:
                        break
                k += 1
            funcs.append((name, toks[j + 1:k]))
            i = k + 1
            continue
        top.append(toks[i])
        i += 1
    return funcs, top


def collect_env(stmts, env, ev):
    """`x := expr`, `x = expr`, `var x = expr`, `const x = expr`, and `(` groups of them."""
    for st in stmts:
        s = [t for t in st if t[0] != "nl"]
        if s and s[0][1] in ("var", "const"):
            s = s[1:]
            if s and s[0] == ("op", "("):
                raw = st[st.index(("op", "(")) + 1:]
                while raw and raw[-1] != ("op", ")"):
                    raw = raw[:-1]
                collect_env(statements(raw[:-1]), env, ev)
                continue
        if len(s) >= 3 and s[0][0] == "id" and s[1][1] in (":=", "="):
            try:
                env[s[0][1]] = ev.value(s[2:])
            except (Unsupported, ValueError, IndexError):
                pass
        elif len(s) >= 4 and s[0][0] == "id" and s[1][0] == "id" and s[2] == ("op", "="):
            try:
                env[s[0][1]] = ev.value(s[3:])
            except (Unsupported, ValueError, IndexError):
                pass


def gitleaks_cases(repo, rng, stats):
    for path in ls(repo, "cmd/generate/config/rules/"):
        if not path.endswith(".go") or path.endswith("_test.go"):
            continue
        family = os.path.basename(path)[:-3]
        if family in ("stopwords", "rule"):
            continue
        toks = go_tokens(show(repo, path))
        funcs, top = functions(toks)
        env = {}
        ev = GoEval(env, rng)
        collect_env(statements(top), env, ev)
        for fname, body in funcs:
            stmts = statements(body)
            local = dict(env)
            ev.env = local
            rule = fname
            for st in stmts:
                s = [t for t in st if t[0] != "nl"]
                if len(s) >= 3 and s[0] == ("id", "RuleID") or (len(s) >= 3 and s[0] == ("id", "r") and s[1] == ("op", ".") and s[2] == ("id", "RuleID")):
                    pass
            # The rule id, if the struct literal names one.
            for k in range(len(body) - 2):
                if body[k] == ("id", "RuleID") and body[k + 1] == ("op", ":") and body[k + 2][0] == "str":
                    rule = body[k + 2][1]
                    break
            for st in stmts:
                s = [t for t in st if t[0] != "nl"]
                if len(s) < 3 or s[0][0] != "id":
                    continue
                var = s[0][1]
                if s[1][1] not in (":=", "=") or var not in ("tps", "fps", "tp", "fp"):
                    if s[1][1] in (":=", "=") and var not in ("r", "tps", "fps"):
                        try:
                            local[var] = ev.value(s[2:])
                        except (Unsupported, ValueError, IndexError):
                            pass
                    continue
                kind = "tp" if var.startswith("t") else "fp"
                yield from expr_cases(s[2:], ev, kind, family, rule, stats)


def expr_cases(toks, ev, kind, family, rule, stats):
    """Cases from `[]string{...}`, `append(tps, ...)`, `utils.GenerateSampleSecrets(...)` and literals."""
    toks = [t for t in toks if t[0] != "nl"]
    if not toks:
        return
    # append(x, items...) / append(x, f(...)...)
    if toks[0] == ("id", "append") and len(toks) > 1 and toks[1] == ("op", "("):
        args, _ = ev.call_args(toks, 1)
        for a in args[1:]:
            if a and a[-1] == ("op", "..."):
                a = a[:-1]
            yield from expr_cases(a, ev, kind, family, rule, stats)
        return
    if toks[:4] == [("op", "["), ("op", "]"), ("id", "string"), ("op", "{")]:
        args, _ = ev.call_args(toks, 3)
        for a in args:
            yield from expr_cases(a, ev, kind, family, rule, stats)
        return
    if len(toks) >= 3 and toks[0] == ("id", "utils") and toks[2][1] in ("GenerateSampleSecrets", "GenerateSampleSecret"):
        args, _ = ev.call_args(toks, 3)
        try:
            ident = ev.value(args[0])
            secret = ev.value(args[1])
        except (Unsupported, ValueError, IndexError) as e:
            stats["skipped"] += 1
            stats["skip:" + str(e)[:60]] += 1
            return
        if toks[2][1] == "GenerateSampleSecret":
            yield kind, family, rule, "txt", '%s_api_token = "%s"' % (ident, secret)
            return
        for form, ext, text in gen_forms(ident, secret):
            yield kind, family, rule, ext, text
        return
    try:
        yield kind, family, rule, "txt", ev.value(toks)
    except (Unsupported, ValueError, IndexError) as e:
        stats["skipped"] += 1
        stats["skip:" + str(e)[:60]] += 1


# ---------------------------------------------------------------------------------------------
# TruffleHog: pattern tables in pkg/detectors/**/*_test.go.


def trufflehog_cases(repo, rng, stats):
    for path in ls(repo, "pkg/detectors/"):
        if not path.endswith("_test.go") or "integration" in path:
            continue
        parts = path.split("/")
        family = parts[2] if len(parts) > 3 else os.path.basename(path)[:-8]
        src = show(repo, path)
        if "want" not in src or "input" not in src:
            continue
        toks = go_tokens(src)
        funcs, top = functions(toks)
        env = {}
        ev = GoEval(env, rng)
        collect_env(statements(top), env, ev)
        for fname, body in funcs:
            if "Pattern" not in fname:
                continue
            local = dict(env)
            ev.env = local
            collect_env(statements(body), local, ev)
            # every composite literal holding `input:` and `want:` fields
            i = 0
            while i < len(body):
                if body[i] == ("id", "input") and i + 1 < len(body) and body[i + 1] == ("op", ":"):
                    # find the enclosing { ... } element: walk back to the '{' at depth 0
                    depth, s0 = 0, i
                    while s0 > 0:
                        t = body[s0 - 1]
                        if t == ("op", "}") or t == ("op", ")") or t == ("op", "]"):
                            depth += 1
                        elif t == ("op", "{") or t == ("op", "(") or t == ("op", "["):
                            if depth == 0:
                                break
                            depth -= 1
                        s0 -= 1
                    args, end = ev.call_args(body, s0 - 1)
                    fields = {}
                    for a in args:
                        if len(a) >= 2 and a[0][0] == "id" and a[1] == ("op", ":"):
                            fields[a[0][1]] = a[2:]
                    i = end
                    if "input" not in fields or "want" not in fields:
                        continue
                    w = [t for t in fields["want"] if t[0] != "nl"]
                    if w == [("id", "nil")] or w[-2:] == [("op", "{"), ("op", "}")]:
                        kind = "fp"
                    else:
                        kind = "tp"
                    try:
                        text = ev.value(fields["input"])
                    except (Unsupported, ValueError, IndexError) as e:
                        stats["skipped"] += 1
                        stats["skip:" + str(e)[:60]] += 1
                        continue
                    yield kind, family, family, "txt", text
                    continue
                i += 1


# ---------------------------------------------------------------------------------------------
# detect-secrets: parametrized plugin tests.

FLAG_NAMES = ("should_flag", "should_match", "expected", "is_secret", "should_be_flagged")


def detect_secrets_cases(repo, stats):
    for path in ls(repo, "tests/plugins/"):
        if not path.endswith("_test.py"):
            continue
        family = os.path.basename(path)[:-8]
        if family in ("base", "ip_public", "high_entropy_strings", "keyword"):
            # high-entropy and keyword tests are about detect-secrets' own heuristics (file types,
            # quoting); kept apart so provider families stay comparable.
            pass
        tree = ast.parse(show(repo, path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            f = node.func
            if not (isinstance(f, ast.Attribute) and f.attr == "parametrize"):
                continue
            if len(node.args) < 2 or not isinstance(node.args[0], ast.Constant):
                continue
            names = [x.strip() for x in str(node.args[0].value).split(",")]
            flag = next((k for k, nm in enumerate(names) if nm in FLAG_NAMES), None)
            if flag is None:
                continue
            try:
                rows = ast.literal_eval(node.args[1])
            except Exception:  # noqa: BLE001
                stats["skipped"] += 1
                continue
            for row in rows:
                if not isinstance(row, tuple) or len(row) <= flag or not isinstance(row[flag], bool):
                    continue
                text = next((x for x in row if isinstance(x, str)), None)
                if text is None:
                    continue
                yield ("tp" if row[flag] else "fp"), family, family, "txt", text


# ---------------------------------------------------------------------------------------------
# Checksum correction for GitHub/npm tokens.

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def b62(v, width):
    out = ""
    while True:
        out = B62[v % 62] + out
        v //= 62
        if v == 0:
            break
    return out.rjust(width, "0")


TOKEN = re.compile(r"(?<![A-Za-z0-9])(gh[pousr]_|npm_)([A-Za-z0-9]{36})(?![A-Za-z0-9])")


def correct_checksums(text):
    fixed = 0

    def sub(m):
        nonlocal fixed
        body = m.group(2)
        want = b62(binascii.crc32(body[:30].encode()) & 0xFFFFFFFF, 6)
        if body[30:] == want:
            return m.group(0)
        fixed += 1
        return m.group(1) + body[:30] + want

    return TOKEN.sub(sub, text), fixed


# ---------------------------------------------------------------------------------------------


def safe(name):
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", name)[:80] or "_"


def build(args):
    cache = args.cache
    present = {k: v for k, v in MIRRORS.items() if os.path.isdir(v)}
    if args.mirror:
        for m in args.mirror:
            k, v = m.split("=", 1)
            present[k] = v
    if not present:
        print("secrets-public-cases: no mirror of gitleaks, TruffleHog or detect-secrets found "
              "(fetch them first); nothing to build.")
        return 0
    root = os.path.join(cache, "cases")
    if os.path.isdir(root):
        shutil.rmtree(root)
    os.makedirs(root)
    rng = random.Random(20261206)
    stats = collections.Counter()
    index = []
    counters = collections.Counter()
    seen = set()
    sources = []
    for source, repo in sorted(present.items()):
        sources.append("%s %s" % (source, head(repo)))
        if source == "gitleaks":
            gen = gitleaks_cases(repo, rng, stats)
        elif source == "trufflehog":
            gen = trufflehog_cases(repo, rng, stats)
        else:
            gen = detect_secrets_cases(repo, stats)
        for kind, family, rule, ext, text in gen:
            if not text.strip():
                continue
            if kind == "tp":
                text, fixed = correct_checksums(text)
                stats["checksums corrected (%s)" % source] += fixed
            key = (kind, source, text)
            if key in seen:
                stats["duplicates dropped"] += 1
                continue
            seen.add(key)
            d = os.path.join(root, kind, source, safe(rule))
            os.makedirs(d, exist_ok=True)
            counters[d] += 1
            rel = os.path.join(kind, source, safe(rule), "%d.%s" % (counters[d], ext))
            with open(os.path.join(root, rel), "w", encoding="utf-8") as fh:
                fh.write(text if text.endswith("\n") else text + "\n")
            index.append((rel, kind, source, family.lower(), rule))
    with open(os.path.join(root, "index.tsv"), "w") as fh:
        fh.write("path\tkind\tsource\tfamily\trule\n")
        for row in index:
            fh.write("\t".join(row) + "\n")
    with open(os.path.join(root, "SOURCES"), "w") as fh:
        fh.write("\n".join(sources) + "\n")
    by = collections.Counter((r[1], r[2]) for r in index)
    print("built %d cases under %s" % (len(index), root))
    for s in sources:
        print("  from", s)
    for (kind, source), n in sorted(by.items()):
        print("  %-3s %-15s %6d" % (kind, source, n))
    for k, v in sorted(stats.items()):
        if not k.startswith("skip:") or args.verbose:
            print("  %s: %d" % (k, v))
    return 0


# ---------------------------------------------------------------------------------------------
# Scoring


def run_bulwark(bulwark, root, out):
    t = time.time()
    p = subprocess.run([bulwark, "scan", root, "--only", "secrets", "--format", "json", "--output", out,
                        "--fail-on", "none", "--no-path-context", "--no-default-excludes"],
                       capture_output=True, text=True)
    if p.returncode not in (0, 1):
        sys.stderr.write(p.stderr[-2000:])
        raise SystemExit("bulwark failed with %d" % p.returncode)
    with open(out) as fh:
        doc = json.load(fh)
    hits = collections.defaultdict(list)
    for f in doc.get("findings", []):
        path = f.get("path") or f.get("location", {}).get("path", "")
        hits[path].append((f.get("rule") or f.get("ruleId", ""), f.get("severity", "")))
    return hits, time.time() - t


def run_detect_secrets(exe, root):
    t = time.time()
    p = subprocess.run([exe, "scan", "--all-files", "--disable-filter",
                        "detect_secrets.filters.heuristic.is_likely_id_string", "."],
                       capture_output=True, text=True, cwd=root)
    if p.returncode != 0:
        p = subprocess.run([exe, "scan", "--all-files", "."], capture_output=True, text=True, cwd=root)
    doc = json.loads(p.stdout)
    hits = collections.defaultdict(list)
    for path, items in doc.get("results", {}).items():
        for it in items:
            hits[path].append((it.get("type", ""), "n/a"))
    return hits, time.time() - t


def run_gitleaks(exe, root, out):
    t = time.time()
    subprocess.run([exe, "dir", root, "--report-format", "json", "--report-path", out, "--exit-code", "0",
                    "--no-banner", "--log-level", "error"], capture_output=True, text=True)
    with open(out) as fh:
        doc = json.load(fh)
    hits = collections.defaultdict(list)
    for it in doc:
        path = os.path.relpath(it.get("File", ""), root)
        hits[path].append((it.get("RuleID", ""), "n/a"))
    return hits, time.time() - t


def norm(hits, root):
    out = {}
    for path, v in hits.items():
        p = path
        if os.path.isabs(p):
            p = os.path.relpath(p, root)
        p = p.lstrip("./") if p.startswith("./") else p
        # Bulwark reports paths relative to the scanned folder
        for pre in ("cases/",):
            if p.startswith(pre):
                p = p[len(pre):]
        out[p] = v
    return out


GENERIC = {"secret-generic-assignment", "secret-url-credentials", "secret-database-url-password"}


# ---------------------------------------------------------------------------------------------
# Label audit: true cases that are not credentials in the vendor's format. Reported beside the raw
# numbers, never instead of them, and decided from the case alone (never from any tool's result).
#  - identifier: the rule's subject is an id or a publishable key (benchmarks/secrets-public-cases/
#    identifiers.tsv, one line of why per rule);
#  - placeholder: a token of the case (a run of letters and digits) holds a counting run
#    (12345678, 87654321), hex-speak (cafebabe, deadbeef), or one character repeated 8 or more
#    times making up at least 40% of the token (QQQQ..., xxxx..., 1111...).

IDENTIFIERS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "benchmarks",
                           "secrets-public-cases", "identifiers.tsv")
TOKEN_RUN = re.compile(r"[A-Za-z0-9]{8,}")
COUNTING = re.compile(r"12345678|87654321|cafebabe|deadbeef", re.I)
REPEAT = re.compile(r"([A-Za-z0-9])\1{7,}")


def load_identifiers(path=IDENTIFIERS):
    out = {}
    if os.path.exists(path):
        with open(path) as fh:
            for line in fh:
                if line.startswith("#") or not line.strip():
                    continue
                source, rule, why = line.rstrip("\n").split("\t", 2)
                out[(source, rule)] = why
    return out


def placeholder_token(text):
    for m in TOKEN_RUN.finditer(text):
        tok = m.group(0)
        if COUNTING.search(tok):
            return tok
        for r in REPEAT.finditer(tok):
            if len(r.group(0)) * 10 >= 4 * len(tok):
                return tok
    return None


def audit(rows, root):
    """{path: (class, detail)} for the true cases the label audit sets aside."""
    ids = load_identifiers()
    out = {}
    for path, kind, source, family, rule in rows:
        if kind != "tp":
            continue
        if (source, rule) in ids:
            out[path] = ("identifier", rule)
            continue
        with open(os.path.join(root, path), errors="replace") as fh:
            tok = placeholder_token(fh.read())
        if tok:
            out[path] = ("placeholder", tok)
    return out


def coverage(rows, hits, low):
    """Per rule (gitleaks rule id, TruffleHog detector, detect-secrets plugin): how many of its true
    cases a specific (non-generic) Bulwark rule finds. Prints the rules where that share is at most
    `low` (0 prints only the uncovered ones), most true cases first, with the Bulwark rules that found
    the others, and a per-source summary of covered rules."""
    per = collections.OrderedDict()
    for path, kind, source, family, rule in rows:
        if kind != "tp":
            continue
        c = per.setdefault((source, rule), {"tp": 0, "found": 0, "specific": 0, "by": collections.Counter()})
        c["tp"] += 1
        hs = hits.get(path, [])
        if hs:
            c["found"] += 1
        spec = sorted({x[0] for x in hs if x[0] not in GENERIC})
        if spec:
            c["specific"] += 1
            c["by"].update(spec)
    print("\nper-rule coverage by a specific Bulwark rule (source: rules covered fully / partly / not at all)")
    for source in sorted({k[0] for k in per}):
        cs = [c for k, c in per.items() if k[0] == source]
        full = sum(1 for c in cs if c["specific"] == c["tp"])
        none = sum(1 for c in cs if c["specific"] == 0)
        print("  %-15s %4d rules: %4d full, %4d partly, %4d none (%d true cases in the uncovered rules)"
              % (source, len(cs), full, len(cs) - full - none, none, sum(c["tp"] for c in cs if c["specific"] == 0)))
    bad = [(k, c) for k, c in per.items() if c["specific"] <= low * c["tp"]]
    bad.sort(key=lambda kc: (-(kc[1]["tp"] - kc[1]["specific"]), kc[0]))
    print("\nrules whose true cases a specific Bulwark rule finds at most %.0f%% of (source rule: tp found specific [by])"
          % (100 * low))
    for (source, rule), c in bad:
        by = ", ".join("%s %d" % kv for kv in c["by"].most_common(3))
        print("  %-15s %-40s %5d %5d %5d  %s" % (source, rule, c["tp"], c["found"], c["specific"], by))


def score(args):
    root = os.path.join(args.cache, "cases")
    idx = os.path.join(root, "index.tsv")
    if not os.path.exists(idx):
        print("secrets-public-cases: no cases under %s (run `build` after fetching the peers); nothing to score." % root)
        return 0
    rows = []
    with open(idx) as fh:
        next(fh)
        for line in fh:
            path, kind, source, family, rule = line.rstrip("\n").split("\t")
            rows.append((path, kind, source, family, rule))
    tools = {}
    if args.from_json:
        with open(args.from_json) as fh:
            doc = json.load(fh)
        h = collections.defaultdict(list)
        for f in doc.get("findings", []):
            h[f.get("path") or f.get("location", {}).get("path", "")].append((f.get("rule") or f.get("ruleId", ""), f.get("severity", "")))
        tools["bulwark"] = (norm(h, root), 0.0)
    elif args.bulwark:
        h, secs = run_bulwark(args.bulwark, root, os.path.join(args.cache, "bulwark.json"))
        tools["bulwark"] = (norm(h, root), secs)
    ds = args.detect_secrets or shutil.which("detect-secrets")
    saved = os.path.join(args.cache, "detect-secrets.json")
    if args.reuse_peers and os.path.exists(saved) and os.path.getmtime(saved) > os.path.getmtime(idx):
        with open(saved) as fh:
            h, secs = json.load(fh)
        tools["detect-secrets"] = ({k: [tuple(x) for x in v] for k, v in h.items()}, secs)
    elif ds and os.path.exists(ds):
        h, secs = run_detect_secrets(ds, root)
        tools["detect-secrets"] = (norm(h, root), secs)
        with open(saved, "w") as fh:
            json.dump([tools["detect-secrets"][0], secs], fh)
    else:
        print("detect-secrets: not installed (pass --detect-secrets PATH); not scored")
    gl = args.gitleaks or shutil.which("gitleaks")
    if gl and os.path.exists(gl):
        h, secs = run_gitleaks(gl, root, os.path.join(args.cache, "gitleaks.json"))
        tools["gitleaks"] = (norm(h, root), secs)
    else:
        print("gitleaks: no binary on this machine (pass --gitleaks PATH); not scored")
    with open(os.path.join(root, "SOURCES")) as fh:
        print("cases from: " + "; ".join(l.strip() for l in fh if l.strip()))
    names = list(tools)
    print("\n%-26s %7s " % ("set", "cases") + " ".join("%16s" % n for n in names))
    groups = collections.OrderedDict()
    for kind in ("tp", "fp"):
        groups[(kind, "all")] = [r for r in rows if r[1] == kind]
        for source in sorted({r[2] for r in rows}):
            groups[(kind, source)] = [r for r in rows if r[1] == kind and r[2] == source]
    for (kind, source), rs in groups.items():
        label = ("true " if kind == "tp" else "false ") + source
        cells = []
        for n in names:
            hits = tools[n][0]
            k = sum(1 for r in rs if hits.get(r[0]))
            cells.append("%6d (%5.1f%%)" % (k, 100.0 * k / max(1, len(rs))))
        print("%-26s %7d " % (label, len(rs)) + " ".join("%16s" % c for c in cells))
    aud = audit(rows, root)
    if aud:
        by_class = collections.Counter(c for c, _ in aud.values())
        print("\nlabel audit: %d true cases set aside (%s; criteria in the script's `audit`), the rest scored again:"
              % (len(aud), ", ".join("%s %d" % kv for kv in sorted(by_class.items()))))
        for source in ["all"] + sorted({r[2] for r in rows}):
            rs = [r for r in rows if r[1] == "tp" and r[0] not in aud and (source == "all" or r[2] == source)]
            cells = []
            for n in names:
                k = sum(1 for r in rs if tools[n][0].get(r[0]))
                cells.append("%6d (%5.1f%%)" % (k, 100.0 * k / max(1, len(rs))))
            print("%-26s %7d " % ("true audited " + source, len(rs)) + " ".join("%16s" % c for c in cells))
        for n in names:
            k = sum(1 for p in aud if tools[n][0].get(p))
            print("  %s finds %d of the %d set aside" % (n, k, len(aud)))
        if "bulwark" in tools:
            hits = tools["bulwark"][0]
            fams = collections.defaultdict(lambda: [0, 0])
            for path, kind, source, family, rule in rows:
                if kind == "tp" and source == "gitleaks" and path not in aud:
                    fams[family][0] += 1
                    if any(x[0] not in GENERIC for x in hits.get(path, [])):
                        fams[family][1] += 1
            none = sorted(f for f, (n, k) in fams.items() if k == 0)
            print("  gitleaks provider families with audited true cases: %d; found by no specific Bulwark rule: %s"
                  % (len(fams), ", ".join(none) if none else "none"))
    if "bulwark" in tools:
        hits = tools["bulwark"][0]
        spec = sum(1 for r in rows if r[1] == "tp" and any(x[0] not in GENERIC for x in hits.get(r[0], [])))
        ntp = sum(1 for r in rows if r[1] == "tp")
        print("\nbulwark: true cases found by a specific (non-generic) rule: %d of %d (%.1f%%)" % (spec, ntp, 100.0 * spec / max(1, ntp)))
        for n in names:
            print("%s: %.1f s" % (n, tools[n][1]))
    if args.families or args.missed:
        fam = collections.defaultdict(lambda: collections.Counter())
        hits = tools.get("bulwark", ({}, 0))[0]
        for path, kind, source, family, rule in rows:
            c = fam[(source, family)]
            c[kind] += 1
            hs = hits.get(path, [])
            if hs:
                c[kind + "_hit"] += 1
            if kind == "tp" and any(x[0] not in GENERIC for x in hs):
                c["tp_specific"] += 1
        if args.families:
            print("\nper family (bulwark): source family tp found specific fp flagged")
            for (source, family), c in sorted(fam.items()):
                print("  %-15s %-28s %5d %5d %5d %5d %5d" % (source, family, c["tp"], c["tp_hit"], c["tp_specific"], c["fp"], c["fp_hit"]))
        if args.missed:
            print("\nfamilies with a true case no specific Bulwark rule finds (source family tp specific):")
            for (source, family), c in sorted(fam.items()):
                if c["tp"] and c["tp_specific"] < c["tp"] and (source in args.missed.split(",") or args.missed == "all"):
                    print("  %-15s %-28s %5d %5d" % (source, family, c["tp"], c["tp_specific"]))
    if args.coverage is not None and "bulwark" in tools:
        coverage(rows, tools["bulwark"][0], args.coverage)
    if args.list:
        hits = tools.get("bulwark", ({}, 0))[0]
        for path, kind, source, family, rule in rows:
            got = bool(hits.get(path))
            if (kind == "tp" and not got and "missed" in args.list) or (kind == "fp" and got and "flagged" in args.list):
                if args.source and source != args.source:
                    continue
                with open(os.path.join(root, path), errors="replace") as fh:
                    text = fh.read(300).replace("\n", "\\n")
                aside = aud.get(path)
                mark = " [set aside: %s]" % aside[0] if aside else ""
                print("%s %s%s %s | %s" % ("MISS" if kind == "tp" else "FLAG", path, mark, hits.get(path, ""), text))
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("command", choices=["build", "score", "all"])
    ap.add_argument("--cache", default="/work/cache/secrets")
    ap.add_argument("--mirror", action="append", help="SOURCE=GIT_DIR (gitleaks, trufflehog, detect-secrets)")
    ap.add_argument("--bulwark", help="bulwark executable")
    ap.add_argument("--detect-secrets", help="detect-secrets executable")
    ap.add_argument("--gitleaks", help="gitleaks executable")
    ap.add_argument("--families", action="store_true", help="print a per-family table")
    ap.add_argument("--missed", help="list families no specific rule finds: all or a source list")
    ap.add_argument("--coverage", type=float, nargs="?", const=0.5, default=None,
                    help="per-rule coverage by a specific Bulwark rule; lists rules at or below this share (default 0.5)")
    ap.add_argument("--from-json", help="score Bulwark from this saved JSON report instead of running it")
    ap.add_argument("--list", help="missed,flagged: print the cases")
    ap.add_argument("--source", help="with --list: only this source")
    ap.add_argument("--reuse-peers", action="store_true", help="reuse the last detect-secrets results for the same cases")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    if not os.path.isdir(args.cache) and args.command != "build":
        print("secrets-public-cases: cache %s absent; nothing to do." % args.cache)
        return 0
    rc = 0
    if args.command in ("build", "all"):
        rc = build(args)
    if args.command in ("score", "all"):
        rc = score(args)
    return rc


if __name__ == "__main__":
    sys.exit(main())
