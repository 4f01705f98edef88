"""The `juryapp` commands of the secretariat: candidates (EXCHANGE.md §4 and §5).

- `juryapp candidates import FICHIER.jury PERSONNES.csv|.xlsx [--dry-run]`: adds the candidates of
  a list; prints every error with its line and column (exit 2, nothing written) or what it added,
  with the duplicates and what the centre archive knows of them.
- `juryapp candidates template MODELE.xlsx|.csv [--session FICHIER.jury]`: an empty list to fill.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

Handler = Callable[[argparse.Namespace], int]


def add_commands(commands: argparse._SubParsersAction) -> dict[str, Handler]:
    """Add this module's commands to the parser; their handlers by command name."""
    cmd = commands.add_parser(
        "candidates",
        help="importer une liste de candidats (CSV ou XLSX), écrire le modèle de liste",
        description="Les candidats d'une session, depuis le tableur du centre (EXCHANGE.md §5).",
    )
    # argparse gives the sub-commands the (French) parser class of `cmd`.
    actions = cmd.add_subparsers(dest="candidates_command", metavar="ACTION", title="actions")
    actions.required = True
    importing = actions.add_parser(
        "import",
        help="ajouter à une session les candidats d'une liste CSV ou XLSX",
        description=(
            "Lit la liste, vérifie chaque ligne comme un candidat de la session et signale les doublons "
            "(dans la liste, avec la session) et ce que l'archive du centre sait déjà des candidats. "
            "Quand une ligne est fausse, affiche chaque erreur avec sa ligne et sa colonne, n'écrit rien et "
            "sort avec le code 2 ; sinon ajoute tous les candidats en une seule fois."
        ),
    )
    importing.add_argument("file", type=Path, metavar="FICHIER.jury")
    importing.add_argument("sheet", type=Path, metavar="PERSONNES.csv|.xlsx")
    importing.add_argument(
        "--dry-run", action="store_true", help="vérifier la liste et afficher l'aperçu sans rien écrire"
    )
    template = actions.add_parser(
        "template",
        help="écrire un modèle de liste de candidats à remplir (.xlsx ou .csv)",
        description=(
            "Écrit une liste vide avec une ligne d'exemple ; avec --session, une colonne ECF par CCP (ou CCS) "
            "examiné dans cette session, sinon CCP1 et CCP2."
        ),
    )
    template.add_argument("target", type=Path, metavar="MODELE.xlsx|.csv")
    template.add_argument("--session", type=Path, metavar="FICHIER.jury", help="session dont reprendre les CCP")
    return {"candidates": _cmd_candidates}


def _cmd_candidates(args: argparse.Namespace) -> int:
    from juryapp.operations import candidates_import

    if args.candidates_command == "template":
        candidates_import.save_template_file(args.target, args.session)
        print(f"Modèle de liste de candidats écrit dans {args.target}")
        return 0
    return _import(args)


def _import(args: argparse.Namespace) -> int:
    from juryapp.cli import one_line
    from juryapp.operations import candidates_import

    preview = candidates_import.import_candidates_file(args.file, args.sheet, dry_run=args.dry_run)
    print(preview.summary())
    for line in preview.notes():
        print(one_line(line))
    if preview.problems:
        for problem in preview.problems:
            print(one_line(f"{args.sheet} {problem.text()}"), file=sys.stderr)
        count = len(preview.problems)
        print(
            f"juryapp : {args.sheet} : {count} erreur{'s' if count > 1 else ''}, aucun candidat ajouté",
            file=sys.stderr,
        )
        return 2
    count = len(preview.candidates)
    plural = "s" if count > 1 else ""
    if args.dry_run:
        print(f"Essai (--dry-run) : {count} candidat{plural} à ajouter, rien n'a été écrit")
    else:
        print(f"{count} candidat{plural} ajouté{plural} à {args.file}")
    return 0
