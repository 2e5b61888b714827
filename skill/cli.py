"""The ``letting-go`` command: talk to the skill in a terminal, as if to an Echo, or serve it.

``letting-go chat`` opens the skill and keeps a conversation going; ``letting-go say "..."`` is one
one-shot turn, for scripts. Both resolve what is typed against the interaction model and send real
request envelopes through the same skill that runs on Lambda. ``letting-go reminders`` lists the
reminders the skill set in the console. ``letting-go serve`` runs the same skill as a web service
for Alexa (``skill.web``; needs the ``web`` extra).
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TextIO

from skill.builder import build_skill
from skill.console.device import ConsoleApiClient, console_caller, machine_time_zone
from skill.console.envelopes import Caller
from skill.console.grants import Grants, grants_path
from skill.console.jsonfile import UnreadableFileError
from skill.console.languages import console_language
from skill.console.nlu import Matcher
from skill.console.permissions import SAY_NOTE
from skill.console.reminders import ConsoleReminders, reminders_path
from skill.console.render import speakable
from skill.console.screen import ECHO_SHOW
from skill.console.session import Conversation, Reply, dialog_intents_of
from skill.domain.clock import is_known_zone, local_date
from skill.metrics import metrics_from_environment
from skill.runtime import SKILL_ID_ENV, configured_skill_id
from skill.storage.state import UnreadableStateError
from skill.storage.store import StateStore, StoreError
from skill.voice.locales import DEFAULT as DEFAULT_LOCALE
from skill.voice.locales import data_locale, language_of

#: The interaction model and NLU evaluation set, shipped as package data (interaction_models/).
MODELS = files("skill.models")
MODEL_PATH = MODELS / "en-US.json"
EVALUATION_PATH = MODELS / "nlu-evaluation" / "en-US.json"
EVALUATION_CONTEXTS = MODELS / "nlu-evaluation" / "en-US.context.json"
_LOCALE = re.compile(r"[a-z]{2}-[A-Z]{2}")


def model_path(locale: str) -> Traversable:
    """The interaction model the console hears ``locale`` with: its own, else its language's."""
    return MODELS / f"{data_locale(locale)}.json"


def evaluation_path(locale: str) -> Traversable:
    """The NLU evaluation set of ``locale``, else of its language's first locale."""
    own = MODELS / "nlu-evaluation" / f"{locale}.json"
    first = data_locale(language_of(locale))  # the language's first locale
    return own if own.is_file() else MODELS / "nlu-evaluation" / f"{first}.json"


def _locale(text: str) -> str:
    if not _LOCALE.fullmatch(text):
        raise argparse.ArgumentTypeError(f"not a locale: {text!r} (try e.g. en-GB or es-MX)")
    return text


QUIT_WORDS = frozenset({"quit", "exit"})
PROMPT = "you> "
ALEXA = "alexa> "
SESSION_ENDED_HINT = "(session ended \u2014 type to start a new one, or quit)"
# What the console prints when a reminder rings; before it, the alarm clock where it can be shown.
REMINDER_LABEL = "Reminder: "
REMINDER_MARK = "\u23f0 "
NO_REMINDERS = "No reminders."
ESPEAK = "espeak-ng"
# A key no person's record can have (theirs are "user#<sha256>" or "person#<sha256>").
_PROBE_KEY = "console#probe"


class ConsoleError(Exception):
    """A problem to report in one line, without a traceback (exit status 2)."""


def _escape(text: str) -> str:
    return text.replace("%", "%%")  # argparse %-formats each argument's help


def build_parser() -> argparse.ArgumentParser:
    """The argument parser; its help names the default store as it is right now."""
    from skill.storage.local import default_path

    store_help = _escape(
        f"the local store file (default: {default_path()}; set $LETTING_GO_STORE, or "
        "$XDG_DATA_HOME for $XDG_DATA_HOME/letting-go/state.sqlite3, to change it)"
    )
    parser = argparse.ArgumentParser(
        prog="letting-go",
        description="Talk to the Letting Go skill in this terminal, as you would to an Echo.",
        # Unlike argument help, the epilog is not %-formatted (it has no "%(prog)").
        epilog=f"State is kept in {default_path()} unless --store or --table says otherwise "
        "(environment: LETTING_GO_STORE, XDG_DATA_HOME).",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    chat = commands.add_parser("chat", help="a conversation: type what you would say")
    say = commands.add_parser("say", help='one turn, e.g. letting-go say "how many days left"')
    say.add_argument("words", nargs="+", help="what you would say (after 'ask letting go')")
    listing = commands.add_parser(
        "reminders", help="list the reminders the skill has set in this console"
    )
    evaluate = commands.add_parser(
        "nlu-eval", help="score the console's understanding on an NLU evaluation set"
    )
    evaluate.add_argument(
        "set",
        nargs="?",
        type=Path,
        help="a SMAPI NLU annotation set (default: the evaluation set of --locale)",
    )
    evaluate.add_argument("--quiet", action="store_true", help="figures only, not each miss")
    serve = commands.add_parser("serve", help="serve the skill to Alexa as a web service")
    add_serve_arguments(serve)
    listing.add_argument(
        "--store",
        type=Path,
        metavar="PATH",
        help=_escape(f"the local store whose reminders to list (default: {default_path()})"),
    )
    for sub in (chat, say, serve):
        sub.add_argument("--store", type=Path, metavar="PATH", help=store_help)
        sub.add_argument("--table", metavar="NAME", help="keep state in this DynamoDB table")
        sub.add_argument("--endpoint-url", metavar="URL", help="DynamoDB endpoint (with --table)")
        sub.add_argument("--region", metavar="REGION", help="AWS region (with --table)")
    for sub in (chat, say, evaluate):
        sub.add_argument(
            "--locale",
            type=_locale,
            default=DEFAULT_LOCALE,
            help=f"the device's locale, e.g. es-MX (default: {DEFAULT_LOCALE}); the skill "
            "answers in its language, and the console hears it with its model",
        )
    for sub in (chat, say):
        sub.add_argument(
            "--time-zone",
            metavar="ZONE",
            help="the device's IANA time zone (default: $TZ, else this machine's zone)",
        )
        sub.add_argument("--speak", action="store_true", help=f"also speak answers with {ESPEAK}")
        sub.add_argument(
            "--screen",
            action="store_true",
            help="be an Echo Show: the skill sends its screens, and a line says what each shows",
        )
        sub.add_argument(
            "--explain",
            action="store_true",
            help="show what each utterance was understood as, how, and how surely",
        )
    return parser


def _port(text: str) -> int:
    port = int(text)
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError("a port is a number from 0 to 65535")
    return port


def add_serve_arguments(serve: argparse.ArgumentParser) -> None:
    """The options of ``letting-go serve`` (the store options are added with the others)."""
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (%(default)s)")
    serve.add_argument(
        "--port", type=_port, default=8080, help="port to listen on, 0 for any (%(default)s)"
    )
    serve.add_argument("--route", default="/", help="path Alexa posts to (%(default)s)")
    serve.add_argument(
        "--skill-id",
        default=configured_skill_id(),
        metavar="ID",
        help=f"refuse requests for any other skill (default: ${SKILL_ID_ENV})",
    )
    serve.add_argument(
        "--no-verify",
        dest="verify",
        action="store_false",
        help="DANGEROUS, local testing only: skip Alexa's signature and timestamp checks",
    )
    serve.add_argument(
        "--trust-roots",
        type=Path,
        metavar="PEM",
        help="testing only: trust these root certificates instead of the system's",
    )
    serve.add_argument(
        "--cert-chain-dir",
        type=Path,
        metavar="DIR",
        help="testing only: read the certificate chain a request names from DIR/<file name> "
        "instead of downloading it",
    )


def open_store(args: argparse.Namespace) -> StateStore:
    """The store the arguments name, checked by one read so that a bad one fails now.

    Raises
    ------
    ConsoleError
        When the store cannot be opened or read.
    """
    store: StateStore
    if args.table:
        from skill.storage.dynamodb import DynamoStore

        store = DynamoStore(args.table, region_name=args.region, endpoint_url=args.endpoint_url)
        where = f"the DynamoDB table {args.table}"
    else:
        from skill.storage.local import LocalStore, default_path

        path = args.store or default_path()
        store = LocalStore(path)
        where = f"the local store at {path}"
    try:
        store.read(_PROBE_KEY)
    except (StoreError, UnreadableStateError, OSError) as exc:
        raise ConsoleError(f"cannot open {where}: {exc}") from exc
    return store


class Speaker:
    """Speaks answers with espeak-ng; says once that it is missing, and then stays quiet."""

    def __init__(self, enabled: bool, err: TextIO) -> None:
        self._program = shutil.which(ESPEAK) if enabled else None
        if enabled and self._program is None:
            print(f"letting-go: {ESPEAK} is not installed; answers are only printed.", file=err)

    def speak(self, reply: Reply) -> None:
        self.say(speakable(reply.ssml))

    def say(self, text: str) -> None:
        if self._program and text:
            # stdin, not an argument: text starting with "-" must not read as an option.
            subprocess.run([self._program, "--stdin"], input=text, text=True, check=False)


def _now() -> datetime:
    return datetime.now(UTC)


def _beside(args: argparse.Namespace) -> Path:
    """The store file the console's own files sit beside (the default one with ``--table``)."""
    from skill.storage.local import default_path

    return Path(args.store or default_path())


def _conversation(args: argparse.Namespace) -> tuple[Conversation, ConsoleReminders]:
    """The conversation the arguments ask for, and the reminders the console keeps for it."""
    if args.time_zone and not is_known_zone(args.time_zone):
        raise ConsoleError(f"unknown time zone {args.time_zone!r} (try e.g. Europe/London)")
    path = model_path(args.locale)
    if not path.is_file():
        raise ConsoleError(f"the interaction model is missing: {path}")
    model = json.loads(path.read_text(encoding="utf-8"))
    zone = machine_time_zone(args.time_zone)
    reminders = ConsoleReminders(reminders_path(_beside(args)), now=_now)
    grants = Grants(grants_path(_beside(args)))
    api = ConsoleApiClient(zone, reminders=reminders)
    skill = build_skill(open_store(args), api_client=api)

    def today() -> date:
        return local_date(_now(), zone)

    caller = console_caller(Caller(locale=args.locale), scopes=grants.scopes())
    if getattr(args, "screen", False):
        caller = replace(caller, **ECHO_SHOW)
    conversation = Conversation(
        skill,
        Matcher(model, console_language(args.locale)),
        caller,
        now=_now,
        today=today,
        dialog_intents=dialog_intents_of(model),
        grants=grants,
    )
    return conversation, reminders


def _reminder_label(out: TextIO) -> str:
    """The label of a reminder that rings, with the alarm clock if ``out`` can show it."""
    try:
        REMINDER_MARK.encode(getattr(out, "encoding", None) or "utf-8")
    except (UnicodeEncodeError, LookupError):
        return REMINDER_LABEL
    return REMINDER_MARK + REMINDER_LABEL


def _reader(stdin: TextIO, out: TextIO, interactive: bool) -> Callable[[], str | None]:
    """A reader of the next line (None at the end of input), with a prompt on a terminal."""

    def read() -> str | None:
        if not interactive:
            line = stdin.readline()
            return line or None
        try:
            return input(PROMPT)
        except EOFError:
            print(file=out)
            return None

    return read


def _explain(conversation: Conversation, out: TextIO) -> None:
    if conversation.last_match is not None:
        print(f"  (heard: {conversation.last_match.explain()})", file=out)


def chat(
    conversation: Conversation,
    speaker: Speaker,
    stdin: TextIO,
    out: TextIO,
    explain: bool = False,
    due: Callable[[], list[str]] | None = None,
) -> int:
    """Open the skill, then answer each line until quit, exit or the end of input.

    ``due`` gives what each reminder that has come due says; it is asked after the skill opens
    and after each line is read (for the time spent waiting), before that line is answered.
    """
    interactive = stdin.isatty()
    hint = SESSION_ENDED_HINT
    if out.isatty():
        hint = f"\033[2m{hint}\033[0m"  # dim, so it does not read as the skill speaking
    label = _reminder_label(out)

    def ring() -> None:
        for text in due() if due else []:
            print(f"{label}{text}", file=out, flush=True)
            speaker.say(text)

    def answer(reply: Reply) -> None:
        print(f"{ALEXA}{reply.text}", file=out, flush=True)
        if reply.screen:
            print(f"{' ' * len(ALEXA)}{reply.screen}", file=out, flush=True)
        speaker.speak(reply)
        if reply.ended and interactive:
            print(hint, file=out, flush=True)

    read = _reader(stdin, out, interactive)
    answer(conversation.open())
    ring()
    try:
        while (line := read()) is not None:
            text = line.strip()
            if not text:
                continue
            if not interactive:  # echo piped input, so that the output reads as a transcript
                print(f"{PROMPT}{text}", file=out)
            if text.lower() in QUIT_WORDS:
                break
            ring()
            reply = conversation.hear(text)
            if explain:
                _explain(conversation, out)
            answer(reply)
    except KeyboardInterrupt:
        print(file=out)
    finally:
        conversation.close()
    return 0


def say(
    conversation: Conversation,
    speaker: Speaker,
    words: Sequence[str],
    out: TextIO,
    explain: bool = False,
) -> int:
    """One one-shot turn: print the answer and close the session if it is still open."""
    reply = conversation.hear(" ".join(words))
    if explain:
        _explain(conversation, out)
    print(reply.text, file=out)
    if reply.screen:
        print(reply.screen, file=out)
    speaker.speak(reply)
    if conversation.awaiting_consent:
        print(SAY_NOTE, file=out)
    conversation.close()
    return 0


def list_reminders(args: argparse.Namespace, out: TextIO) -> int:
    """Print the console's reminders, one a line: when each rings, and what it says.

    Raises
    ------
    ConsoleError
        When the reminders file cannot be read.
    """
    reminders = ConsoleReminders(reminders_path(_beside(args)), now=_now)
    try:
        listed = reminders.listed()
    except UnreadableFileError as exc:
        raise ConsoleError(str(exc)) from exc
    for shown in listed:
        print(shown.line(), file=out)
    if not listed:
        print(NO_REMINDERS, file=out)
    return 0


def nlu_eval(path: Path | None, quiet: bool, out: TextIO, locale: str = DEFAULT_LOCALE) -> int:
    """Score the console on an annotation set; print the figures (and each miss)."""
    from skill.console.nlu_eval import evaluate, load_cases, reference_date

    source: Traversable = path or evaluation_path(locale)
    context_name = source.name.removesuffix(".json") + ".context.json"
    sidecar: Traversable = (
        path.with_name(context_name) if path else MODELS / "nlu-evaluation" / context_name
    )
    try:
        annotations = json.loads(source.read_text(encoding="utf-8"))
        contexts = json.loads(sidecar.read_text(encoding="utf-8")) if sidecar.is_file() else {}
        cases = load_cases(annotations, contexts)
    except (OSError, ValueError, KeyError, IndexError, TypeError) as exc:
        raise ConsoleError(f"cannot read the evaluation set {source}: {exc}") from exc
    model = json.loads(model_path(locale).read_text(encoding="utf-8"))
    matcher = Matcher(model, console_language(locale))
    report = evaluate(matcher, cases, reference_date(annotations))
    text = report.summary()
    print(text.split("\nper intent")[0] if quiet else text, file=out)
    return 0


def serve(args: argparse.Namespace) -> int:
    """Run the web service until interrupted.

    Raises
    ------
    ConsoleError
        When the web extra is missing, the store or trust roots cannot be read, or the address
        cannot be listened on.
    """
    try:
        from skill.web.server import ServeOptions
        from skill.web.server import serve as serve_skill
    except ImportError as exc:
        raise ConsoleError(
            f"the web service needs the web extra (pip install 'letting-go[web]'): {exc}"
        ) from exc
    from skill.voice.api_client import TimedApiClient

    options = ServeOptions(
        host=args.host,
        port=args.port,
        route=args.route,
        skill_id=args.skill_id or None,
        verify=args.verify,
        trust_roots=args.trust_roots,
        cert_chain_dir=args.cert_chain_dir,
    )
    # A service's log lines need a time and a level (the console prints none).
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    # Metrics only when asked for: they turn each turn's line into JSON on standard output,
    # which is what a host that ships it to CloudWatch Logs wants, and nobody else.
    metrics = metrics_from_environment()
    skill = build_skill(open_store(args), api_client=TimedApiClient(), metrics=metrics)
    try:
        serve_skill(skill, options)
    except KeyboardInterrupt:
        pass
    except (OSError, ValueError) as exc:  # address in use, unreadable trust roots
        raise ConsoleError(f"cannot serve: {exc}") from exc
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``letting-go``; returns the exit status.

    Parameters
    ----------
    argv
        The arguments after the program name (``sys.argv[1:]`` when None).

    Returns
    -------
    int
        0 on success, 2 for a usage error or a store that cannot be opened, 1 for anything
        unexpected.
    """
    args = build_parser().parse_args(argv)
    try:
        if args.command == "serve":
            return serve(args)
        if args.command == "nlu-eval":
            return nlu_eval(args.set, args.quiet, sys.stdout, args.locale)
        if args.command == "reminders":
            return list_reminders(args, sys.stdout)
        conversation, reminders = _conversation(args)
        speaker = Speaker(args.speak, sys.stderr)
        if args.command == "say":
            return say(conversation, speaker, args.words, sys.stdout, args.explain)

        def due() -> list[str]:
            try:
                return reminders.ring()
            except UnreadableFileError:  # a spoilt reminders file must not end the conversation
                return []

        return chat(conversation, speaker, sys.stdin, sys.stdout, args.explain, due)
    except ConsoleError as exc:
        print(f"letting-go: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # the console is for people: a one-line error, never a traceback
        print(f"letting-go: unexpected error ({type(exc).__name__}: {exc})", file=sys.stderr)
        return 1
