"""The `juryapp` commands of the hand-off: package, unpackage, archive (EXCHANGE.md §4)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from juryapp.errors import BadInput

Handler = Callable[[argparse.Namespace], int]


def add_commands(commands: argparse._SubParsersAction) -> dict[str, Handler]:
    """Add this module's commands to the parser; their handlers by command name."""
    cmd = commands.add_parser(
        "package",
        help="écrire le paquet de remise d'une session au jury (ou, avec --retour, au secrétariat)",
        description=(
            "Écrit la session en un seul fichier, avec son manifeste et ses empreintes, chiffré (scrypt, "
            "AES-GCM) quand une phrase secrète est donnée : une clé USB perdue ne divulgue rien. Sans --retour "
            "(« Préparer pour le jury ») : la remise est inscrite dans le fichier de session et, avec la session "
            "telle que remise, dans l'archive du centre. Avec --retour (« Remettre au secrétariat ») : la copie "
            "du jury repart sous la même remise. Rien n'est écrit quand la commande échoue."
        ),
    )
    cmd.add_argument("file", type=Path, metavar="FICHIER.jury")
    cmd.add_argument("--to", type=Path, required=True, metavar="PAQUET", help="fichier du paquet à écrire")
    cmd.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="F",
        help="fichier contenant la phrase secrète qui chiffre le paquet (sans elle, le paquet n'est pas chiffré)",
    )
    cmd.add_argument("--retour", action="store_true", help="paquet de retour au secrétariat d'une copie remise au jury")
    cmd.add_argument(
        "--archive",
        type=Path,
        metavar="ARCHIVE",
        help="archive du centre où inscrire la remise (par défaut : celle des préférences ; pas avec --retour)",
    )

    cmd = commands.add_parser(
        "unpackage",
        help="reprendre un paquet du jury dans l'archive du centre et dire ce qui a changé",
        description=(
            "Reprend un paquet de retour du jury (« Reprendre du jury ») : affiche, candidat par candidat, ce que "
            "le jury a changé depuis la remise (résultats, décisions, clôture, présence) et, avec --session, ce "
            "que le secrétariat a changé dans son propre fichier. Un élément modifié des deux côtés n'est jamais "
            "fusionné : chaque conflit est affiché, rien n'est écrit, code de sortie 2. Sinon, l'archive reprend "
            "la session ; avec --session, le retour du jury remplace le fichier (sauvegardé d'abord) quand le "
            "secrétariat n'y a rien changé, ou est écrit à côté (FICHIER-retour-jury.jury) pour rapprochement."
        ),
    )
    cmd.add_argument("package", type=Path, metavar="PAQUET")
    cmd.add_argument("--into", type=Path, required=True, metavar="ARCHIVE", help="archive du centre")
    cmd.add_argument("--passphrase-file", type=Path, metavar="F", help="fichier contenant la phrase secrète")
    cmd.add_argument(
        "--session", type=Path, metavar="FICHIER.jury", help="le fichier de session du secrétariat, remis au jury"
    )

    cmd = commands.add_parser(
        "archive",
        help="consulter l'archive du centre (sessions, CCP détenus, personnes) ou la purger",
        description=(
            "Sans option : les sessions de l'archive avec leurs comptes et leurs remises. --holdings : qui détient "
            "quel CCP, de quelle version, et jusqu'à quand compléter le titre. --find : une personne par son "
            "identité. --purge : retire les données personnelles des sessions dont la durée de conservation "
            "(préférences, cinq ans par défaut) est échue, en gardant les comptes anonymes."
        ),
    )
    cmd.add_argument("archive", type=Path, metavar="ARCHIVE")
    what = cmd.add_mutually_exclusive_group()
    what.add_argument("--holdings", action="store_true", help="qui détient quel CCP, jusqu'à quand")
    what.add_argument("--purge", action="store_true", help="purger les données personnelles échues")
    what.add_argument("--find", nargs=2, metavar=("NOM", "PRÉNOM"), help="chercher une personne")
    cmd.add_argument("--title", metavar="CODE", help="avec --holdings : un titre seulement (code RNCP)")
    cmd.add_argument("--born", metavar="JJ/MM/AAAA", help="avec --find : la date de naissance")
    return {"package": _cmd_package, "unpackage": _cmd_unpackage, "archive": _cmd_archive}


def _cmd_package(args: argparse.Namespace) -> int:
    from juryapp.cli import read_passphrase
    from juryapp.operations import handoff as handoff_ops

    passphrase = read_passphrase(args.passphrase_file)
    if args.retour:
        if args.archive is not None:
            raise BadInput("--archive ne s'emploie pas avec --retour : l'archive est celle du secrétariat")
        done = handoff_ops.package_for_secretariat(args.file, args.to, passphrase=passphrase)
    else:
        done = handoff_ops.package_for_jury(args.file, args.to, passphrase=passphrase, archive=args.archive)
    for line in done.lines():
        print(line)
    return 0


def _cmd_unpackage(args: argparse.Namespace) -> int:
    from juryapp.cli import read_passphrase
    from juryapp.operations.take_back import take_back

    passphrase = read_passphrase(args.passphrase_file)
    result = take_back(args.package, passphrase=passphrase, archive=args.into, session=args.session)
    for line in result.lines():
        print(line)
    if result.conflicts:
        count = len(result.conflicts)
        raise BadInput(
            f"{count} conflit{'s' if count > 1 else ''} entre le secrétariat et le jury (listés ci-dessus) : "
            "rien n'a été enregistré",
            file=args.package,
        )
    return 0


def _cmd_archive(args: argparse.Namespace) -> int:
    from juryapp.operations import archive as archive_ops

    if args.title is not None and not args.holdings:
        raise BadInput("--title s'emploie avec --holdings")
    if args.born is not None and args.find is None:
        raise BadInput("--born s'emploie avec --find")
    if not args.archive.is_file():
        raise BadInput("archive du centre introuvable", file=args.archive)
    if args.purge:
        years = archive_ops.retention_setting()
        report = archive_ops.purge_archive(archive=args.archive, retention_years=years)
        lines = archive_ops.purge_lines(report, years)
    elif args.holdings:
        lines = archive_ops.holding_lines(archive_ops.archive_holdings(args.title, args.archive))
    elif args.find is not None:
        born = archive_ops.parse_day(args.born, "--born") if args.born else None
        last, first = args.find
        lines = archive_ops.person_lines(archive_ops.find_in_archive(last, first, born, args.archive))
    else:
        lines = archive_ops.describe_archive(args.archive)
    for line in lines:
        print(line)
    return 0
