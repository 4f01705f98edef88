"""« Archive du centre… » (`ui/archive.ui`): the sessions taken back with their counts, a person
found by name and birth date with the CCPs they hold, « who holds which CCP of which version and
until when they can complete the title », and the retention purge of personal data.

Everything is read and done through `juryapp.operations.archive`; reading never creates the
archive, and its location is shown. The purge removes, after a confirmation that names the
sessions concerned, the personal data of the sessions older than the centre's retention.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QMessageBox, QTreeWidget, QTreeWidgetItem, QWidget

from juryapp.errors import JuryError
from juryapp.gui.context import tr
from juryapp.gui.forms.ui_archive import Ui_ArchiveDialog
from juryapp.gui.handoff_common import CONFLICT_COLOUR, fit_to_screen
from juryapp.gui.text_limits import ERROR_STYLE, limit_length
from juryapp.operations import archive as archive_ops
from juryapp.operations.sessions import installed_referentiels
from juryapp.rules.wording import fr_date, fr_datetime

SESSIONS_TAB, PERSON_TAB, HOLDINGS_TAB = range(3)
HOLDING_DEADLINE = 4
T = TypeVar("T")


def _years_after(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _fit_columns(tree: QTreeWidget, stretch: int | None = None) -> None:
    header = tree.header()
    header.setStretchLastSection(stretch is None)
    for column in range(tree.columnCount()):
        tree.resizeColumnToContents(column)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    else:  # the last column fills what is left and elides rather than scroll the list sideways
        header.resizeSection(tree.columnCount() - 1, header.sectionSizeHint(tree.columnCount() - 1))
    for row in range(tree.topLevelItemCount()):  # what an elided cell says is whole in its tooltip
        item = tree.topLevelItem(row)
        if item is None:
            continue
        for column in range(tree.columnCount()):
            if not item.toolTip(column):
                item.setToolTip(column, item.text(column))


def _who(last_name: str, first_name: str, usage_name: str) -> str:
    usage = tr(" (nom d'usage {name})").format(name=usage_name) if usage_name else ""
    return f"{last_name.upper()} {first_name}{usage}"


class ArchiveDialog(QDialog):
    """The centre archive (`archive`, default: the preferences' one) as of `today`."""

    def __init__(
        self, parent: QWidget | None = None, *, archive: Path | None = None, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ArchiveDialog()
        self.ui.setupUi(self)
        self._archive = archive_ops.archive_path(archive)
        self._today = today
        self.purged: archive_ops.PurgeReport | None = None  # the last purge, once done
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(tr("&Fermer"))
        self.ui.searchProblemLabel.setStyleSheet(ERROR_STYLE)
        for edit in (self.ui.lastNameEdit, self.ui.firstNameEdit):
            limit_length(edit)
        self.ui.birthEdit.setMaxLength(10)
        self.ui.searchButton.setAutoDefault(False)
        fit_to_screen(self, 140, 32)
        self._connect_signals()
        self.refresh()

    def _connect_signals(self) -> None:
        ui = self.ui
        ui.searchButton.clicked.connect(self.search)
        for edit in (ui.lastNameEdit, ui.firstNameEdit, ui.birthEdit):
            edit.returnPressed.connect(self.search)
        ui.titleCombo.currentIndexChanged.connect(self.show_holdings)
        ui.purgeButton.clicked.connect(self.purge)
        ui.buttonBox.rejected.connect(self.reject)

    @property
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    # -- reading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the archive again: location, sessions, versions, holdings, retention."""
        exists = self._archive.is_file()
        where = tr("Archive du centre : {path}").format(path=self._archive)
        if not exists:
            where += "\n" + tr("Elle n'existe pas encore : elle est créée à la première remise d'un paquet au jury.")
        self.ui.locationLabel.setText(where)
        self.show_sessions()
        self._fill_titles()
        self.show_holdings()
        years = archive_ops.retention_setting()
        self.ui.retentionLabel.setText(
            tr(
                "Conservation des données personnelles : {years} ans après la fin de chaque session (préférences du "
                "centre) ; ensuite seuls des comptes anonymes restent."
            ).format(years=years)
        )
        self.ui.purgeButton.setEnabled(exists)

    def _read(self, what: Callable[..., list[T]], *args: Any) -> list[T]:
        """`what(*args)` on this archive; [] when it cannot be read (said under its location)."""
        try:
            return what(*args, archive=self._archive)
        except JuryError as exc:
            self.ui.locationLabel.setText(f"{self.ui.locationLabel.text()}\n{exc}")
            return []

    def show_sessions(self) -> None:
        tree = self.ui.sessionsTree
        tree.clear()
        counts = {count.session_ref: count for count in self._read(archive_ops.archive_counts)}
        for info in self._read(archive_ops.archive_sessions):
            count = counts.get(info.ref)
            if info.purged_at:
                state = tr("données personnelles purgées le {when}").format(when=fr_datetime(info.purged_at))
            elif info.taken_back_at:
                state = tr("reprise le {when}").format(when=fr_datetime(info.taken_back_at))
            else:
                state = tr("remise au jury, pas encore reprise")
            ccps = ", ".join(f"{code} : {n}" for code, n in count.ccps_obtained) if count else ""
            row = [
                info.ref,
                info.title,
                f"{fr_date(info.start)} → {fr_date(info.end)}",
                str(info.candidates),
                str(count.present) if count else "—",
                str(count.titles_awarded) if count else "—",
                str(count.ccs_awarded) if count else "—",
                ccps or "—",
                state,
            ]
            item = QTreeWidgetItem(row)
            item.setToolTip(0, f"{info.centre} — {info.place}")
            tree.addTopLevelItem(item)
        if tree.topLevelItemCount() == 0:
            tree.addTopLevelItem(QTreeWidgetItem([tr("Aucune session dans l'archive")]))
        _fit_columns(tree)

    def _fill_titles(self) -> None:
        combo = self.ui.titleCombo
        chosen = combo.currentData()
        codes = {ref.code: ref.name for ref in installed_referentiels()}
        for info in self._read(archive_ops.archive_sessions):
            codes.setdefault(info.title, "")
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(tr("Toutes les versions"), None)
        for code in sorted(codes):
            combo.addItem(f"{code} — {codes[code]}" if codes[code] else code, code)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    def show_holdings(self) -> None:
        """« Who holds which CCP of which version, until when they can complete the title »."""
        tree = self.ui.holdingsTree
        tree.clear()
        rows = self._read(archive_ops.archive_holdings, self.ui.titleCombo.currentData())
        red = QBrush(CONFLICT_COLOUR)
        for row in rows:
            if row.title_held:
                deadline, late = tr("titre détenu"), False
            elif row.complete_until is not None:
                late = row.complete_until < self.today
                text = tr("délai échu le {day} ({version})") if late else tr("jusqu'au {day} ({version})")
                deadline = text.format(day=fr_date(row.complete_until), version=row.complete_in)
            else:
                deadline, late = tr("échéance inconnue (référentiel non installé)"), False
            obtained = fr_date(row.obtained_on) + (" " + tr("(déclaré)") if row.declared else "")
            item = QTreeWidgetItem(
                [
                    _who(row.last_name, row.first_name, row.usage_name),
                    fr_date(row.birth_date),
                    row.title,
                    row.ccp,
                    deadline,
                    obtained,
                    row.session_ref,
                ]
            )
            if late:
                item.setForeground(HOLDING_DEADLINE, red)
            tree.addTopLevelItem(item)
        self.ui.holdingsCountLabel.setText(tr("{count} CCP détenu(s)").format(count=len(rows)))
        _fit_columns(tree)

    # -- a person ----------------------------------------------------------------------------

    def search(self) -> list[archive_ops.ArchivedPerson]:
        """The people of the archive with the name, first name and (when given) birth date typed."""
        ui = self.ui
        tree = ui.personsTree
        tree.clear()
        last, first, born = ui.lastNameEdit.text().strip(), ui.firstNameEdit.text().strip(), ui.birthEdit.text()
        ui.searchProblemLabel.setText("")
        if not last or not first:
            ui.searchProblemLabel.setText(
                tr("Saisissez le nom et le prénom (la date de naissance précise la recherche).")
            )
            return []
        birth: dt.date | None = None
        if born.strip():
            try:
                birth = archive_ops.parse_day(born, tr("date de naissance"))
            except JuryError as exc:
                ui.searchProblemLabel.setText(str(exc))
                return []
        people = self._read(archive_ops.find_in_archive, last, first, birth)
        for person in people:
            born_text = tr(", né(e) le {day}").format(day=fr_date(person.birth_date)) if person.birth_date else ""
            top = QTreeWidgetItem(
                [
                    _who(person.last_name, person.first_name, person.usage_name) + born_text,
                    "",
                    ", ".join(person.sessions),
                ]
            )
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for held in person.holdings:
                how = tr("déclaré") if held.declared else tr("obtenu")
                session = held.session_ref
                if held.session_date is not None:
                    session += " " + tr("(du {day})").format(day=fr_date(held.session_date))
                top.addChild(QTreeWidgetItem([f"{held.title} {held.ccp} ({how})", fr_date(held.obtained_on), session]))
            for title in person.titles:
                how = tr("déclaré") if title.declared else tr("obtenu")
                what = f"{title.title} {title.ccs}" if title.ccs else tr("titre {version}").format(version=title.title)
                top.addChild(QTreeWidgetItem([f"{what} ({how})", fr_date(title.obtained_on), title.session_ref]))
            tree.addTopLevelItem(top)
        if not people:
            ui.searchProblemLabel.setText(tr("Personne de ce nom dans l'archive."))
        tree.expandAll()
        _fit_columns(tree)
        return people

    # -- the retention purge -----------------------------------------------------------------

    def expired_sessions(self, years: int) -> list[str]:
        """The sessions whose personal data the purge would remove (ended more than `years` ago)."""
        return [
            info.ref
            for info in self._read(archive_ops.archive_sessions)
            if not info.purged_at and info.end is not None and _years_after(info.end, years) < self.today
        ]

    def confirm_purge(self, years: int, expired: list[str]) -> bool:
        """Ask before removing personal data, naming the sessions (tests replace this)."""
        answer = QMessageBox.question(
            self,
            tr("Purger les données personnelles"),
            tr(
                "Conservation : {years} ans après la session. Les données personnelles de ces sessions seront "
                "effacées définitivement de l'archive (noms, dates de naissance, CCP de chacun, documents) :\n\n"
                "{sessions}\n\nLes comptes anonymes sont conservés. Purger ?"
            ).format(years=years, sessions="\n".join(f"• {ref}" for ref in expired)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def purge(self) -> archive_ops.PurgeReport | None:
        """« Purger les données personnelles… » with the centre's retention, after a confirmation."""
        title = tr("Purger les données personnelles")
        years = archive_ops.retention_setting()
        expired = self.expired_sessions(years)
        if not expired:
            QMessageBox.information(
                self,
                title,
                tr("Aucune session terminée depuis plus de {years} ans : rien à purger.").format(years=years),
            )
            return None
        if not self.confirm_purge(years, expired):
            return None
        context = getattr(self.parent(), "context", None)  # the main window's: who purges, for the audit
        try:
            report = archive_ops.purge_archive(self._today, self._archive, years, actor=getattr(context, "actor", None))
        except JuryError as exc:
            QMessageBox.warning(self, title, str(exc))
            return None
        self.purged = report
        QMessageBox.information(self, title, "\n".join(archive_ops.purge_lines(report, years)))
        self.refresh()
        return report
