<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
    <context>
        <name>juryapp</name>
        <message>
            <location filename="../juryapp/documents/data.py" line="23" />
            <source>Parchemin</source>
            <translation>Certificate (parchemin)</translation>
        </message>
        <message>
            <location filename="../juryapp/documents/data.py" line="24" />
            <source>Livret de certification</source>
            <translation>Certification booklet (livret)</translation>
        </message>
        <message>
            <location filename="../juryapp/documents/data.py" line="25" />
            <source>Fiche individuelle de résultats</source>
            <translation>Individual results sheet</translation>
        </message>
        <message>
            <location filename="../juryapp/documents/data.py" line="26" />
            <source>Fiche synthèse de session</source>
            <translation>Session summary sheet</translation>
        </message>
        <message>
            <location filename="../juryapp/documents/data.py" line="27" />
            <source>Convocation</source>
            <translation>Notice to attend</translation>
        </message>
        <message>
            <location filename="../juryapp/documents/data.py" line="28" />
            <source>Feuille d'émargement</source>
            <translation>Attendance sheet</translation>
        </message>
        <message>
            <location filename="../juryapp/documents/data.py" line="29" />
            <source>Procès-verbal de session</source>
            <translation>Session jury minutes</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="29" />
            <source>Démarrer, mettre en pause ou reprendre le chronomètre</source>
            <translation>Start, pause or resume the timer</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="30" />
            <source>Terminer le chronomètre</source>
            <translation>Stop the timer</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="31" />
            <location filename="../juryapp/gui/interview_timer.py" line="131" />
            <source>Réinitialiser le chronomètre</source>
            <translation>Reset the timer</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="74" />
            <source>&amp;Session</source>
            <translation>&amp;Session</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="75" />
            <source>&amp;Nouvelle session…</source>
            <translation>&amp;New session…</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="76" />
            <source>&amp;Ouvrir…</source>
            <translation>&amp;Open…</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="80" />
            <source>Rou&amp;vrir le fichier</source>
            <translation>Re&amp;open the file</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="81" />
            <source>&amp;Exporter en JSON…</source>
            <translation>&amp;Export as JSON…</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="82" />
            <source>Enregistrer une co&amp;pie…</source>
            <translation>Save a co&amp;py…</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="83" />
            <source>&amp;Restaurer une sauvegarde…</source>
            <translation>&amp;Restore a backup…</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="85" />
            <source>Qui &amp;saisit…</source>
            <translation>Who is &amp;entering data…</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="86" />
            <source>&amp;Autorité de délivrance…</source>
            <translation>Issuing &amp;authority…</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="88" />
            <source>&amp;Clore la session…</source>
            <translation>&amp;Sign off the session…</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="90" />
            <source>&amp;Quitter</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="92" />
            <source>&amp;Édition</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="93" />
            <source>&amp;Annuler la dernière modification</source>
            <translation>&amp;Undo the last change</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="95" />
            <source>&amp;Candidat</source>
            <translation>&amp;Candidate</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="96" />
            <source>Candidat &amp;précédent</source>
            <translation>&amp;Previous candidate</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="97" />
            <source>Candidat &amp;suivant</source>
            <translation>&amp;Next candidate</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="100" />
            <source>Marquer présen&amp;t</source>
            <translation>Mark presen&amp;t</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="101" />
            <source>Marquer &amp;absent</source>
            <translation>Mark &amp;absent</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="102" />
            <source>Marquer &amp;excusé</source>
            <translation>Mark &amp;excused</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="107" />
            <source>Secré&amp;tariat</source>
            <translation>Secre&amp;tariat</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="108" />
            <source>&amp;Candidats…</source>
            <translation>&amp;Candidates…</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="109" />
            <source>&amp;Importer des candidats…</source>
            <translation>&amp;Import candidates…</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="110" />
            <source>&amp;Jurés et conflits…</source>
            <translation>&amp;Jurors and conflicts…</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="111" />
            <source>P&amp;lanning des épreuves…</source>
            <translation>Exam sche&amp;dule…</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="113" />
            <source>&amp;Préparer pour le jury…</source>
            <translation>&amp;Prepare for the jury…</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="114" />
            <source>&amp;Ouvrir un paquet du secrétariat…</source>
            <translation>&amp;Open a secretariat package…</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="115" />
            <source>&amp;Remettre au secrétariat…</source>
            <translation>&amp;Hand back to the secretariat…</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="116" />
            <source>Reprendre du jur&amp;y…</source>
            <translation>Take back from the jur&amp;y…</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="117" />
            <source>Pur&amp;ger ce poste…</source>
            <translation>Pur&amp;ge this workstation…</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="119" />
            <source>&amp;Archive du centre…</source>
            <translation>Centre &amp;archive…</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="121" />
            <source>D&amp;ocuments</source>
            <translation>D&amp;ocuments</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="125" />
            <source>&amp;Aperçu et impression des documents…</source>
            <translation>&amp;Preview and print documents…</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="132" />
            <source>&amp;Tous les documents de la session en PDF…</source>
            <translation>&amp;All session documents as PDF…</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="137" />
            <source>&amp;Vérifier un document…</source>
            <translation>&amp;Verify a document…</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="139" />
            <source>&amp;Clé du centre</source>
            <translation>Centre &amp;key</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="140" />
            <source>&amp;Afficher la clé du centre…</source>
            <translation>&amp;Show the centre key…</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="141" />
            <source>&amp;Sauvegarder la clé du centre…</source>
            <translation>&amp;Back up the centre key…</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="142" />
            <location filename="../juryapp/gui/backups_dialog.py" line="58" />
            <source>&amp;Restaurer…</source>
            <translation>&amp;Restore…</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="144" />
            <source>&amp;Nouvelle clé du centre…</source>
            <translation>&amp;New centre key…</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="146" />
            <source>Page d'&amp;étalonnage de l'imprimante…</source>
            <translation>Printer &amp;calibration page…</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="147" />
            <source>&amp;Préférences du centre…</source>
            <translation>Centre &amp;preferences…</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="149" />
            <source>A&amp;ffichage</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="150" />
            <source>&amp;Filtrer les candidats</source>
            <translation>&amp;Filter candidates</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="151" />
            <source>&amp;Liste des candidats</source>
            <translation>Candidate &amp;list</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="152" />
            <source>&amp;Replier l'en-tête de la session</source>
            <translation>&amp;Fold the session header</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="158" />
            <source>&amp;Dossier du candidat</source>
            <translation>Candidate &amp;file</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="159" />
            <source>&amp;Grille d'évaluation</source>
            <translation>&amp;Assessment grid</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="160" />
            <source>E&amp;ntretien final</source>
            <translation>Fi&amp;nal interview</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="161" />
            <source>Déli&amp;bération</source>
            <translation>Deli&amp;beration</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="162" />
            <source>&amp;Historique</source>
            <translation>&amp;History</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="167" />
            <source>A&amp;ide</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="168" />
            <source>&amp;Guide d'utilisation</source>
            <translation>User &amp;guide</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="169" />
            <source>&amp;Raccourcis clavier</source>
            <translation>&amp;Keyboard shortcuts</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="171" />
            <source>À &amp;propos de juryapp</source>
            <translation>&amp;About juryapp</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="241" />
            <location filename="../juryapp/gui/deliberation_panel.py" line="385" />
            <location filename="../juryapp/gui/final_interview_panel.py" line="174" />
            <location filename="../juryapp/model.py" line="71" />
            <location filename="../juryapp/storage/common.py" line="47" />
            <source>Entretien final</source>
            <translation>Final interview</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/app.py" line="93" />
            <source>La dernière session n'a pas pu être rouverte : {why}</source>
            <translation>The last session could not be reopened: {why}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/app.py" line="118" />
            <location filename="../juryapp/gui/main_window.py" line="369" />
            <location filename="../juryapp/gui/main_window.py" line="406" />
            <source>Ouverture impossible</source>
            <translation>Cannot open</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/archive_dialog.py" line="60" />
            <source> (nom d'usage {name})</source>
            <translation> (usual name {name})</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/archive_dialog.py" line="76" />
            <location filename="../juryapp/gui/handoff_purge.py" line="38" />
            <location filename="../juryapp/gui/handoff_take_back.py" line="73" />
            <source>&amp;Fermer</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/archive_dialog.py" line="104" />
            <source>Archive du centre : {path}</source>
            <translation>Centre archive: {path}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/archive_dialog.py" line="106" />
            <source>Elle n'existe pas encore : elle est créée à la première remise d'un paquet au jury.</source>
            <translation>It does not exist yet: it is created the first time a package is handed to the jury.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/archive_dialog.py" line="113" />
            <source>Conservation des données personnelles : {years} ans après la fin de chaque session (préférences du centre) ; ensuite seuls des comptes anonymes restent.</source>
            <translation>Retention of personal data: {years} years after the end of each session (centre preferences); after that, only anonymous counts remain.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/archive_dialog.py" line="135" />
            <source>données personnelles purgées le {when}</source>
            <translation>personal data purged on {when}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/archive_dialog.py" line="137" />
            <source>reprise le {when}</source>
            <translation>taken back on {when}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/archive_dialog.py" line="139" />
            <source>remise au jury, pas encore reprise</source>
            <translation>handed to the jury, not taken back yet</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/archive_dialog.py" line="156" />
            <source>Aucune session dans l'archive</source>
            <translation>No sessions in the archive</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/archive_dialog.py" line="167" />
            <source>Toutes les versions</source>
            <translation>All versions</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/archive_dialog.py" line="181" />
            <source>titre détenu</source>
            <translation>title held</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/archive_dialog.py" line="184" />
            <source>délai échu le {day} ({version})</source>
            <translation>deadline passed on {day} ({version})</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/archive_dialog.py" line="184" />
            <source>jusqu'au {day} ({version})</source>
            <translation>until {day} ({version})</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/archive_dialog.py" line="187" />
            <source>échéance inconnue (référentiel non installé)</source>
            <translation>deadline unknown (qualification framework not installed)</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/archive_dialog.py" line="188" />
            <source>(déclaré)</source>
            <translation>(declared)</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/archive_dialog.py" line="203" />
            <source>{count} CCP détenu(s)</source>
            <translation>{count} CCP(s) held</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/archive_dialog.py" line="217" />
            <source>Saisissez le nom et le prénom (la date de naissance précise la recherche).</source>
            <translation>Enter the surname and first name (the date of birth narrows the search).</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/archive_dialog.py" line="223" />
            <source>date de naissance</source>
            <translation>date of birth</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/archive_dialog.py" line="229" />
            <source>, né(e) le {day}</source>
            <translation>, born on {day}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/archive_dialog.py" line="241" />
            <location filename="../juryapp/gui/archive_dialog.py" line="247" />
            <source>déclaré</source>
            <translation>declared</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/archive_dialog.py" line="241" />
            <location filename="../juryapp/gui/archive_dialog.py" line="247" />
            <source>obtenu</source>
            <translation>obtained</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/archive_dialog.py" line="244" />
            <source>(du {day})</source>
            <translation>(of {day})</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/archive_dialog.py" line="248" />
            <source>titre {version}</source>
            <translation>title {version}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/archive_dialog.py" line="252" />
            <source>Personne de ce nom dans l'archive.</source>
            <translation>Nobody of that name in the archive.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/archive_dialog.py" line="272" />
            <source>Conservation : {years} ans après la session. Les données personnelles de ces sessions seront effacées définitivement de l'archive (noms, dates de naissance, CCP de chacun, documents) :

{sessions}

Les comptes anonymes sont conservés. Purger ?</source>
            <translation>Retention: {years} years after the session. The personal data of these sessions will be permanently erased from the archive (names, dates of birth, each person's CCPs, documents):

{sessions}

Anonymous counts are kept. Purge?</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/archive_dialog.py" line="284" />
            <location filename="../juryapp/gui/archive_dialog.py" line="271" />
            <source>Purger les données personnelles</source>
            <translation>Purge personal data</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/archive_dialog.py" line="291" />
            <source>Aucune session terminée depuis plus de {years} ans : rien à purger.</source>
            <translation>No session ended more than {years} years ago: nothing to purge.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/attendance_delegate.py" line="17" />
            <location filename="../juryapp/gui/candidate_model.py" line="31" />
            <location filename="../juryapp/gui/candidate_panel.py" line="68" />
            <location filename="../juryapp/storage/common.py" line="44" />
            <source>Présence</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/autosave.py" line="99" />
            <source>Brouillon du {when} restauré</source>
            <translation>Draft of {when} restored</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/autosave.py" line="106" />
            <source>Saisie non enregistrée</source>
            <translation>Unsaved entry</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/autosave.py" line="107" />
            <source>Ce qui suit n'est pas enregistré et ne peut pas être gardé en brouillon (le fichier est en lecture seule) :

{entries}

Si vous continuez, cette saisie sera perdue.</source>
            <translation>The following is not saved and cannot be kept as a draft (the file is read-only):

{entries}

If you continue, this input will be lost.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/autosave.py" line="114" />
            <source>Abandonner la saisie</source>
            <translation>Discard the entry</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/autosave.py" line="115" />
            <source>Revenir à la saisie</source>
            <translation>Back to the entry</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/backups_dialog.py" line="40" />
            <location filename="../juryapp/gui/backups_dialog.py" line="124" />
            <source>Restaurer une sauvegarde</source>
            <translation>Restore a backup</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/backups_dialog.py" line="42" />
            <source>Sauvegardes automatiques de {file}, la plus récente en premier. La restauration remplace le fichier par la sauvegarde choisie ; le fichier actuel est d'abord sauvegardé lui aussi.</source>
            <translation>Automatic backups of {file}, most recent first. Restoring replaces the file with the chosen backup; the current file is backed up first as well.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/backups_dialog.py" line="52" />
            <source>Sauvegardes de la session</source>
            <translation>Session backups</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/backups_dialog.py" line="53" />
            <source>Date et heure</source>
            <translation>Date and time</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/backups_dialog.py" line="53" />
            <source>Occasion</source>
            <translation>Occasion</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/backups_dialog.py" line="53" />
            <source>Contenu</source>
            <translation>Contents</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/backups_dialog.py" line="56" />
            <source>Aucune sauvegarde de ce fichier pour l'instant.</source>
            <translation>No backup of this file yet.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/backups_dialog.py" line="62" />
            <source>Ouvrir le &amp;dossier des sauvegardes</source>
            <translation>Open the backups &amp;folder</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/backups_dialog.py" line="88" />
            <source>Sauvegardes illisibles : {error}</source>
            <translation>Unreadable backups: {error}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/backups_dialog.py" line="115" />
            <source>Fichier ouvert en lecture seule : rien ne peut y être restauré depuis cette fenêtre.</source>
            <translation>File opened read-only: nothing can be restored into it from this window.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/backups_dialog.py" line="125" />
            <source>Remplacer {file} par la sauvegarde du {at} ({reason} : {summary}) ?

Ce qui a été saisi depuis sera retiré du fichier ; le fichier actuel est d'abord sauvegardé et reste restaurable depuis cette liste.</source>
            <translation>Replace {file} with the backup of {at} ({reason}: {summary})?

What has been entered since will be removed from the file; the current file is backed up first and can still be restored from this list.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/backups_dialog.py" line="150" />
            <source>Restauration impossible</source>
            <translation>Restore impossible</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/backups_dialog.py" line="151" />
            <source>{error}

Le fichier est resté tel qu'il était.</source>
            <translation>{error}

The file was left as it was.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/backups_dialog.py" line="168" />
            <source>Dossier des sauvegardes</source>
            <translation>Backups folder</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/backups_dialog.py" line="168" />
            <source>Aucune sauvegarde encore : {folder}</source>
            <translation>No backups yet: {folder}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_form.py" line="65" />
            <location filename="../juryapp/gui/candidate_form.py" line="255" />
            <source>CCP déjà obtenus</source>
            <translation>CCPs already obtained</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_form.py" line="67" />
            <source>Version du titre</source>
            <translation>Title version</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_form.py" line="68" />
            <location filename="../juryapp/gui/deliberation_panel.py" line="381" />
            <location filename="../juryapp/gui/schedule_model.py" line="47" />
            <source>CCP</source>
            <translation>CCP</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_form.py" line="69" />
            <location filename="../juryapp/gui/candidate_form.py" line="77" />
            <source>Obtenu le</source>
            <translation>Obtained on</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_form.py" line="70" />
            <location filename="../juryapp/gui/handoff_take_back.py" line="167" />
            <location filename="../juryapp/gui/session_header.py" line="116" />
            <source>Session</source>
            <translation>Session</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_form.py" line="76" />
            <location filename="../juryapp/gui/candidate_form.py" line="256" />
            <location filename="../juryapp/gui/candidate_panel.py" line="77" />
            <source>Titres et CCS détenus</source>
            <translation>Titles and CCSs held</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_form.py" line="77" />
            <location filename="../juryapp/gui/candidate_panel.py" line="116" />
            <source>Titre</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_form.py" line="77" />
            <location filename="../juryapp/gui/candidate_panel.py" line="118" />
            <location filename="../juryapp/model.py" line="41" />
            <source>CCS</source>
            <translation>CCS</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_form.py" line="131" />
            <source>(le titre)</source>
            <translation>(the title)</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_form.py" line="246" />
            <source>Date de naissance</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_form.py" line="248" />
            <source>Date de recevabilité VAE</source>
            <translation>VAE admissibility date</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_form.py" line="260" />
            <source>{label} n° {n} (date d'obtention)</source>
            <translation>{label} no. {n} (date obtained)</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_form.py" line="302" />
            <source>Parcours formation : le candidat est toujours issu de formation.</source>
            <translation>Training pathway: the candidate always comes from training.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_form.py" line="304" />
            <source>Parcours VAE : les ECF ne sont jamais exigés.</source>
            <translation>VAE pathway: ECFs are never required.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_form.py" line="306" />
            <source>Issu de formation : ses ECF sont alors exigés.</source>
            <translation>From training: their ECFs are then required.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_dialog.py" line="40" />
            <source>Tableurs (*.xlsx *.csv);;Classeur Excel (*.xlsx);;Texte CSV (*.csv)</source>
            <translation>Spreadsheets (*.xlsx *.csv);;Excel workbook (*.xlsx);;CSV text (*.csv)</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_dialog.py" line="48" />
            <source>Enregistrer un modèle de tableur</source>
            <translation>Save a spreadsheet template</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_dialog.py" line="58" />
            <location filename="../juryapp/gui/candidate_import_dialog.py" line="61" />
            <source>Modèle non enregistré</source>
            <translation>Template not saved</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_dialog.py" line="79" />
            <source>&amp;Accepter</source>
            <translation>&amp;Accept</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_dialog.py" line="80" />
            <source>Ajoute tous les candidats de la liste à la session, en une fois.</source>
            <translation>Adds all the candidates in the list to the session, in one go.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_dialog.py" line="82" />
            <location filename="../juryapp/gui/record_dialog.py" line="138" />
            <source>Fermer</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_dialog.py" line="83" />
            <source>Importer des candidats — {ref}</source>
            <translation>Import candidates — {ref}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_dialog.py" line="130" />
            <source>Liste de candidats à importer</source>
            <translation>List of candidates to import</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_dialog.py" line="143" />
            <source>Lecture de {name}…</source>
            <translation>Reading {name}…</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_dialog.py" line="179" />
            <source>✔ Aucun problème ni remarque.</source>
            <translation>✔ No problems or remarks.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_dialog.py" line="181" />
            <source>{summary} : rien n'est écrit avant « Accepter ».</source>
            <translation>{summary}: nothing is written until "Accept".</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_dialog.py" line="184" />
            <source>{summary} : corrigez le fichier puis choisissez-le à nouveau ; rien ne sera importé.</source>
            <translation>{summary}: correct the file then choose it again; nothing will be imported.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_dialog.py" line="223" />
            <source>Modèle enregistré : {path}</source>
            <translation>Template saved: {path}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_dialog.py" line="235" />
            <source>Import de {name}</source>
            <translation>Import of {name}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_dialog.py" line="245" />
            <source>Candidats importés</source>
            <translation>Candidates imported</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_dialog.py" line="246" />
            <source>{n} candidat(s) ajouté(s) à la session depuis {name}.</source>
            <translation>{n} candidate(s) added to the session from {name}.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_preview.py" line="84" />
            <source>ligne entière</source>
            <translation>whole row</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_preview.py" line="85" />
            <source>✖ {n} erreur(s) : {columns}</source>
            <translation>✖ {n} error(s): {columns}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_preview.py" line="90" />
            <source>↻ réf. « {old} » déjà prise</source>
            <translation>↻ ref. "{old}" already taken</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_preview.py" line="92" />
            <source>↻ la référence « {old} » est déjà prise dans la session : le candidat reçoit « {new} »</source>
            <translation>↻ the reference "{old}" is already taken in the session: the candidate gets "{new}"</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_preview.py" line="97" />
            <source>⚠ doublon</source>
            <translation>⚠ duplicate</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_preview.py" line="98" />
            <source>⚠ doublon : {text}</source>
            <translation>⚠ duplicate: {text}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_preview.py" line="100" />
            <source>ℹ connu(e) de l'archive</source>
            <translation>ℹ known to the archive</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_preview.py" line="106" />
            <source>⚠ bloqué(e) une fois inscrit(e) : {what}</source>
            <translation>⚠ blocked once enrolled: {what}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_preview.py" line="114" />
            <source>✔ prêt</source>
            <translation>✔ ready</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_preview.py" line="118" />
            <source>(ligne d'en-tête)</source>
            <translation>(header row)</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_preview.py" line="125" />
            <source>(non lu)</source>
            <translation>(not read)</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_preview.py" line="133" />
            <source>Ligne</source>
            <translation>Row</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_preview.py" line="133" />
            <location filename="../juryapp/gui/candidate_model.py" line="28" />
            <location filename="../juryapp/gui/candidates_dialog.py" line="51" />
            <location filename="../juryapp/gui/jurors_dialog.py" line="38" />
            <source>Réf.</source>
            <translation>Ref.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_preview.py" line="133" />
            <location filename="../juryapp/gui/candidate_model.py" line="29" />
            <location filename="../juryapp/gui/candidates_dialog.py" line="51" />
            <location filename="../juryapp/gui/jurors_dialog.py" line="81" />
            <location filename="../juryapp/gui/schedule_model.py" line="45" />
            <source>Candidat</source>
            <translation>Candidate</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_preview.py" line="133" />
            <location filename="../juryapp/gui/schedule_model.py" line="43" />
            <source>État</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_preview.py" line="152" />
            <source>Ligne {line}</source>
            <translation>Row {line}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_model.py" line="30" />
            <location filename="../juryapp/gui/candidate_panel.py" line="66" />
            <location filename="../juryapp/gui/candidates_dialog.py" line="51" />
            <source>Parcours</source>
            <translation>Pathway</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_model.py" line="32" />
            <source>Avancement</source>
            <translation>Progress</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_model.py" line="33" />
            <location filename="../juryapp/gui/deliberation_panel.py" line="382" />
            <source>Résultat</source>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_model.py" line="78" />
            <source>Bloqué : {what}</source>
            <translation>Blocked: {what}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_model.py" line="80" />
            <source>Parchemin (CCS attribué)</source>
            <translation>Certificate (CCS awarded)</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_model.py" line="80" />
            <source>Parchemin (titre attribué)</source>
            <translation>Certificate (title awarded)</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_model.py" line="83" />
            <source>Livret ({ccps})</source>
            <translation>Booklet ({ccps})</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_model.py" line="85" />
            <source>En attente de décision</source>
            <translation>Awaiting decision</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_model.py" line="86" />
            <source>Aucun CCP obtenu</source>
            <translation>No CCP obtained</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_model.py" line="184" />
            <source> · ⚠ 1 alerte</source>
            <translation> · ⚠ 1 warning</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_model.py" line="184" />
            <source> · ⚠ {n} alertes</source>
            <translation> · ⚠ {n} warnings</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_model.py" line="205" />
            <source>Présence de {name}</source>
            <translation>Attendance of {name}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_panel.py" line="25" />
            <source>Dossier du candidat</source>
            <translation>Candidate file</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_panel.py" line="44" />
            <location filename="../juryapp/gui/ccp_decision_texts.py" line="21" />
            <location filename="../juryapp/gui/deliberation_panel.py" line="272" />
            <location filename="../juryapp/gui/evaluation_panel.py" line="156" />
            <location filename="../juryapp/gui/final_interview_panel.py" line="175" />
            <location filename="../juryapp/gui/history_panel.py" line="196" />
            <source>Choisissez un candidat dans la liste.</source>
            <translation>Choose a candidate in the list.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_panel.py" line="56" />
            <source>Nom de naissance</source>
            <translation>Birth name</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_panel.py" line="58" />
            <source>Nom d’usage</source>
            <translation>Usual name</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_panel.py" line="60" />
            <source>Prénom(s)</source>
            <translation>First name(s)</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_panel.py" line="61" />
            <source>Date et lieu de naissance</source>
            <translation>Date and place of birth</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_panel.py" line="61" />
            <source>à</source>
            <translation>in</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_panel.py" line="67" />
            <source>parcours de formation</source>
            <translation>training pathway</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_panel.py" line="71" />
            <source>CCP présentés</source>
            <translation>CCPs presented</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_panel.py" line="80" />
            <location filename="../juryapp/gui/deliberation_panel.py" line="384" />
            <source>reçu</source>
            <translation>received</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_panel.py" line="80" />
            <location filename="../juryapp/gui/deliberation_panel.py" line="384" />
            <source>non reçu</source>
            <translation>not received</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_panel.py" line="80" />
            <location filename="../juryapp/gui/deliberation_panel.py" line="383" />
            <source>Dossier professionnel</source>
            <translation>Professional file</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_panel.py" line="83" />
            <source>Recevabilité VAE</source>
            <translation>VAE admissibility</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_panel.py" line="85" />
            <source>Expérience</source>
            <translation>Experience</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_panel.py" line="85" />
            <source>mois</source>
            <translation>months</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_panel.py" line="87" />
            <source>aucun résultat</source>
            <translation>no result</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_panel.py" line="90" />
            <location filename="../juryapp/gui/deliberation_panel.py" line="382" />
            <source>ECF</source>
            <translation>ECF</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_panel.py" line="94" />
            <source>CCP obtenus antérieurement</source>
            <translation>CCPs obtained earlier</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_panel.py" line="102" />
            <source>session</source>
            <translation>session</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_panel.py" line="107" />
            <location filename="../juryapp/gui/deliberation_panel.py" line="375" />
            <source>(correspondance non vérifiée)</source>
            <translation>(equivalence not verified)</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_panel.py" line="109" />
            <source>(sans correspondance : non repris)</source>
            <translation>(no equivalence: not carried over)</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_panel.py" line="113" />
            <source>Résultat selon les règles</source>
            <translation>Result according to the rules</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_panel.py" line="120" />
            <source>CCP examinés</source>
            <translation>CCPs examined</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_panel.py" line="121" />
            <source>CCP obtenus dans cette session</source>
            <translation>CCPs obtained in this session</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_panel.py" line="122" />
            <source>CCP détenus</source>
            <translation>CCPs held</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_panel.py" line="123" />
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_panel.py" line="126" />
            <source>CCP manquants à obtenir avant le</source>
            <translation>CCPs still to obtain before</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_panel.py" line="129" />
            <location filename="../juryapp/gui/candidates_dialog.py" line="57" />
            <source>Blocages</source>
            <translation>Blocks</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_panel.py" line="130" />
            <source>Alertes</source>
            <translation>Warnings</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_table.py" line="59" />
            <source>Liste des candidats</source>
            <translation>Candidate list</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidates_dialog.py" line="78" />
            <source> (usage : {name})</source>
            <translation> (usual: {name})</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidates_dialog.py" line="86" />
            <source>{n} blocage(s)</source>
            <translation>{n} blocking issue(s)</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidates_dialog.py" line="91" />
            <source>Aucun blocage</source>
            <translation>No blocking issues</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidates_dialog.py" line="101" />
            <source>La fiche du candidat a été modifiée et n'est pas enregistrée. L'enregistrer ?</source>
            <translation>The candidate's record has been changed and is not saved. Save it?</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidates_dialog.py" line="117" />
            <source>Candidats — {ref}[*]</source>
            <translation>Candidates — {ref}[*]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidates_dialog.py" line="141" />
            <location filename="../juryapp/model.py" line="38" />
            <source>Formation</source>
            <translation>Training</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidates_dialog.py" line="191" />
            <source>Nouveau candidat</source>
            <translation>New candidate</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidates_dialog.py" line="211" />
            <source>À corriger avant d'enregistrer.</source>
            <translation>To correct before saving.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidates_dialog.py" line="212" />
            <source>Contrôles : la fiche ne peut pas être enregistrée telle quelle</source>
            <translation>Checks: the record cannot be saved as it is</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidates_dialog.py" line="223" />
            <source>✔ Aucun blocage ni alerte pour ce candidat.</source>
            <translation>✔ No blocking issues or alerts for this candidate.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidates_dialog.py" line="225" />
            <source>Contrôles (règles d'admission) : {b} blocage(s), {w} alerte(s)</source>
            <translation>Checks (admission rules): {b} blocking issue(s), {w} alert(s)</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidates_dialog.py" line="255" />
            <source>Archive du centre non consultée : {why}</source>
            <translation>Centre archive not consulted: {why}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidates_dialog.py" line="261" />
            <source>Déjà connu(e) de l'archive du centre : {what}.</source>
            <translation>Already known to the centre archive: {what}.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidates_dialog.py" line="265" />
            <source>Connu(e) de l'archive du centre (session {sessions}) : rien de plus à reprendre.</source>
            <translation>Known to the centre archive (session {sessions}): nothing more to bring in.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidates_dialog.py" line="277" />
            <source>CCP de l'archive ajoutés à la fiche : enregistrez pour les garder.</source>
            <translation>CCPs from the archive added to the record: save to keep them.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidates_dialog.py" line="289" />
            <source>Inscription de {name}</source>
            <translation>Enrolment of {name}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidates_dialog.py" line="292" />
            <source>Fiche de {name}</source>
            <translation>Record of {name}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidates_dialog.py" line="298" />
            <location filename="../juryapp/gui/jurors_dialog.py" line="242" />
            <source>✔ {ref} — {name} enregistré(e).</source>
            <translation>✔ {ref} — {name} saved.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidates_dialog.py" line="308" />
            <source>Retirer {ref} — {name}</source>
            <translation>Withdraw {ref} — {name}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidates_dialog.py" line="309" />
            <source>Motif du retrait (désistement, inscription en erreur…) :</source>
            <translation>Reason for the withdrawal (candidate withdrew, enrolled in error…):</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidates_dialog.py" line="314" />
            <source>✖ Indiquez le motif du retrait : rien n'a été retiré.</source>
            <translation>✖ Give the reason for the withdrawal: nothing was withdrawn.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidates_dialog.py" line="316" />
            <source>Retrait de {name}</source>
            <translation>Withdrawal of {name}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidates_dialog.py" line="321" />
            <source>✔ {ref} — {name} retiré(e) de la session.</source>
            <translation>✔ {ref} — {name} withdrawn from the session.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision.py" line="95" />
            <location filename="../juryapp/gui/deliberation_panel.py" line="233" />
            <source>Modification non enregistrée reprise : elle sera enregistrée, avec son motif, à la prochaine modification ou quand vous changerez de candidat.</source>
            <translation>Unsaved change recovered: it will be saved, with its reason, at the next change or when you move to another candidate.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision.py" line="174" />
            <source>⚠ non enregistré</source>
            <translation>⚠ not saved</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision.py" line="195" />
            <source>Pas encore décidé. La décision est enregistrée dès qu'elle est choisie.</source>
            <translation>Not decided yet. The decision is saved as soon as it is chosen.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision.py" line="234" />
            <source>Session close : la modification sera enregistrée, avec son motif, quand vous quitterez le champ.</source>
            <translation>Session signed off: the change will be saved, with its reason, when you leave the field.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision.py" line="238" />
            <location filename="../juryapp/gui/ccp_decision.py" line="225" />
            <source>Modification en cours… enregistrement automatique.</source>
            <translation>Change in progress… saving automatically.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision.py" line="307" />
            <source>Décision sur le {ccp} de {ref}</source>
            <translation>Decision on {ccp} for {ref}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision.py" line="323" />
            <source>Retrait de la décision sur le {ccp} de {ref}</source>
            <translation>Withdrawal of the decision on {ccp} for {ref}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision.py" line="327" />
            <source>Décision retirée à {time}.</source>
            <translation>Decision withdrawn at {time}.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision.py" line="331" />
            <location filename="../juryapp/gui/deliberation_panel.py" line="555" />
            <source>Pas encore décidé : la motivation saisie est conservée et sera enregistrée avec la décision.</source>
            <translation>Not decided yet: the reasons entered are kept and will be saved with the decision.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision.py" line="336" />
            <source>Pas encore décidé.</source>
            <translation>Not decided yet.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision.py" line="348" />
            <location filename="../juryapp/gui/final_interview_panel.py" line="280" />
            <location filename="../juryapp/gui/final_interview_panel.py" line="303" />
            <location filename="../juryapp/gui/final_interview_panel.py" line="349" />
            <source>Non enregistré : {why}</source>
            <translation>Not saved: {why}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision.py" line="348" />
            <source>modification annulée.</source>
            <translation>change cancelled.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision_form.py" line="42" />
            <location filename="../juryapp/gui/deliberation_panel.py" line="485" />
            <source>Motivation</source>
            <translation>Reasons</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision_form.py" line="74" />
            <source>Décision du jury sur le {ccp}</source>
            <translation>Jury decision on {ccp}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision_form.py" line="79" />
            <source>Ac&amp;quis</source>
            <translation>&amp;Acquired</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision_form.py" line="80" />
            <source>&amp;Non acquis</source>
            <translation>&amp;Not acquired</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision_form.py" line="81" />
            <source>Pas encore &amp;décidé</source>
            <translation>Not yet &amp;decided</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision_form.py" line="89" />
            <source>{ccp} acquis</source>
            <translation>{ccp} acquired</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision_form.py" line="90" />
            <source>{ccp} non acquis</source>
            <translation>{ccp} not acquired</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision_form.py" line="91" />
            <source>{ccp} pas encore décidé</source>
            <translation>{ccp} not yet decided</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision_form.py" line="93" />
            <source>Motivation de la décision sur le {ccp}</source>
            <translation>Reasons for the decision on {ccp}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision_form.py" line="95" />
            <source>Pour un CCP non acquis : les compétences non démontrées et les constats du jury.</source>
            <translation>For a CCP not acquired: the skills not demonstrated and the jury's findings.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision_form.py" line="97" />
            <source>&amp;Motivation écrite (obligatoire pour un CCP non acquis) :</source>
            <translation>Written &amp;reasons (required for a CCP not acquired):</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision_form.py" line="104" />
            <source>État de l'enregistrement de la décision sur le {ccp}</source>
            <translation>Save status of the decision on {ccp}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision_texts.py" line="23" />
            <source>Candidat {attendance} : ni observation ni décision sur ce CCP.</source>
            <translation>Candidate {attendance}: neither observation nor decision on this CCP.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision_texts.py" line="27" />
            <source>Le {ccp} n'est pas présenté par ce candidat dans cette session.</source>
            <translation>{ccp} is not presented by this candidate in this session.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision_texts.py" line="34" />
            <source>Décision enregistrée : {decision}</source>
            <translation>Decision saved: {decision}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision_texts.py" line="38" />
            <source>Décision enregistrée le {day} à {time} : {decision}</source>
            <translation>Decision saved on {day} at {time}: {decision}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision_texts.py" line="42" />
            <source>motif : {reason}</source>
            <translation>reason: {reason}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision_texts.py" line="45" />
            <source>session close : toute modification sera une révocation motivée.</source>
            <translation>session signed off: any change will be a revocation with reasons.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision_texts.py" line="53" />
            <source>Non acquis : motivation obligatoire. Un CCP non acquis doit être motivé par écrit : la décision sera enregistrée dès que la motivation sera saisie. Rien de ce que vous avez saisi n'est perdu.</source>
            <translation>Not acquired: reasons required. A CCP not acquired must be justified in writing: the decision will be saved as soon as the reasons are entered. Nothing you have entered is lost.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision_texts.py" line="59" />
            <source>La décision enregistrée reste : {decision}.</source>
            <translation>The saved decision remains: {decision}.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision_texts.py" line="64" />
            <source>Cochez au moins deux jurés sans conflit d'intérêts : la décision n'est pas encore enregistrée (rien n'est perdu).</source>
            <translation>Tick at least two jurors without a conflict of interest: the decision is not saved yet (nothing is lost).</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision_texts.py" line="73" />
            <location filename="../juryapp/gui/deliberation_panel.py" line="601" />
            <location filename="../juryapp/gui/final_interview_panel.py" line="314" />
            <source>Enregistré à {time}</source>
            <translation>Saved at {time}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision_texts.py" line="75" />
            <source>révocation motivée inscrite à l'historique.</source>
            <translation>revocation with reasons entered in the history.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision_texts.py" line="98" />
            <location filename="../juryapp/gui/deliberation_panel.py" line="452" />
            <source>motivation à saisir</source>
            <translation>reasons to be entered</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision_texts.py" line="99" />
            <source>{candidate} — décision sur le {ccp} : {decision}</source>
            <translation>{candidate} — decision on {ccp}: {decision}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_evaluation.py" line="121" />
            <source>absent du référentiel {code}</source>
            <translation>not in qualification framework {code}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_evaluation.py" line="169" />
            <source>Grille d'évaluation du {ccp}</source>
            <translation>Assessment grid for {ccp}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_evaluation.py" line="183" />
            <source>&amp;Grille</source>
            <translation>&amp;Grid</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_evaluation.py" line="184" />
            <source>Sur une cellule : 1 ou A acquis, 2 ou E en cours d'acquisition, 3 ou N non acquis, 4 ou X non évalué, 0 ou Suppr sans marque, Espace : marque suivante ; Entrée ou F2 : écrire une nouvelle observation. Les marques éclairent le jury ; elles ne décident rien.</source>
            <translation>On a cell: 1 or A acquired, 2 or E being acquired, 3 or N not acquired, 4 or X not assessed, 0 or Del no mark, Space: next mark; Enter or F2: write a new observation. Marks inform the jury; they decide nothing.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_evaluation.py" line="194" />
            <source>État de l'enregistrement de la grille</source>
            <translation>Save status of the grid</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_evaluation.py" line="217" />
            <source>Marque de la cellule</source>
            <translation>Cell mark</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_evaluation.py" line="219" />
            <source>Observations de la cellule</source>
            <translation>Cell observations</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_evaluation.py" line="223" />
            <location filename="../juryapp/gui/evaluation_grid.py" line="543" />
            <source>Nouvelle observation</source>
            <translation>New observation</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_evaluation.py" line="224" />
            <source>Entrée : ajouter · Maj+Entrée : à la ligne</source>
            <translation>Enter: add · Shift+Enter: new line</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_evaluation.py" line="226" />
            <source>Entrée : ajouter l'observation à la cellule, datée et à votre nom · Maj+Entrée : aller à la ligne · Échap : revenir à la grille (le texte est gardé)</source>
            <translation>Enter: add the observation to the cell, dated and in your name · Shift+Enter: new line · Esc: back to the grid (the text is kept)</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_evaluation.py" line="232" />
            <source>A&amp;jouter</source>
            <translation>A&amp;dd</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_evaluation.py" line="233" />
            <source>Ajouter l'observation saisie à la cellule, datée et à votre nom</source>
            <translation>Add the observation entered to the cell, dated and in your name</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_evaluation.py" line="237" />
            <source>Ma&amp;rque :</source>
            <translation>Ma&amp;rk:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_evaluation.py" line="241" />
            <source>Nouvelle o&amp;bservation :</source>
            <translation>New o&amp;bservation:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_evaluation.py" line="300" />
            <source>observation(s) non ajoutée(s) : {cells}. Entrée dans « Nouvelle observation » pour l'ajouter.</source>
            <translation>observation(s) not added: {cells}. Press Enter in "New observation" to add it.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_evaluation.py" line="372" />
            <source>Choisissez une cellule d'épreuve dans la grille.</source>
            <translation>Choose an assessment cell in the grid.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_evaluation.py" line="386" />
            <source>Aucune observation dans cette cellule.</source>
            <translation>No observations in this cell.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_evaluation.py" line="395" />
            <source>— marques : {glance}</source>
            <translation>— marks: {glance}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_evaluation.py" line="397" />
            <source>Marques du {ccp} : {glance}</source>
            <translation>Marks for {ccp}: {glance}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_evaluation.py" line="412" />
            <location filename="../juryapp/storage/common.py" line="45" />
            <source>Observation</source>
            <translation>Observation</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_evaluation.py" line="509" />
            <source>{candidate} — observation {cell} : « {text} »</source>
            <translation>{candidate} — observation {cell}: "{text}"</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_evaluation.py" line="557" />
            <source>Marque : touches 1 à 4 (0 : aucune, Espace : suivante) · Entrée : observation</source>
            <translation>Mark: keys 1 to 4 (0: none, Space: next) · Enter: observation</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_evaluation.py" line="570" />
            <source>{cell} enregistrée à {time} : {mark}, {count} observation(s).</source>
            <translation>{cell} saved at {time}: {mark}, {count} observation(s).</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_evaluation.py" line="582" />
            <source>Non enregistré : {why}. Ce qui a été saisi reste dans la cellule.</source>
            <translation>Not saved: {why}. What was entered stays in the cell.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/cell_table.py" line="104" />
            <source>{what}, ligne {row}, {column}</source>
            <translation>{what}, row {row}, {column}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="54" />
            <location filename="../juryapp/gui/history_panel.py" line="141" />
            <location filename="../juryapp/gui/revocation_dialog.py" line="99" />
            <source>Motif</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="56" />
            <source>obligatoire : inscrit à l'historique des clés et au journal de la session</source>
            <translation>required: entered in the key history and the session log</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="58" />
            <source>inscrit à l'historique des clés et au journal de la session</source>
            <translation>entered in the key history and the session log</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="65" />
            <source>Possible une fois la case de confirmation cochée et le motif écrit.</source>
            <translation>Available once the confirmation box is ticked and the reason written.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="67" />
            <source>Possible une fois la case de confirmation cochée.</source>
            <translation>Available once the confirmation box is ticked.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="70" />
            <source>&amp;Motif :</source>
            <translation>&amp;Reason:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="96" />
            <source>illisible</source>
            <translation>unreadable</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="97" />
            <source>La clé actuelle du centre ({fp}) sera retirée : elle reste connue pour vérifier les documents qu'elle a scellés, mais n'en scellera plus aucun. Les documents définitifs seront scellés avec la nouvelle clé.

Si la clé actuelle fonctionne, vous n'avez pas besoin d'en changer. Le motif du remplacement est obligatoire.</source>
            <translation>The current centre key ({fp}) will be retired: it remains known so that the documents it sealed can be verified, but it will seal no more. Final documents will be sealed with the new key.

If the current key works, you do not need to change it. The reason for the replacement is required.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="104" />
            <source>La clé du centre ({fp}) est absente de cette machine. Si vous en avez une sauvegarde, restaurez-la plutôt (Documents › Clé du centre › Restaurer…) : les documents qu'elle a scellés restent vérifiables dans tous les cas, mais une nouvelle clé change l'empreinte de vos documents.

Créer une nouvelle clé retire celle-ci : le motif du remplacement est obligatoire.</source>
            <translation>The centre key ({fp}) is missing from this computer. If you have a backup of it, restore it instead (Documents › Centre key › Restore…): the documents it sealed remain verifiable in any case, but a new key changes the fingerprint of your documents.

Creating a new key retires this one: the reason for the replacement is required.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="110" />
            <source>Aucune clé du centre n'existe encore sur cette machine. La clé scelle les documents définitifs ; elle est créée une fois, puis sauvegardée (Documents › Clé du centre › Sauvegarder la clé du centre…).</source>
            <translation>No centre key exists on this computer yet. The key seals final documents; it is created once, then backed up (Documents › Centre key › Back up the centre key…).</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="122" />
            <source>Clé du centre</source>
            <translation>Centre key</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="137" />
            <location filename="../juryapp/gui/centre_key_menu.py" line="158" />
            <location filename="../juryapp/gui/centre_key_menu.py" line="131" />
            <location filename="../juryapp/gui/centre_key_menu.py" line="154" />
            <source>Nouvelle clé du centre</source>
            <translation>New centre key</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="139" />
            <source>&amp;Créer la clé</source>
            <translation>&amp;Create the key</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="140" />
            <source>Je crée &amp;volontairement une nouvelle clé du centre</source>
            <translation>I am &amp;deliberately creating a new centre key</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="159" />
            <source>Clé du centre créée : empreinte {fp}.

Sauvegardez-la maintenant (Documents › Clé du centre › Sauvegarder la clé du centre…) et gardez la sauvegarde hors de cette machine.</source>
            <translation>Centre key created: fingerprint {fp}.

Back it up now (Documents › Centre key › Back up the centre key…) and keep the backup off this computer.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="172" />
            <source>Phrase secrète de la sauvegarde</source>
            <translation>Backup passphrase</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="174" />
            <source>La sauvegarde est chiffrée par cette phrase secrète ; elle sera demandée pour la restaurer. Sans phrase secrète, la sauvegarde n'est pas chiffrée : quiconque a le fichier peut sceller des documents au nom du centre.</source>
            <translation>The backup is encrypted with this passphrase; it will be asked for to restore it. Without a passphrase, the backup is not encrypted: anyone who has the file can seal documents in the centre's name.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="184" />
            <source>Phrase secrète</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="184" />
            <source>Phrase secrète (confirmation)</source>
            <translation>Passphrase (confirmation)</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="188" />
            <source>Elle chiffre la sauvegarde et sera demandée pour la restaurer ; vide : sauvegarde NON chiffrée.</source>
            <translation>It encrypts the backup and will be asked for to restore it; empty: the backup is NOT encrypted.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="190" />
            <source>La même phrase secrète, tapée une seconde fois.</source>
            <translation>The same passphrase, typed a second time.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="196" />
            <source>&amp;Phrase secrète :</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="197" />
            <source>&amp;Confirmation :</source>
            <translation>&amp;Confirmation:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="217" />
            <location filename="../juryapp/gui/handoff_passphrase.py" line="90" />
            <source>Les deux saisies diffèrent.</source>
            <translation>The two entries differ.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="219" />
            <source>Sans phrase secrète : sauvegarde NON chiffrée.</source>
            <translation>No passphrase: the backup is NOT encrypted.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="229" />
            <source>Sauvegarder la clé du centre</source>
            <translation>Back up the centre key</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="234" />
            <source>Clé PEM (*.pem)</source>
            <translation>PEM key (*.pem)</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="246" />
            <source>chiffrée</source>
            <translation>encrypted</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="246" />
            <source>NON chiffrée</source>
            <translation>NOT encrypted</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="248" />
            <source>Clé {fp} sauvegardée ({how}) dans
{file}</source>
            <translation>Key {fp} backed up ({how}) to
{file}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="255" />
            <source>Restaurer la clé du centre</source>
            <translation>Restore the centre key</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="256" />
            <source>Clé PEM (*.pem);;Tous les fichiers (*)</source>
            <translation>PEM key (*.pem);;All files (*)</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="264" />
            <source>Phrase secrète de la sauvegarde :</source>
            <translation>Backup passphrase:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="275" />
            <source>La clé du centre actuelle ({old}) sera retirée et remplacée par celle de la sauvegarde ({new}). L'ancienne reste connue pour vérifier les documents qu'elle a scellés.</source>
            <translation>The current centre key ({old}) will be retired and replaced by the one from the backup ({new}). The old one remains known so that the documents it sealed can be verified.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="279" />
            <source>&amp;Remplacer la clé</source>
            <translation>&amp;Replace the key</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="280" />
            <source>Je remplace &amp;volontairement la clé du centre</source>
            <translation>I am &amp;deliberately replacing the centre key</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="301" />
            <source>Cette clé est déjà la clé du centre : rien à faire.</source>
            <translation>This key is already the centre key: nothing to do.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="303" />
            <source>Clé du centre {fp} restaurée.</source>
            <translation>Centre key {fp} restored.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/context.py" line="139" />
            <source>supprimé ou déplacé</source>
            <translation>deleted or moved</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/context.py" line="139" />
            <source>remplacé</source>
            <translation>replaced</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/context.py" line="141" />
            <source>fichier {what} par un autre programme depuis son ouverture</source>
            <translation>file {what} by another program since it was opened</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/context.py" line="227" />
            <source>Fichier ouvert en lecture seule ({why}) : rien n'a été enregistré.</source>
            <translation>File opened read-only ({why}): nothing was saved.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/context.py" line="236" />
            <source>La session est close : une modification doit être motivée.</source>
            <translation>The session is closed: a change must be justified.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/context.py" line="238" />
            <source>Modification après clôture</source>
            <translation>Change after closing</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/context.py" line="241" />
            <source>Révocation annulée : rien n'a été modifié.</source>
            <translation>Revocation cancelled: nothing was changed.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/context.py" line="247" />
            <source>La session est close : le motif de la modification est obligatoire.</source>
            <translation>The session is closed: the reason for the change is required.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="78" />
            <source>le CCS</source>
            <translation>the CCS</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="78" />
            <source>le titre</source>
            <translation>the title</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="85" />
            <source>Éléments de la délibération</source>
            <translation>Deliberation elements</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="90" />
            <source>Verdict des règles</source>
            <translation>Verdict of the rules</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="92" />
            <location filename="../juryapp/storage/common.py" line="49" />
            <source>Décision sur le CCS</source>
            <translation>Decision on the CCS</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="92" />
            <location filename="../juryapp/storage/common.py" line="48" />
            <source>Décision sur le titre</source>
            <translation>Decision on the title</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="93" />
            <source>&amp;Attribué</source>
            <translation>&amp;Awarded</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="94" />
            <source>&amp;Non attribué</source>
            <translation>&amp;Not awarded</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="95" />
            <source>&amp;Pas encore décidé</source>
            <translation>Not decided &amp;yet</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="101" />
            <source>Motivation écrite (obligatoire si {what} n'est pas attribué)</source>
            <translation>Written reasons (required if {what} is not awarded)</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="103" />
            <source>Motivation de la décision</source>
            <translation>Reasons for the decision</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="284" />
            <source>Candidat absent ou excusé : pas de délibération.</source>
            <translation>Candidate absent or excused: no deliberation.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="303" />
            <source>{What} ne peut pas être attribué :</source>
            <translation>{What} cannot be awarded:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="313" />
            <source>{What} peut être attribué : parchemin (CCP obtenus dans la session : {ccps}).</source>
            <translation>{What} can be awarded: certificate (parchemin) (CCPs obtained in the session: {ccps}).</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="320" />
            <source>Décision enregistrée bloquée : </source>
            <translation>Saved decision blocked: </translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="349" />
            <source>aucune observation</source>
            <translation>no observation</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="352" />
            <source>non décidé</source>
            <translation>not decided</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="354" />
            <location filename="../juryapp/model.py" line="20" />
            <source>acquis</source>
            <translation>acquired</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="356" />
            <location filename="../juryapp/model.py" line="52" />
            <source>non acquis</source>
            <translation>not acquired</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="359" />
            <source>ECF ✔</source>
            <translation>ECF ✔</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="359" />
            <source>ECF manquants</source>
            <translation>ECFs missing</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="371" />
            <source>non tenu</source>
            <translation>not held</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="371" />
            <source>tenu le {day}</source>
            <translation>held on {day}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="377" />
            <location filename="../juryapp/gui/deliberation_panel.py" line="309" />
            <location filename="../juryapp/gui/schedule_model.py" line="184" />
            <location filename="../juryapp/rules/messages.py" line="138" />
            <source>aucun</source>
            <translation>none</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="381" />
            <source>Marques</source>
            <translation>Marks</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="381" />
            <source>Épreuves</source>
            <translation>Exams</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="386" />
            <source>CCP antérieurs</source>
            <translation>Earlier CCPs</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="387" />
            <source>CCP détenus après la session</source>
            <translation>CCPs held after the session</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="401" />
            <source>Grille du {ccp} — marques et observations</source>
            <translation>{ccp} grid — marks and observations</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="402" />
            <source>Pour information : les marques éclairent le jury, elles ne décident pas.</source>
            <translation>For information: marks inform the jury, they do not decide.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="403" />
            <location filename="../juryapp/gui/evaluation_panel.py" line="135" />
            <source>Marques : {glance}</source>
            <translation>Marks: {glance}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="406" />
            <source>Aucune marque ni observation.</source>
            <translation>No marks or observations.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="421" />
            <source>Compétence</source>
            <translation>Skill</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="421" />
            <location filename="../juryapp/gui/schedule_model.py" line="46" />
            <source>Épreuve</source>
            <translation>Exam</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="421" />
            <source>Marque</source>
            <translation>Mark</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="422" />
            <source>Observations</source>
            <translation>Observations</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="450" />
            <source>pas encore décidé</source>
            <translation>not decided yet</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="453" />
            <source>{candidate} — décision sur {what} : {decision}</source>
            <translation>{candidate} — decision on {what}: {decision}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="548" />
            <source>Retrait de la décision</source>
            <translation>Withdrawal of the decision</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="560" />
            <location filename="../juryapp/gui/deliberation_panel.py" line="286" />
            <source>Pas encore de décision.</source>
            <translation>No decision yet.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="564" />
            <source>Non attribué : la décision doit être motivée par écrit. Saisissez la motivation ; rien de ce qui a été saisi n'est perdu.</source>
            <translation>Not awarded: the decision must be justified in writing. Enter the reasons; nothing entered is lost.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="575" />
            <location filename="../juryapp/gui/deliberation_panel.py" line="288" />
            <source>Décision enregistrée.</source>
            <translation>Decision saved.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="583" />
            <source>Décision sur {what}</source>
            <translation>Decision on {what}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="603" />
            <source>Non enregistré.</source>
            <translation>Not saved.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="73" />
            <source>{reason}.

Restaurez la clé depuis sa sauvegarde (Documents › Clé du centre › Restaurer…), ou créez volontairement une nouvelle clé (Documents › Clé du centre › Nouvelle clé du centre…).</source>
            <translation>{reason}.

Restore the key from its backup (Documents › Centre key › Restore…), or deliberately create a new key (Documents › Centre key › New centre key…).</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="88" />
            <source>Imprimer</source>
            <translation>Print</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="94" />
            <location filename="../juryapp/gui/documents_menu.py" line="168" />
            <source>Préparation des documents…</source>
            <translation>Preparing the documents…</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="94" />
            <location filename="../juryapp/gui/documents_menu.py" line="168" />
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="95" />
            <source>Impression</source>
            <translation>Printing</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="124" />
            <source>L'imprimante n'a pas pu être ouverte : rien n'a été imprimé.</source>
            <translation>The printer could not be opened: nothing was printed.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="131" />
            <source>L'imprimante a refusé la page {n}.</source>
            <translation>The printer rejected page {n}.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="136" />
            <source>Envoi à l'imprimante : page {n} sur {total}</source>
            <translation>Sending to the printer: page {n} of {total}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="147" />
            <source>L'imprimante a signalé une erreur : le travail n'a pas abouti.</source>
            <translation>The printer reported an error: the job did not complete.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="170" />
            <source>Document déjà délivré</source>
            <translation>Document already issued</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="172" />
            <source>Ce document a déjà été délivré :</source>
            <translation>This document has already been issued:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="174" />
            <source>{n} documents ont déjà été délivrés :</source>
            <translation>{n} documents have already been issued:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="176" />
            <source>… et {n} autre(s), voir les détails</source>
            <translation>… and {n} other(s), see the details</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="180" />
            <source>L'imprimer de nouveau ? Il portera « DUPLICATA » avec le numéro et la date de l'original, et sera inscrit au registre de la session.</source>
            <translation>Print it again? It will bear « DUPLICATA » with the number and date of the original, and will be entered in the session register.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="185" />
            <source>Les imprimer de nouveau ? Chacun portera « DUPLICATA » avec le numéro et la date de son original, et sera inscrit au registre de la session.</source>
            <translation>Print them again? Each will bear « DUPLICATA » with the number and date of its original, and will be entered in the session register.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="191" />
            <source>Imprimer un &amp;duplicata</source>
            <translation>Print a &amp;duplicate</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="191" />
            <source>Imprimer des &amp;duplicatas</source>
            <translation>Print &amp;duplicates</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="219" />
            <source>Préparation du document {n} sur {total} : {name}</source>
            <translation>Preparing document {n} of {total}: {name}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="251" />
            <source>Imprimé sans sceau, non inscrit au registre : {why}</source>
            <translation>Printed without a seal, not entered in the register: {why}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="252" />
            <source>Projet imprimé (ni scellé ni inscrit au registre).</source>
            <translation>Draft printed (neither sealed nor entered in the register).</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="254" />
            <source>original</source>
            <translation>original</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="254" />
            <source>duplicata n° {n}</source>
            <translation>duplicate no. {n}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="255" />
            <source>Imprimé et inscrit au registre : {what}, n° {code}.</source>
            <translation>Printed and entered in the register: {what}, no. {code}.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="299" />
            <source>{n} documents imprimés en un seul travail :</source>
            <translation>{n} documents printed in a single job:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="395" />
            <source>Aperçu et impression des documents</source>
            <translation>Preview and print documents</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="397" />
            <source>Documents : le document affiché, et ceux cochés pour l'impression</source>
            <translation>Documents: the one displayed, and those ticked for printing</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="399" />
            <source>projet</source>
            <translation>draft</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="399" />
            <source>définitif</source>
            <translation>final</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="402" />
            <source>Flèches : afficher un autre document ; Espace : le cocher ou le décocher pour l'impression.</source>
            <translation>Arrow keys: show another document; Space: tick or untick it for printing.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="404" />
            <location filename="../juryapp/gui/document_preview.py" line="473" />
            <source>Tout c&amp;ocher</source>
            <translation>Tick a&amp;ll</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="405" />
            <source>Coche ou décoche pour l'impression tous les documents.</source>
            <translation>Ticks or unticks every document for printing.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="411" />
            <source>&amp;Imprimer…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="422" />
            <source>&amp;Documents (cochez ceux à imprimer)</source>
            <translation>&amp;Documents (tick those to print)</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="467" />
            <source>&amp;Imprimer les {n} documents cochés…</source>
            <translation>&amp;Print the {n} ticked documents…</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="469" />
            <source>&amp;Imprimer le document coché…</source>
            <translation>&amp;Print the ticked document…</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="471" />
            <source>&amp;Imprimer ce document…</source>
            <translation>&amp;Print this document…</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="473" />
            <source>Tout déc&amp;ocher</source>
            <translation>Untick a&amp;ll</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="484" />
            <source>Projet : la session n'est pas close, le document porte le filigrane « PROJET — NON VALIDÉ ».</source>
            <translation>Draft: the session is not signed off, the document bears the watermark « PROJET — NON VALIDÉ » (draft — not validated).</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="487" />
            <source>Déjà délivré ({entry}) : une nouvelle impression sera un DUPLICATA, après confirmation.</source>
            <translation>Already issued ({entry}): printing it again will produce a DUPLICATE, after confirmation.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="490" />
            <source>Document définitif : à l'impression, il est scellé (code et QR) et inscrit au registre.</source>
            <translation>Final document: when printed, it is sealed (code and QR) and entered in the register.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="499" />
            <location filename="../juryapp/gui/documents_menu.py" line="191" />
            <location filename="../juryapp/gui/documents_menu.py" line="283" />
            <location filename="../juryapp/gui/documents_menu.py" line="201" />
            <location filename="../juryapp/gui/schedule_printing.py" line="250" />
            <source>Impression impossible</source>
            <translation>Printing impossible</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="499" />
            <source>
Rien n'a été inscrit au registre.</source>
            <translation>
Nothing was entered in the register.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="503" />
            <source>Impression annulée : rien n'a été imprimé ni inscrit au registre.</source>
            <translation>Printing cancelled: nothing was printed or entered in the register.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="110" />
            <source>projets (session non close)</source>
            <translation>drafts (session not signed off)</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="110" />
            <source>définitifs, scellés</source>
            <translation>final, sealed</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="112" />
            <source>{n} fichiers ({state}) écrits dans
{folder}</source>
            <translation>{n} files ({state}) written to
{folder}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="116" />
            <source>{n} document(s) inscrit(s) au registre de la session, dont {d} duplicata(s).</source>
            <translation>{n} document(s) entered in the session register, including {d} duplicate(s).</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="123" />
            <location filename="../juryapp/gui/schedule_printing.py" line="68" />
            <source>… et {n} autre(s)</source>
            <translation>… and {n} other(s)</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="125" />
            <source>Déjà délivrés, non réimprimés : {n} document(s) de décision :</source>
            <translation>Already issued, not reprinted: {n} decision document(s):</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="131" />
            <source>Déjà délivrés, non réimprimés : {n} document(s) d'avant la session (convocations, émargement).</source>
            <translation>Already issued, not reprinted: {n} pre-session document(s) (notices to attend, attendance sheet).</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="137" />
            <source>Imprimés sans sceau, non inscrits au registre : {n} document(s) d'avant la session, car {why}</source>
            <translation>Printed without a seal, not entered in the register: {n} pre-session document(s), because {why}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="153" />
            <source>Documents écrits</source>
            <translation>Documents written</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="158" />
            <source>Ouvrir le &amp;dossier</source>
            <translation>Open the &amp;folder</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="169" />
            <source>Impression de la session</source>
            <translation>Printing the session</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="177" />
            <source>Arrête l'impression : aucun fichier n'est laissé, rien n'est inscrit au registre.</source>
            <translation>Stops printing: no file is left behind, nothing is entered in the register.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="192" />
            <source>Fichier ouvert en lecture seule ({why}) : aucun document n'est délivré depuis cette fenêtre.</source>
            <translation>File opened read-only ({why}): no document is issued from this window.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="207" />
            <source>Dossier où écrire les documents</source>
            <translation>Folder to write the documents to</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="259" />
            <location filename="../juryapp/gui/schedule_printing.py" line="229" />
            <source>Document {done} sur {total} : {name}</source>
            <translation>Document {done} of {total}: {name}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="272" />
            <source>Impression annulée</source>
            <translation>Printing cancelled</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="273" />
            <source>Impression annulée : aucun fichier écrit dans {folder}, rien inscrit au registre.</source>
            <translation>Printing cancelled: no file written to {folder}, nothing entered in the register.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="284" />
            <location filename="../juryapp/gui/schedule_printing.py" line="251" />
            <source>

Aucun fichier écrit, rien inscrit au registre.</source>
            <translation>

No file written, nothing entered in the register.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="308" />
            <source>c'est un dossier, pas un document PDF</source>
            <translation>it is a folder, not a PDF document</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="315" />
            <source>ce n'est pas un document PDF</source>
            <translation>it is not a PDF document</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="320" />
            <location filename="../juryapp/gui/documents_menu.py" line="301" />
            <location filename="../juryapp/gui/documents_menu.py" line="315" />
            <location filename="../juryapp/gui/documents_menu.py" line="308" />
            <location filename="../juryapp/gui/documents_menu.py" line="312" />
            <source>Vérifier un document</source>
            <translation>Verify a document</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="327" />
            <source>Fichier ouvert en lecture seule : aucun document définitif n'est délivré depuis cette fenêtre.</source>
            <translation>File opened read-only: no final document is issued from this window.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="329" />
            <source>Fichier modifié hors de juryapp : aucun document définitif n'est délivré.</source>
            <translation>File modified outside juryapp: no final document is issued.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="368" />
            <source>Impression des documents</source>
            <translation>Printing documents</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="369" />
            <source>Sauvegardes automatiques</source>
            <translation>Automatic backups</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="370" />
            <source>Archive du centre</source>
            <translation>Centre archive</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="387" />
            <location filename="../juryapp/gui/documents_menu.py" line="497" />
            <location filename="../juryapp/gui/main_window.py" line="507" />
            <source>Préférences du centre</source>
            <translation>Centre preferences</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="477" />
            <source>Parcourir…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="478" />
            <source>Parcourir : {what}</source>
            <translation>Browse: {what}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="505" />
            <location filename="../juryapp/gui/documents_menu.py" line="512" />
            <source>Page d'étalonnage</source>
            <translation>Calibration page</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="505" />
            <location filename="../juryapp/gui/documents_menu.py" line="301" />
            <source>Documents PDF (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/evaluation_grid.py" line="77" />
            <source>✔ acquis</source>
            <translation>✔ acquired</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/evaluation_grid.py" line="77" />
            <source>✘ non acquis</source>
            <translation>✘ not acquired</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/evaluation_grid.py" line="77" />
            <source>à décider</source>
            <translation>to be decided</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/evaluation_grid.py" line="103" />
            <source>observation non datée</source>
            <translation>undated observation</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/evaluation_grid.py" line="124" />
            <source>Ensemble du {ccp} (liste des compétences incomplète)</source>
            <translation>{ccp} as a whole (skills list incomplete)</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/evaluation_grid.py" line="254" />
            <source>Compétence professionnelle</source>
            <translation>Professional skill</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/evaluation_grid.py" line="293" />
            <source>⚠ Non enregistré : {text}</source>
            <translation>⚠ Not saved: {text}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/evaluation_grid.py" line="297" />
            <source>Marque : {mark}</source>
            <translation>Mark: {mark}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/evaluation_grid.py" line="300" />
            <source>⚠ Non enregistré (brouillon) :</source>
            <translation>⚠ Not saved (draft):</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/evaluation_grid.py" line="303" />
            <source>{cp}, {assessment} : marque {mark} ; {count} observation(s)</source>
            <translation>{cp}, {assessment}: mark {mark}; {count} observation(s)</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/evaluation_grid.py" line="307" />
            <source>dernière : {text}</source>
            <translation>latest: {text}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/evaluation_grid.py" line="308" />
            <source>brouillon non enregistré</source>
            <translation>unsaved draft</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/evaluation_grid.py" line="321" />
            <source>Compétence non confirmée par une source officielle (référentiel non vérifié).</source>
            <translation>Skill not confirmed by an official source (qualification framework not verified).</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/evaluation_grid.py" line="325" />
            <source>(non vérifiée)</source>
            <translation>(not verified)</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/evaluation_grid.py" line="347" />
            <location filename="../juryapp/gui/evaluation_grid.py" line="365" />
            <source>Observation {cp} ({assessment}) de {ref}</source>
            <translation>Observation {cp} ({assessment}) for {ref}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/evaluation_grid.py" line="360" />
            <source>observation vide : rien à ajouter</source>
            <translation>empty observation: nothing to add</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/evaluation_grid.py" line="376" />
            <source>Marque {cp} ({assessment}) de {ref} : {mark}</source>
            <translation>Mark {cp} ({assessment}) for {ref}: {mark}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/evaluation_grid.py" line="393" />
            <location filename="../juryapp/gui/final_interview_panel.py" line="349" />
            <source>modification annulée</source>
            <translation>change cancelled</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/evaluation_grid.py" line="526" />
            <source>{count} obs. · {text}</source>
            <translation>{count} obs. · {text}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/evaluation_grid.py" line="544" />
            <source>Entrée : ajouter l'observation · Maj+Entrée : aller à la ligne · Échap : fermer</source>
            <translation>Enter: add the observation · Shift+Enter: new line · Esc: close</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/evaluation_panel.py" line="46" />
            <source>Pourquoi l'évaluation n'est pas modifiable</source>
            <translation>Why the assessment cannot be edited</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/evaluation_panel.py" line="48" />
            <source>CCP examinés dans la session</source>
            <translation>CCPs examined in the session</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/evaluation_panel.py" line="142" />
            <source>Évaluation</source>
            <translation>Assessment</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/evaluation_panel.py" line="145" />
            <source>Évaluation — {name} ({ref})</source>
            <translation>Assessment — {name} ({ref})</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/evaluation_panel.py" line="149" />
            <source>Session CCS : aucun CCP n'est examiné dans cette session. Le CCS se décide dans le panneau Délibération.</source>
            <translation>CCS session: no CCP is examined in this session. The CCS is decided in the Deliberation panel.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/evaluation_panel.py" line="154" />
            <source>Aucun CCP n'est examiné dans cette session.</source>
            <translation>No CCP is examined in this session.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/evaluation_panel.py" line="158" />
            <source>Candidat {attendance} : ni observation ni décision de CCP pour ce candidat.</source>
            <translation>Candidate {attendance}: no observation or CCP decision for this candidate.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/file_watch.py" line="76" />
            <source>Fichier en lecture seule</source>
            <translation>Read-only file</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/file_watch.py" line="77" />
            <source>&amp;Rouvrir le fichier</source>
            <translation>&amp;Reopen the file</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/file_watch.py" line="78" />
            <source>Fermer le fichier et l'ouvrir à nouveau, en écriture s'il peut l'être</source>
            <translation>Close the file and open it again, writable if it can be</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/file_watch.py" line="90" />
            <source>Fichier modifié hors de juryapp</source>
            <translation>File changed outside juryapp</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/file_watch.py" line="115" />
            <source>Le fichier a été {what} par un autre programme depuis son ouverture : cette fenêtre est passée en lecture seule et n'y écrit plus. Rouvrez-le pour travailler sur sa version actuelle.</source>
            <translation>The file has been {what} by another program since it was opened: this window has switched to read-only and no longer writes to it. Reopen it to work on its current version.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/file_watch.py" line="122" />
            <source>Aucune modification ne sera enregistrée ; consultation, export et aperçu restent possibles.</source>
            <translation>No change will be saved; viewing, export and preview remain possible.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/file_watch.py" line="125" />
            <source>Lecture seule</source>
            <translation>Read-only</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/file_watch.py" line="133" />
            <source>(et {n} autres)</source>
            <translation>(and {n} others)</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/file_watch.py" line="134" />
            <source>Fichier modifié hors de juryapp : {problems} ; aucun document définitif ne sera délivré (vérifiez-le avec « juryapp check »).</source>
            <translation>File modified outside juryapp: {problems}; no final document will be issued (check it with "juryapp check").</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/final_interview_panel.py" line="49" />
            <source>Notes non enregistrées : cochez « Entretien final tenu » pour les enregistrer.</source>
            <translation>Notes not saved: tick "Final interview held" to save them.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/final_interview_panel.py" line="75" />
            <source>Pourquoi l'entretien final n'est pas modifiable</source>
            <translation>Why the final interview cannot be edited</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/final_interview_panel.py" line="76" />
            <location filename="../juryapp/gui/final_interview_panel.py" line="77" />
            <source>Entretien final tenu</source>
            <translation>Final interview held</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/final_interview_panel.py" line="81" />
            <source>Date de l'entretien final</source>
            <translation>Date of the final interview</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/final_interview_panel.py" line="84" />
            <source>Notes de l'entretien final</source>
            <translation>Final interview notes</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/final_interview_panel.py" line="85" />
            <source>Points abordés, échanges sur le dossier professionnel…</source>
            <translation>Topics covered, discussion of the professional file…</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/final_interview_panel.py" line="89" />
            <source>État de l'enregistrement</source>
            <translation>Save status</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/final_interview_panel.py" line="92" />
            <source>Début, fin et durée de l'entretien final</source>
            <translation>Start, end and length of the final interview</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/final_interview_panel.py" line="94" />
            <source>Autres chronomètres en cours</source>
            <translation>Other timers running</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/final_interview_panel.py" line="104" />
            <source>Date :</source>
            <translation>Date:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/final_interview_panel.py" line="117" />
            <source>Notes :</source>
            <translation>Notes:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/final_interview_panel.py" line="122" />
            <source>Chronomètre</source>
            <translation>Timer</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/final_interview_panel.py" line="178" />
            <source>Entretien final — {name} ({ref})</source>
            <translation>Final interview — {name} ({ref})</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/final_interview_panel.py" line="181" />
            <source>Candidat absent : pas d'entretien final.</source>
            <translation>Candidate absent: no final interview.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/final_interview_panel.py" line="183" />
            <source>Candidat excusé : pas d'entretien final.</source>
            <translation>Candidate excused: no final interview.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/final_interview_panel.py" line="207" />
            <source>Notes non enregistrées.</source>
            <translation>Notes not saved.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/final_interview_panel.py" line="228" />
            <source>Enregistré le {day} à {time} par {actor}</source>
            <translation>Saved on {day} at {time} by {actor}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/final_interview_panel.py" line="229" />
            <source>Entretien final enregistré.</source>
            <translation>Final interview saved.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/final_interview_panel.py" line="262" />
            <source>Modification à enregistrer en quittant le champ (session close : motif demandé).</source>
            <translation>Change to be saved when leaving the field (session signed off: reason required).</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/final_interview_panel.py" line="267" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/final_interview_panel.py" line="307" />
            <source>Entretien final de {ref}</source>
            <translation>Final interview of {ref}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/final_interview_panel.py" line="326" />
            <location filename="../juryapp/gui/final_interview_panel.py" line="211" />
            <source>Aucun entretien final enregistré.</source>
            <translation>No final interview recorded.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/final_interview_panel.py" line="328" />
            <source>Retrait de l'entretien final de {ref}</source>
            <translation>Withdrawal of the final interview of {ref}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/final_interview_panel.py" line="336" />
            <source>Entretien final retiré à {time}</source>
            <translation>Final interview withdrawn at {time}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/final_interview_panel.py" line="381" />
            <source>Durée de l'entretien final de {ref}</source>
            <translation>Length of the final interview of {ref}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/final_interview_panel.py" line="392" />
            <source>Durée enregistrée à {time}</source>
            <translation>Length saved at {time}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/final_interview_panel.py" line="409" />
            <source>⚠ Durée non enregistrée : {timing}</source>
            <translation>⚠ Length not saved: {timing}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/final_interview_panel.py" line="428" />
            <source>Chronomètre en cours aussi pour : {names}</source>
            <translation>Timer also running for: {names}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/final_interview_panel.py" line="484" />
            <source>{candidate} — entretien final : notes, durée ou chronomètre</source>
            <translation>{candidate} — final interview: notes, length or timer</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/form_fields.py" line="41" />
            <source>{label} : date invalide « {text} » (attendu JJ/MM/AAAA)</source>
            <translation>{label}: invalid date "{text}" (expected DD/MM/YYYY)</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/form_fields.py" line="57" />
            <source>Fichier ouvert en lecture seule ({why}) : rien ne peut être modifié.</source>
            <translation>File opened read-only ({why}): nothing can be changed.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/form_fields.py" line="65" />
            <source>{why} (dans la fenêtre principale).</source>
            <translation>{why} (in the main window).</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_dialogs.py" line="59" />
            <source>Préparer pour le jury</source>
            <translation>Prepare for the jury</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_dialogs.py" line="69" />
            <source>Phrase secrète du paquet pour le jury</source>
            <translation>Passphrase of the package for the jury</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_dialogs.py" line="70" />
            <source>Le paquet contient toute la session : noms, dates de naissance, résultats. Chiffré par une phrase secrète, il ne révèle rien à qui trouverait la clé USB. Donnez la phrase secrète au jury par un autre moyen que la clé (de vive voix, par téléphone).</source>
            <translation>The package contains the whole session: names, dates of birth, results. Encrypted with a passphrase, it reveals nothing to anyone who finds the USB stick. Give the passphrase to the jury by some other means than the stick (in person, by phone).</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_dialogs.py" line="75" />
            <source>Préparation du paquet pour le jury…</source>
            <translation>Preparing the package for the jury…</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_dialogs.py" line="84" />
            <source>Donnez la phrase secrète au jury par un autre moyen que la clé USB.</source>
            <translation>Give the passphrase to the jury by some other means than the USB stick.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_dialogs.py" line="86" />
            <source>Paquet pour le jury écrit : {path}</source>
            <translation>Package for the jury written: {path}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_dialogs.py" line="96" />
            <source>{count} copie(s) de travail supprimée(s)</source>
            <translation>{count} working copy(ies) deleted</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_dialogs.py" line="108" />
            <source>Reprendre du jury</source>
            <translation>Take back from the jury</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_dialogs.py" line="117" />
            <source>&amp;Lire le paquet</source>
            <translation>&amp;Read the package</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_dialogs.py" line="129" />
            <location filename="../juryapp/gui/handoff_dialogs.py" line="137" />
            <source>Paquet non repris</source>
            <translation>Package not taken back</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_dialogs.py" line="143" />
            <source>Session {ref} reprise du jury</source>
            <translation>Session {ref} taken back from the jury</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_dialogs.py" line="150" />
            <source>Lecture du paquet…</source>
            <translation>Reading the package…</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_dialogs.py" line="157" />
            <source>Reprise du paquet…</source>
            <translation>Taking back the package…</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_dialogs.py" line="175" />
            <source>Réouverture impossible</source>
            <translation>Cannot reopen</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_dialogs.py" line="176" />
            <source>{error}

Fermez cette fenêtre et ouvrez de nouveau le fichier.</source>
            <translation>{error}

Close this window and open the file again.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_laptop.py" line="34" />
            <source>Une copie de travail de cette remise est déjà sur ce poste, avec des changements :
{file}

Ouvrir cette copie, ou la remplacer par le paquet (ses changements seront perdus) ?</source>
            <translation>A working copy of this hand-off is already on this workstation, with changes:
{file}

Open this copy, or replace it with the package (its changes will be lost)?</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_laptop.py" line="39" />
            <source>&amp;Ouvrir la copie</source>
            <translation>&amp;Open the copy</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_laptop.py" line="40" />
            <source>&amp;Remplacer par le paquet</source>
            <translation>&amp;Replace with the package</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_laptop.py" line="52" />
            <location filename="../juryapp/gui/handoff_laptop.py" line="32" />
            <source>Ouvrir un paquet du secrétariat</source>
            <translation>Open a secretariat package</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_laptop.py" line="63" />
            <location filename="../juryapp/gui/handoff_laptop.py" line="73" />
            <source>Ouverture du paquet…</source>
            <translation>Opening the package…</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_laptop.py" line="78" />
            <source>&amp;Ouvrir le paquet</source>
            <translation>&amp;Open the package</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_laptop.py" line="82" />
            <source>Paquet non ouvert</source>
            <translation>Package not opened</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_laptop.py" line="88" />
            <source>Cette copie de travail est déjà ouverte : {path}</source>
            <translation>This working copy is already open: {path}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_laptop.py" line="97" />
            <source>Remettre au secrétariat</source>
            <translation>Hand back to the secretariat</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_laptop.py" line="113" />
            <source>Phrase secrète du paquet de retour</source>
            <translation>Passphrase of the return package</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_laptop.py" line="114" />
            <source>Le paquet de retour contient toute la session et les décisions du jury. Chiffrez-le par une phrase secrète convenue avec le secrétariat : une clé USB perdue ne révélera rien.</source>
            <translation>The return package contains the whole session and the jury's decisions. Encrypt it with a passphrase agreed with the secretariat: a lost USB stick will reveal nothing.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_laptop.py" line="118" />
            <source>Préparation du paquet de retour…</source>
            <translation>Preparing the return package…</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_laptop.py" line="127" />
            <source>Une fois le paquet repris par le secrétariat, « Purger ce poste » supprimera la copie de travail de cet ordinateur.</source>
            <translation>Once the secretariat has taken back the package, "Purge this workstation" will delete the working copy from this computer.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_laptop.py" line="133" />
            <source>Paquet de retour écrit : {path}</source>
            <translation>Return package written: {path}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_passphrase.py" line="43" />
            <source>La phrase secrète chiffre le paquet : sans elle, personne ne peut lire la session. Donnez-la au jury par un autre moyen que la clé USB.</source>
            <translation>The passphrase encrypts the package: without it, nobody can read the session. Give it to the jury by some other means than the USB stick.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_passphrase.py" line="81" />
            <source>Saisissez la phrase secrète.</source>
            <translation>Enter the passphrase.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_passphrase.py" line="87" />
            <source>La phrase secrète doit avoir au moins {count} caractères.</source>
            <translation>The passphrase must be at least {count} characters long.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_passphrase.py" line="125" />
            <source>Paquet NON chiffré : quiconque détient la clé USB ou une copie du fichier peut lire toute la session.</source>
            <translation>Package NOT encrypted: anyone holding the USB stick or a copy of the file can read the whole session.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_passphrase.py" line="154" />
            <source>Paquet sans chiffrement</source>
            <translation>Package without encryption</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_passphrase.py" line="155" />
            <source>Sans phrase secrète, le paquet n'est PAS chiffré : quiconque détient la clé USB, ou une copie du fichier, peut lire toute la session (noms, dates de naissance, résultats, décisions).

Écrire quand même le paquet sans chiffrement ?</source>
            <translation>Without a passphrase, the package is NOT encrypted: anyone holding the USB stick, or a copy of the file, can read the whole session (names, dates of birth, results, decisions).

Write the package without encryption anyway?</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_purge.py" line="35" />
            <source>&amp;Supprimer les copies…</source>
            <translation>&amp;Delete the copies…</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_purge.py" line="43" />
            <source>Résultat de la purge</source>
            <translation>Purge result</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_purge.py" line="69" />
            <source>Aucune copie de travail sur ce poste</source>
            <translation>No working copy on this workstation</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_purge.py" line="75" />
            <source>introuvable (déjà supprimée ?)</source>
            <translation>not found (already deleted?)</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_purge.py" line="77" />
            <source>rendue le {when}</source>
            <translation>handed back on {when}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_purge.py" line="78" />
            <source>pas encore rendue</source>
            <translation>not handed back yet</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_purge.py" line="94" />
            <source>Supprimer définitivement de ce poste ces copies de travail et leurs sauvegardes ?

{files}</source>
            <translation>Permanently delete these working copies and their backups from this workstation?

{files}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_purge.py" line="98" />
            <source>{count} d'entre elles n'ont pas été rendues au secrétariat : le travail du jury qu'elles contiennent sera perdu.</source>
            <translation>{count} of them have not been handed back to the secretariat: the jury's work they contain will be lost.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_purge.py" line="104" />
            <source>Purger ce poste</source>
            <translation>Purge this workstation</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_purge.py" line="121" />
            <source>Supprimée : {path}</source>
            <translation>Deleted: {path}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_purge.py" line="122" />
            <source>Conservée (pas encore rendue) : {path}</source>
            <translation>Kept (not handed back yet): {path}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_purge.py" line="123" />
            <source>Non supprimée : {why}</source>
            <translation>Not deleted: {why}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_purge.py" line="124" />
            <source>Rien à supprimer.</source>
            <translation>Nothing to delete.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_steps.py" line="32" />
            <source>Paquets juryapp (*.jurypkg);;Tous les fichiers (*)</source>
            <translation>juryapp packages (*.jurypkg);;All files (*)</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_steps.py" line="86" />
            <source>Ce paquet est chiffré : saisissez la phrase secrète convenue pour cette remise.</source>
            <translation>This package is encrypted: enter the passphrase agreed for this hand-off.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_steps.py" line="90" />
            <source>Phrase secrète incorrecte (ou paquet altéré) : saisissez-la de nouveau.</source>
            <translation>Wrong passphrase (or tampered package): enter it again.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_steps.py" line="125" />
            <source>&amp;Écrire le paquet</source>
            <translation>&amp;Write the package</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_steps.py" line="133" />
            <source>Paquet non écrit</source>
            <translation>Package not written</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_steps.py" line="145" />
            <source>Fichier ouvert en lecture seule ({why}) : rien n'a été fait.</source>
            <translation>File opened read-only ({why}): nothing was done.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_take_back.py" line="67" />
            <source>&amp;Reprendre</source>
            <translation>&amp;Take back</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_take_back.py" line="70" />
            <source>Fait ce que dit le texte au-dessus de la liste ; impossible tant qu'il reste un conflit.</source>
            <translation>Does what the text above the list says; not possible while a conflict remains.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_take_back.py" line="73" />
            <source>&amp;Annuler</source>
            <translation>&amp;Cancel</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_take_back.py" line="96" />
            <source>Paquet {package} : session {ref} ({title}), remise {handoff}, rendue au secrétariat par {who} le {when}.</source>
            <translation>Package {package}: session {ref} ({title}), hand-off {handoff}, handed back to the secretariat by {who} on {when}.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_take_back.py" line="110" />
            <source>{count} conflit(s) : le secrétariat et le jury ont modifié différemment les mêmes éléments (en rouge, en tête de liste). Rien n'est fusionné ni enregistré : accordez les deux fichiers sur ces éléments, puis reprenez le paquet.</source>
            <translation>{count} conflict(s): the secretariat and the jury changed the same items differently (in red, at the top of the list). Nothing is merged or saved: reconcile the two files on these items, then take back the package again.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_take_back.py" line="117" />
            <source>« Reprendre » enregistre la session dans l'archive du centre ({archive}).</source>
            <translation>"Take back" saves the session in the centre archive ({archive}).</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_take_back.py" line="121" />
            <source>Le fichier ouvert ({file}) n'est pas celui de la session {ref} : seule l'archive sera mise à jour. Pour mettre aussi à jour le fichier de la session, ouvrez-le et reprenez le paquet depuis sa fenêtre.</source>
            <translation>The open file ({file}) is not the one of session {ref}: only the archive will be updated. To update the session file as well, open it and take back the package from its window.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_take_back.py" line="128" />
            <source>Le fichier ouvert contient déjà ce retour du jury : il ne sera pas modifié.</source>
            <translation>The open file already contains this return from the jury: it will not be changed.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_take_back.py" line="131" />
            <source>Le secrétariat a modifié son fichier depuis la remise (changements « secrétariat » ci-dessous) : le fichier ouvert n'est pas remplacé, le retour du jury sera écrit à côté, dans {beside} ; reportez-y les changements du secrétariat avant de l'utiliser.</source>
            <translation>The secretariat has changed its file since the hand-off ("secretariat" changes below): the open file is not replaced, the jury's return will be written beside it, in {beside}; carry the secretariat's changes over into it before using it.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_take_back.py" line="139" />
            <source>Le fichier ouvert ({file}) sera remplacé par le retour du jury ; il est d'abord sauvegardé (Session › Restaurer une sauvegarde).</source>
            <translation>The open file ({file}) will be replaced by the jury's return; it is backed up first (Session › Restore a backup).</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_take_back.py" line="161" />
            <source>Aucun changement depuis la remise</source>
            <translation>No changes since the hand-off</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_take_back.py" line="163" />
            <source>jury et secrétariat</source>
            <translation>jury and secretariat</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_take_back.py" line="163" />
            <source>jury</source>
            <translation>jury</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_take_back.py" line="163" />
            <source>secrétariat</source>
            <translation>secretariat</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_take_back.py" line="173" />
            <source>{n} conflit(s)</source>
            <translation>{n} conflict(s)</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_take_back.py" line="173" />
            <source>{n} changement(s)</source>
            <translation>{n} change(s)</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_take_back.py" line="213" />
            <source>Session reprise dans l'archive du centre : {path}</source>
            <translation>Session taken back into the centre archive: {path}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_take_back.py" line="215" />
            <source>Fichier de session remplacé par le retour du jury : {path}</source>
            <translation>Session file replaced by the jury's return: {path}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_take_back.py" line="217" />
            <source>L'ancien fichier est sauvegardé dans {path}</source>
            <translation>The old file is backed up in {path}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_take_back.py" line="220" />
            <source>Retour du jury écrit à côté : {path} ; le fichier du secrétariat a changé depuis la remise : reportez ses changements dans le retour du jury avant de l'utiliser.</source>
            <translation>Jury's return written beside it: {path}; the secretariat's file has changed since the hand-off: carry its changes over into the jury's return before using it.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_take_back.py" line="226" />
            <source>Le fichier de session contenait déjà ce retour du jury : il n'a pas été modifié.</source>
            <translation>The session file already contained this return from the jury: it was not changed.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/help_viewer.py" line="121" />
            <source>Guide d'utilisation — juryapp</source>
            <translation>User guide — juryapp</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/help_viewer.py" line="122" />
            <source>Guide d'utilisation</source>
            <translation>User guide</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/help_viewer.py" line="127" />
            <source>Précédent</source>
            <translation>Previous</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/help_viewer.py" line="128" />
            <source>Suivant</source>
            <translation>Next</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/help_viewer.py" line="129" />
            <source>Sommaire</source>
            <translation>Contents</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/help_viewer.py" line="131" />
            <source>Rechercher dans le guide… (Entrée : suivant)</source>
            <translation>Search the guide… (Enter: next)</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/help_viewer.py" line="132" />
            <source>Rechercher dans le guide</source>
            <translation>Search the guide</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/help_viewer.py" line="135" />
            <source>Pages du guide</source>
            <translation>Guide pages</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/help_viewer.py" line="145" />
            <source>Page du guide</source>
            <translation>Guide page</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/help_viewer.py" line="223" />
            <source>{page} — Guide d'utilisation</source>
            <translation>{page} — User guide</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/history_panel.py" line="22" />
            <source>Date et auteur</source>
            <translation>Date and author</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/history_panel.py" line="22" />
            <source>Objet</source>
            <translation>Subject</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/history_panel.py" line="22" />
            <source>Valeur</source>
            <translation>Value</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/history_panel.py" line="22" />
            <source>État et motif</source>
            <translation>Status and reason</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/history_panel.py" line="42" />
            <source>date non indiquée</source>
            <translation>date not given</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/history_panel.py" line="71" />
            <source>tenu le {day} (jurés {jurors})</source>
            <translation>held on {day} (jurors {jurors})</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/history_panel.py" line="77" />
            <source>(jurés {jurors})</source>
            <translation>(jurors {jurors})</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/history_panel.py" line="83" />
            <source>révoquée le {when} par {who}</source>
            <translation>revoked on {when} by {who}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/history_panel.py" line="85" />
            <source>courante</source>
            <translation>current</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/history_panel.py" line="85" />
            <source>remplacée</source>
            <translation>replaced</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/history_panel.py" line="135" />
            <source>par {who}</source>
            <translation>by {who}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/history_panel.py" line="159" />
            <source>Historique des décisions du candidat</source>
            <translation>Candidate's decision history</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/history_panel.py" line="175" />
            <source>État de l'historique</source>
            <translation>History status</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/history_panel.py" line="194" />
            <source>Historique</source>
            <translation>History</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/history_panel.py" line="199" />
            <source>Historique — {name} ({ref})</source>
            <translation>History — {name} ({ref})</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/history_panel.py" line="202" />
            <source>Rien n'a encore été enregistré pour ce candidat.</source>
            <translation>Nothing has been recorded for this candidate yet.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/interview_timer.py" line="46" />
            <source>{h} h {m:02d} min {s:02d} s</source>
            <translation>{h} h {m:02d} min {s:02d} s</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/interview_timer.py" line="48" />
            <source>{m} min {s:02d} s</source>
            <translation>{m} min {s:02d} s</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/interview_timer.py" line="49" />
            <source>{s} s</source>
            <translation>{s} s</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/interview_timer.py" line="55" />
            <source>Commencé à {start}, terminé à {end}, durée {duration}</source>
            <translation>Started at {start}, ended at {end}, duration {duration}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/interview_timer.py" line="115" />
            <source>Temps de l'entretien final</source>
            <translation>Final interview time</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/interview_timer.py" line="120" />
            <source>Démarrer ou mettre en pause le chronomètre</source>
            <translation>Start or pause the timer</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/interview_timer.py" line="121" />
            <source>Terminer</source>
            <translation>Finish</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/interview_timer.py" line="124" />
            <source>Terminer l'entretien : son début, sa fin et sa durée sont enregistrés ({key})</source>
            <translation>Finish the interview: its start, end and duration are saved ({key})</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/interview_timer.py" line="128" />
            <source>Terminer l'entretien et enregistrer sa durée</source>
            <translation>Finish the interview and save its duration</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/interview_timer.py" line="129" />
            <source>Réinitialiser</source>
            <translation>Reset</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/interview_timer.py" line="242" />
            <source>{minutes} min prévues (par défaut : le référentiel ne fixe pas de durée)</source>
            <translation>{minutes} min planned (default: the qualification framework sets no duration)</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/interview_timer.py" line="245" />
            <source>{minutes} min prévues</source>
            <translation>{minutes} min planned</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/interview_timer.py" line="320" />
            <source>Dépassement de {time}</source>
            <translation>Over by {time}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/interview_timer.py" line="324" />
            <source>Temps restant {time}</source>
            <translation>Time remaining {time}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/interview_timer.py" line="326" />
            <source>Entretien terminé — {planned}</source>
            <translation>Interview finished — {planned}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/interview_timer.py" line="328" />
            <source>Dépassement des {planned}</source>
            <translation>Over the {planned}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/interview_timer.py" line="330" />
            <source>Temps restant — {planned}</source>
            <translation>Time remaining — {planned}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/interview_timer.py" line="345" />
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/interview_timer.py" line="345" />
            <source>Mettre le chronomètre en pause ({key})</source>
            <translation>Pause the timer ({key})</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/interview_timer.py" line="347" />
            <source>Reprendre</source>
            <translation>Resume</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/interview_timer.py" line="347" />
            <source>Reprendre le chronomètre ({key})</source>
            <translation>Resume the timer ({key})</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/interview_timer.py" line="349" />
            <source>Démarrer</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/interview_timer.py" line="349" />
            <source>Démarrer le chronomètre ({key})</source>
            <translation>Start the timer ({key})</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/interview_timer.py" line="356" />
            <source>Remettre le chronomètre à {duration} ({key})</source>
            <translation>Reset the timer to {duration} ({key})</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/issuer_dialog.py" line="25" />
            <location filename="../juryapp/gui/issuer_dialog.py" line="38" />
            <source>Autorité de délivrance</source>
            <translation>Issuing authority</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/issuer_dialog.py" line="26" />
            <source>Commune de délivrance (« Fait à … »)</source>
            <translation>Town of issue ("Fait à …")</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/issuer_dialog.py" line="27" />
            <source>Nom du signataire</source>
            <translation>Signatory's name</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/issuer_dialog.py" line="28" />
            <source>Qualité du signataire</source>
            <translation>Signatory's position</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/issuer_dialog.py" line="46" />
            <source>Parchemins et livrets sont délivrés par le représentant territorial du ministère du Travail (la DREETS de la région). Ces quatre champs sont imprimés sur les documents définitifs ; ils ne changent aucune décision du jury.</source>
            <translation>Certificates (parchemins) and certification booklets (livrets) are issued by the regional representative of the Ministry of Labour (the region's DREETS). These four fields are printed on the final documents; they change none of the jury's decisions.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/jurors_dialog.py" line="38" />
            <source>Juré</source>
            <translation>Juror</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/jurors_dialog.py" line="38" />
            <source>Habilitation</source>
            <translation>Accreditation</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/jurors_dialog.py" line="56" />
            <source>non datée</source>
            <translation>undated</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/jurors_dialog.py" line="58" />
            <source>{until} : ne couvre pas la session</source>
            <translation>{until}: does not cover the session</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/jurors_dialog.py" line="68" />
            <source>La fiche du juré a été modifiée et n'est pas enregistrée. L'enregistrer ?</source>
            <translation>The juror's record has been changed and is not saved. Save it?</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/jurors_dialog.py" line="80" />
            <source>Conflits d'intérêts</source>
            <translation>Conflicts of interest</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/jurors_dialog.py" line="81" />
            <source>Nature</source>
            <translation>Nature</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/jurors_dialog.py" line="81" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/jurors_dialog.py" line="84" />
            <source>Jurés et conflits — {ref}[*]</source>
            <translation>Jurors and conflicts — {ref}[*]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/jurors_dialog.py" line="156" />
            <source>Nouveau juré</source>
            <translation>New juror</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/jurors_dialog.py" line="166" />
            <source>Fin d'habilitation</source>
            <translation>End of accreditation</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/jurors_dialog.py" line="203" />
            <source>{n} jurés habilités sans conflit</source>
            <translation>{n} accredited jurors without conflict</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/jurors_dialog.py" line="210" />
            <source>Aucun candidat présent.</source>
            <translation>No candidate present.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/jurors_dialog.py" line="211" />
            <source>Jury de chaque c&amp;andidat présent : {n} sans jury suffisant</source>
            <translation>Jury for each c&amp;andidate present: {n} without a sufficient jury</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/jurors_dialog.py" line="213" />
            <source> (avec la fiche en cours, non enregistrée)</source>
            <translation> (with the current record, not saved)</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/jurors_dialog.py" line="232" />
            <location filename="../juryapp/gui/jurors_selector.py" line="38" />
            <source>Juré {name}</source>
            <translation>Juror {name}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/jurors_dialog.py" line="252" />
            <source>Retirer un juré</source>
            <translation>Remove a juror</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/jurors_dialog.py" line="253" />
            <source>Retirer {name} ({ref}) et ses conflits d'intérêts de la session ?</source>
            <translation>Remove {name} ({ref}) and their conflicts of interest from the session?</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/jurors_dialog.py" line="261" />
            <source>Retrait du juré {name}</source>
            <translation>Removal of juror {name}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/jurors_dialog.py" line="265" />
            <source>✔ {ref} — {name} retiré(e).</source>
            <translation>✔ {ref} — {name} removed.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/jurors_selector.py" line="32" />
            <source>Jurés en conflit</source>
            <translation>Jurors in conflict</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/jurors_selector.py" line="34" />
            <source>Jurés :</source>
            <translation>Jurors:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/jurors_selector.py" line="69" />
            <source>{name} — en conflit</source>
            <translation>{name} — in conflict</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/jurors_selector.py" line="71" />
            <source>En conflit d'intérêts ({reason}) : ne participe ni à l'évaluation ni à la délibération de ce candidat.</source>
            <translation>Conflict of interest ({reason}): takes part in neither the assessment nor the deliberation for this candidate.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/jurors_selector.py" line="79" />
            <source>en conflit d'intérêts ({reason})</source>
            <translation>conflict of interest ({reason})</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/jurors_selector.py" line="83" />
            <source>{name} — non habilité(e)</source>
            <translation>{name} — not accredited</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/jurors_selector.py" line="85" />
            <source>Habilitation jusqu'au {day} : ne prend part à aucune décision de cette session.</source>
            <translation>Accredited until {day}: takes no part in any decision of this session.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/jurors_selector.py" line="92" />
            <source>habilitation jusqu'au {day}</source>
            <translation>accredited until {day}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/jurors_selector.py" line="106" />
            <source>{name} ne peut pas participer : {reason}.</source>
            <translation>{name} cannot take part: {reason}.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="92" />
            <source>Filtrer (nom, référence, parcours, avancement, résultat)… Ctrl+F</source>
            <translation>Filter (name, reference, pathway, progress, result)… Ctrl+F</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="94" />
            <source>Filtre des candidats</source>
            <translation>Candidate filter</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="102" />
            <source>Panneaux du candidat</source>
            <translation>Candidate panels</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="105" />
            <source>&amp;1 Dossier</source>
            <translation>&amp;1 File</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="106" />
            <source>&amp;2 Grille d'évaluation</source>
            <translation>&amp;2 Assessment grid</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="107" />
            <source>&amp;3 Entretien final</source>
            <translation>&amp;3 Final interview</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="108" />
            <source>&amp;4 Délibération</source>
            <translation>&amp;4 Deliberation</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="109" />
            <source>&amp;5 Historique</source>
            <translation>&amp;5 History</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="144" />
            <location filename="../juryapp/gui/operator_dialog.py" line="34" />
            <source>Personne qui saisit</source>
            <translation>Person entering data</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="147" />
            <source>Session ouverte : {path}</source>
            <translation>Session opened: {path}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="299" />
            <source>Présence du candidat</source>
            <translation>Candidate attendance</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="303" />
            <source>Dernière modification annulée.</source>
            <translation>Last change undone.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="307" />
            <location filename="../juryapp/gui/sign_off_dialog.py" line="82" />
            <location filename="../juryapp/gui/sign_off_dialog.py" line="176" />
            <source>Clore la session</source>
            <translation>Close the session</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="307" />
            <source>La session est déjà close.</source>
            <translation>The session is already closed.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="314" />
            <source>Session close, verrouillée et scellée par la clé du centre.</source>
            <translation>Session closed, locked and sealed with the centre key.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="317" />
            <source>Session close et verrouillée ; non scellée (aucune clé du centre sur ce poste) : elle le sera à l'impression des documents définitifs sur le poste qui détient la clé.</source>
            <translation>Session signed off and locked; not sealed (no centre key on this workstation): it will be sealed when the final documents are printed on the workstation that holds the key.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="326" />
            <source>Exporter la session</source>
            <translation>Export the session</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="326" />
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="332" />
            <source>Export impossible</source>
            <translation>Export failed</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="334" />
            <source>Session exportée dans {name}</source>
            <translation>Session exported to {name}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="342" />
            <source>Enregistrer une copie de la session</source>
            <translation>Save a copy of the session</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="342" />
            <location filename="../juryapp/gui/new_session_dialog.py" line="195" />
            <location filename="../juryapp/gui/recent_files.py" line="272" />
            <source>Sessions juryapp (*.jury)</source>
            <translation>juryapp sessions (*.jury)</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="350" />
            <source>Copie impossible</source>
            <translation>Copy failed</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="352" />
            <source>Copie de la session enregistrée dans {name}</source>
            <translation>Copy of the session saved to {name}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="362" />
            <source>Sauvegarde restaurée : {name}</source>
            <translation>Backup restored: {name}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="371" />
            <source>Fichier rouvert : {path}</source>
            <translation>File reopened: {path}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="380" />
            <source>Ouvrir</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="382" />
            <source>Fichiers juryapp (*.jury *.json *.jurypkg);;Tous les fichiers (*)</source>
            <translation>juryapp files (*.jury *.json *.jurypkg);;All files (*)</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="492" />
            <source>Nouvelle clé du centre créée et inscrite au journal.</source>
            <translation>New centre key created and logged.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="527" />
            <source>Autorité de délivrance enregistrée.</source>
            <translation>Issuing authority saved.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="532" />
            <source>Saisie : {name}</source>
            <translation>Entering data: {name}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="534" />
            <source>Saisie : nom à indiquer (Session › Qui saisit…)</source>
            <translation>Entering data: name to be given (Session › Who is entering data…)</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="549" />
            <source>À propos de juryapp</source>
            <translation>About juryapp</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="550" />
            <source>juryapp {version}
Sessions de jury du Titre Professionnel, hors ligne.</source>
            <translation>juryapp {version}
Jury sessions for the Titre Professionnel, offline.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="567" />
            <source> (la décision est bien enregistrée)</source>
            <translation> (the decision is saved)</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="571" />
            <source>Sauvegarde automatique impossible</source>
            <translation>Automatic backup failed</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="572" />
            <source>{message}

La décision est bien enregistrée dans le fichier de session, mais les sauvegardes automatiques échouent : vérifiez le dossier des sauvegardes (Documents › Préférences du centre) ou enregistrez une copie (Session › Enregistrer une copie…).</source>
            <translation>{message}

The decision is indeed saved in the session file, but automatic backups are failing: check the backups folder (Documents › Centre preferences) or save a copy (Session › Save a copy…).</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="581" />
            <source>Fichier modifié par un autre programme</source>
            <translation>File changed by another program</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="582" />
            <source>Le fichier {path} a été {what} par un autre programme depuis son ouverture.

Cette fenêtre passe en lecture seule : elle n'y écrit plus rien. Rouvrez le fichier (Session › Rouvrir le fichier) pour travailler sur sa version actuelle.</source>
            <translation>The file {path} has been {what} by another program since it was opened.

This window switches to read-only: it no longer writes anything to it. Reopen the file (Session › Reopen the file) to work on its current version.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="591" />
            <source>Session relue : le fichier a été modifié par un autre programme ({time}).</source>
            <translation>Session reloaded: the file was changed by another program ({time}).</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="602" />
            <source>juryapp — {ref} — {file}</source>
            <translation>juryapp — {ref} — {file}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="606" />
            <source>(lecture seule)</source>
            <translation>(read-only)</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="615" />
            <source>{shown} candidat(s) affiché(s) sur {total} — {blocked} bloqué(s)</source>
            <translation>{shown} candidate(s) shown out of {total} — {blocked} blocked</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/new_session_dialog.py" line="55" />
            <source>&amp;Créer la session</source>
            <translation>&amp;Create the session</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/new_session_dialog.py" line="57" />
            <source>Ce qui empêche de créer la session</source>
            <translation>What prevents the session from being created</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/new_session_dialog.py" line="164" />
            <source>Choisissez le fichier de la session</source>
            <translation>Choose the session file</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/new_session_dialog.py" line="174" />
            <source>Si la version {code} a été prorogée (arrêté publié) au moins jusqu'au {until}, enregistrez la prorogation avec sa source : la version restera ouverte jusqu'à la date indiquée.</source>
            <translation>If version {code} has been extended (order published) at least until {until}, record the extension with its source: the version will stay open until the date given.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/new_session_dialog.py" line="195" />
            <source>Fichier de la nouvelle session</source>
            <translation>File for the new session</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/new_session_dialog.py" line="206" />
            <source>Importer un référentiel</source>
            <translation>Import a qualification framework</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/new_session_dialog.py" line="206" />
            <source>Référentiels juryapp (*.json)</source>
            <translation>juryapp qualification frameworks (*.json)</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/new_session_dialog.py" line="215" />
            <source>Référentiel non importé</source>
            <translation>Qualification framework not imported</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/new_session_dialog.py" line="226" />
            <source>Prorogation non enregistrée</source>
            <translation>Extension not recorded</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/new_session_dialog.py" line="241" />
            <source>Session non créée</source>
            <translation>Session not created</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/operator_dialog.py" line="23" />
            <source>Qui saisit ?</source>
            <translation>Who is entering data?</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/operator_dialog.py" line="25" />
            <source>Chaque décision enregistrée porte le nom de la personne qui la saisit. Choisissez le président ou la présidente du jury, ou tapez un autre nom.</source>
            <translation>Each saved decision bears the name of the person who enters it. Choose the jury chair, or type another name.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/operator_dialog.py" line="41" />
            <source>Prénom et nom de la personne qui saisit</source>
            <translation>First name and surname of the person entering data</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/page_view.py" line="60" />
            <source>Page du document</source>
            <translation>Document page</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/page_view.py" line="70" />
            <source>Page précédente (Pg. préc.)</source>
            <translation>Previous page (PgUp)</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/page_view.py" line="72" />
            <source>Page suivante (Pg. suiv.)</source>
            <translation>Next page (PgDown)</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/page_view.py" line="77" />
            <source>Numéro de page</source>
            <translation>Page number</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/page_view.py" line="78" />
            <source>Zoom arrière (Ctrl+-)</source>
            <translation>Zoom out (Ctrl+-)</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/page_view.py" line="80" />
            <source>Zoom</source>
            <translation>Zoom</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/page_view.py" line="81" />
            <source>Zoom avant (Ctrl++)</source>
            <translation>Zoom in (Ctrl++)</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/page_view.py" line="82" />
            <source>&amp;Page entière</source>
            <translation>Whole &amp;page</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/page_view.py" line="82" />
            <source>La page entière dans la fenêtre (Ctrl+0)</source>
            <translation>The whole page in the window (Ctrl+0)</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/page_view.py" line="83" />
            <source>&amp;Largeur</source>
            <translation>&amp;Width</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/page_view.py" line="83" />
            <source>La largeur de la page dans la fenêtre (Ctrl+9)</source>
            <translation>The page width in the window (Ctrl+9)</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/page_view.py" line="221" />
            <source>Page {page} sur {count}</source>
            <translation>Page {page} of {count}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/recent_files.py" line="126" />
            <source>Fic&amp;hiers récents</source>
            <translation>Recent &amp;files</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/recent_files.py" line="143" />
            <source>Aucun fichier récent</source>
            <translation>No recent files</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/recent_files.py" line="146" />
            <source>&amp;Effacer la liste</source>
            <translation>&amp;Clear the list</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/recent_files.py" line="150" />
            <source>Rouvrir la &amp;dernière session au démarrage</source>
            <translation>Reopen the &amp;last session at startup</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/recent_files.py" line="153" />
            <source>Sinon, juryapp s'ouvre sur la session de démonstration.</source>
            <translation>Otherwise, juryapp opens on the demonstration session.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/recent_files.py" line="164" />
            <source>Fichier introuvable</source>
            <translation>File not found</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/recent_files.py" line="165" />
            <source>{path}

Ce fichier n'existe plus (déplacé, renommé ou supprimé) : il est retiré des fichiers récents.</source>
            <translation>{path}

This file no longer exists (moved, renamed or deleted): it is removed from the recent files.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/recent_files.py" line="178" />
            <source>juryapp ouvre : un fichier de session (.jury), un document de session au format d'échange (JSON juryapp.session/1), un référentiel (JSON juryapp.referentiel/1) ou un paquet du secrétariat (.jurypkg).</source>
            <translation>juryapp opens: a session file (.jury), a session document in the exchange format (JSON juryapp.session/1), a qualification framework (JSON juryapp.referentiel/1) or a secretariat package (.jurypkg).</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/recent_files.py" line="188" />
            <source>Pour ajouter ces candidats à une session : utilisez Secrétariat › Importer des candidats…</source>
            <translation>To add these candidates to a session: use Secretariat › Import candidates…</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/recent_files.py" line="191" />
            <source>Pour savoir s'il est authentique : vérifiez-le avec Documents › Vérifier un document…</source>
            <translation>To find out whether it is authentic: verify it with Documents › Verify a document…</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/recent_files.py" line="192" />
            <source>Un document de résultats se lit ; il ne s'ouvre pas et ne s'importe pas.</source>
            <translation>A results document is for reading; it cannot be opened or imported.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/recent_files.py" line="193" />
            <source>Consultez-la avec Secrétariat › Archive du centre…</source>
            <translation>View it with Secretariat › Centre archive…</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/recent_files.py" line="194" />
            <source>Ce n'est pas un fichier créé par juryapp.</source>
            <translation>This is not a file created by juryapp.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/recent_files.py" line="198" />
            <source>Problème : {problem}.</source>
            <translation>Problem: {problem}.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/recent_files.py" line="211" />
            <source>Cette session est déjà ouverte : {path}</source>
            <translation>This session is already open: {path}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/recent_files.py" line="230" />
            <source>Fichier non ouvert</source>
            <translation>File not opened</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/recent_files.py" line="232" />
            <source>{name} : c'est {what}, pas une session.</source>
            <translation>{name}: it is {what}, not a session.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/recent_files.py" line="236" />
            <source>&amp;Vérifier ce document</source>
            <translation>&amp;Verify this document</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/recent_files.py" line="258" />
            <source>Importer une session</source>
            <translation>Import a session</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/recent_files.py" line="264" />
            <source>{name} est un document de session au format d'échange (juryapp.session/1){ref}.

L'importer dans un nouveau fichier de session (.jury), puis l'ouvrir ?</source>
            <translation>{name} is a session document in the exchange format (juryapp.session/1){ref}.

Import it into a new session file (.jury), then open it?</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/recent_files.py" line="267" />
            <source>, session {ref}</source>
            <translation>, session {ref}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/recent_files.py" line="272" />
            <source>Nouveau fichier de session</source>
            <translation>New session file</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/recent_files.py" line="278" />
            <source>La session ouverte ne peut pas être remplacée par un import.</source>
            <translation>The open session cannot be replaced by an import.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/recent_files.py" line="297" />
            <source>La clôture de ce document n'est pas scellée par la clé d'un centre (il a été écrit par un autre outil).

L'accepter en connaissance de cause ? L'historique de la session le gardera.</source>
            <translation>The sign-off of this document is not sealed with a centre's key (it was written by another tool).

Accept it knowingly? The session history will record it.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/recent_files.py" line="305" />
            <location filename="../juryapp/gui/recent_files.py" line="308" />
            <location filename="../juryapp/gui/recent_files.py" line="311" />
            <source>Import impossible</source>
            <translation>Import impossible</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/recent_files.py" line="318" />
            <source>Installer un référentiel</source>
            <translation>Install a qualification framework</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/recent_files.py" line="324" />
            <source>{name} est un référentiel (juryapp.referentiel/1) : {code} — {label}.

L'installer sur ce poste ? Les sessions de ce titre pourront alors être créées et ouvertes.</source>
            <translation>{name} is a qualification framework (juryapp.referentiel/1): {code} — {label}.

Install it on this workstation? Sessions for this title can then be created and opened.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/recent_files.py" line="334" />
            <location filename="../juryapp/gui/recent_files.py" line="337" />
            <source>Installation impossible</source>
            <translation>Installation impossible</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/recent_files.py" line="340" />
            <source>Le référentiel {code} était déjà installé, à l'identique.</source>
            <translation>Qualification framework {code} was already installed, identical.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/recent_files.py" line="342" />
            <source>Référentiel {code} installé : {path}</source>
            <translation>Qualification framework {code} installed: {path}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/record_dialog.py" line="223" />
            <source>Fiche non enregistrée</source>
            <translation>Record not saved</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/revocation_dialog.py" line="36" />
            <source>Révocation après clôture</source>
            <translation>Revocation after sign-off</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/revocation_dialog.py" line="40" />
            <source>La session est close. « {what} » sera inscrite comme une révocation, avec son motif et les jurés qui la prononcent, à l'historique et au procès-verbal. Les documents déjà émis dont le résultat change seront annulés au registre.</source>
            <translation>The session is signed off. "{what}" will be recorded as a revocation, with its reason and the jurors who pronounce it, in the history and the jury minutes. Documents already issued whose result changes will be cancelled in the register.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/revocation_dialog.py" line="50" />
            <source>Motif de la révocation (obligatoire)</source>
            <translation>Reason for the revocation (required)</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/revocation_dialog.py" line="51" />
            <source>Motif de la révocation</source>
            <translation>Reason for the revocation</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/revocation_dialog.py" line="52" />
            <source>Obligatoire : inscrit avec la révocation à l'historique et au procès-verbal.</source>
            <translation>Required: recorded with the revocation in the history and in the official report.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/revocation_dialog.py" line="55" />
            <source>Jurés qui prononcent la révocation (au moins deux) :</source>
            <translation>Jurors pronouncing the revocation (at least two):</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/revocation_dialog.py" line="62" />
            <source>Coché : ce juré prononce la révocation (au moins deux jurés).</source>
            <translation>Ticked: this juror pronounces the revocation (at least two jurors).</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/revocation_dialog.py" line="66" />
            <source>{name} — en conflit avec ce candidat</source>
            <translation>{name} — in conflict with this candidate</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/revocation_dialog.py" line="69" />
            <source>{name} — non habilité(e) à ce jour</source>
            <translation>{name} — not accredited at this date</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/revocation_dialog.py" line="78" />
            <source>Révoquer</source>
            <translation>Revoke</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/revocation_dialog.py" line="80" />
            <source>Possible une fois le motif écrit et au moins deux jurés cochés.</source>
            <translation>Available once the reason is written and at least two jurors are ticked.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/revocation_dialog.py" line="100" />
            <source>le motif</source>
            <translation>the reason</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/revocation_dialog.py" line="100" />
            <source>au moins deux jurés</source>
            <translation>at least two jurors</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/revocation_dialog.py" line="107" />
            <source>À compléter : {what}.</source>
            <translation>To complete: {what}.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/revocation_dialog.py" line="107" />
            <source> et </source>
            <translation> and </translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_dialog.py" line="64" />
            <source>Planning des épreuves — {ref}[*]</source>
            <translation>Exam schedule — {ref}[*]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_dialog.py" line="103" />
            <source>Épreuves planifiées</source>
            <translation>Scheduled assessments</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_dialog.py" line="112" />
            <location filename="../juryapp/gui/schedule_dialog.py" line="264" />
            <source>Salles de la session</source>
            <translation>Session rooms</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_dialog.py" line="113" />
            <source>Dernier message du planning</source>
            <translation>Last schedule message</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_dialog.py" line="114" />
            <source>Problèmes du planning</source>
            <translation>Schedule problems</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_dialog.py" line="140" />
            <source>Fichier ouvert en lecture seule ({why}) : le planning est affiché, il ne peut pas être modifié.</source>
            <translation>File opened read-only ({why}): the schedule is shown but cannot be changed.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_dialog.py" line="144" />
            <source>Session close (procès-verbal signé) : le planning et les salles ne se modifient plus.</source>
            <translation>Session signed off (jury minutes signed): the schedule and rooms can no longer be changed.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_dialog.py" line="180" />
            <source> (et {n} autre(s) raison(s), dans l'infobulle)</source>
            <translation> (and {n} other reason(s), in the tooltip)</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_dialog.py" line="190" />
            <location filename="../juryapp/gui/schedule_model.py" line="180" />
            <source>sans salle</source>
            <translation>no room</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_dialog.py" line="215" />
            <source>{mark} Non placé : {who} · {what} : {why}</source>
            <translation>{mark} Not placed: {who} · {what}: {why}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_dialog.py" line="221" />
            <source>✔ Aucun problème : chaque épreuve planifiée respecte les règles.</source>
            <translation>✔ No problems: every scheduled assessment follows the rules.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_dialog.py" line="225" />
            <source>Pro&amp;blèmes : {b} bloquant(s), {w} avertissement(s), {u} épreuve(s) non placée(s)</source>
            <translation>Pro&amp;blems: {b} blocking, {w} warning(s), {u} assessment(s) not placed</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_dialog.py" line="268" />
            <source>Salles enregistrées.</source>
            <translation>Rooms saved.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_dialog.py" line="275" />
            <location filename="../juryapp/gui/schedule_dialog.py" line="277" />
            <source>Salle {n}</source>
            <translation>Room {n}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_dialog.py" line="285" />
            <source>Choisissez d'abord la salle à retirer.</source>
            <translation>First choose the room to remove.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_dialog.py" line="296" />
            <source>Choisissez d'abord l'épreuve à retirer du planning.</source>
            <translation>First choose the assessment to remove from the schedule.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_dialog.py" line="301" />
            <source>Retirée du planning (non enregistré) : {what}</source>
            <translation>Removed from the schedule (not saved): {what}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_dialog.py" line="322" />
            <source>Proposition : {placed} épreuve(s) placée(s), {kept} fixée(s) gardée(s), {unplaced} non placée(s). Ajustez-la, puis « Enregistrer ».</source>
            <translation>Proposal: {placed} assessment(s) placed, {kept} fixed one(s) kept, {unplaced} not placed. Adjust it, then "Save".</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_dialog.py" line="334" />
            <source>Planning des épreuves</source>
            <translation>Exam schedule</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_dialog.py" line="339" />
            <source>Planning enregistré : {n} épreuve(s).</source>
            <translation>Schedule saved: {n} assessment(s).</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_dialog.py" line="342" />
            <source>{n} avertissement(s) restant(s).</source>
            <translation>{n} warning(s) remaining.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_dialog.py" line="346" />
            <source>Convocation déjà délivrée à {refs} : la nouvelle sera un duplicata, à leur envoyer.</source>
            <translation>Notice to attend already issued to {refs}: the new one will be a duplicate, to be sent to them.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_dialog.py" line="359" />
            <source>Planning non enregistré</source>
            <translation>Schedule not saved</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_dialog.py" line="360" />
            <source>Le planning a été modifié et n'est pas enregistré. L'enregistrer avant de fermer ?</source>
            <translation>The schedule has been changed and is not saved. Save it before closing?</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_editors.py" line="38" />
            <source> (en conflit avec le candidat)</source>
            <translation> (in conflict with the candidate)</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_editors.py" line="45" />
            <source>Jurés de l'épreuve</source>
            <translation>Jurors for the assessment</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_editors.py" line="86" />
            <location filename="../juryapp/gui/schedule_model.py" line="239" />
            <source>aucun juré</source>
            <translation>no juror</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_editors.py" line="124" />
            <location filename="../juryapp/gui/schedule_model.py" line="48" />
            <location filename="../juryapp/gui/schedule_rooms.py" line="30" />
            <source>Salle</source>
            <translation>Room</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_editors.py" line="131" />
            <location filename="../juryapp/gui/schedule_model.py" line="49" />
            <source>Jour</source>
            <translation>Day</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_editors.py" line="136" />
            <location filename="../juryapp/gui/schedule_model.py" line="50" />
            <source>Début</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_editors.py" line="136" />
            <location filename="../juryapp/gui/schedule_model.py" line="51" />
            <source>Fin</source>
            <translation>End</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_model.py" line="44" />
            <source>Fixé</source>
            <translation>Fixed</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_model.py" line="52" />
            <source>Jurés</source>
            <translation>Jurors</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_model.py" line="58" />
            <source>lun.</source>
            <translation>Mon</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_model.py" line="58" />
            <source>mar.</source>
            <translation>Tue</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_model.py" line="58" />
            <source>mer.</source>
            <translation>Wed</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_model.py" line="58" />
            <source>jeu.</source>
            <translation>Thu</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_model.py" line="58" />
            <source>ven.</source>
            <translation>Fri</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_model.py" line="58" />
            <source>sam.</source>
            <translation>Sat</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_model.py" line="58" />
            <source>dim.</source>
            <translation>Sun</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_model.py" line="237" />
            <source>Fixé : « Planifier automatiquement » garde cette épreuve telle quelle</source>
            <translation>Fixed: "Schedule automatically" keeps this assessment as it is</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_model.py" line="241" />
            <source>Aucun problème</source>
            <translation>No problems</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_model.py" line="324" />
            <source>Modification refusée : {why}</source>
            <translation>Change refused: {why}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_printing.py" line="51" />
            <source>{n} fichier(s) écrit(s) dans
{folder}</source>
            <translation>{n} file(s) written to
{folder}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_printing.py" line="54" />
            <source>{n} document(s) scellé(s) et inscrit(s) au registre de la session.</source>
            <translation>{n} document(s) sealed and entered in the session register.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_printing.py" line="58" />
            <source>{n} projet(s), ni scellé(s) ni inscrit(s) au registre : des épreuves n'ont pas encore de créneau.</source>
            <translation>{n} draft(s), neither sealed nor entered in the register: some assessments do not have a time slot yet.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_printing.py" line="64" />
            <source>Imprimés sans sceau, non inscrits au registre, car {why}.</source>
            <translation>Printed without a seal, not entered in the register, because {why}.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_printing.py" line="70" />
            <source>Déjà délivrés, non réimprimés :</source>
            <translation>Already issued, not reprinted:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_printing.py" line="103" />
            <source>{why} : impossible d'inscrire les documents au registre</source>
            <translation>{why}: the documents cannot be entered in the register</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_printing.py" line="168" />
            <source>Enregistrez d'abord le planning : les convocations sont imprimées d'après le planning enregistré.</source>
            <translation>Save the schedule first: notices to attend are printed from the saved schedule.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_printing.py" line="173" />
            <source>Le planning enregistré ne compte aucune épreuve : rien à convoquer.</source>
            <translation>The saved schedule has no assessments: nobody to summon.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_printing.py" line="176" />
            <source>Le planning enregistré a {n} problème(s) bloquant(s) : corrigez-le avant d'imprimer ({first}).</source>
            <translation>The saved schedule has {n} blocking problem(s): correct it before printing ({first}).</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_printing.py" line="202" />
            <source>Dossier où écrire les convocations</source>
            <translation>Folder to write the notices to attend to</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_printing.py" line="211" />
            <source>Préparation des convocations…</source>
            <translation>Preparing the notices to attend…</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_printing.py" line="211" />
            <source>Patienter</source>
            <translation>Please wait</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_printing.py" line="213" />
            <source>Impression des convocations</source>
            <translation>Printing the notices to attend</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_printing.py" line="241" />
            <source>{n} fichier(s) écrit(s) dans {folder}</source>
            <translation>{n} file(s) written to {folder}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_printing.py" line="242" />
            <source>Convocations écrites</source>
            <translation>Notices to attend written</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_rooms.py" line="30" />
            <source>Ouverture</source>
            <translation>Opens</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_rooms.py" line="30" />
            <source>Fermeture</source>
            <translation>Closes</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_rooms.py" line="84" />
            <source>Nom de la salle</source>
            <translation>Room name</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/session_header.py" line="26" />
            <source>Référentiel {code} non vérifié sur le texte officiel</source>
            <translation>Référentiel {code} not checked against the official text</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/session_header.py" line="28" />
            <source>Arrêté du titre {code} non vérifié : à confirmer à la clôture</source>
            <translation>Order for title {code} not checked: to be confirmed at closing</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/session_header.py" line="31" />
            <source>Correspondance {old} → {new} non vérifiée</source>
            <translation>Equivalence {old} → {new} not verified</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/session_header.py" line="35" />
            <source>Autorité de délivrance incomplète (Session › Autorité de délivrance…) : pas de document définitif</source>
            <translation>Issuing authority incomplete (Session › Issuing authority…): no final document</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/session_header.py" line="40" />
            <source>Habilitation de {name} expirée le {day}</source>
            <translation>Accreditation of {name} expired on {day}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/session_header.py" line="47" />
            <source>Clôture non conforme aux règles (aucun document définitif) : {problems}</source>
            <translation>Closing does not follow the rules (no final document): {problems}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/session_header.py" line="54" />
            <source>Session close le {at} : toute modification sera une révocation motivée</source>
            <translation>Session closed on {at}: any change will be a justified revocation</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/session_header.py" line="113" />
            <location filename="../juryapp/gui/session_header.py" line="119" />
            <source>Alertes de la session</source>
            <translation>Session warnings</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/session_header.py" line="168" />
            <source>Déplier l'en-tête de la session</source>
            <translation>Unfold the session header</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/session_header.py" line="168" />
            <source>Replier l'en-tête de la session</source>
            <translation>Fold the session header</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/session_header.py" line="189" />
            <source>tous les CCP</source>
            <translation>all CCPs</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/session_header.py" line="192" />
            <source>niveau {level}, valide du {start} au {end} après prorogation</source>
            <translation>level {level}, valid from {start} to {end} after extension</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/session_header.py" line="194" />
            <source>niveau {level}, valide du {start} au {end}</source>
            <translation>level {level}, valid from {start} to {end}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/session_header.py" line="202" />
            <source>{kind} {ref} ({examined}) — du {start} au {end} — {place} — Jury : {jurors}</source>
            <translation>{kind} {ref} ({examined}) — from {start} to {end} — {place} — Jury: {jurors}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/session_header.py" line="219" />
            <source>{title} — {code} — session {ref}, du {start} au {end}</source>
            <translation>{title} — {code} — session {ref}, from {start} to {end}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/session_header.py" line="229" />
            <source>⚠ 1 alerte</source>
            <translation>⚠ 1 warning</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/session_header.py" line="229" />
            <source>⚠ {n} alertes</source>
            <translation>⚠ {n} warnings</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/shortcuts_dialog.py" line="33" />
            <location filename="../juryapp/gui/shortcuts_dialog.py" line="43" />
            <source>Raccourcis clavier</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/shortcuts_dialog.py" line="35" />
            <source>Les commandes des menus s'atteignent aussi avec Alt et la lettre soulignée de leur nom. F1 ouvre la page du guide du panneau affiché.</source>
            <translation>Menu commands can also be reached with Alt and the underlined letter of their name. F1 opens the guide page for the panel shown.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/shortcuts_dialog.py" line="44" />
            <source>Menu ou panneau</source>
            <translation>Menu or panel</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/shortcuts_dialog.py" line="44" />
            <source>Commande</source>
            <translation>Command</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/shortcuts_dialog.py" line="44" />
            <source>Touches</source>
            <translation>Keys</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/sign_off_dialog.py" line="64" />
            <source>Juré qui confirme « {key} »</source>
            <translation>Juror confirming "{key}"</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/sign_off_dialog.py" line="69" />
            <source>Nom du candidat, tapé par le juré</source>
            <translation>Candidate's name, typed by the juror</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/sign_off_dialog.py" line="71" />
            <source>Référence du texte officiel (arrêté du …, JO du …)</source>
            <translation>Reference of the official text (arrêté of …, JO of …)</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/sign_off_dialog.py" line="72" />
            <source>Confirmation de « {key} »</source>
            <translation>Confirmation of "{key}"</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/sign_off_dialog.py" line="99" />
            <source>Date et heure de la clôture</source>
            <translation>Date and time of the sign-off</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/sign_off_dialog.py" line="101" />
            <source>La clôture se date du {first} au {last}.</source>
            <translation>The sign-off can be dated from {first} to {last}.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/sign_off_dialog.py" line="103" />
            <source>Nous sommes le {today} : la session n'est pas finie, elle ne peut pas encore être close.</source>
            <translation>Today is {today}: the session is not over, it cannot be signed off yet.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/sign_off_dialog.py" line="107" />
            <source>La date de cet ordinateur ({today}) est après cette période : vérifiez la date.</source>
            <translation>This computer's date ({today}) is after this period: check the date.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/sign_off_dialog.py" line="114" />
            <source>Date de la clôture :</source>
            <translation>Sign-off date:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/sign_off_dialog.py" line="119" />
            <source>&lt;b&gt;Signe&lt;/b&gt;</source>
            <translation>&lt;b&gt;Signs&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/sign_off_dialog.py" line="120" />
            <source>&lt;b&gt;Nom tapé par le juré&lt;/b&gt;</source>
            <translation>&lt;b&gt;Name typed by the juror&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/sign_off_dialog.py" line="126" />
            <source>Coché : ce juré signe la clôture et tape son nom dans le champ suivant.</source>
            <translation>Ticked: this juror signs the closing and types their name in the next field.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/sign_off_dialog.py" line="129" />
            <source>Tapez « {name} »</source>
            <translation>Type "{name}"</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/sign_off_dialog.py" line="130" />
            <source>Signature de {name}</source>
            <translation>Signature of {name}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/sign_off_dialog.py" line="146" />
            <source>&lt;b&gt;À confirmer par un juré qui signe&lt;/b&gt; : chaque candidat bloqué (il figurera « Sans décision » au procès-verbal) et chaque donnée non vérifiée (tapez la référence du texte officiel).</source>
            <translation>&lt;b&gt;To be confirmed by a signing juror&lt;/b&gt;: each blocked candidate (they will appear as "Sans décision" (no decision) in the jury minutes) and each unverified item (type the reference of the official text).</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/sign_off_dialog.py" line="198" />
            <source>Chaque juré qui signe confirme la clôture en tapant son nom. Une fois la session close, toute modification sera une révocation motivée, inscrite à l'historique et au procès-verbal.</source>
            <translation>Each signing juror confirms the sign-off by typing their name. Once the session is signed off, any change will be a revocation with reasons, recorded in the history and the jury minutes.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/sign_off_dialog.py" line="205" />
            <source>La session ne peut pas encore être close :</source>
            <translation>The session cannot be signed off yet:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/sign_off_dialog.py" line="239" />
            <source>Habilitation jusqu'au {day} : ne peut pas signer</source>
            <translation>Accredited until {day}: cannot sign</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/sign_off_dialog.py" line="299" />
            <source>La session ne peut pas être close : {problems}</source>
            <translation>The session cannot be signed off: {problems}</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/text_limits.py" line="43" />
            <source>{label} : {problem}</source>
            <translation>{label}: {problem}</translation>
        </message>
        <message>
            <location filename="../juryapp/model.py" line="39" />
            <source>VAE</source>
            <translation>VAE</translation>
        </message>
        <message>
            <location filename="../juryapp/model.py" line="40" />
            <source>Capitalisation</source>
            <translation>CCP accumulation</translation>
        </message>
        <message>
            <location filename="../juryapp/model.py" line="43" />
            <source>Présent</source>
            <translation>Present</translation>
        </message>
        <message>
            <location filename="../juryapp/model.py" line="43" />
            <source>Absent</source>
            <translation>Absent</translation>
        </message>
        <message>
            <location filename="../juryapp/model.py" line="43" />
            <source>Excusé</source>
            <translation>Excused</translation>
        </message>
        <message>
            <location filename="../juryapp/model.py" line="45" />
            <source>formateur du candidat</source>
            <translation>the candidate's trainer</translation>
        </message>
        <message>
            <location filename="../juryapp/model.py" line="46" />
            <source>employeur du candidat</source>
            <translation>the candidate's employer</translation>
        </message>
        <message>
            <location filename="../juryapp/model.py" line="47" />
            <source>lien familial</source>
            <translation>family tie</translation>
        </message>
        <message>
            <location filename="../juryapp/model.py" line="48" />
            <source>connaissance personnelle</source>
            <translation>personal acquaintance</translation>
        </message>
        <message>
            <location filename="../juryapp/model.py" line="49" />
            <source>autre lien</source>
            <translation>other tie</translation>
        </message>
        <message>
            <location filename="../juryapp/model.py" line="51" />
            <source>session titre</source>
            <translation>title session</translation>
        </message>
        <message>
            <location filename="../juryapp/model.py" line="51" />
            <source>session CCP</source>
            <translation>CCP session</translation>
        </message>
        <message>
            <location filename="../juryapp/model.py" line="51" />
            <source>session CCS</source>
            <translation>CCS session</translation>
        </message>
        <message>
            <location filename="../juryapp/model.py" line="55" />
            <source>attribué</source>
            <translation>awarded</translation>
        </message>
        <message>
            <location filename="../juryapp/model.py" line="56" />
            <source>non attribué</source>
            <translation>not awarded</translation>
        </message>
        <message>
            <location filename="../juryapp/model.py" line="57" />
            <source>en attente de décision</source>
            <translation>awaiting decision</translation>
        </message>
        <message>
            <location filename="../juryapp/model.py" line="58" />
            <source>sans objet</source>
            <translation>not applicable</translation>
        </message>
        <message>
            <location filename="../juryapp/model.py" line="60" />
            <source>parchemin</source>
            <translation>certificate (parchemin)</translation>
        </message>
        <message>
            <location filename="../juryapp/model.py" line="60" />
            <source>livret de certification</source>
            <translation>certification booklet (livret)</translation>
        </message>
        <message>
            <location filename="../juryapp/model.py" line="60" />
            <source>aucun document</source>
            <translation>no document</translation>
        </message>
        <message>
            <location filename="../juryapp/model.py" line="66" />
            <source>Mise en situation professionnelle</source>
            <translation>Practical work scenario</translation>
        </message>
        <message>
            <location filename="../juryapp/model.py" line="67" />
            <source>Présentation d'un projet</source>
            <translation>Presentation of a project</translation>
        </message>
        <message>
            <location filename="../juryapp/model.py" line="68" />
            <source>Entretien technique</source>
            <translation>Technical interview</translation>
        </message>
        <message>
            <location filename="../juryapp/model.py" line="69" />
            <source>Questionnaire professionnel</source>
            <translation>Professional questionnaire</translation>
        </message>
        <message>
            <location filename="../juryapp/model.py" line="70" />
            <source>Questionnement à partir de productions</source>
            <translation>Questioning on work produced</translation>
        </message>
        <message>
            <location filename="../juryapp/model.py" line="325" />
            <source>en cours d'acquisition</source>
            <translation>being acquired</translation>
        </message>
        <message>
            <location filename="../juryapp/model.py" line="327" />
            <source>non évalué</source>
            <translation>not assessed</translation>
        </message>
        <message>
            <location filename="../juryapp/model.py" line="328" />
            <source>sans marque</source>
            <translation>no mark</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="56" />
            <source>Titre non ouvert aux dates de la session</source>
            <translation>Title not open on the session dates</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="57" />
            <source>Choisir la version du titre en vigueur aux dates de la session, ou enregistrer sa prorogation.</source>
            <translation>Choose the version of the title in force on the session dates, or record its extension.</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="62" />
            <source>Parcours sans rapport avec le type de session</source>
            <translation>Pathway does not match the type of session</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="63" />
            <source>Formation et VAE se présentent en session titre, la capitalisation en session CCP, le CCS en session CCS.</source>
            <translation>Training and VAE candidates sit a title session, CCP accumulation a CCP session, the CCS a CCS session.</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="68" />
            <source>Aucun motif d'admission en session CCP</source>
            <translation>No ground for admission to a CCP session</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="69" />
            <source>Il faut un CCP déjà obtenu du titre, un parcours de formation ou une recevabilité VAE.</source>
            <translation>It needs a CCP of the title already obtained, a training pathway or a VAE admissibility.</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="74" />
            <source>Acquis daté après la session</source>
            <translation>Prior achievement dated after the session</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="75" />
            <source>Corriger la date d'obtention du CCP, du titre ou du CCS déjà détenu.</source>
            <translation>Correct the date on which the CCP, title or CCS already held was obtained.</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="80" />
            <source>Candidat inscrit deux fois</source>
            <translation>Candidate enrolled twice</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="81" />
            <source>Retirer l'une des deux inscriptions de la même personne.</source>
            <translation>Remove one of the two enrolments of the same person.</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="86" />
            <source>Titre déjà détenu</source>
            <translation>Title already held</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="87" />
            <source>Le candidat détient déjà ce titre : il n'a pas à se présenter à cette session.</source>
            <translation>The candidate already holds this title: they need not sit this session.</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="92" />
            <source>CCS déjà détenu</source>
            <translation>CCS already held</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="93" />
            <source>Le candidat détient déjà ce CCS : il n'a pas à se présenter à cette session.</source>
            <translation>The candidate already holds this CCS: they need not sit this session.</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="98" />
            <source>Recevabilité VAE absente</source>
            <translation>VAE admissibility missing</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="99" />
            <source>Enregistrer la date de la notification de recevabilité de la DREETS, au plus tard le premier jour de la session.</source>
            <translation>Record the date of the DREETS admissibility notification, no later than the first day of the session.</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="105" />
            <source>Expérience insuffisante pour la VAE</source>
            <translation>Not enough experience for VAE</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="106" />
            <source>La VAE demande au moins 12 mois d'expérience en rapport avec le titre.</source>
            <translation>VAE requires at least 12 months of experience related to the title.</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="111" />
            <source>Dossier professionnel absent</source>
            <translation>Professional file missing</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="112" />
            <source>Enregistrer la réception du dossier professionnel (DP) du candidat.</source>
            <translation>Record the receipt of the candidate's professional file (DP).</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="117" />
            <source>Résultats des ECF manquants</source>
            <translation>ECF results missing</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="118" />
            <source>Enregistrer les résultats des évaluations passées en cours de formation.</source>
            <translation>Record the results of the assessments taken during training.</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="123" />
            <source>Titre professionnel non détenu</source>
            <translation>Professional title not held</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="124" />
            <source>Le CCS n'est accessible qu'aux titulaires du titre auquel il est associé.</source>
            <translation>The CCS is open only to holders of the title it belongs to.</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="129" />
            <source>Ni formation ni expérience d'un an</source>
            <translation>Neither training nor a year's experience</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="130" />
            <source>Le CCS demande un parcours de formation ou au moins 12 mois d'expérience dans le métier.</source>
            <translation>The CCS requires a training pathway or at least 12 months of experience in the trade.</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="135" />
            <source>Jury insuffisant</source>
            <translation>Jury too small</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="136" />
            <source>Chaque décision est prise par au moins deux jurés habilités à la date de la session et sans conflit d'intérêts avec le candidat.</source>
            <translation>Each decision is taken by at least two jurors accredited on the session date and without a conflict of interest with the candidate.</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="142" />
            <source>Juré en conflit d'intérêts</source>
            <translation>Juror with a conflict of interest</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="143" />
            <source>Retirer le juré en conflit des épreuves, de l'entretien final et des décisions du candidat.</source>
            <translation>Remove the conflicted juror from the candidate's assessments, final interview and decisions.</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="148" />
            <source>Juré non habilité</source>
            <translation>Juror not accredited</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="149" />
            <source>Un juré dont l'habilitation ne couvre pas la session ne prend part à aucune décision.</source>
            <translation>A juror whose accreditation does not cover the session takes no part in any decision.</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="154" />
            <source>Motivation manquante</source>
            <translation>Reasons missing</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="155" />
            <source>Une décision défavorable doit être motivée par écrit.</source>
            <translation>An unfavourable decision must be justified in writing.</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="160" />
            <source>Résultat pour un CCP non examiné</source>
            <translation>Result for a CCP not examined</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="161" />
            <source>Retirer le résultat : ce CCP n'est pas examiné pour ce candidat dans cette session.</source>
            <translation>Remove the result: this CCP is not examined for this candidate in this session.</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="166" />
            <source>Attribution du titre incomplète</source>
            <translation>Title award incomplete</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="167" />
            <source>Le titre ne peut être attribué que lorsque tous ses CCP sont détenus et qu'aucun n'est déclaré non acquis.</source>
            <translation>The title can be awarded only when all its CCPs are held and none is declared not acquired.</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="172" />
            <source>Entretien final manquant</source>
            <translation>Final interview missing</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="173" />
            <source>Enregistrer l'entretien final avant d'attribuer le titre ou le CCS.</source>
            <translation>Record the final interview before awarding the title or the CCS.</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="178" />
            <source>Entretien final hors session</source>
            <translation>Final interview outside the session</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="179" />
            <source>L'entretien final se tient pendant la session : corriger sa date.</source>
            <translation>The final interview is held during the session: correct its date.</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="184" />
            <source>CCP déjà détenu</source>
            <translation>CCP already held</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="185" />
            <source>Ce CCP n'a pas besoin de résultat : un « non acquis » ne le retire jamais.</source>
            <translation>This CCP needs no result: a "not acquired" never takes it away.</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="190" />
            <source>CCP antérieur sans correspondance</source>
            <translation>Earlier CCP without equivalence</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="191" />
            <source>Le candidat doit se présenter à ce CCP du titre révisé.</source>
            <translation>The candidate must sit this CCP of the revised title.</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="196" />
            <source>Correspondance non vérifiée</source>
            <translation>Equivalence not verified</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="197" />
            <source>Vérifier la table de correspondance dans l'arrêté de révision du titre ; elle est confirmée à la clôture.</source>
            <translation>Check the equivalence table in the title's revision order (arrêté); it is confirmed at sign-off.</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="202" />
            <source>Tous les CCP détenus, titre non attribué</source>
            <translation>All CCPs held, title not awarded</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="203" />
            <source>Le jury a refusé le titre alors que tous ses CCP sont détenus : vérifier la motivation.</source>
            <translation>The jury refused the title although all its CCPs are held: check the reasons.</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="19" />
            <source>Le titre {title} n'entre en vigueur que le {valid_from} ; la session commence le {start}</source>
            <translation>Title {title} only comes into force on {valid_from}; the session starts on {start}</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="21" />
            <source>Le titre {title} est clôturé depuis le {end} : seul un candidat détenant déjà un de ses CCP peut s'y présenter, en session CCP, jusqu'au {grace_end}</source>
            <translation>Title {title} has been closed since {end}: only a candidate already holding one of its CCPs may sit it, in a CCP session, until {grace_end}</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="24" />
            <source>Le titre {title} n'est plus en vigueur depuis le {end} ; la session se termine le {day}</source>
            <translation>Title {title} has no longer been in force since {end}; the session ends on {day}</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="26" />
            <source>Le titre {title} n'est plus en vigueur depuis le {end} ; la session se termine le {day} (version suivante : {successor})</source>
            <translation>Title {title} has no longer been in force since {end}; the session ends on {day} (next version: {successor})</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="30" />
            <source>Le titre {title} n'est plus en vigueur depuis le {end} ; la session se termine le {day} ; enregistrez sa prorogation si elle a été publiée</source>
            <translation>Title {title} has no longer been in force since {end}; the session ends on {day}; record its extension if it has been published</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="34" />
            <source>{who} se présente à {expected}, pas à {kind}</source>
            <translation>{who} sits {expected}, not {kind}</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="37" />
            <source>Aucun CCP du titre déjà obtenu, pas de parcours de formation ni de recevabilité VAE au {start} : rien n'ouvre la session CCP à ce candidat</source>
            <translation>No CCP of the title already obtained, no training pathway and no VAE admissibility on {start}: nothing opens the CCP session to this candidate</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="41" />
            <source>{ccp} du {title} déclaré obtenu le {obtained}, après la fin de la session ({end})</source>
            <translation>{ccp} of {title} declared obtained on {obtained}, after the end of the session ({end})</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="43" />
            <source>Le CCS {ccs} du {title} déclaré obtenu le {obtained}, après la fin de la session ({end})</source>
            <translation>CCS {ccs} of {title} declared obtained on {obtained}, after the end of the session ({end})</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="45" />
            <source>Le titre {title} déclaré obtenu le {obtained}, après la fin de la session ({end})</source>
            <translation>Title {title} declared obtained on {obtained}, after the end of the session ({end})</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="48" />
            <source>Même personne (nom de naissance, prénom et date de naissance) que {others} : une seule inscription peut rester</source>
            <translation>Same person (birth name, first name and date of birth) as {others}: only one enrolment may remain</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="51" />
            <source>Le candidat détient déjà le titre {title}</source>
            <translation>The candidate already holds title {title}</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="52" />
            <source>Le candidat détient déjà le CCS {ccs} du {title}</source>
            <translation>The candidate already holds CCS {ccs} of {title}</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="54" />
            <source>Recevabilité VAE absente : notification de la DREETS requise avant la session</source>
            <translation>VAE admissibility missing: the DREETS notification is required before the session</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="55" />
            <source>Recevabilité VAE notifiée le {notified}, après le début de la session ({start})</source>
            <translation>VAE admissibility notified on {notified}, after the start of the session ({start})</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="57" />
            <source>Expérience de {months} mois en rapport avec le titre : la VAE en demande au moins {minimum}</source>
            <translation>{months} months of experience related to the title: VAE requires at least {minimum}</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="60" />
            <source>Dossier professionnel (DP) non reçu : le jury ne peut pas délibérer sans lui</source>
            <translation>Professional file (DP) not received: the jury cannot deliberate without it</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="62" />
            <source>Résultats des évaluations en cours de formation (ECF) manquants pour {ccps} : candidat issu d'un parcours de formation</source>
            <translation>Results of the in-training assessments (ECF) missing for {ccps}: candidate from a training pathway</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="67" />
            <source>Le candidat ne détient pas le titre {title} (ni une version antérieure) auquel le CCS {ccs} est associé</source>
            <translation>The candidate does not hold title {title} (nor an earlier version), with which CCS {ccs} is associated</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="70" />
            <source>Candidat sans parcours de formation, avec {months} mois d'expérience dans le métier : il en faut au moins {minimum}</source>
            <translation>Candidate without a training pathway, with {months} months of experience in the trade: at least {minimum} are needed</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="75" />
            <source>Jury insuffisant pour ce candidat : jurés habilités et sans conflit : {count} ({names}), il en faut au moins {minimum}</source>
            <translation>Jury too small for this candidate: accredited jurors without conflict: {count} ({names}), at least {minimum} are needed</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="78" />
            <source>{juror} est en conflit ({conflict})</source>
            <translation>{juror} has a conflict ({conflict})</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="79" />
            <source>l'habilitation de {juror} ne couvre pas le {day}</source>
            <translation>{juror}'s accreditation does not cover {day}</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="82" />
            <source>{what} ne nomme que {named} parmi les jurés habilités et sans conflit : il en faut au moins deux</source>
            <translation>{what} names only {named} among the accredited jurors without conflict: at least two are needed</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="85" />
            <source>{what} ne nomme aucun juré parmi les jurés habilités et sans conflit : il en faut au moins deux</source>
            <translation>{what} names no juror among the accredited jurors without conflict: at least two are needed</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="89" />
            <source>{juror}, en conflit avec le candidat ({conflict}), figure au planning sur son épreuve du {day} à {time}</source>
            <translation>{juror}, who has a conflict with the candidate ({conflict}), is on the schedule for their assessment on {day} at {time}</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="91" />
            <source>{juror}, en conflit avec le candidat ({conflict}), figure sur {records}</source>
            <translation>{juror}, who has a conflict with the candidate ({conflict}), is named on {records}</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="94" />
            <source>{juror} figure sur {records} mais son habilitation ne couvre pas le {day} (habilitation jusqu'au {until})</source>
            <translation>{juror} is named on {records} but their accreditation does not cover {day} (accredited until {until})</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="97" />
            <source>Résultat enregistré pour {ccp}, que le candidat ne présente pas dans cette session</source>
            <translation>Result recorded for {ccp}, which the candidate does not sit in this session</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="99" />
            <source>{ccp} déclaré non acquis sans motivation écrite</source>
            <translation>{ccp} declared not acquired without written reasons</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="100" />
            <source>Titre non attribué sans motivation écrite</source>
            <translation>Title not awarded without written reasons</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="101" />
            <source>CCS non attribué sans motivation écrite</source>
            <translation>CCS not awarded without written reasons</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="103" />
            <source>Titre attribué alors que {ccps} est déclaré non acquis dans cette session</source>
            <translation>Title awarded although {ccps} is declared not acquired in this session</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="104" />
            <source>Titre attribué alors que {ccps} reste à obtenir</source>
            <translation>Title awarded although {ccps} remains to be obtained</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="106" />
            <source>Le titre est attribué sans entretien final enregistré</source>
            <translation>The title is awarded without a recorded final interview</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="107" />
            <source>Le CCS est attribué sans entretien final enregistré</source>
            <translation>The CCS is awarded without a recorded final interview</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="108" />
            <source>L'entretien final n'est pas daté</source>
            <translation>The final interview is not dated</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="109" />
            <source>Entretien final daté du {held_on}, hors de la session (du {start} au {end})</source>
            <translation>Final interview dated {held_on}, outside the session (from {start} to {end})</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="111" />
            <source>{ccp} du {old} ne compte pas dans le {title} : {why}</source>
            <translation>{ccp} of {old} does not count towards {title}: {why}</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="112" />
            <source>{ccp} du {old} (obtenu le {obtained}) ne compte pas dans le {title} : {why}</source>
            <translation>{ccp} of {old} (obtained on {obtained}) does not count towards {title}: {why}</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="114" />
            <source>{ccp} du {old} est repris comme {codes} du {title} par une table de correspondance non vérifiée</source>
            <translation>{ccp} of {old} is carried over as {codes} of {title} by an equivalence table not verified</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="117" />
            <source>{ccp} du {old} (obtenu le {obtained}) est repris comme {codes} du {title} par une table de correspondance non vérifiée</source>
            <translation>{ccp} of {old} (obtained on {obtained}) is carried over as {codes} of {title} by an equivalence table not verified</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="120" />
            <source>Le candidat présente {ccps}, qu'il détient déjà : aucun résultat n'est nécessaire</source>
            <translation>The candidate sits {ccps}, which they already hold: no result is needed</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="123" />
            <source>Tous les CCP du titre sont détenus à l'issue de la session, mais le titre n'est pas attribué</source>
            <translation>All the CCPs of the title are held at the end of the session, but the title is not awarded</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="129" />
            <source>un candidat issu d'un parcours de formation</source>
            <translation>a candidate from a training pathway</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="130" />
            <source>un candidat en VAE</source>
            <translation>a VAE candidate</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="131" />
            <source>un candidat en capitalisation</source>
            <translation>a CCP accumulation candidate</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="132" />
            <source>un candidat au CCS</source>
            <translation>a CCS candidate</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="134" />
            <source>une session titre</source>
            <translation>a title session</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="134" />
            <source>une session CCP</source>
            <translation>a CCP session</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="134" />
            <source>une session CCS</source>
            <translation>a CCS session</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="137" />
            <source>{text}</source>
            <translation>{text}</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="139" />
            <source>{count} autres</source>
            <translation>{count} others</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="140" />
            <source>{label} : {note}</source>
            <translation>{label}: {note}</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="142" />
            <source>le résultat du {ccp}</source>
            <translation>the result of {ccp}</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="143" />
            <source>l'entretien final</source>
            <translation>the final interview</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="144" />
            <source>la décision sur le titre</source>
            <translation>the decision on the title</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="145" />
            <source>la décision sur le CCS</source>
            <translation>the decision on the CCS</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="147" />
            <source>aucune table de correspondance n'y conduit</source>
            <translation>no equivalence table leads to it</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="148" />
            <source>la table de correspondance ne le reprend pas</source>
            <translation>the equivalence table does not carry it over</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="155" />
            <source>{who} : {missing}</source>
            <translation>{who}: {missing}</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="157" />
            <source>{who} est absent, mais son dossier porte : {records}</source>
            <translation>{who} is absent, but their file holds: {records}</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="158" />
            <source>{who} est excusé, mais son dossier porte : {records}</source>
            <translation>{who} is excused, but their file holds: {records}</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="160" />
            <source>{who} : sans décision ({findings})</source>
            <translation>{who}: no decision ({findings})</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="161" />
            <source>{title} : {facts}</source>
            <translation>{title}: {facts}</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="162" />
            <source>table de correspondance {old} → {new} (non vérifiée), utilisée pour {ref}</source>
            <translation>equivalence table {old} → {new} (not verified), used for {ref}</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="164" />
            <source>horodatage de clôture invalide « {at} »</source>
            <translation>invalid sign-off timestamp "{at}"</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="165" />
            <source>clôture datée du {day}, avant le dernier jour de la session ({first})</source>
            <translation>sign-off dated {day}, before the last day of the session ({first})</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="167" />
            <source>clôture datée du {day}, plus de {days} jours après la fin de la session ({first}) : une délibération plus tardive change d'abord les dates de la session</source>
            <translation>sign-off dated {day}, more than {days} days after the end of the session ({first}): a later deliberation first changes the session's dates</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="170" />
            <source>la clôture est signée par au moins {minimum} jurés ({count} signataire(s))</source>
            <translation>the sign-off is signed by at least {minimum} jurors ({count} signatory(ies))</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="171" />
            <source>signataire « {ref} » inconnu</source>
            <translation>unknown signatory "{ref}"</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="173" />
            <source>l'habilitation de {juror} ne couvre pas le {day} (habilitation jusqu'au {until}) : signature impossible</source>
            <translation>the accreditation of {juror} does not cover {day} (accredited until {until}): cannot sign</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="176" />
            <source>{juror} signe mais a pris part aux décisions de {candidates}, avec qui il ou elle est en conflit</source>
            <translation>{juror} signs but took part in the decisions on {candidates}, with whom they have a conflict</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="178" />
            <source>la confirmation de « {subject} » est donnée par {by}, qui ne signe pas</source>
            <translation>the confirmation of "{subject}" is given by {by}, who does not sign</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="179" />
            <source>la confirmation de « {subject} » ne porte aucune référence</source>
            <translation>the confirmation of "{subject}" bears no reference</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="180" />
            <source>la confirmation de {who} ne porte pas son nom (« {reference} »)</source>
            <translation>the confirmation of {who} does not bear their name ("{reference}")</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="182" />
            <source>« {subject} » n'a pas à être confirmé (ni candidat bloqué présent, ni donnée non vérifiée utilisée par la session)</source>
            <translation>"{subject}" needs no confirmation (neither a present blocked candidate nor unverified data used by the session)</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="185" />
            <source>{what} : à faire confirmer par un juré signataire, par son nom</source>
            <translation>{what}: to be confirmed by a signing juror, by their name</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="186" />
            <source>{what} : à faire confirmer par un juré signataire, avec la référence du texte officiel</source>
            <translation>{what}: to be confirmed by a signing juror, with the reference of the official text</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="190" />
            <source>aucune décision sur le titre</source>
            <translation>no decision on the title</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="191" />
            <source>aucune décision sur le CCS</source>
            <translation>no decision on the CCS</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="192" />
            <source>aucun résultat pour {ccps}</source>
            <translation>no result for {ccps}</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="193" />
            <source>tous les CCP sont détenus : aucune décision sur le titre</source>
            <translation>every CCP is held: no decision on the title</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="194" />
            <source>{missing} (après l'entretien final)</source>
            <translation>{missing} (after the final interview)</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="196" />
            <source>résultat du {ccp}</source>
            <translation>result of {ccp}</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="197" />
            <source>entretien final</source>
            <translation>final interview</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="198" />
            <source>décision sur le titre</source>
            <translation>decision on the title</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="199" />
            <source>décision sur le CCS</source>
            <translation>decision on the CCS</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="201" />
            <source>référentiel non vérifié</source>
            <translation>qualification framework not verified</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="202" />
            <source>arrêté non vérifié</source>
            <translation>arrêté not verified</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/phrases.py" line="25" />
            <source>{items} et {last}</source>
            <translation>{items} and {last}</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/progress.py" line="25" />
            <source>Absent : rien à évaluer</source>
            <translation>Absent: nothing to assess</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/progress.py" line="26" />
            <source>Excusé : rien à évaluer</source>
            <translation>Excused: nothing to assess</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/progress.py" line="27" />
            <source>aucun CCP décidé sur {examined}</source>
            <translation>no CCP decided out of {examined}</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/progress.py" line="28" />
            <source>1 CCP décidé sur {examined}</source>
            <translation>1 CCP decided out of {examined}</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/progress.py" line="29" />
            <source>{decided} CCP décidés sur {examined}</source>
            <translation>{decided} CCPs decided out of {examined}</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/progress.py" line="30" />
            <source>entretien fait</source>
            <translation>interview done</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/progress.py" line="31" />
            <source>entretien à faire</source>
            <translation>interview to do</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/progress.py" line="32" />
            <source>titre attribué</source>
            <translation>title awarded</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/progress.py" line="33" />
            <source>titre non attribué</source>
            <translation>title not awarded</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/progress.py" line="34" />
            <source>titre bloqué</source>
            <translation>title blocked</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/progress.py" line="35" />
            <source>titre à décider</source>
            <translation>title to be decided</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/progress.py" line="36" />
            <source>CCS attribué</source>
            <translation>CCS awarded</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/progress.py" line="37" />
            <source>CCS non attribué</source>
            <translation>CCS not awarded</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/progress.py" line="38" />
            <source>CCS bloqué</source>
            <translation>CCS blocked</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/progress.py" line="39" />
            <source>CCS à décider</source>
            <translation>CCS to be decided</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/progress.py" line="40" />
            <source>rien à décider</source>
            <translation>nothing to decide</translation>
        </message>
        <message>
            <location filename="../juryapp/settings.py" line="29" />
            <source>Décalage de l'imprimante, horizontal (mm)</source>
            <translation>Printer offset, horizontal (mm)</translation>
        </message>
        <message>
            <location filename="../juryapp/settings.py" line="30" />
            <source>Décalage de l'imprimante, vertical (mm)</source>
            <translation>Printer offset, vertical (mm)</translation>
        </message>
        <message>
            <location filename="../juryapp/settings.py" line="31" />
            <source>Dossier des modèles (vide : modèles fournis)</source>
            <translation>Templates folder (empty: the templates supplied)</translation>
        </message>
        <message>
            <location filename="../juryapp/settings.py" line="32" />
            <source>Dossier des sauvegardes automatiques (vide : dossier de l'utilisateur)</source>
            <translation>Automatic backups folder (empty: the user's folder)</translation>
        </message>
        <message>
            <location filename="../juryapp/settings.py" line="33" />
            <source>Sauvegardes conservées par session</source>
            <translation>Backups kept per session</translation>
        </message>
        <message>
            <location filename="../juryapp/settings.py" line="34" />
            <source>Dossier de l'archive du centre (vide : dossier de l'utilisateur)</source>
            <translation>Centre archive folder (empty: the user's folder)</translation>
        </message>
        <message>
            <location filename="../juryapp/settings.py" line="37" />
            <source>Conservation des données personnelles dans l'archive (années après la session)</source>
            <translation>Retention of personal data in the archive (years after the session)</translation>
        </message>
        <message>
            <location filename="../juryapp/storage/common.py" line="46" />
            <source>Résultat de CCP</source>
            <translation>CCP result</translation>
        </message>
        <message>
            <source>niveau</source>
            <translation type="obsolete">level</translation>
        </message>
        <message>
            <source>valide du</source>
            <translation type="obsolete">valid from</translation>
        </message>
        <message>
            <source>après prorogation</source>
            <translation type="obsolete">after extension</translation>
        </message>
        <message>
            <source>du</source>
            <translation type="obsolete">from</translation>
        </message>
        <message>
            <source>au</source>
            <translation type="obsolete">to</translation>
        </message>
        <message>
            <source>Jury</source>
            <translation type="obsolete">Jury</translation>
        </message>
        <message>
            <source>Tapez « {name} »</source>
            <translation type="obsolete">Type "{name}"</translation>
        </message>
        <message>
            <source>&lt;b&gt;À confirmer par un juré qui signe&lt;/b&gt; : chaque candidat bloqué (il figurera « Sans décision » au procès-verbal) et chaque donnée non vérifiée (tapez la référence du texte officiel).</source>
            <translation type="obsolete">&lt;b&gt;To be confirmed by a signing juror&lt;/b&gt;: each blocked candidate (they will appear as « Sans décision » (no decision) in the jury minutes) and each unverified item (type the reference of the official text).</translation>
        </message>
    </context>
    <context>
        <name>ArchiveDialog</name>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="201" />
            <source>Archive du centre</source>
            <translation>Centre archive</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="203" />
            <source>Emplacement de l'archive</source>
            <translation>Archive location</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="206" />
            <source>État</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="207" />
            <source>CCP obtenus</source>
            <translation>CCPs obtained</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="208" />
            <source>CCS</source>
            <translation>CCS</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="209" />
            <source>Titres</source>
            <translation>Titles</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="210" />
            <source>Présents</source>
            <translation>Present</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="211" />
            <source>Candidats</source>
            <translation>Candidates</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="212" />
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="213" />
            <source>Titre</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="214" />
            <location filename="../juryapp/gui/forms/ui_archive.py" line="229" />
            <location filename="../juryapp/gui/forms/ui_archive.py" line="238" />
            <source>Session</source>
            <translation>Session</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="216" />
            <source>Sessions de l'archive et leurs comptes</source>
            <translation>Archive sessions and their counts</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="218" />
            <source>&amp;Sessions</source>
            <translation>&amp;Sessions</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="219" />
            <source>N&amp;om :</source>
            <translation>N&amp;ame:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="220" />
            <source>de naissance ou d'usage</source>
            <translation>birth or usual name</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="221" />
            <source>&amp;Prénom :</source>
            <translation>&amp;First name:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="222" />
            <source>Né(e) l&amp;e :</source>
            <translation>Born o&amp;n:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="223" />
            <source>JJ/MM/AAAA (facultatif)</source>
            <translation>DD/MM/YYYY (optional)</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="224" />
            <source>&amp;Chercher</source>
            <translation>&amp;Search</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="226" />
            <source>Résultat de la recherche</source>
            <translation>Search result</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="230" />
            <location filename="../juryapp/gui/forms/ui_archive.py" line="239" />
            <source>Obtenu le</source>
            <translation>Obtained on</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="231" />
            <source>Personne ou certification</source>
            <translation>Person or certification</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="233" />
            <source>Personnes trouvées et leurs certifications</source>
            <translation>People found and their certifications</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="235" />
            <source>&amp;Rechercher une personne</source>
            <translation>&amp;Find a person</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="236" />
            <source>&amp;Version du titre :</source>
            <translation>Title &amp;version:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="240" />
            <source>Compléter le titre</source>
            <translation>Complete the title</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="241" />
            <source>CCP</source>
            <translation>CCP</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="242" />
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="243" />
            <source>Né(e) le</source>
            <translation>Born on</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="244" />
            <source>Personne</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="246" />
            <source>Qui détient quel CCP, et jusqu'à quand compléter le titre</source>
            <translation>Who holds which CCP, and until when the title can be completed</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="248" />
            <source>CCP &amp;détenus</source>
            <translation>CCPs &amp;held</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="249" />
            <source>P&amp;urger les données personnelles…</source>
            <translation>P&amp;urge personal data…</translation>
        </message>
    </context>
    <context>
        <name>CandidateImportDialog</name>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidate_import.py" line="171" />
            <source>Importer des candidats</source>
            <translation>Import candidates</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidate_import.py" line="172" />
            <source>&amp;Fichier :</source>
            <translation>&amp;File:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidate_import.py" line="173" />
            <source>liste de candidats CSV ou XLSX</source>
            <translation>CSV or XLSX candidate list</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidate_import.py" line="175" />
            <source>Fichier importé</source>
            <translation>Imported file</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidate_import.py" line="177" />
            <source>&amp;Choisir…</source>
            <translation>&amp;Choose…</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidate_import.py" line="179" />
            <source>Pourquoi la liste ne peut pas être importée</source>
            <translation>Why the list cannot be imported</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidate_import.py" line="182" />
            <source>Lecture du fichier en cours</source>
            <translation>Reading the file</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidate_import.py" line="185" />
            <source>Résumé de l'aperçu</source>
            <translation>Preview summary</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidate_import.py" line="187" />
            <source>&amp;Lignes du tableur :</source>
            <translation>Spreadsheet &amp;rows:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidate_import.py" line="189" />
            <source>Aperçu des lignes du tableur</source>
            <translation>Preview of the spreadsheet rows</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidate_import.py" line="191" />
            <source>&amp;Problèmes et remarques :</source>
            <translation>&amp;Problems and remarks:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidate_import.py" line="193" />
            <source>Problèmes et remarques de l'aperçu</source>
            <translation>Preview problems and remarks</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidate_import.py" line="195" />
            <source>Ajouter les CCP connus de l'arc&amp;hive</source>
            <translation>Add the CCPs known to the arc&amp;hive</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidate_import.py" line="197" />
            <source>Ajoute aux candidats retrouvés dans l'archive du centre les CCP et titres qu'elle leur connaît.</source>
            <translation>Adds to the candidates found in the centre archive the CCPs and titles it knows for them.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidate_import.py" line="199" />
            <source>Enregistrer un &amp;modèle…</source>
            <translation>Save a &amp;template…</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidate_import.py" line="201" />
            <source>Enregistre un tableur vide à remplir, avec les colonnes attendues pour cette session.</source>
            <translation>Saves an empty spreadsheet to fill in, with the columns expected for this session.</translation>
        </message>
    </context>
    <context>
        <name>CandidatesDialog</name>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="469" />
            <source>Candidats</source>
            <translation>Candidates</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="471" />
            <source>Pourquoi les candidats ne se modifient pas</source>
            <translation>Why the candidates cannot be edited</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="473" />
            <source>Rec&amp;hercher :</source>
            <translation>Searc&amp;h:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="474" />
            <source>nom, référence…</source>
            <translation>name, reference…</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="476" />
            <source>Rechercher un candidat</source>
            <translation>Find a candidate</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="478" />
            <source>&amp;Candidats :</source>
            <translation>&amp;Candidates:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="480" />
            <source>Candidats de la session</source>
            <translation>Session candidates</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="482" />
            <source>&amp;Nouveau</source>
            <translation>&amp;New</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="484" />
            <source>Vide le formulaire pour inscrire un nouveau candidat.</source>
            <translation>Clears the form to register a new candidate.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="486" />
            <source>&amp;Retirer…</source>
            <translation>&amp;Remove…</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="488" />
            <source>Retire le candidat choisi de la session, avec le motif du retrait.</source>
            <translation>Removes the chosen candidate from the session, with the reason.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="490" />
            <source>&amp;Importer…</source>
            <translation>&amp;Import…</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="492" />
            <source>Importe une liste de candidats (CSV ou XLSX), avec un aperçu avant d'écrire.</source>
            <translation>Imports a list of candidates (CSV or XLSX), with a preview before writing.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="494" />
            <source>Modèle de ta&amp;bleur…</source>
            <translation>Spreadsheet tem&amp;plate…</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="496" />
            <source>Enregistre un tableur vide à remplir, avec les colonnes attendues pour cette session.</source>
            <translation>Saves an empty spreadsheet to fill in, with the columns expected for this session.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="499" />
            <source>Candidat affiché</source>
            <translation>Candidate shown</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="502" />
            <source>Ce que l'archive du centre sait de ce candidat</source>
            <translation>What the centre archive knows about this candidate</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="504" />
            <source>Ajouter ces CCP</source>
            <translation>Add these CCPs</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="506" />
            <source>Recopie dans le formulaire les CCP et titres que l'archive du centre connaît ; rien n'est enregistré avant « Enregistrer ».</source>
            <translation>Copies into the form the CCPs and titles the centre archive knows; nothing is saved until "Save".</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="509" />
            <source>Fiche du candidat</source>
            <translation>Candidate record</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="511" />
            <source>Identité</source>
            <translation>Identity</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="512" />
            <source>Ré&amp;férence :</source>
            <translation>Re&amp;ference:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="513" />
            <source>donnée à l'enregistrement (C1, C2…)</source>
            <translation>given at registration (C1, C2…)</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="515" />
            <source>Référence</source>
            <translation>Reference</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="517" />
            <source>Nom de n&amp;aissance :</source>
            <translation>Birth n&amp;ame:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="519" />
            <source>Nom de naissance</source>
            <translation>Birth name</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="521" />
            <source>Nom d'&amp;usage :</source>
            <translation>&amp;Usual name:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="522" />
            <source>s'il diffère du nom de naissance</source>
            <translation>if different from the birth name</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="524" />
            <source>Nom d'usage</source>
            <translation>Usual name</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="526" />
            <source>&amp;Prénom(s) :</source>
            <translation>&amp;First name(s):</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="528" />
            <source>Prénoms</source>
            <translation>First names</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="530" />
            <source>&amp;Date de naissance :</source>
            <translation>&amp;Date of birth:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="531" />
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="550" />
            <source>JJ/MM/AAAA</source>
            <translation>DD/MM/YYYY</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="533" />
            <source>Date de naissance</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="535" />
            <source>&amp;Lieu de naissance :</source>
            <translation>&amp;Place of birth:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="536" />
            <source>Lyon (69)</source>
            <translation>Lyon (69)</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="538" />
            <source>Lieu de naissance</source>
            <translation>Place of birth</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="540" />
            <source>Parcours et admission</source>
            <translation>Pathway and admission</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="541" />
            <source>Parcour&amp;s :</source>
            <translation>Pathwa&amp;y:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="543" />
            <source>Parcours</source>
            <translation>Pathway</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="545" />
            <source>Issu de for&amp;mation</source>
            <translation>From trai&amp;ning</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="547" />
            <source>Le candidat sort d'un parcours de formation : ses ECF sont alors exigés (toujours pour le parcours formation, jamais pour la VAE).</source>
            <translation>The candidate comes from a training pathway: their ECFs are then required (always for the training pathway, never for VAE).</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="549" />
            <source>Date de recevabilité &amp;VAE :</source>
            <translation>&amp;VAE admissibility date:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="552" />
            <source>Date de la notification de recevabilité de la DREETS (parcours VAE ; en capitalisation, elle peut fonder l'admission).</source>
            <translation>Date of the DREETS admissibility notification (VAE pathway; when accumulating CCPs, it can be the basis for admission).</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="555" />
            <source>Date de recevabilité VAE</source>
            <translation>VAE admissibility date</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="557" />
            <source>E&amp;xpérience (mois) :</source>
            <translation>E&amp;xperience (months):</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="558" />
            <source> mois</source>
            <translation> months</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="560" />
            <source>Expérience en mois</source>
            <translation>Experience in months</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="562" />
            <source>D&amp;ossier professionnel (DP) remis</source>
            <translation>Pr&amp;ofessional file (DP) submitted</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="563" />
            <source>ECF dont le résultat figure au dossier</source>
            <translation>ECFs whose result is in the file</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="564" />
            <source>CCP présentés à cette session</source>
            <translation>CCPs presented at this session</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="565" />
            <source>CCP dé&amp;jà obtenus</source>
            <translation>CCPs al&amp;ready obtained</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="567" />
            <source>CCP déjà obtenus</source>
            <translation>CCPs already obtained</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="569" />
            <source>Ajouter un CCP</source>
            <translation>Add a CCP</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="570" />
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="579" />
            <source>Enlever la ligne</source>
            <translation>Remove the row</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="572" />
            <source>Enlever le CCP choisi</source>
            <translation>Remove the chosen CCP</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="574" />
            <source>&amp;Titres et CCS détenus</source>
            <translation>&amp;Titles and CCS held</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="576" />
            <source>Titres et CCS détenus</source>
            <translation>Titles and CCS held</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="578" />
            <source>Ajouter un titre ou un CCS</source>
            <translation>Add a title or a CCS</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="581" />
            <source>Enlever le titre ou CCS choisi</source>
            <translation>Remove the chosen title or CCS</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="583" />
            <source>Contrôles :</source>
            <translation>Checks:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="585" />
            <source>Blocages et alertes du candidat</source>
            <translation>Candidate's blocks and warnings</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="588" />
            <source>Dernier message</source>
            <translation>Last message</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="590" />
            <source>&amp;Enregistrer</source>
            <translation>&amp;Save</translation>
        </message>
    </context>
    <context>
        <name>JurorsDialog</name>
        <message>
            <location filename="../juryapp/gui/forms/ui_jurors.py" line="276" />
            <source>Jurés et conflits d'intérêts</source>
            <translation>Jurors and conflicts of interest</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_jurors.py" line="278" />
            <source>Pourquoi les jurés ne se modifient pas</source>
            <translation>Why the jurors cannot be edited</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_jurors.py" line="280" />
            <source>&amp;Jurés :</source>
            <translation>&amp;Jurors:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_jurors.py" line="282" />
            <source>Jurés de la session</source>
            <translation>Session jurors</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_jurors.py" line="284" />
            <source>&amp;Nouveau</source>
            <translation>&amp;New</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_jurors.py" line="286" />
            <source>Vide le formulaire pour ajouter un juré.</source>
            <translation>Clears the form to add a juror.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_jurors.py" line="288" />
            <source>&amp;Retirer…</source>
            <translation>&amp;Remove…</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_jurors.py" line="290" />
            <source>Retire le juré choisi ; refusé s'il figure sur une décision, le planning ou la clôture.</source>
            <translation>Removes the chosen juror; refused if they appear on a decision, the schedule or the sign-off.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_jurors.py" line="293" />
            <source>Fiche du juré</source>
            <translation>Juror record</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_jurors.py" line="295" />
            <source>Juré</source>
            <translation>Juror</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_jurors.py" line="296" />
            <source>Ré&amp;férence :</source>
            <translation>Re&amp;ference:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_jurors.py" line="297" />
            <source>donnée à l'enregistrement (J1, J2…)</source>
            <translation>given at registration (J1, J2…)</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_jurors.py" line="299" />
            <source>Référence du juré</source>
            <translation>Juror reference</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_jurors.py" line="301" />
            <source>N&amp;om :</source>
            <translation>N&amp;ame:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_jurors.py" line="303" />
            <source>Nom du juré</source>
            <translation>Juror's name</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_jurors.py" line="305" />
            <source>&amp;Prénom :</source>
            <translation>&amp;First name:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_jurors.py" line="307" />
            <source>Prénom du juré</source>
            <translation>Juror's first name</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_jurors.py" line="309" />
            <source>&amp;Habilité(e) jusqu'au :</source>
            <translation>&amp;Accredited until:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_jurors.py" line="310" />
            <source>JJ/MM/AAAA</source>
            <translation>DD/MM/YYYY</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_jurors.py" line="312" />
            <source>Fin de l'habilitation du juré ; il ne prend part à aucune décision s'il n'est plus habilité le dernier jour de la session.</source>
            <translation>End of the juror's accreditation; they take no part in any decision if they are no longer accredited on the last day of the session.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_jurors.py" line="315" />
            <source>Fin d'habilitation</source>
            <translation>End of accreditation</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_jurors.py" line="317" />
            <source>&amp;Conflits d'intérêts</source>
            <translation>&amp;Conflicts of interest</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_jurors.py" line="319" />
            <source>Conflits d'intérêts du juré</source>
            <translation>Juror's conflicts of interest</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_jurors.py" line="321" />
            <source>Ajouter un conflit</source>
            <translation>Add a conflict</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_jurors.py" line="322" />
            <source>Enlever le conflit</source>
            <translation>Remove the conflict</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_jurors.py" line="323" />
            <source>Jury de chaque c&amp;andidat présent :</source>
            <translation>Jury for each present c&amp;andidate:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_jurors.py" line="325" />
            <source>Jury de chaque candidat présent</source>
            <translation>Jury for each present candidate</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_jurors.py" line="328" />
            <source>Dernier message</source>
            <translation>Last message</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_jurors.py" line="330" />
            <source>&amp;Enregistrer</source>
            <translation>&amp;Save</translation>
        </message>
    </context>
    <context>
        <name>NewSessionDialog</name>
        <message>
            <location filename="../juryapp/gui/forms/ui_new_session.py" line="316" />
            <source>Nouvelle session</source>
            <translation>New session</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_new_session.py" line="317" />
            <source>Session</source>
            <translation>Session</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_new_session.py" line="318" />
            <source>&amp;Référence :</source>
            <translation>&amp;Reference:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_new_session.py" line="319" />
            <source>2026-NTC-050</source>
            <translation>2026-NTC-050</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_new_session.py" line="320" />
            <source>&amp;Version du titre :</source>
            <translation>Title &amp;version:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_new_session.py" line="321" />
            <source>&amp;Importer un référentiel…</source>
            <translation>&amp;Import a référentiel…</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_new_session.py" line="322" />
            <source>&amp;Type :</source>
            <translation>&amp;Type:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_new_session.py" line="323" />
            <source>CCP e&amp;xaminés :</source>
            <translation>CCPs e&amp;xamined:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_new_session.py" line="324" />
            <source>CC&amp;S :</source>
            <translation>CC&amp;S:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_new_session.py" line="325" />
            <source>&amp;Du :</source>
            <translation>&amp;From:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_new_session.py" line="326" />
            <location filename="../juryapp/gui/forms/ui_new_session.py" line="328" />
            <location filename="../juryapp/gui/forms/ui_new_session.py" line="339" />
            <source>dd/MM/yyyy</source>
            <translation>dd/MM/yyyy</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_new_session.py" line="327" />
            <source>a&amp;u :</source>
            <translation>&amp;to:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_new_session.py" line="329" />
            <source>C&amp;entre :</source>
            <translation>C&amp;entre:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_new_session.py" line="330" />
            <source>&amp;Lieu :</source>
            <translation>&amp;Place:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_new_session.py" line="331" />
            <source>Autorité de délivrance (documents définitifs)</source>
            <translation>Issuing authority (final documents)</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_new_session.py" line="332" />
            <source>&amp;Autorité :</source>
            <translation>&amp;Authority:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_new_session.py" line="333" />
            <source>DREETS Auvergne-Rhône-Alpes</source>
            <translation>DREETS Auvergne-Rhône-Alpes</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_new_session.py" line="334" />
            <source>Fait à :</source>
            <translation>Signed at:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_new_session.py" line="335" />
            <source>Si&amp;gnataire :</source>
            <translation>Si&amp;gnatory:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_new_session.py" line="336" />
            <source>&amp;Qualité :</source>
            <translation>&amp;Capacity:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_new_session.py" line="337" />
            <source>Prorogation de la version du titre</source>
            <translation>Extension of the title version</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_new_session.py" line="338" />
            <source>Prorogée &amp;jusqu'au :</source>
            <translation>Extended &amp;until:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_new_session.py" line="340" />
            <source>S&amp;ource :</source>
            <translation>S&amp;ource:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_new_session.py" line="341" />
            <source>Arrêté du …, publié au JO du …</source>
            <translation>Order of …, published in the JO of …</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_new_session.py" line="342" />
            <source>E&amp;nregistrer la prorogation</source>
            <translation>Sa&amp;ve the extension</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_new_session.py" line="343" />
            <source>&amp;Fichier :</source>
            <translation>&amp;File:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_new_session.py" line="344" />
            <source>&amp;Parcourir…</source>
            <translation>&amp;Browse…</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <location filename="../juryapp/gui/forms/ui_passphrase.py" line="95" />
            <source>Phrase secrète du paquet</source>
            <translation>Package passphrase</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_passphrase.py" line="96" />
            <source>&amp;Phrase secrète :</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_passphrase.py" line="98" />
            <source>Phrase secrète</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_passphrase.py" line="100" />
            <source>&amp;Confirmation :</source>
            <translation>&amp;Confirmation:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_passphrase.py" line="102" />
            <source>Phrase secrète, confirmation</source>
            <translation>Passphrase, confirmation</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_passphrase.py" line="104" />
            <source>Paquet &amp;sans chiffrement…</source>
            <translation>Package &amp;without encryption…</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_passphrase.py" line="106" />
            <source>Ce qui empêche de continuer</source>
            <translation>What prevents continuing</translation>
        </message>
    </context>
    <context>
        <name>PurgeWorkstationDialog</name>
        <message>
            <location filename="../juryapp/gui/forms/ui_purge_workstation.py" line="78" />
            <source>Purger ce poste</source>
            <translation>Purge this workstation</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_purge_workstation.py" line="79" />
            <source>Copies de travail des sessions ouvertes sur ce poste à partir d'un paquet. Une copie rendue au secrétariat (« Remettre au secrétariat ») peut être supprimée de ce poste, avec ses sauvegardes.</source>
            <translation>Working copies of sessions opened on this workstation from a package. A copy handed back to the secretariat ("Hand back to the secretariat") can be deleted from this workstation, together with its backups.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_purge_workstation.py" line="80" />
            <source>&amp;Copies de ce poste :</source>
            <translation>&amp;Copies on this workstation:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_purge_workstation.py" line="82" />
            <source>Fichier</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_purge_workstation.py" line="83" />
            <source>État</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_purge_workstation.py" line="84" />
            <source>Session</source>
            <translation>Session</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_purge_workstation.py" line="86" />
            <source>Copies de travail de ce poste</source>
            <translation>Working copies on this workstation</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_purge_workstation.py" line="88" />
            <source>Supprimer aussi les copies &amp;pas encore rendues (leur travail serait perdu)</source>
            <translation>Also delete the copies &amp;not yet handed back (their work would be lost)</translation>
        </message>
        <message>
            <source>Copies de travail des sessions ouvertes sur ce poste à partir d'un paquet. Une copie rendue au secrétariat (« Remettre au secrétariat ») peut être supprimée de ce poste, avec ses sauvegardes.</source>
            <translation type="obsolete">Working copies of sessions opened on this workstation from a package. A copy handed back to the secretariat ("Hand back to the secretariat") can be deleted from this workstation, together with its backups.</translation>
        </message>
    </context>
    <context>
        <name>ScheduleDialog</name>
        <message>
            <location filename="../juryapp/gui/forms/ui_schedule.py" line="217" />
            <source>Planning des épreuves</source>
            <translation>Exam schedule</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_schedule.py" line="218" />
            <source>&amp;Planifier automatiquement</source>
            <translation>&amp;Schedule automatically</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_schedule.py" line="220" />
            <source>Propose un créneau, une salle et des jurés pour chaque épreuve non fixée ; rien n'est enregistré avant « Enregistrer ».</source>
            <translation>Proposes a time slot, a room and jurors for each assessment that is not fixed; nothing is saved until "Save".</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_schedule.py" line="222" />
            <source>Retirer l'épreu&amp;ve</source>
            <translation>Remove the e&amp;xam</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_schedule.py" line="223" />
            <source>Fi&amp;ltrer :</source>
            <translation>Fi&amp;lter:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_schedule.py" line="224" />
            <source>candidat, salle, juré…</source>
            <translation>candidate, room, juror…</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_schedule.py" line="225" />
            <source>Pro&amp;blèmes :</source>
            <translation>Pro&amp;blems:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_schedule.py" line="226" />
            <source>Pla&amp;nning</source>
            <translation>Sche&amp;dule</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_schedule.py" line="227" />
            <source>Chaque salle est ouverte tous les jours de la session, de son heure d'ouverture à son heure de fermeture. Chaque modification est enregistrée aussitôt.</source>
            <translation>Each room is open every day of the session, from its opening time to its closing time. Each change is saved immediately.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_schedule.py" line="228" />
            <source>&amp;Ajouter une salle</source>
            <translation>&amp;Add a room</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_schedule.py" line="229" />
            <source>Re&amp;tirer la salle</source>
            <translation>Re&amp;move the room</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_schedule.py" line="230" />
            <source>&amp;Salles</source>
            <translation>&amp;Rooms</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_schedule.py" line="231" />
            <source>&amp;Imprimer les convocations et la feuille d'émargement…</source>
            <translation>&amp;Print the notices and the attendance sheet…</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_schedule.py" line="233" />
            <source>Écrit dans un dossier une convocation par candidat planifié et la feuille d'émargement, d'après le planning enregistré.</source>
            <translation>Writes to a folder one notice to attend per scheduled candidate and the attendance sheet, from the saved schedule.</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_schedule.py" line="235" />
            <source>&amp;Enregistrer</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_schedule.py" line="236" />
            <source>&amp;Fermer</source>
            <translation>&amp;Close</translation>
        </message>
    </context>
    <context>
        <name>TakeBackDialog</name>
        <message>
            <location filename="../juryapp/gui/forms/ui_take_back.py" line="71" />
            <source>Reprendre du jury</source>
            <translation>Take back from the jury</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_take_back.py" line="73" />
            <source>Le paquet repris</source>
            <translation>The package taken back</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_take_back.py" line="76" />
            <source>Ce que la reprise fera</source>
            <translation>What the take-back will do</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_take_back.py" line="78" />
            <source>&amp;Changements depuis la remise, candidat par candidat :</source>
            <translation>&amp;Changes since the handover, candidate by candidate:</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_take_back.py" line="80" />
            <source>Par</source>
            <translation>By</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_take_back.py" line="81" />
            <source>Candidat et changement</source>
            <translation>Candidate and change</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_take_back.py" line="83" />
            <source>Changements depuis la remise</source>
            <translation>Changes since the handover</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_take_back.py" line="86" />
            <source>Un groupe par candidat ; les conflits, en rouge, en tête de liste. La colonne « Par » dit qui a fait le changement : le jury, le secrétariat, ou les deux (conflit).</source>
            <translation>One group per candidate; conflicts, in red, at the top of the list. The "By" column says who made the change: the jury, the secretariat, or both (conflict).</translation>
        </message>
    </context>
</TS>
