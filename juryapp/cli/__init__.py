"""The `juryapp` command line (EXCHANGE.md §4).

Exit status: 0 success; 2 bad input, with one line on standard error naming the file, the
field and the problem; 1 anything else. A command that fails leaves every file as it was.
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from juryapp import __version__
from juryapp.cli import candidates, handoff
from juryapp.errors import BadInput, JuryError, os_error_text
from juryapp.operations import documents, files, integrity, keys, printing, sessions

if TYPE_CHECKING:
    from juryapp.operations.printing import PrintReport


class _Parser(argparse.ArgumentParser):
    """argparse, with its help and usage errors in French and exit status 2."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._positionals.title = "arguments"
        self._optionals.title = "options"
        self.add_argument("-h", "--help", action="help", help="afficher cette aide et quitter")

    def format_usage(self) -> str:
        return super().format_usage().replace("usage:", "utilisation :", 1)

    def format_help(self) -> str:
        return super().format_help().replace("usage:", "utilisation :", 1)

    def error(self, message: str) -> None:  # type: ignore[override]
        translations = {
            "the following arguments are required": "arguments obligatoires manquants",
            "unrecognized arguments": "arguments non reconnus",
            "invalid choice": "choix invalide",
            "expected one argument": "une valeur est attendue",
            "usage:": "utilisation :",
        }
        for english, french in translations.items():
            message = message.replace(english, french)
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog} : {message}\n")


def one_line(text: str) -> str:
    """The message on one line: control characters of quoted values are shown escaped."""
    return re.sub(r"[\x00-\x1f\x7f\u2028\u2029]", lambda m: repr(m.group())[1:-1], text)


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="juryapp",
        description="Sessions de jury du Titre Professionnel.",
        epilog="Sans commande, ouvre la fenêtre sur une session de démonstration.",
    )
    parser.add_argument(
        "--version", action="version", version=f"juryapp {__version__}", help="afficher la version et quitter"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMANDE", parser_class=_Parser, title="commandes")

    cmd = commands.add_parser("open", help="ouvrir la fenêtre sur un fichier de session")
    cmd.add_argument("file", nargs="?", type=Path, metavar="FICHIER.jury")

    cmd = commands.add_parser("demo", help="écrire une session de démonstration")
    cmd.add_argument("file", type=Path, metavar="FICHIER.jury")
    cmd.add_argument(
        "--kind",
        choices=("titre", "ccp"),
        default="titre",
        help="session titre (par défaut) ou session CCP de capitalisation",
    )
    cmd.add_argument("--replace", action="store_true", help="remplacer le fichier s'il existe")

    cmd = commands.add_parser(
        "import", help="créer un fichier de session depuis un document JSON, ou installer un référentiel"
    )
    cmd.add_argument("document", type=Path, metavar="SESSION.json")
    cmd.add_argument("--into", type=Path, metavar="FICHIER.jury")
    cmd.add_argument("--replace", action="store_true", help="remplacer le fichier s'il existe")
    cmd.add_argument(
        "--unsealed-sign-off",
        action="store_true",
        help="accepter une clôture sans sceau du centre (écrite par un autre outil) ; l'historique le garde",
    )

    cmd = commands.add_parser("export", help="écrire l'état courant d'une session en JSON")
    cmd.add_argument("file", type=Path, metavar="FICHIER.jury")
    cmd.add_argument("--to", type=Path, required=True, metavar="SESSION.json")

    cmd = commands.add_parser("results", help="afficher les résultats de chaque candidat")
    cmd.add_argument("file", type=Path, metavar="FICHIER.jury")
    cmd.add_argument("--json", action="store_true", help="au format juryapp.results/1")

    cmd = commands.add_parser(
        "print",
        help="écrire les documents de la session en PDF",
        description=(
            "Écrit les documents de la session en PDF (tout ou rien). Avant la clôture, les documents de "
            "décision sont des projets ; après, ils sont scellés et inscrits au registre de la session. "
            "Écrit chaque document à délivrer (jamais délivré, ou dont l'original a été annulé) et laisse de "
            "côté, en les listant, les documents déjà délivrés ; quand il n'y a rien à délivrer, n'écrit rien "
            "et sort avec le code 2. Avec --duplicata, les documents déjà délivrés sont réimprimés comme "
            "DUPLICATA."
        ),
    )
    cmd.add_argument("file", type=Path, metavar="FICHIER.jury")
    cmd.add_argument("--out", type=Path, required=True, metavar="DOSSIER", help="dossier où écrire les PDF")
    cmd.add_argument(
        "--duplicata",
        action="store_true",
        help="réimprimer aussi les documents déjà délivrés, chacun comme DUPLICATA de son original",
    )

    cmd = commands.add_parser(
        "verify",
        help="vérifier le sceau d'un document imprimé",
        description=(
            "Vérifie le sceau d'un document et dit quelle clé l'a scellé (clé du centre, ancienne clé du "
            "centre, clé d'un centre approuvé ou, avec --session, clé connue seulement du registre de cette "
            "session, à vérifier auprès du centre). Code de sortie 1 quand le document n'est pas valide, 2 "
            "quand le fichier ne peut pas être lu ou n'est pas un PDF."
        ),
    )
    cmd.add_argument("document", type=Path, metavar="DOCUMENT.pdf")
    cmd.add_argument(
        "--session",
        type=Path,
        metavar="FICHIER.jury",
        help="chercher aussi le document dans le registre de la session (inscrit, identique, annulé)",
    )

    cmd = commands.add_parser(
        "check",
        help="vérifier qu'un fichier de session est intègre et tel que juryapp l'a écrit",
        description=(
            "Vérifie l'intégrité SQLite, la version du format, le schéma et ses déclencheurs, la chaîne qui "
            "couvre chaque enregistrement et l'historique, et le sceau de clôture. Code de sortie 0 quand le "
            "fichier est sain, 2 quand il est endommagé ou a été modifié hors de juryapp (dit quoi et où). "
            "Le fichier n'est pas modifié (sauf, après un arrêt brutal, l'annulation par SQLite de l'écriture "
            "interrompue)."
        ),
    )
    cmd.add_argument("file", type=Path, metavar="FICHIER.jury")

    cmd = commands.add_parser("backups", help="lister les sauvegardes automatiques d'un fichier de session")
    cmd.add_argument("file", type=Path, metavar="FICHIER.jury")

    cmd = commands.add_parser(
        "restore",
        help="remettre une sauvegarde à la place d'un fichier de session (le fichier remplacé est sauvegardé)",
    )
    cmd.add_argument("file", type=Path, metavar="FICHIER.jury")
    cmd.add_argument("backup", type=Path, metavar="SAUVEGARDE.jury")

    _add_key_commands(commands)

    cmd = commands.add_parser("referentiels", help="lister les référentiels installés")
    # The secretariat's commands live in their own modules (juryapp.cli.candidates, .handoff).
    for module in (candidates, handoff):
        COMMANDS.update(module.add_commands(commands))
    return parser


def _add_key_commands(commands: argparse._SubParsersAction) -> None:
    cmd = commands.add_parser(
        "key",
        help="gérer la clé de sceau du centre (créer, afficher, sauvegarder, restaurer)",
        description="La clé qui scelle les documents définitifs du centre. Elle n'est jamais recréée d'office.",
    )
    actions = cmd.add_subparsers(dest="key_command", metavar="ACTION", parser_class=_Parser, title="actions")
    actions.required = True
    new = actions.add_parser(
        "new",
        help="créer volontairement la clé du centre",
        description=(
            "Crée la clé du centre et l'inscrit à l'historique du dossier des clés. Si une clé est déjà sur "
            "cette machine, ou inscrite au dossier du centre même si son fichier privé a disparu (restaurez-la "
            "plutôt avec « juryapp key restore FICHIER »), il faut --replace et --reason : l'ancienne est "
            "retirée et reste connue pour vérifier les documents qu'elle a scellés."
        ),
    )
    new.add_argument(
        "--reason",
        default="",
        metavar="TEXTE",
        help="motif, inscrit à l'historique des clés (obligatoire avec --replace)",
    )
    new.add_argument(
        "--replace", action="store_true", help="remplacer la clé du centre, présente ou perdue (elle est retirée)"
    )
    actions.add_parser("show", help="afficher la clé du centre, les anciennes clés et l'historique")
    backup = actions.add_parser(
        "backup",
        help="sauvegarder la clé du centre dans un fichier (droits 0600)",
        description=(
            "Écrit la clé privée du centre dans un nouveau fichier, chiffrée quand une phrase secrète est donnée."
        ),
    )
    backup.add_argument("file", type=Path, metavar="FICHIER", help="nouveau fichier de sauvegarde (jamais remplacé)")
    backup.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="F",
        help="fichier contenant la phrase secrète qui chiffre la sauvegarde",
    )
    restore = actions.add_parser(
        "restore",
        help="remettre la clé du centre depuis une sauvegarde",
        description=(
            "Remet la clé du centre depuis une sauvegarde. Une autre clé présente (ou inscrite comme clé "
            "du centre) n'est remplacée qu'avec --replace : elle est alors retirée, et l'acte inscrit."
        ),
    )
    restore.add_argument("file", type=Path, metavar="FICHIER", help="sauvegarde faite par « juryapp key backup »")
    restore.add_argument("--passphrase-file", type=Path, metavar="F", help="fichier contenant la phrase secrète")
    restore.add_argument("--replace", action="store_true", help="remplacer une autre clé présente (elle est retirée)")
    restore.add_argument("--reason", default="", metavar="TEXTE", help="motif, inscrit à l'historique des clés")


def _read_problem(error: OSError) -> str:
    """Why a file given on the command line cannot be read, in French."""
    if isinstance(error, FileNotFoundError):
        return "fichier introuvable"
    return f"lecture impossible : {os_error_text(error)}"


def read_passphrase(path: Path | None) -> bytes | None:
    """The passphrase held by `path` (its first line), or None when no file is given."""
    if path is None:
        return None
    try:
        lines = path.read_bytes().splitlines()
    except OSError as exc:
        raise BadInput(_read_problem(exc), file=path) from None
    if not lines or not lines[0].strip():
        raise BadInput("la phrase secrète est vide", file=path)
    return lines[0]


def write_json_atomically(target: Path, document: dict) -> None:
    """Write `document` to `target` owner-only, all or nothing (the application layer's writer)."""
    files.write_json(target, document)


import_session_document = files.import_session_document


def _cmd_import(args: argparse.Namespace) -> int:
    try:
        document = sessions.read_json(args.document)
    except BadInput:
        # A file that is no JSON at all is named, with the command that takes it.
        from juryapp.operations import file_kinds

        found = file_kinds.identify(args.document, parse_json=False)
        if found.kind in (file_kinds.JSON_OTHER, file_kinds.MISSING, file_kinds.UNREADABLE, file_kinds.FOLDER):
            raise  # a JSON document that cannot be read, or no file: its own message
        name = args.document.name
        advice = {
            file_kinds.SPREADSHEET: f"utilisez `juryapp candidates import FICHIER.jury {name}`",
            file_kinds.SESSION: f"il s'ouvre tel quel (`juryapp open {name}`), `juryapp export` en fait un JSON",
            file_kinds.PACKAGE: "ouvrez-le dans la fenêtre (Secrétariat › Ouvrir un paquet du secrétariat…) "
            f"ou reprenez-le (`juryapp unpackage {name} --into ARCHIVE`)",
            file_kinds.PDF: f"vérifiez-le avec `juryapp verify {name}`",
            file_kinds.ARCHIVE: "elle se consulte avec `juryapp archive`",
        }.get(found.kind)
        expected = f" : {advice}" if advice else " (juryapp.session/1 ou juryapp.referentiel/1)"
        raise BadInput(f"c'est {found.what}, pas un document JSON{expected}", file=args.document) from None
    try:
        fmt = sessions.document_format(document)
        if sessions.is_referentiel_format(fmt):
            if args.into:
                raise BadInput("un référentiel s'installe sans --into", field="format")
            path = sessions.install_referentiel(document)
            where = path or "déjà installé à l'identique"
            print(f"Référentiel {document['code']} : {where}")
            return 0
        if fmt != "juryapp.session/1":
            raise BadInput(f"un document {fmt} ne s'importe pas", field="format")
        if args.into is None:
            raise BadInput("précisez le fichier de session à créer avec --into FICHIER.jury")
    except BadInput as exc:
        raise exc.within(args.document) from None
    try:
        import_session_document(
            document,
            args.into,
            replace=args.replace,
            source=f"import de {args.document.name}",
            unsealed_sign_off=args.unsealed_sign_off,
        )
    except BadInput as exc:
        raise exc.within(args.document) from None
    print(f"Session importée dans {args.into}")
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    files.export_session_file(args.file, args.to)
    print(f"Session exportée dans {args.to}")
    return 0


def _cmd_results(args: argparse.Namespace) -> int:
    results = sessions.session_results(args.file, beside=True)
    if results.warning:
        print(f"juryapp : {args.file} : {results.warning}", file=sys.stderr)
    if args.json:
        # One write, one candidate a line: readable, and a tenth of the time of an indented dump.
        sys.stdout.write(sessions.results_json(results))
    else:
        sys.stdout.write(sessions.results_table(results))
    return 0


def _cmd_demo(args: argparse.Namespace) -> int:
    files.write_demo_session(args.file, args.kind, replace=args.replace)
    print(f"Session de démonstration écrite dans {args.file}")
    return 0


def _cmd_print(args: argparse.Namespace) -> int:
    def progress(done: int, total: int, name: str) -> None:
        if sys.stderr.isatty():
            sys.stderr.write(f"\r[{done}/{total}] {name:<40}")
            sys.stderr.flush()

    try:
        report = printing.print_file(
            args.file,
            args.out,
            purpose="commande juryapp print",
            duplicata=args.duplicata,
            progress=progress,
            notice=lambda text: print(f"juryapp : {text}", file=sys.stderr),
        )
    except JuryError as exc:
        if isinstance(exc, printing.AlreadyIssued):
            print("Déjà délivrés (rien n'a été écrit) :")
            for line in exc.lines:
                print(f"  - {line}")
        raise
    finally:
        if sys.stderr.isatty():
            sys.stderr.write("\n")
    for line in print_report_lines(report, args.out):
        print(line)
    return 0


def print_report_lines(report: PrintReport, out: Path) -> list[str]:
    """What `juryapp print` says it did, in French, one fact a line."""
    lines = [f"{len(report.files)} fichiers écrits dans {out}"]
    if report.draft:
        lines.append(
            "Documents de décision : PROJETS (session non close : filigrane « PROJET — NON VALIDÉ »), "
            "ni scellés ni inscrits au registre"
        )
    else:
        lines.append("Documents de décision : définitifs (session close)")
    if report.issued:
        duplicates = f"{report.duplicates} duplicata{'s' if report.duplicates > 1 else ''}"
        originals = f"{report.originals} {'originaux' if report.originals > 1 else 'original'}"
        lines.append(
            f"{report.issued} documents scellés avec la clé du centre {report.key_fingerprint} et inscrits "
            f"au registre de la session : {originals}, {duplicates}"
        )
    if report.left_out:
        count = len(report.left_out)
        plural = "s" if count > 1 else ""
        lines.append(
            f"{count} document{plural} de décision déjà délivré{plural}, non réimprimé{plural} "
            "(ajoutez --duplicata pour en imprimer des duplicatas) :"
        )
        lines += [f"  - {line}" for line in report.left_out]
    if report.skipped:
        lines.append(
            f"Non réimprimés car déjà délivrés : {pre_session_text(report.skipped)} ; "
            "ajoutez --duplicata pour en imprimer des duplicatas"
        )
    if report.unsealed:
        lines.append(
            f"Imprimés SANS SCEAU et non inscrits au registre : {pre_session_text(report.unsealed)}, "
            f"car {report.key_problem}"
        )
    return lines


def pre_session_text(file_names: list[str]) -> str:
    """« 10 convocations et la feuille d'émargement » for those file names."""
    convocations = sum(1 for name in file_names if name.startswith("convocation-"))
    parts = []
    if convocations:
        parts.append(f"{convocations} convocation{'s' if convocations > 1 else ''}")
    if any(name.startswith("emargement") for name in file_names):
        parts.append("la feuille d'émargement")
    return " et ".join(parts) or ", ".join(file_names)


def _cmd_verify(args: argparse.Namespace) -> int:
    # A file that cannot be read, or is no PDF at all, is bad input (exit 2, one line naming it);
    # a PDF that fails the verification is a verdict (stdout, exit 1).
    try:
        pdf = args.document.read_bytes()
    except IsADirectoryError:
        raise BadInput("c'est un dossier, pas un document PDF", file=args.document) from None
    except OSError as exc:
        raise BadInput(_read_problem(exc), file=args.document) from None
    if not documents.looks_like_pdf(pdf):
        what = "le fichier est vide" if not pdf else "il ne commence pas par l'en-tête « %PDF- »"
        raise BadInput(f"ce n'est pas un document PDF ({what})", file=args.document)
    if args.session is None:
        ok, result, lines = documents.verify_document(pdf)
    else:
        ok, result, lines = documents.verify_document_in(pdf, args.session)
    print(result.verdict)
    for line in [*result.problems, *lines]:
        print(f"  - {line}")
    return 0 if ok else 1


def _cmd_key(args: argparse.Namespace) -> int:
    if args.key_command == "new":
        event = keys.create_centre_key(reason=args.reason, replace_existing=args.replace)
        print(f"Nouvelle clé du centre créée : empreinte {event.fingerprint}")
        if event.retired:
            print(f"L'ancienne clé {event.retired} est retirée : elle reste connue pour vérifier ce qu'elle a scellé")
        print("Sauvegardez-la maintenant : juryapp key backup FICHIER --passphrase-file F")
    elif args.key_command == "backup":
        passphrase = read_passphrase(args.passphrase_file)
        event = keys.backup_centre_key(args.file, passphrase)
        how = "chiffrée par la phrase secrète" if passphrase else "NON chiffrée : gardez ce fichier en lieu sûr"
        print(f"Clé du centre {event.fingerprint} sauvegardée dans {args.file} ({how})")
    elif args.key_command == "restore":
        restored = keys.restore_centre_key(
            args.file, read_passphrase(args.passphrase_file), replace_existing=args.replace, reason=args.reason
        )
        if restored is None:
            print(f"La clé de {args.file} est déjà la clé du centre : rien à faire")
        else:
            print(f"Clé du centre {restored.fingerprint} restaurée depuis {args.file}")
            if restored.retired:
                print(
                    f"L'ancienne clé {restored.retired} est retirée : elle reste connue pour vérifier "
                    "ce qu'elle a scellé"
                )
    else:
        for line in keys.describe_centre_keys():
            print(line)
    return 0


def _cmd_referentiels(args: argparse.Namespace) -> int:
    for ref in sessions.installed_referentiels():
        flag = "" if ref.verified else " [non vérifié]"
        print(f"{ref.code}  {ref.name}  {ref.valid_from:%d/%m/%Y} → {ref.valid_until:%d/%m/%Y}  {ref.status}{flag}")
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    report = integrity.check_file(args.file)
    for line in report.lines():
        print(line)
    return 0 if report.sound else 2


def _cmd_backups(args: argparse.Namespace) -> int:
    found = files.backups_of(args.file)
    if not found:
        print(f"Aucune sauvegarde de {args.file}")
        return 0
    for info in found:
        print(f"{info.taken_at:%d/%m/%Y %H:%M:%S}  {info.reason_text:<34}  {info.summary()}  {info.path}")
    return 0


def _cmd_restore(args: argparse.Namespace) -> int:
    saved = files.restore_backup(args.file, args.backup)
    print(f"Sauvegarde {args.backup} remise en place dans {args.file}")
    if saved != args.file:
        print(f"Le fichier remplacé est conservé dans {saved}")
    return 0


def _cmd_open(args: argparse.Namespace) -> int:
    from juryapp.gui.app import run_gui

    return run_gui(args.file)


COMMANDS = {
    "open": _cmd_open,
    "demo": _cmd_demo,
    "import": _cmd_import,
    "export": _cmd_export,
    "results": _cmd_results,
    "referentiels": _cmd_referentiels,
    "print": _cmd_print,
    "verify": _cmd_verify,
    "key": _cmd_key,
    "check": _cmd_check,
    "backups": _cmd_backups,
    "restore": _cmd_restore,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = _build_parser().parse_args(argv)
    if args.command is None:
        args.command, args.file = "open", None
    if args.command != "open":
        # A command lives a few seconds and makes few cycles: the collector's passes over every
        # object read (a third of `results` on 40,000 candidates) buy nothing.
        gc.disable()
    try:
        return COMMANDS[args.command](args)
    except JuryError as exc:
        print(f"juryapp : {one_line(str(exc))}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("juryapp : interrompu", file=sys.stderr)
        return 1
    except OSError as exc:
        where = f"{exc.filename} : " if exc.filename else ""
        print(f"juryapp : {one_line(where + os_error_text(exc))}", file=sys.stderr)
        return 1
    except Exception as exc:
        if os.environ.get("JURYAPP_DEBUG"):
            raise
        print(f"juryapp : erreur inattendue ({type(exc).__name__} : {one_line(str(exc))})", file=sys.stderr)
        return 1


# Commands that only read the session and write nothing but their output: once it is out, the
# process has nothing left to do but free what it read.
READ_ONLY_COMMANDS = frozenset({"results"})


def entry() -> NoReturn:
    """The program (the `juryapp` command, `python -m juryapp`, the packaged application): `main`'s
    status as the exit code. After a command of READ_ONLY_COMMANDS the process ends as soon as its
    output is flushed, without freeing one by one the objects it read (a twentieth of `results` on
    10,000 candidates)."""
    argv = sys.argv[1:]
    status = main(argv)
    if argv[:1] and argv[0] in READ_ONLY_COMMANDS:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except OSError:  # the reader went away (`juryapp results … | head`): nothing more to say
            status = status or 1
        os._exit(status)
    sys.exit(status)


if __name__ == "__main__":
    entry()
