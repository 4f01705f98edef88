<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
    <context>
        <name>juryapp</name>
        <message>
            <location filename="../juryapp/documents/data.py" line="23" />
            <source>Parchemin</source>
            <translation>[Pärçhëmïñ ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/documents/data.py" line="24" />
            <source>Livret de certification</source>
            <translation>[Lïvrët dë çërtïfïçätïöñ ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/documents/data.py" line="25" />
            <source>Fiche individuelle de résultats</source>
            <translation>[Fïçhë ïñdïvïdüëllë dë résültäts ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/documents/data.py" line="26" />
            <source>Fiche synthèse de session</source>
            <translation>[Fïçhë sÿñthèsë dë sëssïöñ ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/documents/data.py" line="27" />
            <source>Convocation</source>
            <translation>[Çöñvöçätïöñ ~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/documents/data.py" line="28" />
            <source>Feuille d'émargement</source>
            <translation>[Fëüïllë d'émärgëmëñt ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/documents/data.py" line="29" />
            <source>Procès-verbal de session</source>
            <translation>[Pröçès-vërbäl dë sëssïöñ ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="29" />
            <source>Démarrer, mettre en pause ou reprendre le chronomètre</source>
            <translation>[Démärrër, mëttrë ëñ päüsë öü rëprëñdrë lë çhröñömètrë ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="30" />
            <source>Terminer le chronomètre</source>
            <translation>[Tërmïñër lë çhröñömètrë ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="31" />
            <location filename="../juryapp/gui/interview_timer.py" line="131" />
            <source>Réinitialiser le chronomètre</source>
            <translation>[Réïñïtïälïsër lë çhröñömètrë ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="74" />
            <source>&amp;Session</source>
            <translation>[&amp;Sëssïöñ ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="75" />
            <source>&amp;Nouvelle session…</source>
            <translation>[&amp;Nöüvëllë sëssïöñ… ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="76" />
            <source>&amp;Ouvrir…</source>
            <translation>[&amp;Oüvrïr… ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="80" />
            <source>Rou&amp;vrir le fichier</source>
            <translation>[Röü&amp;vrïr lë fïçhïër ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="81" />
            <source>&amp;Exporter en JSON…</source>
            <translation>[&amp;Expörtër ëñ JSÖÑ… ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="82" />
            <source>Enregistrer une co&amp;pie…</source>
            <translation>[Ëñrëgïstrër üñë çö&amp;pïë… ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="83" />
            <source>&amp;Restaurer une sauvegarde…</source>
            <translation>[&amp;Rëstäürër üñë säüvëgärdë… ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="85" />
            <source>Qui &amp;saisit…</source>
            <translation>[Qüï &amp;säïsït… ~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="86" />
            <source>&amp;Autorité de délivrance…</source>
            <translation>[&amp;Aütörïté dë délïvräñçë… ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="88" />
            <source>&amp;Clore la session…</source>
            <translation>[&amp;Clörë lä sëssïöñ… ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="90" />
            <source>&amp;Quitter</source>
            <translation>[&amp;Qüïttër ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="92" />
            <source>&amp;Édition</source>
            <translation>[&amp;Édïtïöñ ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="93" />
            <source>&amp;Annuler la dernière modification</source>
            <translation>[&amp;Aññülër lä dërñïèrë mödïfïçätïöñ ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="95" />
            <source>&amp;Candidat</source>
            <translation>[&amp;Cäñdïdät ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="96" />
            <source>Candidat &amp;précédent</source>
            <translation>[Çäñdïdät &amp;préçédëñt ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="97" />
            <source>Candidat &amp;suivant</source>
            <translation>[Çäñdïdät &amp;süïväñt ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="100" />
            <source>Marquer présen&amp;t</source>
            <translation>[Märqüër présëñ&amp;t ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="101" />
            <source>Marquer &amp;absent</source>
            <translation>[Märqüër &amp;absëñt ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="102" />
            <source>Marquer &amp;excusé</source>
            <translation>[Märqüër &amp;exçüsé ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="107" />
            <source>Secré&amp;tariat</source>
            <translation>[Sëçré&amp;tärïät ~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="108" />
            <source>&amp;Candidats…</source>
            <translation>[&amp;Cäñdïdäts… ~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="109" />
            <source>&amp;Importer des candidats…</source>
            <translation>[&amp;Impörtër dës çäñdïdäts… ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="110" />
            <source>&amp;Jurés et conflits…</source>
            <translation>[&amp;Jürés ët çöñflïts… ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="111" />
            <source>P&amp;lanning des épreuves…</source>
            <translation>[P&amp;läññïñg dës éprëüvës… ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="113" />
            <source>&amp;Préparer pour le jury…</source>
            <translation>[&amp;Prépärër pöür lë jürÿ… ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="114" />
            <source>&amp;Ouvrir un paquet du secrétariat…</source>
            <translation>[&amp;Oüvrïr üñ päqüët dü sëçrétärïät… ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="115" />
            <source>&amp;Remettre au secrétariat…</source>
            <translation>[&amp;Rëmëttrë äü sëçrétärïät… ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="116" />
            <source>Reprendre du jur&amp;y…</source>
            <translation>[Rëprëñdrë dü jür&amp;y… ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="117" />
            <source>Pur&amp;ger ce poste…</source>
            <translation>[Pür&amp;gër çë pöstë… ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="119" />
            <source>&amp;Archive du centre…</source>
            <translation>[&amp;Arçhïvë dü çëñtrë… ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="121" />
            <source>D&amp;ocuments</source>
            <translation>[D&amp;oçümëñts ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="125" />
            <source>&amp;Aperçu et impression des documents…</source>
            <translation>[&amp;Apërçü ët ïmprëssïöñ dës döçümëñts… ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="132" />
            <source>&amp;Tous les documents de la session en PDF…</source>
            <translation>[&amp;Töüs lës döçümëñts dë lä sëssïöñ ëñ PDF… ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="137" />
            <source>&amp;Vérifier un document…</source>
            <translation>[&amp;Vérïfïër üñ döçümëñt… ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="139" />
            <source>&amp;Clé du centre</source>
            <translation>[&amp;Clé dü çëñtrë ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="140" />
            <source>&amp;Afficher la clé du centre…</source>
            <translation>[&amp;Affïçhër lä çlé dü çëñtrë… ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="141" />
            <source>&amp;Sauvegarder la clé du centre…</source>
            <translation>[&amp;Säüvëgärdër lä çlé dü çëñtrë… ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="142" />
            <location filename="../juryapp/gui/backups_dialog.py" line="58" />
            <source>&amp;Restaurer…</source>
            <translation>[&amp;Rëstäürër… ~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="144" />
            <source>&amp;Nouvelle clé du centre…</source>
            <translation>[&amp;Nöüvëllë çlé dü çëñtrë… ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="146" />
            <source>Page d'&amp;étalonnage de l'imprimante…</source>
            <translation>[Pägë d'&amp;étälöññägë dë l'ïmprïmäñtë… ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="147" />
            <source>&amp;Préférences du centre…</source>
            <translation>[&amp;Préférëñçës dü çëñtrë… ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="149" />
            <source>A&amp;ffichage</source>
            <translation>[Ä&amp;ffïçhägë ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="150" />
            <source>&amp;Filtrer les candidats</source>
            <translation>[&amp;Fïltrër lës çäñdïdäts ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="151" />
            <source>&amp;Liste des candidats</source>
            <translation>[&amp;Lïstë dës çäñdïdäts ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="152" />
            <source>&amp;Replier l'en-tête de la session</source>
            <translation>[&amp;Rëplïër l'ëñ-têtë dë lä sëssïöñ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="158" />
            <source>&amp;Dossier du candidat</source>
            <translation>[&amp;Dössïër dü çäñdïdät ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="159" />
            <source>&amp;Grille d'évaluation</source>
            <translation>[&amp;Grïllë d'évälüätïöñ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="160" />
            <source>E&amp;ntretien final</source>
            <translation>[Ë&amp;ntrëtïëñ fïñäl ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="161" />
            <source>Déli&amp;bération</source>
            <translation>[Délï&amp;bérätïöñ ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="162" />
            <source>&amp;Historique</source>
            <translation>[&amp;Hïstörïqüë ~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="167" />
            <source>A&amp;ide</source>
            <translation>[Ä&amp;idë ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="168" />
            <source>&amp;Guide d'utilisation</source>
            <translation>[&amp;Güïdë d'ütïlïsätïöñ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="169" />
            <source>&amp;Raccourcis clavier</source>
            <translation>[&amp;Räççöürçïs çlävïër ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="171" />
            <source>À &amp;propos de juryapp</source>
            <translation>[À &amp;pröpös dë jürÿäpp ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/actions.py" line="241" />
            <location filename="../juryapp/gui/deliberation_panel.py" line="385" />
            <location filename="../juryapp/gui/final_interview_panel.py" line="174" />
            <location filename="../juryapp/model.py" line="71" />
            <location filename="../juryapp/storage/common.py" line="47" />
            <source>Entretien final</source>
            <translation>[Ëñtrëtïëñ fïñäl ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/app.py" line="93" />
            <source>La dernière session n'a pas pu être rouverte : {why}</source>
            <translation>[Lä dërñïèrë sëssïöñ ñ'ä päs pü êtrë röüvërtë : {why} ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/app.py" line="118" />
            <location filename="../juryapp/gui/main_window.py" line="369" />
            <location filename="../juryapp/gui/main_window.py" line="406" />
            <source>Ouverture impossible</source>
            <translation>[Öüvërtürë ïmpössïblë ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/archive_dialog.py" line="60" />
            <source> (nom d'usage {name})</source>
            <translation>[ (ñöm d'üsägë {name}) ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/archive_dialog.py" line="76" />
            <location filename="../juryapp/gui/handoff_purge.py" line="38" />
            <location filename="../juryapp/gui/handoff_take_back.py" line="73" />
            <source>&amp;Fermer</source>
            <translation>[&amp;Fërmër ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/archive_dialog.py" line="104" />
            <source>Archive du centre : {path}</source>
            <translation>[Ärçhïvë dü çëñtrë : {path} ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/archive_dialog.py" line="106" />
            <source>Elle n'existe pas encore : elle est créée à la première remise d'un paquet au jury.</source>
            <translation>[Ëllë ñ'ëxïstë päs ëñçörë : ëllë ëst çrééë à lä prëmïèrë rëmïsë d'üñ päqüët äü jürÿ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/archive_dialog.py" line="113" />
            <source>Conservation des données personnelles : {years} ans après la fin de chaque session (préférences du centre) ; ensuite seuls des comptes anonymes restent.</source>
            <translation>[Çöñsërvätïöñ dës döññéës përsöññëllës : {years} äñs äprès lä fïñ dë çhäqüë sëssïöñ (préférëñçës dü çëñtrë) ; ëñsüïtë sëüls dës çömptës äñöñÿmës rëstëñt. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/archive_dialog.py" line="135" />
            <source>données personnelles purgées le {when}</source>
            <translation>[döññéës përsöññëllës pürgéës lë {when} ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/archive_dialog.py" line="137" />
            <source>reprise le {when}</source>
            <translation>[rëprïsë lë {when} ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/archive_dialog.py" line="139" />
            <source>remise au jury, pas encore reprise</source>
            <translation>[rëmïsë äü jürÿ, päs ëñçörë rëprïsë ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/archive_dialog.py" line="156" />
            <source>Aucune session dans l'archive</source>
            <translation>[Äüçüñë sëssïöñ däñs l'ärçhïvë ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/archive_dialog.py" line="167" />
            <source>Toutes les versions</source>
            <translation>[Töütës lës vërsïöñs ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/archive_dialog.py" line="181" />
            <source>titre détenu</source>
            <translation>[tïtrë détëñü ~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/archive_dialog.py" line="184" />
            <source>délai échu le {day} ({version})</source>
            <translation>[déläï éçhü lë {day} ({version}) ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/archive_dialog.py" line="184" />
            <source>jusqu'au {day} ({version})</source>
            <translation>[jüsqü'äü {day} ({version}) ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/archive_dialog.py" line="187" />
            <source>échéance inconnue (référentiel non installé)</source>
            <translation>[éçhéäñçë ïñçöññüë (référëñtïël ñöñ ïñställé) ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/archive_dialog.py" line="188" />
            <source>(déclaré)</source>
            <translation>[(déçläré) ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/archive_dialog.py" line="203" />
            <source>{count} CCP détenu(s)</source>
            <translation>[{count} ÇÇP détëñü(s) ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/archive_dialog.py" line="217" />
            <source>Saisissez le nom et le prénom (la date de naissance précise la recherche).</source>
            <translation>[Säïsïssëz lë ñöm ët lë préñöm (lä dätë dë ñäïssäñçë préçïsë lä rëçhërçhë). ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/archive_dialog.py" line="223" />
            <source>date de naissance</source>
            <translation>[dätë dë ñäïssäñçë ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/archive_dialog.py" line="229" />
            <source>, né(e) le {day}</source>
            <translation>[, ñé(ë) lë {day} ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/archive_dialog.py" line="241" />
            <location filename="../juryapp/gui/archive_dialog.py" line="247" />
            <source>déclaré</source>
            <translation>[déçläré ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/archive_dialog.py" line="241" />
            <location filename="../juryapp/gui/archive_dialog.py" line="247" />
            <source>obtenu</source>
            <translation>[öbtëñü ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/archive_dialog.py" line="244" />
            <source>(du {day})</source>
            <translation>[(dü {day}) ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/archive_dialog.py" line="248" />
            <source>titre {version}</source>
            <translation>[tïtrë {version} ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/archive_dialog.py" line="252" />
            <source>Personne de ce nom dans l'archive.</source>
            <translation>[Përsöññë dë çë ñöm däñs l'ärçhïvë. ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/archive_dialog.py" line="272" />
            <source>Conservation : {years} ans après la session. Les données personnelles de ces sessions seront effacées définitivement de l'archive (noms, dates de naissance, CCP de chacun, documents) :

{sessions}

Les comptes anonymes sont conservés. Purger ?</source>
            <translation>[Çöñsërvätïöñ : {years} äñs äprès lä sëssïöñ. Lës döññéës përsöññëllës dë çës sëssïöñs sëröñt ëffäçéës défïñïtïvëmëñt dë l'ärçhïvë (ñöms, dätës dë ñäïssäñçë, ÇÇP dë çhäçüñ, döçümëñts) :

{sessions}

Lës çömptës äñöñÿmës söñt çöñsërvés. Pürgër ? ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/archive_dialog.py" line="284" />
            <location filename="../juryapp/gui/archive_dialog.py" line="271" />
            <source>Purger les données personnelles</source>
            <translation>[Pürgër lës döññéës përsöññëllës ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/archive_dialog.py" line="291" />
            <source>Aucune session terminée depuis plus de {years} ans : rien à purger.</source>
            <translation>[Äüçüñë sëssïöñ tërmïñéë dëpüïs plüs dë {years} äñs : rïëñ à pürgër. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/attendance_delegate.py" line="17" />
            <location filename="../juryapp/gui/candidate_model.py" line="31" />
            <location filename="../juryapp/gui/candidate_panel.py" line="68" />
            <location filename="../juryapp/storage/common.py" line="44" />
            <source>Présence</source>
            <translation>[Présëñçë ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/autosave.py" line="99" />
            <source>Brouillon du {when} restauré</source>
            <translation>[Bröüïllöñ dü {when} rëstäüré ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/autosave.py" line="106" />
            <source>Saisie non enregistrée</source>
            <translation>[Säïsïë ñöñ ëñrëgïstréë ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/autosave.py" line="107" />
            <source>Ce qui suit n'est pas enregistré et ne peut pas être gardé en brouillon (le fichier est en lecture seule) :

{entries}

Si vous continuez, cette saisie sera perdue.</source>
            <translation>[Çë qüï süït ñ'ëst päs ëñrëgïstré ët ñë pëüt päs êtrë gärdé ëñ bröüïllöñ (lë fïçhïër ëst ëñ lëçtürë sëülë) :

{entries}

Sï vöüs çöñtïñüëz, çëttë säïsïë sërä përdüë. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/autosave.py" line="114" />
            <source>Abandonner la saisie</source>
            <translation>[Äbäñdöññër lä säïsïë ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/autosave.py" line="115" />
            <source>Revenir à la saisie</source>
            <translation>[Rëvëñïr à lä säïsïë ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/backups_dialog.py" line="40" />
            <location filename="../juryapp/gui/backups_dialog.py" line="124" />
            <source>Restaurer une sauvegarde</source>
            <translation>[Rëstäürër üñë säüvëgärdë ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/backups_dialog.py" line="42" />
            <source>Sauvegardes automatiques de {file}, la plus récente en premier. La restauration remplace le fichier par la sauvegarde choisie ; le fichier actuel est d'abord sauvegardé lui aussi.</source>
            <translation>[Säüvëgärdës äütömätïqüës dë {file}, lä plüs réçëñtë ëñ prëmïër. Lä rëstäürätïöñ rëmpläçë lë fïçhïër pär lä säüvëgärdë çhöïsïë ; lë fïçhïër äçtüël ëst d'äbörd säüvëgärdé lüï äüssï. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/backups_dialog.py" line="52" />
            <source>Sauvegardes de la session</source>
            <translation>[Säüvëgärdës dë lä sëssïöñ ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/backups_dialog.py" line="53" />
            <source>Date et heure</source>
            <translation>[Dätë ët hëürë ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/backups_dialog.py" line="53" />
            <source>Occasion</source>
            <translation>[Öççäsïöñ ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/backups_dialog.py" line="53" />
            <source>Contenu</source>
            <translation>[Çöñtëñü ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/backups_dialog.py" line="56" />
            <source>Aucune sauvegarde de ce fichier pour l'instant.</source>
            <translation>[Äüçüñë säüvëgärdë dë çë fïçhïër pöür l'ïñstäñt. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/backups_dialog.py" line="62" />
            <source>Ouvrir le &amp;dossier des sauvegardes</source>
            <translation>[Öüvrïr lë &amp;dössïër dës säüvëgärdës ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/backups_dialog.py" line="88" />
            <source>Sauvegardes illisibles : {error}</source>
            <translation>[Säüvëgärdës ïllïsïblës : {error} ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/backups_dialog.py" line="115" />
            <source>Fichier ouvert en lecture seule : rien ne peut y être restauré depuis cette fenêtre.</source>
            <translation>[Fïçhïër öüvërt ëñ lëçtürë sëülë : rïëñ ñë pëüt ÿ êtrë rëstäüré dëpüïs çëttë fëñêtrë. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/backups_dialog.py" line="125" />
            <source>Remplacer {file} par la sauvegarde du {at} ({reason} : {summary}) ?

Ce qui a été saisi depuis sera retiré du fichier ; le fichier actuel est d'abord sauvegardé et reste restaurable depuis cette liste.</source>
            <translation>[Rëmpläçër {file} pär lä säüvëgärdë dü {at} ({reason} : {summary}) ?

Çë qüï ä été säïsï dëpüïs sërä rëtïré dü fïçhïër ; lë fïçhïër äçtüël ëst d'äbörd säüvëgärdé ët rëstë rëstäüräblë dëpüïs çëttë lïstë. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/backups_dialog.py" line="150" />
            <source>Restauration impossible</source>
            <translation>[Rëstäürätïöñ ïmpössïblë ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/backups_dialog.py" line="151" />
            <source>{error}

Le fichier est resté tel qu'il était.</source>
            <translation>[{error}

Lë fïçhïër ëst rësté tël qü'ïl étäït. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/backups_dialog.py" line="168" />
            <source>Dossier des sauvegardes</source>
            <translation>[Dössïër dës säüvëgärdës ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/backups_dialog.py" line="168" />
            <source>Aucune sauvegarde encore : {folder}</source>
            <translation>[Äüçüñë säüvëgärdë ëñçörë : {folder} ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_form.py" line="65" />
            <location filename="../juryapp/gui/candidate_form.py" line="255" />
            <source>CCP déjà obtenus</source>
            <translation>[ÇÇP déjà öbtëñüs ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_form.py" line="67" />
            <source>Version du titre</source>
            <translation>[Vërsïöñ dü tïtrë ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_form.py" line="68" />
            <location filename="../juryapp/gui/deliberation_panel.py" line="381" />
            <location filename="../juryapp/gui/schedule_model.py" line="47" />
            <source>CCP</source>
            <translation>[ÇÇP ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_form.py" line="69" />
            <location filename="../juryapp/gui/candidate_form.py" line="77" />
            <source>Obtenu le</source>
            <translation>[Öbtëñü lë ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_form.py" line="70" />
            <location filename="../juryapp/gui/handoff_take_back.py" line="167" />
            <location filename="../juryapp/gui/session_header.py" line="116" />
            <source>Session</source>
            <translation>[Sëssïöñ ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_form.py" line="76" />
            <location filename="../juryapp/gui/candidate_form.py" line="256" />
            <location filename="../juryapp/gui/candidate_panel.py" line="77" />
            <source>Titres et CCS détenus</source>
            <translation>[Tïtrës ët ÇÇS détëñüs ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_form.py" line="77" />
            <location filename="../juryapp/gui/candidate_panel.py" line="116" />
            <source>Titre</source>
            <translation>[Tïtrë ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_form.py" line="77" />
            <location filename="../juryapp/gui/candidate_panel.py" line="118" />
            <location filename="../juryapp/model.py" line="41" />
            <source>CCS</source>
            <translation>[ÇÇS ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_form.py" line="131" />
            <source>(le titre)</source>
            <translation>[(lë tïtrë) ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_form.py" line="246" />
            <source>Date de naissance</source>
            <translation>[Dätë dë ñäïssäñçë ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_form.py" line="248" />
            <source>Date de recevabilité VAE</source>
            <translation>[Dätë dë rëçëväbïlïté VÄË ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_form.py" line="260" />
            <source>{label} n° {n} (date d'obtention)</source>
            <translation>[{label} ñ° {n} (dätë d'öbtëñtïöñ) ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_form.py" line="302" />
            <source>Parcours formation : le candidat est toujours issu de formation.</source>
            <translation>[Pärçöürs förmätïöñ : lë çäñdïdät ëst töüjöürs ïssü dë förmätïöñ. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_form.py" line="304" />
            <source>Parcours VAE : les ECF ne sont jamais exigés.</source>
            <translation>[Pärçöürs VÄË : lës ËÇF ñë söñt jämäïs ëxïgés. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_form.py" line="306" />
            <source>Issu de formation : ses ECF sont alors exigés.</source>
            <translation>[Ïssü dë förmätïöñ : sës ËÇF söñt älörs ëxïgés. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_dialog.py" line="40" />
            <source>Tableurs (*.xlsx *.csv);;Classeur Excel (*.xlsx);;Texte CSV (*.csv)</source>
            <translation>[Täblëürs (*.xlsx *.çsv);;Çlässëür Ëxçël (*.xlsx);;Tëxtë ÇSV (*.çsv) ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_dialog.py" line="48" />
            <source>Enregistrer un modèle de tableur</source>
            <translation>[Ëñrëgïstrër üñ mödèlë dë täblëür ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_dialog.py" line="58" />
            <location filename="../juryapp/gui/candidate_import_dialog.py" line="61" />
            <source>Modèle non enregistré</source>
            <translation>[Mödèlë ñöñ ëñrëgïstré ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_dialog.py" line="79" />
            <source>&amp;Accepter</source>
            <translation>[&amp;Aççëptër ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_dialog.py" line="80" />
            <source>Ajoute tous les candidats de la liste à la session, en une fois.</source>
            <translation>[Äjöütë töüs lës çäñdïdäts dë lä lïstë à lä sëssïöñ, ëñ üñë föïs. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_dialog.py" line="82" />
            <location filename="../juryapp/gui/record_dialog.py" line="138" />
            <source>Fermer</source>
            <translation>[Fërmër ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_dialog.py" line="83" />
            <source>Importer des candidats — {ref}</source>
            <translation>[Ïmpörtër dës çäñdïdäts — {ref} ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_dialog.py" line="130" />
            <source>Liste de candidats à importer</source>
            <translation>[Lïstë dë çäñdïdäts à ïmpörtër ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_dialog.py" line="143" />
            <source>Lecture de {name}…</source>
            <translation>[Lëçtürë dë {name}… ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_dialog.py" line="179" />
            <source>✔ Aucun problème ni remarque.</source>
            <translation>[✔ Äüçüñ pröblèmë ñï rëmärqüë. ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_dialog.py" line="181" />
            <source>{summary} : rien n'est écrit avant « Accepter ».</source>
            <translation>[{summary} : rïëñ ñ'ëst éçrït äväñt « Äççëptër ». ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_dialog.py" line="184" />
            <source>{summary} : corrigez le fichier puis choisissez-le à nouveau ; rien ne sera importé.</source>
            <translation>[{summary} : çörrïgëz lë fïçhïër püïs çhöïsïssëz-lë à ñöüvëäü ; rïëñ ñë sërä ïmpörté. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_dialog.py" line="223" />
            <source>Modèle enregistré : {path}</source>
            <translation>[Mödèlë ëñrëgïstré : {path} ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_dialog.py" line="235" />
            <source>Import de {name}</source>
            <translation>[Ïmpört dë {name} ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_dialog.py" line="245" />
            <source>Candidats importés</source>
            <translation>[Çäñdïdäts ïmpörtés ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_dialog.py" line="246" />
            <source>{n} candidat(s) ajouté(s) à la session depuis {name}.</source>
            <translation>[{n} çäñdïdät(s) äjöüté(s) à lä sëssïöñ dëpüïs {name}. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_preview.py" line="84" />
            <source>ligne entière</source>
            <translation>[lïgñë ëñtïèrë ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_preview.py" line="85" />
            <source>✖ {n} erreur(s) : {columns}</source>
            <translation>[✖ {n} ërrëür(s) : {columns} ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_preview.py" line="90" />
            <source>↻ réf. « {old} » déjà prise</source>
            <translation>[↻ réf. « {old} » déjà prïsë ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_preview.py" line="92" />
            <source>↻ la référence « {old} » est déjà prise dans la session : le candidat reçoit « {new} »</source>
            <translation>[↻ lä référëñçë « {old} » ëst déjà prïsë däñs lä sëssïöñ : lë çäñdïdät rëçöït « {new} » ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_preview.py" line="97" />
            <source>⚠ doublon</source>
            <translation>[⚠ döüblöñ ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_preview.py" line="98" />
            <source>⚠ doublon : {text}</source>
            <translation>[⚠ döüblöñ : {text} ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_preview.py" line="100" />
            <source>ℹ connu(e) de l'archive</source>
            <translation>[ℹ çöññü(ë) dë l'ärçhïvë ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_preview.py" line="106" />
            <source>⚠ bloqué(e) une fois inscrit(e) : {what}</source>
            <translation>[⚠ blöqüé(ë) üñë föïs ïñsçrït(ë) : {what} ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_preview.py" line="114" />
            <source>✔ prêt</source>
            <translation>[✔ prêt ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_preview.py" line="118" />
            <source>(ligne d'en-tête)</source>
            <translation>[(lïgñë d'ëñ-têtë) ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_preview.py" line="125" />
            <source>(non lu)</source>
            <translation>[(ñöñ lü) ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_preview.py" line="133" />
            <source>Ligne</source>
            <translation>[Lïgñë ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_preview.py" line="133" />
            <location filename="../juryapp/gui/candidate_model.py" line="28" />
            <location filename="../juryapp/gui/candidates_dialog.py" line="51" />
            <location filename="../juryapp/gui/jurors_dialog.py" line="38" />
            <source>Réf.</source>
            <translation>[Réf. ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_preview.py" line="133" />
            <location filename="../juryapp/gui/candidate_model.py" line="29" />
            <location filename="../juryapp/gui/candidates_dialog.py" line="51" />
            <location filename="../juryapp/gui/jurors_dialog.py" line="81" />
            <location filename="../juryapp/gui/schedule_model.py" line="45" />
            <source>Candidat</source>
            <translation>[Çäñdïdät ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_preview.py" line="133" />
            <location filename="../juryapp/gui/schedule_model.py" line="43" />
            <source>État</source>
            <translation>[Étät ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_import_preview.py" line="152" />
            <source>Ligne {line}</source>
            <translation>[Lïgñë {line} ~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_model.py" line="30" />
            <location filename="../juryapp/gui/candidate_panel.py" line="66" />
            <location filename="../juryapp/gui/candidates_dialog.py" line="51" />
            <source>Parcours</source>
            <translation>[Pärçöürs ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_model.py" line="32" />
            <source>Avancement</source>
            <translation>[Äväñçëmëñt ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_model.py" line="33" />
            <location filename="../juryapp/gui/deliberation_panel.py" line="382" />
            <source>Résultat</source>
            <translation>[Résültät ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_model.py" line="78" />
            <source>Bloqué : {what}</source>
            <translation>[Blöqüé : {what} ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_model.py" line="80" />
            <source>Parchemin (CCS attribué)</source>
            <translation>[Pärçhëmïñ (ÇÇS ättrïbüé) ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_model.py" line="80" />
            <source>Parchemin (titre attribué)</source>
            <translation>[Pärçhëmïñ (tïtrë ättrïbüé) ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_model.py" line="83" />
            <source>Livret ({ccps})</source>
            <translation>[Lïvrët ({ccps}) ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_model.py" line="85" />
            <source>En attente de décision</source>
            <translation>[Ëñ ättëñtë dë déçïsïöñ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_model.py" line="86" />
            <source>Aucun CCP obtenu</source>
            <translation>[Äüçüñ ÇÇP öbtëñü ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_model.py" line="184" />
            <source> · ⚠ 1 alerte</source>
            <translation>[ · ⚠ 1 älërtë ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_model.py" line="184" />
            <source> · ⚠ {n} alertes</source>
            <translation>[ · ⚠ {n} älërtës ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_model.py" line="205" />
            <source>Présence de {name}</source>
            <translation>[Présëñçë dë {name} ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_panel.py" line="25" />
            <source>Dossier du candidat</source>
            <translation>[Dössïër dü çäñdïdät ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_panel.py" line="44" />
            <location filename="../juryapp/gui/ccp_decision_texts.py" line="21" />
            <location filename="../juryapp/gui/deliberation_panel.py" line="272" />
            <location filename="../juryapp/gui/evaluation_panel.py" line="156" />
            <location filename="../juryapp/gui/final_interview_panel.py" line="175" />
            <location filename="../juryapp/gui/history_panel.py" line="196" />
            <source>Choisissez un candidat dans la liste.</source>
            <translation>[Çhöïsïssëz üñ çäñdïdät däñs lä lïstë. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_panel.py" line="56" />
            <source>Nom de naissance</source>
            <translation>[Ñöm dë ñäïssäñçë ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_panel.py" line="58" />
            <source>Nom d’usage</source>
            <translation>[Ñöm d’üsägë ~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_panel.py" line="60" />
            <source>Prénom(s)</source>
            <translation>[Préñöm(s) ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_panel.py" line="61" />
            <source>Date et lieu de naissance</source>
            <translation>[Dätë ët lïëü dë ñäïssäñçë ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_panel.py" line="61" />
            <source>à</source>
            <translation>[à ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_panel.py" line="67" />
            <source>parcours de formation</source>
            <translation>[pärçöürs dë förmätïöñ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_panel.py" line="71" />
            <source>CCP présentés</source>
            <translation>[ÇÇP présëñtés ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_panel.py" line="80" />
            <location filename="../juryapp/gui/deliberation_panel.py" line="384" />
            <source>reçu</source>
            <translation>[rëçü ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_panel.py" line="80" />
            <location filename="../juryapp/gui/deliberation_panel.py" line="384" />
            <source>non reçu</source>
            <translation>[ñöñ rëçü ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_panel.py" line="80" />
            <location filename="../juryapp/gui/deliberation_panel.py" line="383" />
            <source>Dossier professionnel</source>
            <translation>[Dössïër pröfëssïöññël ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_panel.py" line="83" />
            <source>Recevabilité VAE</source>
            <translation>[Rëçëväbïlïté VÄË ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_panel.py" line="85" />
            <source>Expérience</source>
            <translation>[Ëxpérïëñçë ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_panel.py" line="85" />
            <source>mois</source>
            <translation>[möïs ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_panel.py" line="87" />
            <source>aucun résultat</source>
            <translation>[äüçüñ résültät ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_panel.py" line="90" />
            <location filename="../juryapp/gui/deliberation_panel.py" line="382" />
            <source>ECF</source>
            <translation>[ËÇF ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_panel.py" line="94" />
            <source>CCP obtenus antérieurement</source>
            <translation>[ÇÇP öbtëñüs äñtérïëürëmëñt ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_panel.py" line="102" />
            <source>session</source>
            <translation>[sëssïöñ ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_panel.py" line="107" />
            <location filename="../juryapp/gui/deliberation_panel.py" line="375" />
            <source>(correspondance non vérifiée)</source>
            <translation>[(çörrëspöñdäñçë ñöñ vérïfïéë) ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_panel.py" line="109" />
            <source>(sans correspondance : non repris)</source>
            <translation>[(säñs çörrëspöñdäñçë : ñöñ rëprïs) ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_panel.py" line="113" />
            <source>Résultat selon les règles</source>
            <translation>[Résültät sëlöñ lës règlës ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_panel.py" line="120" />
            <source>CCP examinés</source>
            <translation>[ÇÇP ëxämïñés ~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_panel.py" line="121" />
            <source>CCP obtenus dans cette session</source>
            <translation>[ÇÇP öbtëñüs däñs çëttë sëssïöñ ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_panel.py" line="122" />
            <source>CCP détenus</source>
            <translation>[ÇÇP détëñüs ~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_panel.py" line="123" />
            <source>Document</source>
            <translation>[Döçümëñt ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_panel.py" line="126" />
            <source>CCP manquants à obtenir avant le</source>
            <translation>[ÇÇP mäñqüäñts à öbtëñïr äväñt lë ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_panel.py" line="129" />
            <location filename="../juryapp/gui/candidates_dialog.py" line="57" />
            <source>Blocages</source>
            <translation>[Blöçägës ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_panel.py" line="130" />
            <source>Alertes</source>
            <translation>[Älërtës ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidate_table.py" line="59" />
            <source>Liste des candidats</source>
            <translation>[Lïstë dës çäñdïdäts ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidates_dialog.py" line="78" />
            <source> (usage : {name})</source>
            <translation>[ (üsägë : {name}) ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidates_dialog.py" line="86" />
            <source>{n} blocage(s)</source>
            <translation>[{n} blöçägë(s) ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidates_dialog.py" line="91" />
            <source>Aucun blocage</source>
            <translation>[Äüçüñ blöçägë ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidates_dialog.py" line="101" />
            <source>La fiche du candidat a été modifiée et n'est pas enregistrée. L'enregistrer ?</source>
            <translation>[Lä fïçhë dü çäñdïdät ä été mödïfïéë ët ñ'ëst päs ëñrëgïstréë. L'ëñrëgïstrër ? ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidates_dialog.py" line="117" />
            <source>Candidats — {ref}[*]</source>
            <translation>[Çäñdïdäts — {ref}[*] ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidates_dialog.py" line="141" />
            <location filename="../juryapp/model.py" line="38" />
            <source>Formation</source>
            <translation>[Förmätïöñ ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidates_dialog.py" line="191" />
            <source>Nouveau candidat</source>
            <translation>[Ñöüvëäü çäñdïdät ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidates_dialog.py" line="211" />
            <source>À corriger avant d'enregistrer.</source>
            <translation>[À çörrïgër äväñt d'ëñrëgïstrër. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidates_dialog.py" line="212" />
            <source>Contrôles : la fiche ne peut pas être enregistrée telle quelle</source>
            <translation>[Çöñtrôlës : lä fïçhë ñë pëüt päs êtrë ëñrëgïstréë tëllë qüëllë ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidates_dialog.py" line="223" />
            <source>✔ Aucun blocage ni alerte pour ce candidat.</source>
            <translation>[✔ Äüçüñ blöçägë ñï älërtë pöür çë çäñdïdät. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidates_dialog.py" line="225" />
            <source>Contrôles (règles d'admission) : {b} blocage(s), {w} alerte(s)</source>
            <translation>[Çöñtrôlës (règlës d'ädmïssïöñ) : {b} blöçägë(s), {w} älërtë(s) ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidates_dialog.py" line="255" />
            <source>Archive du centre non consultée : {why}</source>
            <translation>[Ärçhïvë dü çëñtrë ñöñ çöñsültéë : {why} ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidates_dialog.py" line="261" />
            <source>Déjà connu(e) de l'archive du centre : {what}.</source>
            <translation>[Déjà çöññü(ë) dë l'ärçhïvë dü çëñtrë : {what}. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidates_dialog.py" line="265" />
            <source>Connu(e) de l'archive du centre (session {sessions}) : rien de plus à reprendre.</source>
            <translation>[Çöññü(ë) dë l'ärçhïvë dü çëñtrë (sëssïöñ {sessions}) : rïëñ dë plüs à rëprëñdrë. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidates_dialog.py" line="277" />
            <source>CCP de l'archive ajoutés à la fiche : enregistrez pour les garder.</source>
            <translation>[ÇÇP dë l'ärçhïvë äjöütés à lä fïçhë : ëñrëgïstrëz pöür lës gärdër. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidates_dialog.py" line="289" />
            <source>Inscription de {name}</source>
            <translation>[Ïñsçrïptïöñ dë {name} ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidates_dialog.py" line="292" />
            <source>Fiche de {name}</source>
            <translation>[Fïçhë dë {name} ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidates_dialog.py" line="298" />
            <location filename="../juryapp/gui/jurors_dialog.py" line="242" />
            <source>✔ {ref} — {name} enregistré(e).</source>
            <translation>[✔ {ref} — {name} ëñrëgïstré(ë). ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidates_dialog.py" line="308" />
            <source>Retirer {ref} — {name}</source>
            <translation>[Rëtïrër {ref} — {name} ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidates_dialog.py" line="309" />
            <source>Motif du retrait (désistement, inscription en erreur…) :</source>
            <translation>[Mötïf dü rëträït (désïstëmëñt, ïñsçrïptïöñ ëñ ërrëür…) : ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidates_dialog.py" line="314" />
            <source>✖ Indiquez le motif du retrait : rien n'a été retiré.</source>
            <translation>[✖ Ïñdïqüëz lë mötïf dü rëträït : rïëñ ñ'ä été rëtïré. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidates_dialog.py" line="316" />
            <source>Retrait de {name}</source>
            <translation>[Rëträït dë {name} ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/candidates_dialog.py" line="321" />
            <source>✔ {ref} — {name} retiré(e) de la session.</source>
            <translation>[✔ {ref} — {name} rëtïré(ë) dë lä sëssïöñ. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision.py" line="95" />
            <location filename="../juryapp/gui/deliberation_panel.py" line="233" />
            <source>Modification non enregistrée reprise : elle sera enregistrée, avec son motif, à la prochaine modification ou quand vous changerez de candidat.</source>
            <translation>[Mödïfïçätïöñ ñöñ ëñrëgïstréë rëprïsë : ëllë sërä ëñrëgïstréë, ävëç söñ mötïf, à lä pröçhäïñë mödïfïçätïöñ öü qüäñd vöüs çhäñgërëz dë çäñdïdät. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision.py" line="174" />
            <source>⚠ non enregistré</source>
            <translation>[⚠ ñöñ ëñrëgïstré ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision.py" line="195" />
            <source>Pas encore décidé. La décision est enregistrée dès qu'elle est choisie.</source>
            <translation>[Päs ëñçörë déçïdé. Lä déçïsïöñ ëst ëñrëgïstréë dès qü'ëllë ëst çhöïsïë. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision.py" line="234" />
            <source>Session close : la modification sera enregistrée, avec son motif, quand vous quitterez le champ.</source>
            <translation>[Sëssïöñ çlösë : lä mödïfïçätïöñ sërä ëñrëgïstréë, ävëç söñ mötïf, qüäñd vöüs qüïttërëz lë çhämp. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision.py" line="238" />
            <location filename="../juryapp/gui/ccp_decision.py" line="225" />
            <source>Modification en cours… enregistrement automatique.</source>
            <translation>[Mödïfïçätïöñ ëñ çöürs… ëñrëgïstrëmëñt äütömätïqüë. ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision.py" line="307" />
            <source>Décision sur le {ccp} de {ref}</source>
            <translation>[Déçïsïöñ sür lë {ccp} dë {ref} ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision.py" line="323" />
            <source>Retrait de la décision sur le {ccp} de {ref}</source>
            <translation>[Rëträït dë lä déçïsïöñ sür lë {ccp} dë {ref} ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision.py" line="327" />
            <source>Décision retirée à {time}.</source>
            <translation>[Déçïsïöñ rëtïréë à {time}. ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision.py" line="331" />
            <location filename="../juryapp/gui/deliberation_panel.py" line="555" />
            <source>Pas encore décidé : la motivation saisie est conservée et sera enregistrée avec la décision.</source>
            <translation>[Päs ëñçörë déçïdé : lä mötïvätïöñ säïsïë ëst çöñsërvéë ët sërä ëñrëgïstréë ävëç lä déçïsïöñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision.py" line="336" />
            <source>Pas encore décidé.</source>
            <translation>[Päs ëñçörë déçïdé. ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision.py" line="348" />
            <location filename="../juryapp/gui/final_interview_panel.py" line="280" />
            <location filename="../juryapp/gui/final_interview_panel.py" line="303" />
            <location filename="../juryapp/gui/final_interview_panel.py" line="349" />
            <source>Non enregistré : {why}</source>
            <translation>[Ñöñ ëñrëgïstré : {why} ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision.py" line="348" />
            <source>modification annulée.</source>
            <translation>[mödïfïçätïöñ äññüléë. ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision_form.py" line="42" />
            <location filename="../juryapp/gui/deliberation_panel.py" line="485" />
            <source>Motivation</source>
            <translation>[Mötïvätïöñ ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision_form.py" line="74" />
            <source>Décision du jury sur le {ccp}</source>
            <translation>[Déçïsïöñ dü jürÿ sür lë {ccp} ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision_form.py" line="79" />
            <source>Ac&amp;quis</source>
            <translation>[Äç&amp;qüïs ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision_form.py" line="80" />
            <source>&amp;Non acquis</source>
            <translation>[&amp;Nöñ äçqüïs ~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision_form.py" line="81" />
            <source>Pas encore &amp;décidé</source>
            <translation>[Päs ëñçörë &amp;déçïdé ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision_form.py" line="89" />
            <source>{ccp} acquis</source>
            <translation>[{ccp} äçqüïs ~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision_form.py" line="90" />
            <source>{ccp} non acquis</source>
            <translation>[{ccp} ñöñ äçqüïs ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision_form.py" line="91" />
            <source>{ccp} pas encore décidé</source>
            <translation>[{ccp} päs ëñçörë déçïdé ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision_form.py" line="93" />
            <source>Motivation de la décision sur le {ccp}</source>
            <translation>[Mötïvätïöñ dë lä déçïsïöñ sür lë {ccp} ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision_form.py" line="95" />
            <source>Pour un CCP non acquis : les compétences non démontrées et les constats du jury.</source>
            <translation>[Pöür üñ ÇÇP ñöñ äçqüïs : lës çömpétëñçës ñöñ démöñtréës ët lës çöñstäts dü jürÿ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision_form.py" line="97" />
            <source>&amp;Motivation écrite (obligatoire pour un CCP non acquis) :</source>
            <translation>[&amp;Mötïvätïöñ éçrïtë (öblïgätöïrë pöür üñ ÇÇP ñöñ äçqüïs) : ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision_form.py" line="104" />
            <source>État de l'enregistrement de la décision sur le {ccp}</source>
            <translation>[Étät dë l'ëñrëgïstrëmëñt dë lä déçïsïöñ sür lë {ccp} ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision_texts.py" line="23" />
            <source>Candidat {attendance} : ni observation ni décision sur ce CCP.</source>
            <translation>[Çäñdïdät {attendance} : ñï öbsërvätïöñ ñï déçïsïöñ sür çë ÇÇP. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision_texts.py" line="27" />
            <source>Le {ccp} n'est pas présenté par ce candidat dans cette session.</source>
            <translation>[Lë {ccp} ñ'ëst päs présëñté pär çë çäñdïdät däñs çëttë sëssïöñ. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision_texts.py" line="34" />
            <source>Décision enregistrée : {decision}</source>
            <translation>[Déçïsïöñ ëñrëgïstréë : {decision} ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision_texts.py" line="38" />
            <source>Décision enregistrée le {day} à {time} : {decision}</source>
            <translation>[Déçïsïöñ ëñrëgïstréë lë {day} à {time} : {decision} ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision_texts.py" line="42" />
            <source>motif : {reason}</source>
            <translation>[mötïf : {reason} ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision_texts.py" line="45" />
            <source>session close : toute modification sera une révocation motivée.</source>
            <translation>[sëssïöñ çlösë : töütë mödïfïçätïöñ sërä üñë révöçätïöñ mötïvéë. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision_texts.py" line="53" />
            <source>Non acquis : motivation obligatoire. Un CCP non acquis doit être motivé par écrit : la décision sera enregistrée dès que la motivation sera saisie. Rien de ce que vous avez saisi n'est perdu.</source>
            <translation>[Ñöñ äçqüïs : mötïvätïöñ öblïgätöïrë. Üñ ÇÇP ñöñ äçqüïs döït êtrë mötïvé pär éçrït : lä déçïsïöñ sërä ëñrëgïstréë dès qüë lä mötïvätïöñ sërä säïsïë. Rïëñ dë çë qüë vöüs ävëz säïsï ñ'ëst përdü. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision_texts.py" line="59" />
            <source>La décision enregistrée reste : {decision}.</source>
            <translation>[Lä déçïsïöñ ëñrëgïstréë rëstë : {decision}. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision_texts.py" line="64" />
            <source>Cochez au moins deux jurés sans conflit d'intérêts : la décision n'est pas encore enregistrée (rien n'est perdu).</source>
            <translation>[Çöçhëz äü möïñs dëüx jürés säñs çöñflït d'ïñtérêts : lä déçïsïöñ ñ'ëst päs ëñçörë ëñrëgïstréë (rïëñ ñ'ëst përdü). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision_texts.py" line="73" />
            <location filename="../juryapp/gui/deliberation_panel.py" line="601" />
            <location filename="../juryapp/gui/final_interview_panel.py" line="314" />
            <source>Enregistré à {time}</source>
            <translation>[Ëñrëgïstré à {time} ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision_texts.py" line="75" />
            <source>révocation motivée inscrite à l'historique.</source>
            <translation>[révöçätïöñ mötïvéë ïñsçrïtë à l'hïstörïqüë. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision_texts.py" line="98" />
            <location filename="../juryapp/gui/deliberation_panel.py" line="452" />
            <source>motivation à saisir</source>
            <translation>[mötïvätïöñ à säïsïr ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_decision_texts.py" line="99" />
            <source>{candidate} — décision sur le {ccp} : {decision}</source>
            <translation>[{candidate} — déçïsïöñ sür lë {ccp} : {decision} ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_evaluation.py" line="121" />
            <source>absent du référentiel {code}</source>
            <translation>[äbsëñt dü référëñtïël {code} ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_evaluation.py" line="169" />
            <source>Grille d'évaluation du {ccp}</source>
            <translation>[Grïllë d'évälüätïöñ dü {ccp} ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_evaluation.py" line="183" />
            <source>&amp;Grille</source>
            <translation>[&amp;Grïllë ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_evaluation.py" line="184" />
            <source>Sur une cellule : 1 ou A acquis, 2 ou E en cours d'acquisition, 3 ou N non acquis, 4 ou X non évalué, 0 ou Suppr sans marque, Espace : marque suivante ; Entrée ou F2 : écrire une nouvelle observation. Les marques éclairent le jury ; elles ne décident rien.</source>
            <translation>[Sür üñë çëllülë : 1 öü Ä äçqüïs, 2 öü Ë ëñ çöürs d'äçqüïsïtïöñ, 3 öü Ñ ñöñ äçqüïs, 4 öü X ñöñ évälüé, 0 öü Süppr säñs märqüë, Ëspäçë : märqüë süïväñtë ; Ëñtréë öü F2 : éçrïrë üñë ñöüvëllë öbsërvätïöñ. Lës märqüës éçläïrëñt lë jürÿ ; ëllës ñë déçïdëñt rïëñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_evaluation.py" line="194" />
            <source>État de l'enregistrement de la grille</source>
            <translation>[Étät dë l'ëñrëgïstrëmëñt dë lä grïllë ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_evaluation.py" line="217" />
            <source>Marque de la cellule</source>
            <translation>[Märqüë dë lä çëllülë ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_evaluation.py" line="219" />
            <source>Observations de la cellule</source>
            <translation>[Öbsërvätïöñs dë lä çëllülë ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_evaluation.py" line="223" />
            <location filename="../juryapp/gui/evaluation_grid.py" line="543" />
            <source>Nouvelle observation</source>
            <translation>[Ñöüvëllë öbsërvätïöñ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_evaluation.py" line="224" />
            <source>Entrée : ajouter · Maj+Entrée : à la ligne</source>
            <translation>[Ëñtréë : äjöütër · Mäj+Ëñtréë : à lä lïgñë ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_evaluation.py" line="226" />
            <source>Entrée : ajouter l'observation à la cellule, datée et à votre nom · Maj+Entrée : aller à la ligne · Échap : revenir à la grille (le texte est gardé)</source>
            <translation>[Ëñtréë : äjöütër l'öbsërvätïöñ à lä çëllülë, dätéë ët à vötrë ñöm · Mäj+Ëñtréë : ällër à lä lïgñë · Éçhäp : rëvëñïr à lä grïllë (lë tëxtë ëst gärdé) ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_evaluation.py" line="232" />
            <source>A&amp;jouter</source>
            <translation>[Ä&amp;jöütër ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_evaluation.py" line="233" />
            <source>Ajouter l'observation saisie à la cellule, datée et à votre nom</source>
            <translation>[Äjöütër l'öbsërvätïöñ säïsïë à lä çëllülë, dätéë ët à vötrë ñöm ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_evaluation.py" line="237" />
            <source>Ma&amp;rque :</source>
            <translation>[Mä&amp;rqüë : ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_evaluation.py" line="241" />
            <source>Nouvelle o&amp;bservation :</source>
            <translation>[Ñöüvëllë ö&amp;bsërvätïöñ : ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_evaluation.py" line="300" />
            <source>observation(s) non ajoutée(s) : {cells}. Entrée dans « Nouvelle observation » pour l'ajouter.</source>
            <translation>[öbsërvätïöñ(s) ñöñ äjöütéë(s) : {cells}. Ëñtréë däñs « Ñöüvëllë öbsërvätïöñ » pöür l'äjöütër. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_evaluation.py" line="372" />
            <source>Choisissez une cellule d'épreuve dans la grille.</source>
            <translation>[Çhöïsïssëz üñë çëllülë d'éprëüvë däñs lä grïllë. ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_evaluation.py" line="386" />
            <source>Aucune observation dans cette cellule.</source>
            <translation>[Äüçüñë öbsërvätïöñ däñs çëttë çëllülë. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_evaluation.py" line="395" />
            <source>— marques : {glance}</source>
            <translation>[— märqüës : {glance} ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_evaluation.py" line="397" />
            <source>Marques du {ccp} : {glance}</source>
            <translation>[Märqüës dü {ccp} : {glance} ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_evaluation.py" line="412" />
            <location filename="../juryapp/storage/common.py" line="45" />
            <source>Observation</source>
            <translation>[Öbsërvätïöñ ~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_evaluation.py" line="509" />
            <source>{candidate} — observation {cell} : « {text} »</source>
            <translation>[{candidate} — öbsërvätïöñ {cell} : « {text} » ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_evaluation.py" line="557" />
            <source>Marque : touches 1 à 4 (0 : aucune, Espace : suivante) · Entrée : observation</source>
            <translation>[Märqüë : töüçhës 1 à 4 (0 : äüçüñë, Ëspäçë : süïväñtë) · Ëñtréë : öbsërvätïöñ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_evaluation.py" line="570" />
            <source>{cell} enregistrée à {time} : {mark}, {count} observation(s).</source>
            <translation>[{cell} ëñrëgïstréë à {time} : {mark}, {count} öbsërvätïöñ(s). ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/ccp_evaluation.py" line="582" />
            <source>Non enregistré : {why}. Ce qui a été saisi reste dans la cellule.</source>
            <translation>[Ñöñ ëñrëgïstré : {why}. Çë qüï ä été säïsï rëstë däñs lä çëllülë. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/cell_table.py" line="104" />
            <source>{what}, ligne {row}, {column}</source>
            <translation>[{what}, lïgñë {row}, {column} ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="54" />
            <location filename="../juryapp/gui/history_panel.py" line="141" />
            <location filename="../juryapp/gui/revocation_dialog.py" line="99" />
            <source>Motif</source>
            <translation>[Mötïf ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="56" />
            <source>obligatoire : inscrit à l'historique des clés et au journal de la session</source>
            <translation>[öblïgätöïrë : ïñsçrït à l'hïstörïqüë dës çlés ët äü jöürñäl dë lä sëssïöñ ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="58" />
            <source>inscrit à l'historique des clés et au journal de la session</source>
            <translation>[ïñsçrït à l'hïstörïqüë dës çlés ët äü jöürñäl dë lä sëssïöñ ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="65" />
            <source>Possible une fois la case de confirmation cochée et le motif écrit.</source>
            <translation>[Pössïblë üñë föïs lä çäsë dë çöñfïrmätïöñ çöçhéë ët lë mötïf éçrït. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="67" />
            <source>Possible une fois la case de confirmation cochée.</source>
            <translation>[Pössïblë üñë föïs lä çäsë dë çöñfïrmätïöñ çöçhéë. ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="70" />
            <source>&amp;Motif :</source>
            <translation>[&amp;Mötïf : ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="96" />
            <source>illisible</source>
            <translation>[ïllïsïblë ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="97" />
            <source>La clé actuelle du centre ({fp}) sera retirée : elle reste connue pour vérifier les documents qu'elle a scellés, mais n'en scellera plus aucun. Les documents définitifs seront scellés avec la nouvelle clé.

Si la clé actuelle fonctionne, vous n'avez pas besoin d'en changer. Le motif du remplacement est obligatoire.</source>
            <translation>[Lä çlé äçtüëllë dü çëñtrë ({fp}) sërä rëtïréë : ëllë rëstë çöññüë pöür vérïfïër lës döçümëñts qü'ëllë ä sçëllés, mäïs ñ'ëñ sçëllërä plüs äüçüñ. Lës döçümëñts défïñïtïfs sëröñt sçëllés ävëç lä ñöüvëllë çlé.

Sï lä çlé äçtüëllë föñçtïöññë, vöüs ñ'ävëz päs bësöïñ d'ëñ çhäñgër. Lë mötïf dü rëmpläçëmëñt ëst öblïgätöïrë. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="104" />
            <source>La clé du centre ({fp}) est absente de cette machine. Si vous en avez une sauvegarde, restaurez-la plutôt (Documents › Clé du centre › Restaurer…) : les documents qu'elle a scellés restent vérifiables dans tous les cas, mais une nouvelle clé change l'empreinte de vos documents.

Créer une nouvelle clé retire celle-ci : le motif du remplacement est obligatoire.</source>
            <translation>[Lä çlé dü çëñtrë ({fp}) ëst äbsëñtë dë çëttë mäçhïñë. Sï vöüs ëñ ävëz üñë säüvëgärdë, rëstäürëz-lä plütôt (Döçümëñts › Çlé dü çëñtrë › Rëstäürër…) : lës döçümëñts qü'ëllë ä sçëllés rëstëñt vérïfïäblës däñs töüs lës çäs, mäïs üñë ñöüvëllë çlé çhäñgë l'ëmprëïñtë dë vös döçümëñts.

Çréër üñë ñöüvëllë çlé rëtïrë çëllë-çï : lë mötïf dü rëmpläçëmëñt ëst öblïgätöïrë. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="110" />
            <source>Aucune clé du centre n'existe encore sur cette machine. La clé scelle les documents définitifs ; elle est créée une fois, puis sauvegardée (Documents › Clé du centre › Sauvegarder la clé du centre…).</source>
            <translation>[Äüçüñë çlé dü çëñtrë ñ'ëxïstë ëñçörë sür çëttë mäçhïñë. Lä çlé sçëllë lës döçümëñts défïñïtïfs ; ëllë ëst çrééë üñë föïs, püïs säüvëgärdéë (Döçümëñts › Çlé dü çëñtrë › Säüvëgärdër lä çlé dü çëñtrë…). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="122" />
            <source>Clé du centre</source>
            <translation>[Çlé dü çëñtrë ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="137" />
            <location filename="../juryapp/gui/centre_key_menu.py" line="158" />
            <location filename="../juryapp/gui/centre_key_menu.py" line="131" />
            <location filename="../juryapp/gui/centre_key_menu.py" line="154" />
            <source>Nouvelle clé du centre</source>
            <translation>[Ñöüvëllë çlé dü çëñtrë ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="139" />
            <source>&amp;Créer la clé</source>
            <translation>[&amp;Créër lä çlé ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="140" />
            <source>Je crée &amp;volontairement une nouvelle clé du centre</source>
            <translation>[Jë çréë &amp;völöñtäïrëmëñt üñë ñöüvëllë çlé dü çëñtrë ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="159" />
            <source>Clé du centre créée : empreinte {fp}.

Sauvegardez-la maintenant (Documents › Clé du centre › Sauvegarder la clé du centre…) et gardez la sauvegarde hors de cette machine.</source>
            <translation>[Çlé dü çëñtrë çrééë : ëmprëïñtë {fp}.

Säüvëgärdëz-lä mäïñtëñäñt (Döçümëñts › Çlé dü çëñtrë › Säüvëgärdër lä çlé dü çëñtrë…) ët gärdëz lä säüvëgärdë hörs dë çëttë mäçhïñë. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="172" />
            <source>Phrase secrète de la sauvegarde</source>
            <translation>[Phräsë sëçrètë dë lä säüvëgärdë ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="174" />
            <source>La sauvegarde est chiffrée par cette phrase secrète ; elle sera demandée pour la restaurer. Sans phrase secrète, la sauvegarde n'est pas chiffrée : quiconque a le fichier peut sceller des documents au nom du centre.</source>
            <translation>[Lä säüvëgärdë ëst çhïffréë pär çëttë phräsë sëçrètë ; ëllë sërä dëmäñdéë pöür lä rëstäürër. Säñs phräsë sëçrètë, lä säüvëgärdë ñ'ëst päs çhïffréë : qüïçöñqüë ä lë fïçhïër pëüt sçëllër dës döçümëñts äü ñöm dü çëñtrë. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="184" />
            <source>Phrase secrète</source>
            <translation>[Phräsë sëçrètë ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="184" />
            <source>Phrase secrète (confirmation)</source>
            <translation>[Phräsë sëçrètë (çöñfïrmätïöñ) ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="188" />
            <source>Elle chiffre la sauvegarde et sera demandée pour la restaurer ; vide : sauvegarde NON chiffrée.</source>
            <translation>[Ëllë çhïffrë lä säüvëgärdë ët sërä dëmäñdéë pöür lä rëstäürër ; vïdë : säüvëgärdë ÑÖÑ çhïffréë. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="190" />
            <source>La même phrase secrète, tapée une seconde fois.</source>
            <translation>[Lä mêmë phräsë sëçrètë, täpéë üñë sëçöñdë föïs. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="196" />
            <source>&amp;Phrase secrète :</source>
            <translation>[&amp;Phräsë sëçrètë : ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="197" />
            <source>&amp;Confirmation :</source>
            <translation>[&amp;Cöñfïrmätïöñ : ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="217" />
            <location filename="../juryapp/gui/handoff_passphrase.py" line="90" />
            <source>Les deux saisies diffèrent.</source>
            <translation>[Lës dëüx säïsïës dïffèrëñt. ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="219" />
            <source>Sans phrase secrète : sauvegarde NON chiffrée.</source>
            <translation>[Säñs phräsë sëçrètë : säüvëgärdë ÑÖÑ çhïffréë. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="229" />
            <source>Sauvegarder la clé du centre</source>
            <translation>[Säüvëgärdër lä çlé dü çëñtrë ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="234" />
            <source>Clé PEM (*.pem)</source>
            <translation>[Çlé PËM (*.pëm) ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="246" />
            <source>chiffrée</source>
            <translation>[çhïffréë ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="246" />
            <source>NON chiffrée</source>
            <translation>[ÑÖÑ çhïffréë ~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="248" />
            <source>Clé {fp} sauvegardée ({how}) dans
{file}</source>
            <translation>[Çlé {fp} säüvëgärdéë ({how}) däñs
{file} ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="255" />
            <source>Restaurer la clé du centre</source>
            <translation>[Rëstäürër lä çlé dü çëñtrë ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="256" />
            <source>Clé PEM (*.pem);;Tous les fichiers (*)</source>
            <translation>[Çlé PËM (*.pëm);;Töüs lës fïçhïërs (*) ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="264" />
            <source>Phrase secrète de la sauvegarde :</source>
            <translation>[Phräsë sëçrètë dë lä säüvëgärdë : ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="275" />
            <source>La clé du centre actuelle ({old}) sera retirée et remplacée par celle de la sauvegarde ({new}). L'ancienne reste connue pour vérifier les documents qu'elle a scellés.</source>
            <translation>[Lä çlé dü çëñtrë äçtüëllë ({old}) sërä rëtïréë ët rëmpläçéë pär çëllë dë lä säüvëgärdë ({new}). L'äñçïëññë rëstë çöññüë pöür vérïfïër lës döçümëñts qü'ëllë ä sçëllés. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="279" />
            <source>&amp;Remplacer la clé</source>
            <translation>[&amp;Rëmpläçër lä çlé ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="280" />
            <source>Je remplace &amp;volontairement la clé du centre</source>
            <translation>[Jë rëmpläçë &amp;völöñtäïrëmëñt lä çlé dü çëñtrë ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="301" />
            <source>Cette clé est déjà la clé du centre : rien à faire.</source>
            <translation>[Çëttë çlé ëst déjà lä çlé dü çëñtrë : rïëñ à fäïrë. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/centre_key_menu.py" line="303" />
            <source>Clé du centre {fp} restaurée.</source>
            <translation>[Çlé dü çëñtrë {fp} rëstäüréë. ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/context.py" line="139" />
            <source>supprimé ou déplacé</source>
            <translation>[süpprïmé öü dépläçé ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/context.py" line="139" />
            <source>remplacé</source>
            <translation>[rëmpläçé ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/context.py" line="141" />
            <source>fichier {what} par un autre programme depuis son ouverture</source>
            <translation>[fïçhïër {what} pär üñ äütrë prögrämmë dëpüïs söñ öüvërtürë ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/context.py" line="227" />
            <source>Fichier ouvert en lecture seule ({why}) : rien n'a été enregistré.</source>
            <translation>[Fïçhïër öüvërt ëñ lëçtürë sëülë ({why}) : rïëñ ñ'ä été ëñrëgïstré. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/context.py" line="236" />
            <source>La session est close : une modification doit être motivée.</source>
            <translation>[Lä sëssïöñ ëst çlösë : üñë mödïfïçätïöñ döït êtrë mötïvéë. ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/context.py" line="238" />
            <source>Modification après clôture</source>
            <translation>[Mödïfïçätïöñ äprès çlôtürë ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/context.py" line="241" />
            <source>Révocation annulée : rien n'a été modifié.</source>
            <translation>[Révöçätïöñ äññüléë : rïëñ ñ'ä été mödïfïé. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/context.py" line="247" />
            <source>La session est close : le motif de la modification est obligatoire.</source>
            <translation>[Lä sëssïöñ ëst çlösë : lë mötïf dë lä mödïfïçätïöñ ëst öblïgätöïrë. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="78" />
            <source>le CCS</source>
            <translation>[lë ÇÇS ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="78" />
            <source>le titre</source>
            <translation>[lë tïtrë ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="85" />
            <source>Éléments de la délibération</source>
            <translation>[Élémëñts dë lä délïbérätïöñ ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="90" />
            <source>Verdict des règles</source>
            <translation>[Vërdïçt dës règlës ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="92" />
            <location filename="../juryapp/storage/common.py" line="49" />
            <source>Décision sur le CCS</source>
            <translation>[Déçïsïöñ sür lë ÇÇS ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="92" />
            <location filename="../juryapp/storage/common.py" line="48" />
            <source>Décision sur le titre</source>
            <translation>[Déçïsïöñ sür lë tïtrë ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="93" />
            <source>&amp;Attribué</source>
            <translation>[&amp;Attrïbüé ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="94" />
            <source>&amp;Non attribué</source>
            <translation>[&amp;Nöñ ättrïbüé ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="95" />
            <source>&amp;Pas encore décidé</source>
            <translation>[&amp;Päs ëñçörë déçïdé ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="101" />
            <source>Motivation écrite (obligatoire si {what} n'est pas attribué)</source>
            <translation>[Mötïvätïöñ éçrïtë (öblïgätöïrë sï {what} ñ'ëst päs ättrïbüé) ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="103" />
            <source>Motivation de la décision</source>
            <translation>[Mötïvätïöñ dë lä déçïsïöñ ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="284" />
            <source>Candidat absent ou excusé : pas de délibération.</source>
            <translation>[Çäñdïdät äbsëñt öü ëxçüsé : päs dë délïbérätïöñ. ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="303" />
            <source>{What} ne peut pas être attribué :</source>
            <translation>[{What} ñë pëüt päs êtrë ättrïbüé : ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="313" />
            <source>{What} peut être attribué : parchemin (CCP obtenus dans la session : {ccps}).</source>
            <translation>[{What} pëüt êtrë ättrïbüé : pärçhëmïñ (ÇÇP öbtëñüs däñs lä sëssïöñ : {ccps}). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="320" />
            <source>Décision enregistrée bloquée : </source>
            <translation>[Déçïsïöñ ëñrëgïstréë blöqüéë :  ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="349" />
            <source>aucune observation</source>
            <translation>[äüçüñë öbsërvätïöñ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="352" />
            <source>non décidé</source>
            <translation>[ñöñ déçïdé ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="354" />
            <location filename="../juryapp/model.py" line="20" />
            <source>acquis</source>
            <translation>[äçqüïs ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="356" />
            <location filename="../juryapp/model.py" line="52" />
            <source>non acquis</source>
            <translation>[ñöñ äçqüïs ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="359" />
            <source>ECF ✔</source>
            <translation>[ËÇF ✔ ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="359" />
            <source>ECF manquants</source>
            <translation>[ËÇF mäñqüäñts ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="371" />
            <source>non tenu</source>
            <translation>[ñöñ tëñü ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="371" />
            <source>tenu le {day}</source>
            <translation>[tëñü lë {day} ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="377" />
            <location filename="../juryapp/gui/deliberation_panel.py" line="309" />
            <location filename="../juryapp/gui/schedule_model.py" line="184" />
            <location filename="../juryapp/rules/messages.py" line="138" />
            <source>aucun</source>
            <translation>[äüçüñ ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="381" />
            <source>Marques</source>
            <translation>[Märqüës ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="381" />
            <source>Épreuves</source>
            <translation>[Éprëüvës ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="386" />
            <source>CCP antérieurs</source>
            <translation>[ÇÇP äñtérïëürs ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="387" />
            <source>CCP détenus après la session</source>
            <translation>[ÇÇP détëñüs äprès lä sëssïöñ ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="401" />
            <source>Grille du {ccp} — marques et observations</source>
            <translation>[Grïllë dü {ccp} — märqüës ët öbsërvätïöñs ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="402" />
            <source>Pour information : les marques éclairent le jury, elles ne décident pas.</source>
            <translation>[Pöür ïñförmätïöñ : lës märqüës éçläïrëñt lë jürÿ, ëllës ñë déçïdëñt päs. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="403" />
            <location filename="../juryapp/gui/evaluation_panel.py" line="135" />
            <source>Marques : {glance}</source>
            <translation>[Märqüës : {glance} ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="406" />
            <source>Aucune marque ni observation.</source>
            <translation>[Äüçüñë märqüë ñï öbsërvätïöñ. ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="421" />
            <source>Compétence</source>
            <translation>[Çömpétëñçë ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="421" />
            <location filename="../juryapp/gui/schedule_model.py" line="46" />
            <source>Épreuve</source>
            <translation>[Éprëüvë ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="421" />
            <source>Marque</source>
            <translation>[Märqüë ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="422" />
            <source>Observations</source>
            <translation>[Öbsërvätïöñs ~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="450" />
            <source>pas encore décidé</source>
            <translation>[päs ëñçörë déçïdé ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="453" />
            <source>{candidate} — décision sur {what} : {decision}</source>
            <translation>[{candidate} — déçïsïöñ sür {what} : {decision} ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="548" />
            <source>Retrait de la décision</source>
            <translation>[Rëträït dë lä déçïsïöñ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="560" />
            <location filename="../juryapp/gui/deliberation_panel.py" line="286" />
            <source>Pas encore de décision.</source>
            <translation>[Päs ëñçörë dë déçïsïöñ. ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="564" />
            <source>Non attribué : la décision doit être motivée par écrit. Saisissez la motivation ; rien de ce qui a été saisi n'est perdu.</source>
            <translation>[Ñöñ ättrïbüé : lä déçïsïöñ döït êtrë mötïvéë pär éçrït. Säïsïssëz lä mötïvätïöñ ; rïëñ dë çë qüï ä été säïsï ñ'ëst përdü. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="575" />
            <location filename="../juryapp/gui/deliberation_panel.py" line="288" />
            <source>Décision enregistrée.</source>
            <translation>[Déçïsïöñ ëñrëgïstréë. ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="583" />
            <source>Décision sur {what}</source>
            <translation>[Déçïsïöñ sür {what} ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/deliberation_panel.py" line="603" />
            <source>Non enregistré.</source>
            <translation>[Ñöñ ëñrëgïstré. ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="73" />
            <source>{reason}.

Restaurez la clé depuis sa sauvegarde (Documents › Clé du centre › Restaurer…), ou créez volontairement une nouvelle clé (Documents › Clé du centre › Nouvelle clé du centre…).</source>
            <translation>[{reason}.

Rëstäürëz lä çlé dëpüïs sä säüvëgärdë (Döçümëñts › Çlé dü çëñtrë › Rëstäürër…), öü çréëz völöñtäïrëmëñt üñë ñöüvëllë çlé (Döçümëñts › Çlé dü çëñtrë › Ñöüvëllë çlé dü çëñtrë…). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="88" />
            <source>Imprimer</source>
            <translation>[Ïmprïmër ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="94" />
            <location filename="../juryapp/gui/documents_menu.py" line="168" />
            <source>Préparation des documents…</source>
            <translation>[Prépärätïöñ dës döçümëñts… ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="94" />
            <location filename="../juryapp/gui/documents_menu.py" line="168" />
            <source>Annuler</source>
            <translation>[Äññülër ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="95" />
            <source>Impression</source>
            <translation>[Ïmprëssïöñ ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="124" />
            <source>L'imprimante n'a pas pu être ouverte : rien n'a été imprimé.</source>
            <translation>[L'ïmprïmäñtë ñ'ä päs pü êtrë öüvërtë : rïëñ ñ'ä été ïmprïmé. ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="131" />
            <source>L'imprimante a refusé la page {n}.</source>
            <translation>[L'ïmprïmäñtë ä rëfüsé lä pägë {n}. ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="136" />
            <source>Envoi à l'imprimante : page {n} sur {total}</source>
            <translation>[Ëñvöï à l'ïmprïmäñtë : pägë {n} sür {total} ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="147" />
            <source>L'imprimante a signalé une erreur : le travail n'a pas abouti.</source>
            <translation>[L'ïmprïmäñtë ä sïgñälé üñë ërrëür : lë träväïl ñ'ä päs äböütï. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="170" />
            <source>Document déjà délivré</source>
            <translation>[Döçümëñt déjà délïvré ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="172" />
            <source>Ce document a déjà été délivré :</source>
            <translation>[Çë döçümëñt ä déjà été délïvré : ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="174" />
            <source>{n} documents ont déjà été délivrés :</source>
            <translation>[{n} döçümëñts öñt déjà été délïvrés : ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="176" />
            <source>… et {n} autre(s), voir les détails</source>
            <translation>[… ët {n} äütrë(s), vöïr lës détäïls ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="180" />
            <source>L'imprimer de nouveau ? Il portera « DUPLICATA » avec le numéro et la date de l'original, et sera inscrit au registre de la session.</source>
            <translation>[L'ïmprïmër dë ñöüvëäü ? Ïl pörtërä « DÜPLÏÇÄTÄ » ävëç lë ñümérö ët lä dätë dë l'örïgïñäl, ët sërä ïñsçrït äü rëgïstrë dë lä sëssïöñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="185" />
            <source>Les imprimer de nouveau ? Chacun portera « DUPLICATA » avec le numéro et la date de son original, et sera inscrit au registre de la session.</source>
            <translation>[Lës ïmprïmër dë ñöüvëäü ? Çhäçüñ pörtërä « DÜPLÏÇÄTÄ » ävëç lë ñümérö ët lä dätë dë söñ örïgïñäl, ët sërä ïñsçrït äü rëgïstrë dë lä sëssïöñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="191" />
            <source>Imprimer un &amp;duplicata</source>
            <translation>[Ïmprïmër üñ &amp;düplïçätä ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="191" />
            <source>Imprimer des &amp;duplicatas</source>
            <translation>[Ïmprïmër dës &amp;düplïçätäs ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="219" />
            <source>Préparation du document {n} sur {total} : {name}</source>
            <translation>[Prépärätïöñ dü döçümëñt {n} sür {total} : {name} ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="251" />
            <source>Imprimé sans sceau, non inscrit au registre : {why}</source>
            <translation>[Ïmprïmé säñs sçëäü, ñöñ ïñsçrït äü rëgïstrë : {why} ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="252" />
            <source>Projet imprimé (ni scellé ni inscrit au registre).</source>
            <translation>[Pröjët ïmprïmé (ñï sçëllé ñï ïñsçrït äü rëgïstrë). ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="254" />
            <source>original</source>
            <translation>[örïgïñäl ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="254" />
            <source>duplicata n° {n}</source>
            <translation>[düplïçätä ñ° {n} ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="255" />
            <source>Imprimé et inscrit au registre : {what}, n° {code}.</source>
            <translation>[Ïmprïmé ët ïñsçrït äü rëgïstrë : {what}, ñ° {code}. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="299" />
            <source>{n} documents imprimés en un seul travail :</source>
            <translation>[{n} döçümëñts ïmprïmés ëñ üñ sëül träväïl : ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="395" />
            <source>Aperçu et impression des documents</source>
            <translation>[Äpërçü ët ïmprëssïöñ dës döçümëñts ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="397" />
            <source>Documents : le document affiché, et ceux cochés pour l'impression</source>
            <translation>[Döçümëñts : lë döçümëñt äffïçhé, ët çëüx çöçhés pöür l'ïmprëssïöñ ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="399" />
            <source>projet</source>
            <translation>[pröjët ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="399" />
            <source>définitif</source>
            <translation>[défïñïtïf ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="402" />
            <source>Flèches : afficher un autre document ; Espace : le cocher ou le décocher pour l'impression.</source>
            <translation>[Flèçhës : äffïçhër üñ äütrë döçümëñt ; Ëspäçë : lë çöçhër öü lë déçöçhër pöür l'ïmprëssïöñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="404" />
            <location filename="../juryapp/gui/document_preview.py" line="473" />
            <source>Tout c&amp;ocher</source>
            <translation>[Töüt ç&amp;oçhër ~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="405" />
            <source>Coche ou décoche pour l'impression tous les documents.</source>
            <translation>[Çöçhë öü déçöçhë pöür l'ïmprëssïöñ töüs lës döçümëñts. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="411" />
            <source>&amp;Imprimer…</source>
            <translation>[&amp;Imprïmër… ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="422" />
            <source>&amp;Documents (cochez ceux à imprimer)</source>
            <translation>[&amp;Döçümëñts (çöçhëz çëüx à ïmprïmër) ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="467" />
            <source>&amp;Imprimer les {n} documents cochés…</source>
            <translation>[&amp;Imprïmër lës {n} döçümëñts çöçhés… ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="469" />
            <source>&amp;Imprimer le document coché…</source>
            <translation>[&amp;Imprïmër lë döçümëñt çöçhé… ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="471" />
            <source>&amp;Imprimer ce document…</source>
            <translation>[&amp;Imprïmër çë döçümëñt… ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="473" />
            <source>Tout déc&amp;ocher</source>
            <translation>[Töüt déç&amp;oçhër ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="484" />
            <source>Projet : la session n'est pas close, le document porte le filigrane « PROJET — NON VALIDÉ ».</source>
            <translation>[Pröjët : lä sëssïöñ ñ'ëst päs çlösë, lë döçümëñt pörtë lë fïlïgräñë « PRÖJËT — ÑÖÑ VÄLÏDÉ ». ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="487" />
            <source>Déjà délivré ({entry}) : une nouvelle impression sera un DUPLICATA, après confirmation.</source>
            <translation>[Déjà délïvré ({entry}) : üñë ñöüvëllë ïmprëssïöñ sërä üñ DÜPLÏÇÄTÄ, äprès çöñfïrmätïöñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="490" />
            <source>Document définitif : à l'impression, il est scellé (code et QR) et inscrit au registre.</source>
            <translation>[Döçümëñt défïñïtïf : à l'ïmprëssïöñ, ïl ëst sçëllé (çödë ët QR) ët ïñsçrït äü rëgïstrë. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="499" />
            <location filename="../juryapp/gui/documents_menu.py" line="191" />
            <location filename="../juryapp/gui/documents_menu.py" line="283" />
            <location filename="../juryapp/gui/documents_menu.py" line="201" />
            <location filename="../juryapp/gui/schedule_printing.py" line="250" />
            <source>Impression impossible</source>
            <translation>[Ïmprëssïöñ ïmpössïblë ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="499" />
            <source>
Rien n'a été inscrit au registre.</source>
            <translation>[
Rïëñ ñ'ä été ïñsçrït äü rëgïstrë. ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/document_preview.py" line="503" />
            <source>Impression annulée : rien n'a été imprimé ni inscrit au registre.</source>
            <translation>[Ïmprëssïöñ äññüléë : rïëñ ñ'ä été ïmprïmé ñï ïñsçrït äü rëgïstrë. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="110" />
            <source>projets (session non close)</source>
            <translation>[pröjëts (sëssïöñ ñöñ çlösë) ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="110" />
            <source>définitifs, scellés</source>
            <translation>[défïñïtïfs, sçëllés ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="112" />
            <source>{n} fichiers ({state}) écrits dans
{folder}</source>
            <translation>[{n} fïçhïërs ({state}) éçrïts däñs
{folder} ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="116" />
            <source>{n} document(s) inscrit(s) au registre de la session, dont {d} duplicata(s).</source>
            <translation>[{n} döçümëñt(s) ïñsçrït(s) äü rëgïstrë dë lä sëssïöñ, döñt {d} düplïçätä(s). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="123" />
            <location filename="../juryapp/gui/schedule_printing.py" line="68" />
            <source>… et {n} autre(s)</source>
            <translation>[… ët {n} äütrë(s) ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="125" />
            <source>Déjà délivrés, non réimprimés : {n} document(s) de décision :</source>
            <translation>[Déjà délïvrés, ñöñ réïmprïmés : {n} döçümëñt(s) dë déçïsïöñ : ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="131" />
            <source>Déjà délivrés, non réimprimés : {n} document(s) d'avant la session (convocations, émargement).</source>
            <translation>[Déjà délïvrés, ñöñ réïmprïmés : {n} döçümëñt(s) d'äväñt lä sëssïöñ (çöñvöçätïöñs, émärgëmëñt). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="137" />
            <source>Imprimés sans sceau, non inscrits au registre : {n} document(s) d'avant la session, car {why}</source>
            <translation>[Ïmprïmés säñs sçëäü, ñöñ ïñsçrïts äü rëgïstrë : {n} döçümëñt(s) d'äväñt lä sëssïöñ, çär {why} ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="153" />
            <source>Documents écrits</source>
            <translation>[Döçümëñts éçrïts ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="158" />
            <source>Ouvrir le &amp;dossier</source>
            <translation>[Öüvrïr lë &amp;dössïër ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="169" />
            <source>Impression de la session</source>
            <translation>[Ïmprëssïöñ dë lä sëssïöñ ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="177" />
            <source>Arrête l'impression : aucun fichier n'est laissé, rien n'est inscrit au registre.</source>
            <translation>[Ärrêtë l'ïmprëssïöñ : äüçüñ fïçhïër ñ'ëst läïssé, rïëñ ñ'ëst ïñsçrït äü rëgïstrë. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="192" />
            <source>Fichier ouvert en lecture seule ({why}) : aucun document n'est délivré depuis cette fenêtre.</source>
            <translation>[Fïçhïër öüvërt ëñ lëçtürë sëülë ({why}) : äüçüñ döçümëñt ñ'ëst délïvré dëpüïs çëttë fëñêtrë. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="207" />
            <source>Dossier où écrire les documents</source>
            <translation>[Dössïër öù éçrïrë lës döçümëñts ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="259" />
            <location filename="../juryapp/gui/schedule_printing.py" line="229" />
            <source>Document {done} sur {total} : {name}</source>
            <translation>[Döçümëñt {done} sür {total} : {name} ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="272" />
            <source>Impression annulée</source>
            <translation>[Ïmprëssïöñ äññüléë ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="273" />
            <source>Impression annulée : aucun fichier écrit dans {folder}, rien inscrit au registre.</source>
            <translation>[Ïmprëssïöñ äññüléë : äüçüñ fïçhïër éçrït däñs {folder}, rïëñ ïñsçrït äü rëgïstrë. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="284" />
            <location filename="../juryapp/gui/schedule_printing.py" line="251" />
            <source>

Aucun fichier écrit, rien inscrit au registre.</source>
            <translation>[

Äüçüñ fïçhïër éçrït, rïëñ ïñsçrït äü rëgïstrë. ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="308" />
            <source>c'est un dossier, pas un document PDF</source>
            <translation>[ç'ëst üñ dössïër, päs üñ döçümëñt PDF ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="315" />
            <source>ce n'est pas un document PDF</source>
            <translation>[çë ñ'ëst päs üñ döçümëñt PDF ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="320" />
            <location filename="../juryapp/gui/documents_menu.py" line="301" />
            <location filename="../juryapp/gui/documents_menu.py" line="315" />
            <location filename="../juryapp/gui/documents_menu.py" line="308" />
            <location filename="../juryapp/gui/documents_menu.py" line="312" />
            <source>Vérifier un document</source>
            <translation>[Vérïfïër üñ döçümëñt ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="327" />
            <source>Fichier ouvert en lecture seule : aucun document définitif n'est délivré depuis cette fenêtre.</source>
            <translation>[Fïçhïër öüvërt ëñ lëçtürë sëülë : äüçüñ döçümëñt défïñïtïf ñ'ëst délïvré dëpüïs çëttë fëñêtrë. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="329" />
            <source>Fichier modifié hors de juryapp : aucun document définitif n'est délivré.</source>
            <translation>[Fïçhïër mödïfïé hörs dë jürÿäpp : äüçüñ döçümëñt défïñïtïf ñ'ëst délïvré. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="368" />
            <source>Impression des documents</source>
            <translation>[Ïmprëssïöñ dës döçümëñts ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="369" />
            <source>Sauvegardes automatiques</source>
            <translation>[Säüvëgärdës äütömätïqüës ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="370" />
            <source>Archive du centre</source>
            <translation>[Ärçhïvë dü çëñtrë ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="387" />
            <location filename="../juryapp/gui/documents_menu.py" line="497" />
            <location filename="../juryapp/gui/main_window.py" line="507" />
            <source>Préférences du centre</source>
            <translation>[Préférëñçës dü çëñtrë ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="477" />
            <source>Parcourir…</source>
            <translation>[Pärçöürïr… ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="478" />
            <source>Parcourir : {what}</source>
            <translation>[Pärçöürïr : {what} ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="505" />
            <location filename="../juryapp/gui/documents_menu.py" line="512" />
            <source>Page d'étalonnage</source>
            <translation>[Pägë d'étälöññägë ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/documents_menu.py" line="505" />
            <location filename="../juryapp/gui/documents_menu.py" line="301" />
            <source>Documents PDF (*.pdf)</source>
            <translation>[Döçümëñts PDF (*.pdf) ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/evaluation_grid.py" line="77" />
            <source>✔ acquis</source>
            <translation>[✔ äçqüïs ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/evaluation_grid.py" line="77" />
            <source>✘ non acquis</source>
            <translation>[✘ ñöñ äçqüïs ~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/evaluation_grid.py" line="77" />
            <source>à décider</source>
            <translation>[à déçïdër ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/evaluation_grid.py" line="103" />
            <source>observation non datée</source>
            <translation>[öbsërvätïöñ ñöñ dätéë ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/evaluation_grid.py" line="124" />
            <source>Ensemble du {ccp} (liste des compétences incomplète)</source>
            <translation>[Ëñsëmblë dü {ccp} (lïstë dës çömpétëñçës ïñçömplètë) ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/evaluation_grid.py" line="254" />
            <source>Compétence professionnelle</source>
            <translation>[Çömpétëñçë pröfëssïöññëllë ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/evaluation_grid.py" line="293" />
            <source>⚠ Non enregistré : {text}</source>
            <translation>[⚠ Ñöñ ëñrëgïstré : {text} ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/evaluation_grid.py" line="297" />
            <source>Marque : {mark}</source>
            <translation>[Märqüë : {mark} ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/evaluation_grid.py" line="300" />
            <source>⚠ Non enregistré (brouillon) :</source>
            <translation>[⚠ Ñöñ ëñrëgïstré (bröüïllöñ) : ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/evaluation_grid.py" line="303" />
            <source>{cp}, {assessment} : marque {mark} ; {count} observation(s)</source>
            <translation>[{cp}, {assessment} : märqüë {mark} ; {count} öbsërvätïöñ(s) ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/evaluation_grid.py" line="307" />
            <source>dernière : {text}</source>
            <translation>[dërñïèrë : {text} ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/evaluation_grid.py" line="308" />
            <source>brouillon non enregistré</source>
            <translation>[bröüïllöñ ñöñ ëñrëgïstré ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/evaluation_grid.py" line="321" />
            <source>Compétence non confirmée par une source officielle (référentiel non vérifié).</source>
            <translation>[Çömpétëñçë ñöñ çöñfïrméë pär üñë söürçë öffïçïëllë (référëñtïël ñöñ vérïfïé). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/evaluation_grid.py" line="325" />
            <source>(non vérifiée)</source>
            <translation>[(ñöñ vérïfïéë) ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/evaluation_grid.py" line="347" />
            <location filename="../juryapp/gui/evaluation_grid.py" line="365" />
            <source>Observation {cp} ({assessment}) de {ref}</source>
            <translation>[Öbsërvätïöñ {cp} ({assessment}) dë {ref} ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/evaluation_grid.py" line="360" />
            <source>observation vide : rien à ajouter</source>
            <translation>[öbsërvätïöñ vïdë : rïëñ à äjöütër ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/evaluation_grid.py" line="376" />
            <source>Marque {cp} ({assessment}) de {ref} : {mark}</source>
            <translation>[Märqüë {cp} ({assessment}) dë {ref} : {mark} ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/evaluation_grid.py" line="393" />
            <location filename="../juryapp/gui/final_interview_panel.py" line="349" />
            <source>modification annulée</source>
            <translation>[mödïfïçätïöñ äññüléë ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/evaluation_grid.py" line="526" />
            <source>{count} obs. · {text}</source>
            <translation>[{count} öbs. · {text} ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/evaluation_grid.py" line="544" />
            <source>Entrée : ajouter l'observation · Maj+Entrée : aller à la ligne · Échap : fermer</source>
            <translation>[Ëñtréë : äjöütër l'öbsërvätïöñ · Mäj+Ëñtréë : ällër à lä lïgñë · Éçhäp : fërmër ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/evaluation_panel.py" line="46" />
            <source>Pourquoi l'évaluation n'est pas modifiable</source>
            <translation>[Pöürqüöï l'évälüätïöñ ñ'ëst päs mödïfïäblë ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/evaluation_panel.py" line="48" />
            <source>CCP examinés dans la session</source>
            <translation>[ÇÇP ëxämïñés däñs lä sëssïöñ ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/evaluation_panel.py" line="142" />
            <source>Évaluation</source>
            <translation>[Évälüätïöñ ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/evaluation_panel.py" line="145" />
            <source>Évaluation — {name} ({ref})</source>
            <translation>[Évälüätïöñ — {name} ({ref}) ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/evaluation_panel.py" line="149" />
            <source>Session CCS : aucun CCP n'est examiné dans cette session. Le CCS se décide dans le panneau Délibération.</source>
            <translation>[Sëssïöñ ÇÇS : äüçüñ ÇÇP ñ'ëst ëxämïñé däñs çëttë sëssïöñ. Lë ÇÇS së déçïdë däñs lë päññëäü Délïbérätïöñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/evaluation_panel.py" line="154" />
            <source>Aucun CCP n'est examiné dans cette session.</source>
            <translation>[Äüçüñ ÇÇP ñ'ëst ëxämïñé däñs çëttë sëssïöñ. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/evaluation_panel.py" line="158" />
            <source>Candidat {attendance} : ni observation ni décision de CCP pour ce candidat.</source>
            <translation>[Çäñdïdät {attendance} : ñï öbsërvätïöñ ñï déçïsïöñ dë ÇÇP pöür çë çäñdïdät. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/file_watch.py" line="76" />
            <source>Fichier en lecture seule</source>
            <translation>[Fïçhïër ëñ lëçtürë sëülë ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/file_watch.py" line="77" />
            <source>&amp;Rouvrir le fichier</source>
            <translation>[&amp;Röüvrïr lë fïçhïër ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/file_watch.py" line="78" />
            <source>Fermer le fichier et l'ouvrir à nouveau, en écriture s'il peut l'être</source>
            <translation>[Fërmër lë fïçhïër ët l'öüvrïr à ñöüvëäü, ëñ éçrïtürë s'ïl pëüt l'êtrë ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/file_watch.py" line="90" />
            <source>Fichier modifié hors de juryapp</source>
            <translation>[Fïçhïër mödïfïé hörs dë jürÿäpp ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/file_watch.py" line="115" />
            <source>Le fichier a été {what} par un autre programme depuis son ouverture : cette fenêtre est passée en lecture seule et n'y écrit plus. Rouvrez-le pour travailler sur sa version actuelle.</source>
            <translation>[Lë fïçhïër ä été {what} pär üñ äütrë prögrämmë dëpüïs söñ öüvërtürë : çëttë fëñêtrë ëst pässéë ëñ lëçtürë sëülë ët ñ'ÿ éçrït plüs. Röüvrëz-lë pöür träväïllër sür sä vërsïöñ äçtüëllë. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/file_watch.py" line="122" />
            <source>Aucune modification ne sera enregistrée ; consultation, export et aperçu restent possibles.</source>
            <translation>[Äüçüñë mödïfïçätïöñ ñë sërä ëñrëgïstréë ; çöñsültätïöñ, ëxpört ët äpërçü rëstëñt pössïblës. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/file_watch.py" line="125" />
            <source>Lecture seule</source>
            <translation>[Lëçtürë sëülë ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/file_watch.py" line="133" />
            <source>(et {n} autres)</source>
            <translation>[(ët {n} äütrës) ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/file_watch.py" line="134" />
            <source>Fichier modifié hors de juryapp : {problems} ; aucun document définitif ne sera délivré (vérifiez-le avec « juryapp check »).</source>
            <translation>[Fïçhïër mödïfïé hörs dë jürÿäpp : {problems} ; äüçüñ döçümëñt défïñïtïf ñë sërä délïvré (vérïfïëz-lë ävëç « jürÿäpp çhëçk »). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/final_interview_panel.py" line="49" />
            <source>Notes non enregistrées : cochez « Entretien final tenu » pour les enregistrer.</source>
            <translation>[Ñötës ñöñ ëñrëgïstréës : çöçhëz « Ëñtrëtïëñ fïñäl tëñü » pöür lës ëñrëgïstrër. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/final_interview_panel.py" line="75" />
            <source>Pourquoi l'entretien final n'est pas modifiable</source>
            <translation>[Pöürqüöï l'ëñtrëtïëñ fïñäl ñ'ëst päs mödïfïäblë ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/final_interview_panel.py" line="76" />
            <location filename="../juryapp/gui/final_interview_panel.py" line="77" />
            <source>Entretien final tenu</source>
            <translation>[Ëñtrëtïëñ fïñäl tëñü ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/final_interview_panel.py" line="81" />
            <source>Date de l'entretien final</source>
            <translation>[Dätë dë l'ëñtrëtïëñ fïñäl ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/final_interview_panel.py" line="84" />
            <source>Notes de l'entretien final</source>
            <translation>[Ñötës dë l'ëñtrëtïëñ fïñäl ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/final_interview_panel.py" line="85" />
            <source>Points abordés, échanges sur le dossier professionnel…</source>
            <translation>[Pöïñts äbördés, éçhäñgës sür lë dössïër pröfëssïöññël… ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/final_interview_panel.py" line="89" />
            <source>État de l'enregistrement</source>
            <translation>[Étät dë l'ëñrëgïstrëmëñt ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/final_interview_panel.py" line="92" />
            <source>Début, fin et durée de l'entretien final</source>
            <translation>[Débüt, fïñ ët düréë dë l'ëñtrëtïëñ fïñäl ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/final_interview_panel.py" line="94" />
            <source>Autres chronomètres en cours</source>
            <translation>[Äütrës çhröñömètrës ëñ çöürs ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/final_interview_panel.py" line="104" />
            <source>Date :</source>
            <translation>[Dätë : ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/final_interview_panel.py" line="117" />
            <source>Notes :</source>
            <translation>[Ñötës : ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/final_interview_panel.py" line="122" />
            <source>Chronomètre</source>
            <translation>[Çhröñömètrë ~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/final_interview_panel.py" line="178" />
            <source>Entretien final — {name} ({ref})</source>
            <translation>[Ëñtrëtïëñ fïñäl — {name} ({ref}) ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/final_interview_panel.py" line="181" />
            <source>Candidat absent : pas d'entretien final.</source>
            <translation>[Çäñdïdät äbsëñt : päs d'ëñtrëtïëñ fïñäl. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/final_interview_panel.py" line="183" />
            <source>Candidat excusé : pas d'entretien final.</source>
            <translation>[Çäñdïdät ëxçüsé : päs d'ëñtrëtïëñ fïñäl. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/final_interview_panel.py" line="207" />
            <source>Notes non enregistrées.</source>
            <translation>[Ñötës ñöñ ëñrëgïstréës. ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/final_interview_panel.py" line="228" />
            <source>Enregistré le {day} à {time} par {actor}</source>
            <translation>[Ëñrëgïstré lë {day} à {time} pär {actor} ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/final_interview_panel.py" line="229" />
            <source>Entretien final enregistré.</source>
            <translation>[Ëñtrëtïëñ fïñäl ëñrëgïstré. ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/final_interview_panel.py" line="262" />
            <source>Modification à enregistrer en quittant le champ (session close : motif demandé).</source>
            <translation>[Mödïfïçätïöñ à ëñrëgïstrër ëñ qüïttäñt lë çhämp (sëssïöñ çlösë : mötïf dëmäñdé). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/final_interview_panel.py" line="267" />
            <source>Notes</source>
            <translation>[Ñötës ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/final_interview_panel.py" line="307" />
            <source>Entretien final de {ref}</source>
            <translation>[Ëñtrëtïëñ fïñäl dë {ref} ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/final_interview_panel.py" line="326" />
            <location filename="../juryapp/gui/final_interview_panel.py" line="211" />
            <source>Aucun entretien final enregistré.</source>
            <translation>[Äüçüñ ëñtrëtïëñ fïñäl ëñrëgïstré. ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/final_interview_panel.py" line="328" />
            <source>Retrait de l'entretien final de {ref}</source>
            <translation>[Rëträït dë l'ëñtrëtïëñ fïñäl dë {ref} ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/final_interview_panel.py" line="336" />
            <source>Entretien final retiré à {time}</source>
            <translation>[Ëñtrëtïëñ fïñäl rëtïré à {time} ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/final_interview_panel.py" line="381" />
            <source>Durée de l'entretien final de {ref}</source>
            <translation>[Düréë dë l'ëñtrëtïëñ fïñäl dë {ref} ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/final_interview_panel.py" line="392" />
            <source>Durée enregistrée à {time}</source>
            <translation>[Düréë ëñrëgïstréë à {time} ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/final_interview_panel.py" line="409" />
            <source>⚠ Durée non enregistrée : {timing}</source>
            <translation>[⚠ Düréë ñöñ ëñrëgïstréë : {timing} ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/final_interview_panel.py" line="428" />
            <source>Chronomètre en cours aussi pour : {names}</source>
            <translation>[Çhröñömètrë ëñ çöürs äüssï pöür : {names} ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/final_interview_panel.py" line="484" />
            <source>{candidate} — entretien final : notes, durée ou chronomètre</source>
            <translation>[{candidate} — ëñtrëtïëñ fïñäl : ñötës, düréë öü çhröñömètrë ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/form_fields.py" line="41" />
            <source>{label} : date invalide « {text} » (attendu JJ/MM/AAAA)</source>
            <translation>[{label} : dätë ïñvälïdë « {text} » (ättëñdü JJ/MM/ÄÄÄÄ) ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/form_fields.py" line="57" />
            <source>Fichier ouvert en lecture seule ({why}) : rien ne peut être modifié.</source>
            <translation>[Fïçhïër öüvërt ëñ lëçtürë sëülë ({why}) : rïëñ ñë pëüt êtrë mödïfïé. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/form_fields.py" line="65" />
            <source>{why} (dans la fenêtre principale).</source>
            <translation>[{why} (däñs lä fëñêtrë prïñçïpälë). ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_dialogs.py" line="59" />
            <source>Préparer pour le jury</source>
            <translation>[Prépärër pöür lë jürÿ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_dialogs.py" line="69" />
            <source>Phrase secrète du paquet pour le jury</source>
            <translation>[Phräsë sëçrètë dü päqüët pöür lë jürÿ ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_dialogs.py" line="70" />
            <source>Le paquet contient toute la session : noms, dates de naissance, résultats. Chiffré par une phrase secrète, il ne révèle rien à qui trouverait la clé USB. Donnez la phrase secrète au jury par un autre moyen que la clé (de vive voix, par téléphone).</source>
            <translation>[Lë päqüët çöñtïëñt töütë lä sëssïöñ : ñöms, dätës dë ñäïssäñçë, résültäts. Çhïffré pär üñë phräsë sëçrètë, ïl ñë révèlë rïëñ à qüï tröüvëräït lä çlé ÜSB. Döññëz lä phräsë sëçrètë äü jürÿ pär üñ äütrë möÿëñ qüë lä çlé (dë vïvë vöïx, pär téléphöñë). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_dialogs.py" line="75" />
            <source>Préparation du paquet pour le jury…</source>
            <translation>[Prépärätïöñ dü päqüët pöür lë jürÿ… ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_dialogs.py" line="84" />
            <source>Donnez la phrase secrète au jury par un autre moyen que la clé USB.</source>
            <translation>[Döññëz lä phräsë sëçrètë äü jürÿ pär üñ äütrë möÿëñ qüë lä çlé ÜSB. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_dialogs.py" line="86" />
            <source>Paquet pour le jury écrit : {path}</source>
            <translation>[Päqüët pöür lë jürÿ éçrït : {path} ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_dialogs.py" line="96" />
            <source>{count} copie(s) de travail supprimée(s)</source>
            <translation>[{count} çöpïë(s) dë träväïl süpprïméë(s) ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_dialogs.py" line="108" />
            <source>Reprendre du jury</source>
            <translation>[Rëprëñdrë dü jürÿ ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_dialogs.py" line="117" />
            <source>&amp;Lire le paquet</source>
            <translation>[&amp;Lïrë lë päqüët ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_dialogs.py" line="129" />
            <location filename="../juryapp/gui/handoff_dialogs.py" line="137" />
            <source>Paquet non repris</source>
            <translation>[Päqüët ñöñ rëprïs ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_dialogs.py" line="143" />
            <source>Session {ref} reprise du jury</source>
            <translation>[Sëssïöñ {ref} rëprïsë dü jürÿ ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_dialogs.py" line="150" />
            <source>Lecture du paquet…</source>
            <translation>[Lëçtürë dü päqüët… ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_dialogs.py" line="157" />
            <source>Reprise du paquet…</source>
            <translation>[Rëprïsë dü päqüët… ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_dialogs.py" line="175" />
            <source>Réouverture impossible</source>
            <translation>[Réöüvërtürë ïmpössïblë ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_dialogs.py" line="176" />
            <source>{error}

Fermez cette fenêtre et ouvrez de nouveau le fichier.</source>
            <translation>[{error}

Fërmëz çëttë fëñêtrë ët öüvrëz dë ñöüvëäü lë fïçhïër. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_laptop.py" line="34" />
            <source>Une copie de travail de cette remise est déjà sur ce poste, avec des changements :
{file}

Ouvrir cette copie, ou la remplacer par le paquet (ses changements seront perdus) ?</source>
            <translation>[Üñë çöpïë dë träväïl dë çëttë rëmïsë ëst déjà sür çë pöstë, ävëç dës çhäñgëmëñts :
{file}

Öüvrïr çëttë çöpïë, öü lä rëmpläçër pär lë päqüët (sës çhäñgëmëñts sëröñt përdüs) ? ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_laptop.py" line="39" />
            <source>&amp;Ouvrir la copie</source>
            <translation>[&amp;Oüvrïr lä çöpïë ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_laptop.py" line="40" />
            <source>&amp;Remplacer par le paquet</source>
            <translation>[&amp;Rëmpläçër pär lë päqüët ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_laptop.py" line="52" />
            <location filename="../juryapp/gui/handoff_laptop.py" line="32" />
            <source>Ouvrir un paquet du secrétariat</source>
            <translation>[Öüvrïr üñ päqüët dü sëçrétärïät ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_laptop.py" line="63" />
            <location filename="../juryapp/gui/handoff_laptop.py" line="73" />
            <source>Ouverture du paquet…</source>
            <translation>[Öüvërtürë dü päqüët… ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_laptop.py" line="78" />
            <source>&amp;Ouvrir le paquet</source>
            <translation>[&amp;Oüvrïr lë päqüët ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_laptop.py" line="82" />
            <source>Paquet non ouvert</source>
            <translation>[Päqüët ñöñ öüvërt ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_laptop.py" line="88" />
            <source>Cette copie de travail est déjà ouverte : {path}</source>
            <translation>[Çëttë çöpïë dë träväïl ëst déjà öüvërtë : {path} ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_laptop.py" line="97" />
            <source>Remettre au secrétariat</source>
            <translation>[Rëmëttrë äü sëçrétärïät ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_laptop.py" line="113" />
            <source>Phrase secrète du paquet de retour</source>
            <translation>[Phräsë sëçrètë dü päqüët dë rëtöür ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_laptop.py" line="114" />
            <source>Le paquet de retour contient toute la session et les décisions du jury. Chiffrez-le par une phrase secrète convenue avec le secrétariat : une clé USB perdue ne révélera rien.</source>
            <translation>[Lë päqüët dë rëtöür çöñtïëñt töütë lä sëssïöñ ët lës déçïsïöñs dü jürÿ. Çhïffrëz-lë pär üñë phräsë sëçrètë çöñvëñüë ävëç lë sëçrétärïät : üñë çlé ÜSB përdüë ñë révélërä rïëñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_laptop.py" line="118" />
            <source>Préparation du paquet de retour…</source>
            <translation>[Prépärätïöñ dü päqüët dë rëtöür… ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_laptop.py" line="127" />
            <source>Une fois le paquet repris par le secrétariat, « Purger ce poste » supprimera la copie de travail de cet ordinateur.</source>
            <translation>[Üñë föïs lë päqüët rëprïs pär lë sëçrétärïät, « Pürgër çë pöstë » süpprïmërä lä çöpïë dë träväïl dë çët ördïñätëür. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_laptop.py" line="133" />
            <source>Paquet de retour écrit : {path}</source>
            <translation>[Päqüët dë rëtöür éçrït : {path} ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_passphrase.py" line="43" />
            <source>La phrase secrète chiffre le paquet : sans elle, personne ne peut lire la session. Donnez-la au jury par un autre moyen que la clé USB.</source>
            <translation>[Lä phräsë sëçrètë çhïffrë lë päqüët : säñs ëllë, përsöññë ñë pëüt lïrë lä sëssïöñ. Döññëz-lä äü jürÿ pär üñ äütrë möÿëñ qüë lä çlé ÜSB. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_passphrase.py" line="81" />
            <source>Saisissez la phrase secrète.</source>
            <translation>[Säïsïssëz lä phräsë sëçrètë. ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_passphrase.py" line="87" />
            <source>La phrase secrète doit avoir au moins {count} caractères.</source>
            <translation>[Lä phräsë sëçrètë döït ävöïr äü möïñs {count} çäräçtèrës. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_passphrase.py" line="125" />
            <source>Paquet NON chiffré : quiconque détient la clé USB ou une copie du fichier peut lire toute la session.</source>
            <translation>[Päqüët ÑÖÑ çhïffré : qüïçöñqüë détïëñt lä çlé ÜSB öü üñë çöpïë dü fïçhïër pëüt lïrë töütë lä sëssïöñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_passphrase.py" line="154" />
            <source>Paquet sans chiffrement</source>
            <translation>[Päqüët säñs çhïffrëmëñt ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_passphrase.py" line="155" />
            <source>Sans phrase secrète, le paquet n'est PAS chiffré : quiconque détient la clé USB, ou une copie du fichier, peut lire toute la session (noms, dates de naissance, résultats, décisions).

Écrire quand même le paquet sans chiffrement ?</source>
            <translation>[Säñs phräsë sëçrètë, lë päqüët ñ'ëst PÄS çhïffré : qüïçöñqüë détïëñt lä çlé ÜSB, öü üñë çöpïë dü fïçhïër, pëüt lïrë töütë lä sëssïöñ (ñöms, dätës dë ñäïssäñçë, résültäts, déçïsïöñs).

Éçrïrë qüäñd mêmë lë päqüët säñs çhïffrëmëñt ? ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_purge.py" line="35" />
            <source>&amp;Supprimer les copies…</source>
            <translation>[&amp;Süpprïmër lës çöpïës… ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_purge.py" line="43" />
            <source>Résultat de la purge</source>
            <translation>[Résültät dë lä pürgë ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_purge.py" line="69" />
            <source>Aucune copie de travail sur ce poste</source>
            <translation>[Äüçüñë çöpïë dë träväïl sür çë pöstë ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_purge.py" line="75" />
            <source>introuvable (déjà supprimée ?)</source>
            <translation>[ïñtröüväblë (déjà süpprïméë ?) ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_purge.py" line="77" />
            <source>rendue le {when}</source>
            <translation>[rëñdüë lë {when} ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_purge.py" line="78" />
            <source>pas encore rendue</source>
            <translation>[päs ëñçörë rëñdüë ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_purge.py" line="94" />
            <source>Supprimer définitivement de ce poste ces copies de travail et leurs sauvegardes ?

{files}</source>
            <translation>[Süpprïmër défïñïtïvëmëñt dë çë pöstë çës çöpïës dë träväïl ët lëürs säüvëgärdës ?

{files} ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_purge.py" line="98" />
            <source>{count} d'entre elles n'ont pas été rendues au secrétariat : le travail du jury qu'elles contiennent sera perdu.</source>
            <translation>[{count} d'ëñtrë ëllës ñ'öñt päs été rëñdüës äü sëçrétärïät : lë träväïl dü jürÿ qü'ëllës çöñtïëññëñt sërä përdü. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_purge.py" line="104" />
            <source>Purger ce poste</source>
            <translation>[Pürgër çë pöstë ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_purge.py" line="121" />
            <source>Supprimée : {path}</source>
            <translation>[Süpprïméë : {path} ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_purge.py" line="122" />
            <source>Conservée (pas encore rendue) : {path}</source>
            <translation>[Çöñsërvéë (päs ëñçörë rëñdüë) : {path} ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_purge.py" line="123" />
            <source>Non supprimée : {why}</source>
            <translation>[Ñöñ süpprïméë : {why} ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_purge.py" line="124" />
            <source>Rien à supprimer.</source>
            <translation>[Rïëñ à süpprïmër. ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_steps.py" line="32" />
            <source>Paquets juryapp (*.jurypkg);;Tous les fichiers (*)</source>
            <translation>[Päqüëts jürÿäpp (*.jürÿpkg);;Töüs lës fïçhïërs (*) ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_steps.py" line="86" />
            <source>Ce paquet est chiffré : saisissez la phrase secrète convenue pour cette remise.</source>
            <translation>[Çë päqüët ëst çhïffré : säïsïssëz lä phräsë sëçrètë çöñvëñüë pöür çëttë rëmïsë. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_steps.py" line="90" />
            <source>Phrase secrète incorrecte (ou paquet altéré) : saisissez-la de nouveau.</source>
            <translation>[Phräsë sëçrètë ïñçörrëçtë (öü päqüët ältéré) : säïsïssëz-lä dë ñöüvëäü. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_steps.py" line="125" />
            <source>&amp;Écrire le paquet</source>
            <translation>[&amp;Éçrïrë lë päqüët ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_steps.py" line="133" />
            <source>Paquet non écrit</source>
            <translation>[Päqüët ñöñ éçrït ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_steps.py" line="145" />
            <source>Fichier ouvert en lecture seule ({why}) : rien n'a été fait.</source>
            <translation>[Fïçhïër öüvërt ëñ lëçtürë sëülë ({why}) : rïëñ ñ'ä été fäït. ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_take_back.py" line="67" />
            <source>&amp;Reprendre</source>
            <translation>[&amp;Rëprëñdrë ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_take_back.py" line="70" />
            <source>Fait ce que dit le texte au-dessus de la liste ; impossible tant qu'il reste un conflit.</source>
            <translation>[Fäït çë qüë dït lë tëxtë äü-dëssüs dë lä lïstë ; ïmpössïblë täñt qü'ïl rëstë üñ çöñflït. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_take_back.py" line="73" />
            <source>&amp;Annuler</source>
            <translation>[&amp;Aññülër ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_take_back.py" line="96" />
            <source>Paquet {package} : session {ref} ({title}), remise {handoff}, rendue au secrétariat par {who} le {when}.</source>
            <translation>[Päqüët {package} : sëssïöñ {ref} ({title}), rëmïsë {handoff}, rëñdüë äü sëçrétärïät pär {who} lë {when}. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_take_back.py" line="110" />
            <source>{count} conflit(s) : le secrétariat et le jury ont modifié différemment les mêmes éléments (en rouge, en tête de liste). Rien n'est fusionné ni enregistré : accordez les deux fichiers sur ces éléments, puis reprenez le paquet.</source>
            <translation>[{count} çöñflït(s) : lë sëçrétärïät ët lë jürÿ öñt mödïfïé dïfférëmmëñt lës mêmës élémëñts (ëñ röügë, ëñ têtë dë lïstë). Rïëñ ñ'ëst füsïöññé ñï ëñrëgïstré : äççördëz lës dëüx fïçhïërs sür çës élémëñts, püïs rëprëñëz lë päqüët. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_take_back.py" line="117" />
            <source>« Reprendre » enregistre la session dans l'archive du centre ({archive}).</source>
            <translation>[« Rëprëñdrë » ëñrëgïstrë lä sëssïöñ däñs l'ärçhïvë dü çëñtrë ({archive}). ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_take_back.py" line="121" />
            <source>Le fichier ouvert ({file}) n'est pas celui de la session {ref} : seule l'archive sera mise à jour. Pour mettre aussi à jour le fichier de la session, ouvrez-le et reprenez le paquet depuis sa fenêtre.</source>
            <translation>[Lë fïçhïër öüvërt ({file}) ñ'ëst päs çëlüï dë lä sëssïöñ {ref} : sëülë l'ärçhïvë sërä mïsë à jöür. Pöür mëttrë äüssï à jöür lë fïçhïër dë lä sëssïöñ, öüvrëz-lë ët rëprëñëz lë päqüët dëpüïs sä fëñêtrë. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_take_back.py" line="128" />
            <source>Le fichier ouvert contient déjà ce retour du jury : il ne sera pas modifié.</source>
            <translation>[Lë fïçhïër öüvërt çöñtïëñt déjà çë rëtöür dü jürÿ : ïl ñë sërä päs mödïfïé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_take_back.py" line="131" />
            <source>Le secrétariat a modifié son fichier depuis la remise (changements « secrétariat » ci-dessous) : le fichier ouvert n'est pas remplacé, le retour du jury sera écrit à côté, dans {beside} ; reportez-y les changements du secrétariat avant de l'utiliser.</source>
            <translation>[Lë sëçrétärïät ä mödïfïé söñ fïçhïër dëpüïs lä rëmïsë (çhäñgëmëñts « sëçrétärïät » çï-dëssöüs) : lë fïçhïër öüvërt ñ'ëst päs rëmpläçé, lë rëtöür dü jürÿ sërä éçrït à çôté, däñs {beside} ; rëpörtëz-ÿ lës çhäñgëmëñts dü sëçrétärïät äväñt dë l'ütïlïsër. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_take_back.py" line="139" />
            <source>Le fichier ouvert ({file}) sera remplacé par le retour du jury ; il est d'abord sauvegardé (Session › Restaurer une sauvegarde).</source>
            <translation>[Lë fïçhïër öüvërt ({file}) sërä rëmpläçé pär lë rëtöür dü jürÿ ; ïl ëst d'äbörd säüvëgärdé (Sëssïöñ › Rëstäürër üñë säüvëgärdë). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_take_back.py" line="161" />
            <source>Aucun changement depuis la remise</source>
            <translation>[Äüçüñ çhäñgëmëñt dëpüïs lä rëmïsë ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_take_back.py" line="163" />
            <source>jury et secrétariat</source>
            <translation>[jürÿ ët sëçrétärïät ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_take_back.py" line="163" />
            <source>jury</source>
            <translation>[jürÿ ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_take_back.py" line="163" />
            <source>secrétariat</source>
            <translation>[sëçrétärïät ~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_take_back.py" line="173" />
            <source>{n} conflit(s)</source>
            <translation>[{n} çöñflït(s) ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_take_back.py" line="173" />
            <source>{n} changement(s)</source>
            <translation>[{n} çhäñgëmëñt(s) ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_take_back.py" line="213" />
            <source>Session reprise dans l'archive du centre : {path}</source>
            <translation>[Sëssïöñ rëprïsë däñs l'ärçhïvë dü çëñtrë : {path} ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_take_back.py" line="215" />
            <source>Fichier de session remplacé par le retour du jury : {path}</source>
            <translation>[Fïçhïër dë sëssïöñ rëmpläçé pär lë rëtöür dü jürÿ : {path} ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_take_back.py" line="217" />
            <source>L'ancien fichier est sauvegardé dans {path}</source>
            <translation>[L'äñçïëñ fïçhïër ëst säüvëgärdé däñs {path} ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_take_back.py" line="220" />
            <source>Retour du jury écrit à côté : {path} ; le fichier du secrétariat a changé depuis la remise : reportez ses changements dans le retour du jury avant de l'utiliser.</source>
            <translation>[Rëtöür dü jürÿ éçrït à çôté : {path} ; lë fïçhïër dü sëçrétärïät ä çhäñgé dëpüïs lä rëmïsë : rëpörtëz sës çhäñgëmëñts däñs lë rëtöür dü jürÿ äväñt dë l'ütïlïsër. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/handoff_take_back.py" line="226" />
            <source>Le fichier de session contenait déjà ce retour du jury : il n'a pas été modifié.</source>
            <translation>[Lë fïçhïër dë sëssïöñ çöñtëñäït déjà çë rëtöür dü jürÿ : ïl ñ'ä päs été mödïfïé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/help_viewer.py" line="121" />
            <source>Guide d'utilisation — juryapp</source>
            <translation>[Güïdë d'ütïlïsätïöñ — jürÿäpp ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/help_viewer.py" line="122" />
            <source>Guide d'utilisation</source>
            <translation>[Güïdë d'ütïlïsätïöñ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/help_viewer.py" line="127" />
            <source>Précédent</source>
            <translation>[Préçédëñt ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/help_viewer.py" line="128" />
            <source>Suivant</source>
            <translation>[Süïväñt ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/help_viewer.py" line="129" />
            <source>Sommaire</source>
            <translation>[Sömmäïrë ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/help_viewer.py" line="131" />
            <source>Rechercher dans le guide… (Entrée : suivant)</source>
            <translation>[Rëçhërçhër däñs lë güïdë… (Ëñtréë : süïväñt) ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/help_viewer.py" line="132" />
            <source>Rechercher dans le guide</source>
            <translation>[Rëçhërçhër däñs lë güïdë ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/help_viewer.py" line="135" />
            <source>Pages du guide</source>
            <translation>[Pägës dü güïdë ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/help_viewer.py" line="145" />
            <source>Page du guide</source>
            <translation>[Pägë dü güïdë ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/help_viewer.py" line="223" />
            <source>{page} — Guide d'utilisation</source>
            <translation>[{page} — Güïdë d'ütïlïsätïöñ ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/history_panel.py" line="22" />
            <source>Date et auteur</source>
            <translation>[Dätë ët äütëür ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/history_panel.py" line="22" />
            <source>Objet</source>
            <translation>[Öbjët ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/history_panel.py" line="22" />
            <source>Valeur</source>
            <translation>[Välëür ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/history_panel.py" line="22" />
            <source>État et motif</source>
            <translation>[Étät ët mötïf ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/history_panel.py" line="42" />
            <source>date non indiquée</source>
            <translation>[dätë ñöñ ïñdïqüéë ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/history_panel.py" line="71" />
            <source>tenu le {day} (jurés {jurors})</source>
            <translation>[tëñü lë {day} (jürés {jurors}) ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/history_panel.py" line="77" />
            <source>(jurés {jurors})</source>
            <translation>[(jürés {jurors}) ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/history_panel.py" line="83" />
            <source>révoquée le {when} par {who}</source>
            <translation>[révöqüéë lë {when} pär {who} ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/history_panel.py" line="85" />
            <source>courante</source>
            <translation>[çöüräñtë ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/history_panel.py" line="85" />
            <source>remplacée</source>
            <translation>[rëmpläçéë ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/history_panel.py" line="135" />
            <source>par {who}</source>
            <translation>[pär {who} ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/history_panel.py" line="159" />
            <source>Historique des décisions du candidat</source>
            <translation>[Hïstörïqüë dës déçïsïöñs dü çäñdïdät ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/history_panel.py" line="175" />
            <source>État de l'historique</source>
            <translation>[Étät dë l'hïstörïqüë ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/history_panel.py" line="194" />
            <source>Historique</source>
            <translation>[Hïstörïqüë ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/history_panel.py" line="199" />
            <source>Historique — {name} ({ref})</source>
            <translation>[Hïstörïqüë — {name} ({ref}) ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/history_panel.py" line="202" />
            <source>Rien n'a encore été enregistré pour ce candidat.</source>
            <translation>[Rïëñ ñ'ä ëñçörë été ëñrëgïstré pöür çë çäñdïdät. ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/interview_timer.py" line="46" />
            <source>{h} h {m:02d} min {s:02d} s</source>
            <translation>[{h} h {m:02d} mïñ {s:02d} s ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/interview_timer.py" line="48" />
            <source>{m} min {s:02d} s</source>
            <translation>[{m} mïñ {s:02d} s ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/interview_timer.py" line="49" />
            <source>{s} s</source>
            <translation>[{s} s ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/interview_timer.py" line="55" />
            <source>Commencé à {start}, terminé à {end}, durée {duration}</source>
            <translation>[Çömmëñçé à {start}, tërmïñé à {end}, düréë {duration} ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/interview_timer.py" line="115" />
            <source>Temps de l'entretien final</source>
            <translation>[Tëmps dë l'ëñtrëtïëñ fïñäl ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/interview_timer.py" line="120" />
            <source>Démarrer ou mettre en pause le chronomètre</source>
            <translation>[Démärrër öü mëttrë ëñ päüsë lë çhröñömètrë ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/interview_timer.py" line="121" />
            <source>Terminer</source>
            <translation>[Tërmïñër ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/interview_timer.py" line="124" />
            <source>Terminer l'entretien : son début, sa fin et sa durée sont enregistrés ({key})</source>
            <translation>[Tërmïñër l'ëñtrëtïëñ : söñ débüt, sä fïñ ët sä düréë söñt ëñrëgïstrés ({key}) ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/interview_timer.py" line="128" />
            <source>Terminer l'entretien et enregistrer sa durée</source>
            <translation>[Tërmïñër l'ëñtrëtïëñ ët ëñrëgïstrër sä düréë ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/interview_timer.py" line="129" />
            <source>Réinitialiser</source>
            <translation>[Réïñïtïälïsër ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/interview_timer.py" line="242" />
            <source>{minutes} min prévues (par défaut : le référentiel ne fixe pas de durée)</source>
            <translation>[{minutes} mïñ prévüës (pär défäüt : lë référëñtïël ñë fïxë päs dë düréë) ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/interview_timer.py" line="245" />
            <source>{minutes} min prévues</source>
            <translation>[{minutes} mïñ prévüës ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/interview_timer.py" line="320" />
            <source>Dépassement de {time}</source>
            <translation>[Dépässëmëñt dë {time} ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/interview_timer.py" line="324" />
            <source>Temps restant {time}</source>
            <translation>[Tëmps rëstäñt {time} ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/interview_timer.py" line="326" />
            <source>Entretien terminé — {planned}</source>
            <translation>[Ëñtrëtïëñ tërmïñé — {planned} ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/interview_timer.py" line="328" />
            <source>Dépassement des {planned}</source>
            <translation>[Dépässëmëñt dës {planned} ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/interview_timer.py" line="330" />
            <source>Temps restant — {planned}</source>
            <translation>[Tëmps rëstäñt — {planned} ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/interview_timer.py" line="345" />
            <source>Pause</source>
            <translation>[Päüsë ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/interview_timer.py" line="345" />
            <source>Mettre le chronomètre en pause ({key})</source>
            <translation>[Mëttrë lë çhröñömètrë ëñ päüsë ({key}) ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/interview_timer.py" line="347" />
            <source>Reprendre</source>
            <translation>[Rëprëñdrë ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/interview_timer.py" line="347" />
            <source>Reprendre le chronomètre ({key})</source>
            <translation>[Rëprëñdrë lë çhröñömètrë ({key}) ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/interview_timer.py" line="349" />
            <source>Démarrer</source>
            <translation>[Démärrër ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/interview_timer.py" line="349" />
            <source>Démarrer le chronomètre ({key})</source>
            <translation>[Démärrër lë çhröñömètrë ({key}) ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/interview_timer.py" line="356" />
            <source>Remettre le chronomètre à {duration} ({key})</source>
            <translation>[Rëmëttrë lë çhröñömètrë à {duration} ({key}) ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/issuer_dialog.py" line="25" />
            <location filename="../juryapp/gui/issuer_dialog.py" line="38" />
            <source>Autorité de délivrance</source>
            <translation>[Äütörïté dë délïvräñçë ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/issuer_dialog.py" line="26" />
            <source>Commune de délivrance (« Fait à … »)</source>
            <translation>[Çömmüñë dë délïvräñçë (« Fäït à … ») ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/issuer_dialog.py" line="27" />
            <source>Nom du signataire</source>
            <translation>[Ñöm dü sïgñätäïrë ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/issuer_dialog.py" line="28" />
            <source>Qualité du signataire</source>
            <translation>[Qüälïté dü sïgñätäïrë ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/issuer_dialog.py" line="46" />
            <source>Parchemins et livrets sont délivrés par le représentant territorial du ministère du Travail (la DREETS de la région). Ces quatre champs sont imprimés sur les documents définitifs ; ils ne changent aucune décision du jury.</source>
            <translation>[Pärçhëmïñs ët lïvrëts söñt délïvrés pär lë rëprésëñtäñt tërrïtörïäl dü mïñïstèrë dü Träväïl (lä DRËËTS dë lä régïöñ). Çës qüätrë çhämps söñt ïmprïmés sür lës döçümëñts défïñïtïfs ; ïls ñë çhäñgëñt äüçüñë déçïsïöñ dü jürÿ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/jurors_dialog.py" line="38" />
            <source>Juré</source>
            <translation>[Jüré ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/jurors_dialog.py" line="38" />
            <source>Habilitation</source>
            <translation>[Häbïlïtätïöñ ~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/jurors_dialog.py" line="56" />
            <source>non datée</source>
            <translation>[ñöñ dätéë ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/jurors_dialog.py" line="58" />
            <source>{until} : ne couvre pas la session</source>
            <translation>[{until} : ñë çöüvrë päs lä sëssïöñ ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/jurors_dialog.py" line="68" />
            <source>La fiche du juré a été modifiée et n'est pas enregistrée. L'enregistrer ?</source>
            <translation>[Lä fïçhë dü jüré ä été mödïfïéë ët ñ'ëst päs ëñrëgïstréë. L'ëñrëgïstrër ? ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/jurors_dialog.py" line="80" />
            <source>Conflits d'intérêts</source>
            <translation>[Çöñflïts d'ïñtérêts ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/jurors_dialog.py" line="81" />
            <source>Nature</source>
            <translation>[Ñätürë ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/jurors_dialog.py" line="81" />
            <source>Note</source>
            <translation>[Ñötë ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/jurors_dialog.py" line="84" />
            <source>Jurés et conflits — {ref}[*]</source>
            <translation>[Jürés ët çöñflïts — {ref}[*] ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/jurors_dialog.py" line="156" />
            <source>Nouveau juré</source>
            <translation>[Ñöüvëäü jüré ~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/jurors_dialog.py" line="166" />
            <source>Fin d'habilitation</source>
            <translation>[Fïñ d'häbïlïtätïöñ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/jurors_dialog.py" line="203" />
            <source>{n} jurés habilités sans conflit</source>
            <translation>[{n} jürés häbïlïtés säñs çöñflït ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/jurors_dialog.py" line="210" />
            <source>Aucun candidat présent.</source>
            <translation>[Äüçüñ çäñdïdät présëñt. ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/jurors_dialog.py" line="211" />
            <source>Jury de chaque c&amp;andidat présent : {n} sans jury suffisant</source>
            <translation>[Jürÿ dë çhäqüë ç&amp;añdïdät présëñt : {n} säñs jürÿ süffïsäñt ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/jurors_dialog.py" line="213" />
            <source> (avec la fiche en cours, non enregistrée)</source>
            <translation>[ (ävëç lä fïçhë ëñ çöürs, ñöñ ëñrëgïstréë) ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/jurors_dialog.py" line="232" />
            <location filename="../juryapp/gui/jurors_selector.py" line="38" />
            <source>Juré {name}</source>
            <translation>[Jüré {name} ~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/jurors_dialog.py" line="252" />
            <source>Retirer un juré</source>
            <translation>[Rëtïrër üñ jüré ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/jurors_dialog.py" line="253" />
            <source>Retirer {name} ({ref}) et ses conflits d'intérêts de la session ?</source>
            <translation>[Rëtïrër {name} ({ref}) ët sës çöñflïts d'ïñtérêts dë lä sëssïöñ ? ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/jurors_dialog.py" line="261" />
            <source>Retrait du juré {name}</source>
            <translation>[Rëträït dü jüré {name} ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/jurors_dialog.py" line="265" />
            <source>✔ {ref} — {name} retiré(e).</source>
            <translation>[✔ {ref} — {name} rëtïré(ë). ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/jurors_selector.py" line="32" />
            <source>Jurés en conflit</source>
            <translation>[Jürés ëñ çöñflït ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/jurors_selector.py" line="34" />
            <source>Jurés :</source>
            <translation>[Jürés : ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/jurors_selector.py" line="69" />
            <source>{name} — en conflit</source>
            <translation>[{name} — ëñ çöñflït ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/jurors_selector.py" line="71" />
            <source>En conflit d'intérêts ({reason}) : ne participe ni à l'évaluation ni à la délibération de ce candidat.</source>
            <translation>[Ëñ çöñflït d'ïñtérêts ({reason}) : ñë pärtïçïpë ñï à l'évälüätïöñ ñï à lä délïbérätïöñ dë çë çäñdïdät. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/jurors_selector.py" line="79" />
            <source>en conflit d'intérêts ({reason})</source>
            <translation>[ëñ çöñflït d'ïñtérêts ({reason}) ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/jurors_selector.py" line="83" />
            <source>{name} — non habilité(e)</source>
            <translation>[{name} — ñöñ häbïlïté(ë) ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/jurors_selector.py" line="85" />
            <source>Habilitation jusqu'au {day} : ne prend part à aucune décision de cette session.</source>
            <translation>[Häbïlïtätïöñ jüsqü'äü {day} : ñë prëñd pärt à äüçüñë déçïsïöñ dë çëttë sëssïöñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/jurors_selector.py" line="92" />
            <source>habilitation jusqu'au {day}</source>
            <translation>[häbïlïtätïöñ jüsqü'äü {day} ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/jurors_selector.py" line="106" />
            <source>{name} ne peut pas participer : {reason}.</source>
            <translation>[{name} ñë pëüt päs pärtïçïpër : {reason}. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="92" />
            <source>Filtrer (nom, référence, parcours, avancement, résultat)… Ctrl+F</source>
            <translation>[Fïltrër (ñöm, référëñçë, pärçöürs, äväñçëmëñt, résültät)… Çtrl+F ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="94" />
            <source>Filtre des candidats</source>
            <translation>[Fïltrë dës çäñdïdäts ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="102" />
            <source>Panneaux du candidat</source>
            <translation>[Päññëäüx dü çäñdïdät ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="105" />
            <source>&amp;1 Dossier</source>
            <translation>[&amp;1 Dössïër ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="106" />
            <source>&amp;2 Grille d'évaluation</source>
            <translation>[&amp;2 Grïllë d'évälüätïöñ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="107" />
            <source>&amp;3 Entretien final</source>
            <translation>[&amp;3 Ëñtrëtïëñ fïñäl ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="108" />
            <source>&amp;4 Délibération</source>
            <translation>[&amp;4 Délïbérätïöñ ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="109" />
            <source>&amp;5 Historique</source>
            <translation>[&amp;5 Hïstörïqüë ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="144" />
            <location filename="../juryapp/gui/operator_dialog.py" line="34" />
            <source>Personne qui saisit</source>
            <translation>[Përsöññë qüï säïsït ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="147" />
            <source>Session ouverte : {path}</source>
            <translation>[Sëssïöñ öüvërtë : {path} ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="299" />
            <source>Présence du candidat</source>
            <translation>[Présëñçë dü çäñdïdät ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="303" />
            <source>Dernière modification annulée.</source>
            <translation>[Dërñïèrë mödïfïçätïöñ äññüléë. ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="307" />
            <location filename="../juryapp/gui/sign_off_dialog.py" line="82" />
            <location filename="../juryapp/gui/sign_off_dialog.py" line="176" />
            <source>Clore la session</source>
            <translation>[Çlörë lä sëssïöñ ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="307" />
            <source>La session est déjà close.</source>
            <translation>[Lä sëssïöñ ëst déjà çlösë. ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="314" />
            <source>Session close, verrouillée et scellée par la clé du centre.</source>
            <translation>[Sëssïöñ çlösë, vërröüïlléë ët sçëlléë pär lä çlé dü çëñtrë. ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="317" />
            <source>Session close et verrouillée ; non scellée (aucune clé du centre sur ce poste) : elle le sera à l'impression des documents définitifs sur le poste qui détient la clé.</source>
            <translation>[Sëssïöñ çlösë ët vërröüïlléë ; ñöñ sçëlléë (äüçüñë çlé dü çëñtrë sür çë pöstë) : ëllë lë sërä à l'ïmprëssïöñ dës döçümëñts défïñïtïfs sür lë pöstë qüï détïëñt lä çlé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="326" />
            <source>Exporter la session</source>
            <translation>[Ëxpörtër lä sëssïöñ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="326" />
            <source>JSON (*.json)</source>
            <translation>[JSÖÑ (*.jsöñ) ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="332" />
            <source>Export impossible</source>
            <translation>[Ëxpört ïmpössïblë ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="334" />
            <source>Session exportée dans {name}</source>
            <translation>[Sëssïöñ ëxpörtéë däñs {name} ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="342" />
            <source>Enregistrer une copie de la session</source>
            <translation>[Ëñrëgïstrër üñë çöpïë dë lä sëssïöñ ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="342" />
            <location filename="../juryapp/gui/new_session_dialog.py" line="195" />
            <location filename="../juryapp/gui/recent_files.py" line="272" />
            <source>Sessions juryapp (*.jury)</source>
            <translation>[Sëssïöñs jürÿäpp (*.jürÿ) ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="350" />
            <source>Copie impossible</source>
            <translation>[Çöpïë ïmpössïblë ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="352" />
            <source>Copie de la session enregistrée dans {name}</source>
            <translation>[Çöpïë dë lä sëssïöñ ëñrëgïstréë däñs {name} ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="362" />
            <source>Sauvegarde restaurée : {name}</source>
            <translation>[Säüvëgärdë rëstäüréë : {name} ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="371" />
            <source>Fichier rouvert : {path}</source>
            <translation>[Fïçhïër röüvërt : {path} ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="380" />
            <source>Ouvrir</source>
            <translation>[Öüvrïr ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="382" />
            <source>Fichiers juryapp (*.jury *.json *.jurypkg);;Tous les fichiers (*)</source>
            <translation>[Fïçhïërs jürÿäpp (*.jürÿ *.jsöñ *.jürÿpkg);;Töüs lës fïçhïërs (*) ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="492" />
            <source>Nouvelle clé du centre créée et inscrite au journal.</source>
            <translation>[Ñöüvëllë çlé dü çëñtrë çrééë ët ïñsçrïtë äü jöürñäl. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="527" />
            <source>Autorité de délivrance enregistrée.</source>
            <translation>[Äütörïté dë délïvräñçë ëñrëgïstréë. ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="532" />
            <source>Saisie : {name}</source>
            <translation>[Säïsïë : {name} ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="534" />
            <source>Saisie : nom à indiquer (Session › Qui saisit…)</source>
            <translation>[Säïsïë : ñöm à ïñdïqüër (Sëssïöñ › Qüï säïsït…) ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="549" />
            <source>À propos de juryapp</source>
            <translation>[À pröpös dë jürÿäpp ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="550" />
            <source>juryapp {version}
Sessions de jury du Titre Professionnel, hors ligne.</source>
            <translation>[jürÿäpp {version}
Sëssïöñs dë jürÿ dü Tïtrë Pröfëssïöññël, hörs lïgñë. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="567" />
            <source> (la décision est bien enregistrée)</source>
            <translation>[ (lä déçïsïöñ ëst bïëñ ëñrëgïstréë) ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="571" />
            <source>Sauvegarde automatique impossible</source>
            <translation>[Säüvëgärdë äütömätïqüë ïmpössïblë ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="572" />
            <source>{message}

La décision est bien enregistrée dans le fichier de session, mais les sauvegardes automatiques échouent : vérifiez le dossier des sauvegardes (Documents › Préférences du centre) ou enregistrez une copie (Session › Enregistrer une copie…).</source>
            <translation>[{message}

Lä déçïsïöñ ëst bïëñ ëñrëgïstréë däñs lë fïçhïër dë sëssïöñ, mäïs lës säüvëgärdës äütömätïqüës éçhöüëñt : vérïfïëz lë dössïër dës säüvëgärdës (Döçümëñts › Préférëñçës dü çëñtrë) öü ëñrëgïstrëz üñë çöpïë (Sëssïöñ › Ëñrëgïstrër üñë çöpïë…). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="581" />
            <source>Fichier modifié par un autre programme</source>
            <translation>[Fïçhïër mödïfïé pär üñ äütrë prögrämmë ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="582" />
            <source>Le fichier {path} a été {what} par un autre programme depuis son ouverture.

Cette fenêtre passe en lecture seule : elle n'y écrit plus rien. Rouvrez le fichier (Session › Rouvrir le fichier) pour travailler sur sa version actuelle.</source>
            <translation>[Lë fïçhïër {path} ä été {what} pär üñ äütrë prögrämmë dëpüïs söñ öüvërtürë.

Çëttë fëñêtrë pässë ëñ lëçtürë sëülë : ëllë ñ'ÿ éçrït plüs rïëñ. Röüvrëz lë fïçhïër (Sëssïöñ › Röüvrïr lë fïçhïër) pöür träväïllër sür sä vërsïöñ äçtüëllë. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="591" />
            <source>Session relue : le fichier a été modifié par un autre programme ({time}).</source>
            <translation>[Sëssïöñ rëlüë : lë fïçhïër ä été mödïfïé pär üñ äütrë prögrämmë ({time}). ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="602" />
            <source>juryapp — {ref} — {file}</source>
            <translation>[jürÿäpp — {ref} — {file} ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="606" />
            <source>(lecture seule)</source>
            <translation>[(lëçtürë sëülë) ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/main_window.py" line="615" />
            <source>{shown} candidat(s) affiché(s) sur {total} — {blocked} bloqué(s)</source>
            <translation>[{shown} çäñdïdät(s) äffïçhé(s) sür {total} — {blocked} blöqüé(s) ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/new_session_dialog.py" line="55" />
            <source>&amp;Créer la session</source>
            <translation>[&amp;Créër lä sëssïöñ ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/new_session_dialog.py" line="57" />
            <source>Ce qui empêche de créer la session</source>
            <translation>[Çë qüï ëmpêçhë dë çréër lä sëssïöñ ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/new_session_dialog.py" line="164" />
            <source>Choisissez le fichier de la session</source>
            <translation>[Çhöïsïssëz lë fïçhïër dë lä sëssïöñ ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/new_session_dialog.py" line="174" />
            <source>Si la version {code} a été prorogée (arrêté publié) au moins jusqu'au {until}, enregistrez la prorogation avec sa source : la version restera ouverte jusqu'à la date indiquée.</source>
            <translation>[Sï lä vërsïöñ {code} ä été prörögéë (ärrêté püblïé) äü möïñs jüsqü'äü {until}, ëñrëgïstrëz lä prörögätïöñ ävëç sä söürçë : lä vërsïöñ rëstërä öüvërtë jüsqü'à lä dätë ïñdïqüéë. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/new_session_dialog.py" line="195" />
            <source>Fichier de la nouvelle session</source>
            <translation>[Fïçhïër dë lä ñöüvëllë sëssïöñ ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/new_session_dialog.py" line="206" />
            <source>Importer un référentiel</source>
            <translation>[Ïmpörtër üñ référëñtïël ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/new_session_dialog.py" line="206" />
            <source>Référentiels juryapp (*.json)</source>
            <translation>[Référëñtïëls jürÿäpp (*.jsöñ) ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/new_session_dialog.py" line="215" />
            <source>Référentiel non importé</source>
            <translation>[Référëñtïël ñöñ ïmpörté ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/new_session_dialog.py" line="226" />
            <source>Prorogation non enregistrée</source>
            <translation>[Prörögätïöñ ñöñ ëñrëgïstréë ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/new_session_dialog.py" line="241" />
            <source>Session non créée</source>
            <translation>[Sëssïöñ ñöñ çrééë ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/operator_dialog.py" line="23" />
            <source>Qui saisit ?</source>
            <translation>[Qüï säïsït ? ~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/operator_dialog.py" line="25" />
            <source>Chaque décision enregistrée porte le nom de la personne qui la saisit. Choisissez le président ou la présidente du jury, ou tapez un autre nom.</source>
            <translation>[Çhäqüë déçïsïöñ ëñrëgïstréë pörtë lë ñöm dë lä përsöññë qüï lä säïsït. Çhöïsïssëz lë présïdëñt öü lä présïdëñtë dü jürÿ, öü täpëz üñ äütrë ñöm. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/operator_dialog.py" line="41" />
            <source>Prénom et nom de la personne qui saisit</source>
            <translation>[Préñöm ët ñöm dë lä përsöññë qüï säïsït ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/page_view.py" line="60" />
            <source>Page du document</source>
            <translation>[Pägë dü döçümëñt ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/page_view.py" line="70" />
            <source>Page précédente (Pg. préc.)</source>
            <translation>[Pägë préçédëñtë (Pg. préç.) ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/page_view.py" line="72" />
            <source>Page suivante (Pg. suiv.)</source>
            <translation>[Pägë süïväñtë (Pg. süïv.) ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/page_view.py" line="77" />
            <source>Numéro de page</source>
            <translation>[Ñümérö dë pägë ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/page_view.py" line="78" />
            <source>Zoom arrière (Ctrl+-)</source>
            <translation>[Zööm ärrïèrë (Çtrl+-) ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/page_view.py" line="80" />
            <source>Zoom</source>
            <translation>[Zööm ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/page_view.py" line="81" />
            <source>Zoom avant (Ctrl++)</source>
            <translation>[Zööm äväñt (Çtrl++) ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/page_view.py" line="82" />
            <source>&amp;Page entière</source>
            <translation>[&amp;Pägë ëñtïèrë ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/page_view.py" line="82" />
            <source>La page entière dans la fenêtre (Ctrl+0)</source>
            <translation>[Lä pägë ëñtïèrë däñs lä fëñêtrë (Çtrl+0) ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/page_view.py" line="83" />
            <source>&amp;Largeur</source>
            <translation>[&amp;Lärgëür ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/page_view.py" line="83" />
            <source>La largeur de la page dans la fenêtre (Ctrl+9)</source>
            <translation>[Lä lärgëür dë lä pägë däñs lä fëñêtrë (Çtrl+9) ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/page_view.py" line="221" />
            <source>Page {page} sur {count}</source>
            <translation>[Pägë {page} sür {count} ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/recent_files.py" line="126" />
            <source>Fic&amp;hiers récents</source>
            <translation>[Fïç&amp;hïërs réçëñts ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/recent_files.py" line="143" />
            <source>Aucun fichier récent</source>
            <translation>[Äüçüñ fïçhïër réçëñt ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/recent_files.py" line="146" />
            <source>&amp;Effacer la liste</source>
            <translation>[&amp;Effäçër lä lïstë ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/recent_files.py" line="150" />
            <source>Rouvrir la &amp;dernière session au démarrage</source>
            <translation>[Röüvrïr lä &amp;dërñïèrë sëssïöñ äü démärrägë ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/recent_files.py" line="153" />
            <source>Sinon, juryapp s'ouvre sur la session de démonstration.</source>
            <translation>[Sïñöñ, jürÿäpp s'öüvrë sür lä sëssïöñ dë démöñsträtïöñ. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/recent_files.py" line="164" />
            <source>Fichier introuvable</source>
            <translation>[Fïçhïër ïñtröüväblë ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/recent_files.py" line="165" />
            <source>{path}

Ce fichier n'existe plus (déplacé, renommé ou supprimé) : il est retiré des fichiers récents.</source>
            <translation>[{path}

Çë fïçhïër ñ'ëxïstë plüs (dépläçé, rëñömmé öü süpprïmé) : ïl ëst rëtïré dës fïçhïërs réçëñts. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/recent_files.py" line="178" />
            <source>juryapp ouvre : un fichier de session (.jury), un document de session au format d'échange (JSON juryapp.session/1), un référentiel (JSON juryapp.referentiel/1) ou un paquet du secrétariat (.jurypkg).</source>
            <translation>[jürÿäpp öüvrë : üñ fïçhïër dë sëssïöñ (.jürÿ), üñ döçümëñt dë sëssïöñ äü förmät d'éçhäñgë (JSÖÑ jürÿäpp.sëssïöñ/1), üñ référëñtïël (JSÖÑ jürÿäpp.rëfërëñtïël/1) öü üñ päqüët dü sëçrétärïät (.jürÿpkg). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/recent_files.py" line="188" />
            <source>Pour ajouter ces candidats à une session : utilisez Secrétariat › Importer des candidats…</source>
            <translation>[Pöür äjöütër çës çäñdïdäts à üñë sëssïöñ : ütïlïsëz Sëçrétärïät › Ïmpörtër dës çäñdïdäts… ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/recent_files.py" line="191" />
            <source>Pour savoir s'il est authentique : vérifiez-le avec Documents › Vérifier un document…</source>
            <translation>[Pöür sävöïr s'ïl ëst äüthëñtïqüë : vérïfïëz-lë ävëç Döçümëñts › Vérïfïër üñ döçümëñt… ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/recent_files.py" line="192" />
            <source>Un document de résultats se lit ; il ne s'ouvre pas et ne s'importe pas.</source>
            <translation>[Üñ döçümëñt dë résültäts së lït ; ïl ñë s'öüvrë päs ët ñë s'ïmpörtë päs. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/recent_files.py" line="193" />
            <source>Consultez-la avec Secrétariat › Archive du centre…</source>
            <translation>[Çöñsültëz-lä ävëç Sëçrétärïät › Ärçhïvë dü çëñtrë… ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/recent_files.py" line="194" />
            <source>Ce n'est pas un fichier créé par juryapp.</source>
            <translation>[Çë ñ'ëst päs üñ fïçhïër çréé pär jürÿäpp. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/recent_files.py" line="198" />
            <source>Problème : {problem}.</source>
            <translation>[Pröblèmë : {problem}. ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/recent_files.py" line="211" />
            <source>Cette session est déjà ouverte : {path}</source>
            <translation>[Çëttë sëssïöñ ëst déjà öüvërtë : {path} ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/recent_files.py" line="230" />
            <source>Fichier non ouvert</source>
            <translation>[Fïçhïër ñöñ öüvërt ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/recent_files.py" line="232" />
            <source>{name} : c'est {what}, pas une session.</source>
            <translation>[{name} : ç'ëst {what}, päs üñë sëssïöñ. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/recent_files.py" line="236" />
            <source>&amp;Vérifier ce document</source>
            <translation>[&amp;Vérïfïër çë döçümëñt ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/recent_files.py" line="258" />
            <source>Importer une session</source>
            <translation>[Ïmpörtër üñë sëssïöñ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/recent_files.py" line="264" />
            <source>{name} est un document de session au format d'échange (juryapp.session/1){ref}.

L'importer dans un nouveau fichier de session (.jury), puis l'ouvrir ?</source>
            <translation>[{name} ëst üñ döçümëñt dë sëssïöñ äü förmät d'éçhäñgë (jürÿäpp.sëssïöñ/1){ref}.

L'ïmpörtër däñs üñ ñöüvëäü fïçhïër dë sëssïöñ (.jürÿ), püïs l'öüvrïr ? ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/recent_files.py" line="267" />
            <source>, session {ref}</source>
            <translation>[, sëssïöñ {ref} ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/recent_files.py" line="272" />
            <source>Nouveau fichier de session</source>
            <translation>[Ñöüvëäü fïçhïër dë sëssïöñ ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/recent_files.py" line="278" />
            <source>La session ouverte ne peut pas être remplacée par un import.</source>
            <translation>[Lä sëssïöñ öüvërtë ñë pëüt päs êtrë rëmpläçéë pär üñ ïmpört. ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/recent_files.py" line="297" />
            <source>La clôture de ce document n'est pas scellée par la clé d'un centre (il a été écrit par un autre outil).

L'accepter en connaissance de cause ? L'historique de la session le gardera.</source>
            <translation>[Lä çlôtürë dë çë döçümëñt ñ'ëst päs sçëlléë pär lä çlé d'üñ çëñtrë (ïl ä été éçrït pär üñ äütrë öütïl).

L'äççëptër ëñ çöññäïssäñçë dë çäüsë ? L'hïstörïqüë dë lä sëssïöñ lë gärdërä. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/recent_files.py" line="305" />
            <location filename="../juryapp/gui/recent_files.py" line="308" />
            <location filename="../juryapp/gui/recent_files.py" line="311" />
            <source>Import impossible</source>
            <translation>[Ïmpört ïmpössïblë ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/recent_files.py" line="318" />
            <source>Installer un référentiel</source>
            <translation>[Ïñställër üñ référëñtïël ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/recent_files.py" line="324" />
            <source>{name} est un référentiel (juryapp.referentiel/1) : {code} — {label}.

L'installer sur ce poste ? Les sessions de ce titre pourront alors être créées et ouvertes.</source>
            <translation>[{name} ëst üñ référëñtïël (jürÿäpp.rëfërëñtïël/1) : {code} — {label}.

L'ïñställër sür çë pöstë ? Lës sëssïöñs dë çë tïtrë pöürröñt älörs êtrë çrééës ët öüvërtës. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/recent_files.py" line="334" />
            <location filename="../juryapp/gui/recent_files.py" line="337" />
            <source>Installation impossible</source>
            <translation>[Ïñställätïöñ ïmpössïblë ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/recent_files.py" line="340" />
            <source>Le référentiel {code} était déjà installé, à l'identique.</source>
            <translation>[Lë référëñtïël {code} étäït déjà ïñställé, à l'ïdëñtïqüë. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/recent_files.py" line="342" />
            <source>Référentiel {code} installé : {path}</source>
            <translation>[Référëñtïël {code} ïñställé : {path} ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/record_dialog.py" line="223" />
            <source>Fiche non enregistrée</source>
            <translation>[Fïçhë ñöñ ëñrëgïstréë ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/revocation_dialog.py" line="36" />
            <source>Révocation après clôture</source>
            <translation>[Révöçätïöñ äprès çlôtürë ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/revocation_dialog.py" line="40" />
            <source>La session est close. « {what} » sera inscrite comme une révocation, avec son motif et les jurés qui la prononcent, à l'historique et au procès-verbal. Les documents déjà émis dont le résultat change seront annulés au registre.</source>
            <translation>[Lä sëssïöñ ëst çlösë. « {what} » sërä ïñsçrïtë çömmë üñë révöçätïöñ, ävëç söñ mötïf ët lës jürés qüï lä pröñöñçëñt, à l'hïstörïqüë ët äü pröçès-vërbäl. Lës döçümëñts déjà émïs döñt lë résültät çhäñgë sëröñt äññülés äü rëgïstrë. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/revocation_dialog.py" line="50" />
            <source>Motif de la révocation (obligatoire)</source>
            <translation>[Mötïf dë lä révöçätïöñ (öblïgätöïrë) ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/revocation_dialog.py" line="51" />
            <source>Motif de la révocation</source>
            <translation>[Mötïf dë lä révöçätïöñ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/revocation_dialog.py" line="52" />
            <source>Obligatoire : inscrit avec la révocation à l'historique et au procès-verbal.</source>
            <translation>[Öblïgätöïrë : ïñsçrït ävëç lä révöçätïöñ à l'hïstörïqüë ët äü pröçès-vërbäl. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/revocation_dialog.py" line="55" />
            <source>Jurés qui prononcent la révocation (au moins deux) :</source>
            <translation>[Jürés qüï pröñöñçëñt lä révöçätïöñ (äü möïñs dëüx) : ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/revocation_dialog.py" line="62" />
            <source>Coché : ce juré prononce la révocation (au moins deux jurés).</source>
            <translation>[Çöçhé : çë jüré pröñöñçë lä révöçätïöñ (äü möïñs dëüx jürés). ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/revocation_dialog.py" line="66" />
            <source>{name} — en conflit avec ce candidat</source>
            <translation>[{name} — ëñ çöñflït ävëç çë çäñdïdät ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/revocation_dialog.py" line="69" />
            <source>{name} — non habilité(e) à ce jour</source>
            <translation>[{name} — ñöñ häbïlïté(ë) à çë jöür ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/revocation_dialog.py" line="78" />
            <source>Révoquer</source>
            <translation>[Révöqüër ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/revocation_dialog.py" line="80" />
            <source>Possible une fois le motif écrit et au moins deux jurés cochés.</source>
            <translation>[Pössïblë üñë föïs lë mötïf éçrït ët äü möïñs dëüx jürés çöçhés. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/revocation_dialog.py" line="100" />
            <source>le motif</source>
            <translation>[lë mötïf ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/revocation_dialog.py" line="100" />
            <source>au moins deux jurés</source>
            <translation>[äü möïñs dëüx jürés ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/revocation_dialog.py" line="107" />
            <source>À compléter : {what}.</source>
            <translation>[À çömplétër : {what}. ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/revocation_dialog.py" line="107" />
            <source> et </source>
            <translation>[ ët  ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_dialog.py" line="64" />
            <source>Planning des épreuves — {ref}[*]</source>
            <translation>[Pläññïñg dës éprëüvës — {ref}[*] ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_dialog.py" line="103" />
            <source>Épreuves planifiées</source>
            <translation>[Éprëüvës pläñïfïéës ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_dialog.py" line="112" />
            <location filename="../juryapp/gui/schedule_dialog.py" line="264" />
            <source>Salles de la session</source>
            <translation>[Sällës dë lä sëssïöñ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_dialog.py" line="113" />
            <source>Dernier message du planning</source>
            <translation>[Dërñïër mëssägë dü pläññïñg ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_dialog.py" line="114" />
            <source>Problèmes du planning</source>
            <translation>[Pröblèmës dü pläññïñg ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_dialog.py" line="140" />
            <source>Fichier ouvert en lecture seule ({why}) : le planning est affiché, il ne peut pas être modifié.</source>
            <translation>[Fïçhïër öüvërt ëñ lëçtürë sëülë ({why}) : lë pläññïñg ëst äffïçhé, ïl ñë pëüt päs êtrë mödïfïé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_dialog.py" line="144" />
            <source>Session close (procès-verbal signé) : le planning et les salles ne se modifient plus.</source>
            <translation>[Sëssïöñ çlösë (pröçès-vërbäl sïgñé) : lë pläññïñg ët lës sällës ñë së mödïfïëñt plüs. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_dialog.py" line="180" />
            <source> (et {n} autre(s) raison(s), dans l'infobulle)</source>
            <translation>[ (ët {n} äütrë(s) räïsöñ(s), däñs l'ïñföbüllë) ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_dialog.py" line="190" />
            <location filename="../juryapp/gui/schedule_model.py" line="180" />
            <source>sans salle</source>
            <translation>[säñs sällë ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_dialog.py" line="215" />
            <source>{mark} Non placé : {who} · {what} : {why}</source>
            <translation>[{mark} Ñöñ pläçé : {who} · {what} : {why} ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_dialog.py" line="221" />
            <source>✔ Aucun problème : chaque épreuve planifiée respecte les règles.</source>
            <translation>[✔ Äüçüñ pröblèmë : çhäqüë éprëüvë pläñïfïéë rëspëçtë lës règlës. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_dialog.py" line="225" />
            <source>Pro&amp;blèmes : {b} bloquant(s), {w} avertissement(s), {u} épreuve(s) non placée(s)</source>
            <translation>[Prö&amp;blèmës : {b} blöqüäñt(s), {w} ävërtïssëmëñt(s), {u} éprëüvë(s) ñöñ pläçéë(s) ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_dialog.py" line="268" />
            <source>Salles enregistrées.</source>
            <translation>[Sällës ëñrëgïstréës. ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_dialog.py" line="275" />
            <location filename="../juryapp/gui/schedule_dialog.py" line="277" />
            <source>Salle {n}</source>
            <translation>[Sällë {n} ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_dialog.py" line="285" />
            <source>Choisissez d'abord la salle à retirer.</source>
            <translation>[Çhöïsïssëz d'äbörd lä sällë à rëtïrër. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_dialog.py" line="296" />
            <source>Choisissez d'abord l'épreuve à retirer du planning.</source>
            <translation>[Çhöïsïssëz d'äbörd l'éprëüvë à rëtïrër dü pläññïñg. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_dialog.py" line="301" />
            <source>Retirée du planning (non enregistré) : {what}</source>
            <translation>[Rëtïréë dü pläññïñg (ñöñ ëñrëgïstré) : {what} ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_dialog.py" line="322" />
            <source>Proposition : {placed} épreuve(s) placée(s), {kept} fixée(s) gardée(s), {unplaced} non placée(s). Ajustez-la, puis « Enregistrer ».</source>
            <translation>[Pröpösïtïöñ : {placed} éprëüvë(s) pläçéë(s), {kept} fïxéë(s) gärdéë(s), {unplaced} ñöñ pläçéë(s). Äjüstëz-lä, püïs « Ëñrëgïstrër ». ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_dialog.py" line="334" />
            <source>Planning des épreuves</source>
            <translation>[Pläññïñg dës éprëüvës ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_dialog.py" line="339" />
            <source>Planning enregistré : {n} épreuve(s).</source>
            <translation>[Pläññïñg ëñrëgïstré : {n} éprëüvë(s). ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_dialog.py" line="342" />
            <source>{n} avertissement(s) restant(s).</source>
            <translation>[{n} ävërtïssëmëñt(s) rëstäñt(s). ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_dialog.py" line="346" />
            <source>Convocation déjà délivrée à {refs} : la nouvelle sera un duplicata, à leur envoyer.</source>
            <translation>[Çöñvöçätïöñ déjà délïvréë à {refs} : lä ñöüvëllë sërä üñ düplïçätä, à lëür ëñvöÿër. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_dialog.py" line="359" />
            <source>Planning non enregistré</source>
            <translation>[Pläññïñg ñöñ ëñrëgïstré ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_dialog.py" line="360" />
            <source>Le planning a été modifié et n'est pas enregistré. L'enregistrer avant de fermer ?</source>
            <translation>[Lë pläññïñg ä été mödïfïé ët ñ'ëst päs ëñrëgïstré. L'ëñrëgïstrër äväñt dë fërmër ? ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_editors.py" line="38" />
            <source> (en conflit avec le candidat)</source>
            <translation>[ (ëñ çöñflït ävëç lë çäñdïdät) ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_editors.py" line="45" />
            <source>Jurés de l'épreuve</source>
            <translation>[Jürés dë l'éprëüvë ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_editors.py" line="86" />
            <location filename="../juryapp/gui/schedule_model.py" line="239" />
            <source>aucun juré</source>
            <translation>[äüçüñ jüré ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_editors.py" line="124" />
            <location filename="../juryapp/gui/schedule_model.py" line="48" />
            <location filename="../juryapp/gui/schedule_rooms.py" line="30" />
            <source>Salle</source>
            <translation>[Sällë ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_editors.py" line="131" />
            <location filename="../juryapp/gui/schedule_model.py" line="49" />
            <source>Jour</source>
            <translation>[Jöür ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_editors.py" line="136" />
            <location filename="../juryapp/gui/schedule_model.py" line="50" />
            <source>Début</source>
            <translation>[Débüt ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_editors.py" line="136" />
            <location filename="../juryapp/gui/schedule_model.py" line="51" />
            <source>Fin</source>
            <translation>[Fïñ ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_model.py" line="44" />
            <source>Fixé</source>
            <translation>[Fïxé ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_model.py" line="52" />
            <source>Jurés</source>
            <translation>[Jürés ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_model.py" line="58" />
            <source>lun.</source>
            <translation>[lüñ. ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_model.py" line="58" />
            <source>mar.</source>
            <translation>[mär. ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_model.py" line="58" />
            <source>mer.</source>
            <translation>[mër. ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_model.py" line="58" />
            <source>jeu.</source>
            <translation>[jëü. ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_model.py" line="58" />
            <source>ven.</source>
            <translation>[vëñ. ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_model.py" line="58" />
            <source>sam.</source>
            <translation>[säm. ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_model.py" line="58" />
            <source>dim.</source>
            <translation>[dïm. ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_model.py" line="237" />
            <source>Fixé : « Planifier automatiquement » garde cette épreuve telle quelle</source>
            <translation>[Fïxé : « Pläñïfïër äütömätïqüëmëñt » gärdë çëttë éprëüvë tëllë qüëllë ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_model.py" line="241" />
            <source>Aucun problème</source>
            <translation>[Äüçüñ pröblèmë ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_model.py" line="324" />
            <source>Modification refusée : {why}</source>
            <translation>[Mödïfïçätïöñ rëfüséë : {why} ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_printing.py" line="51" />
            <source>{n} fichier(s) écrit(s) dans
{folder}</source>
            <translation>[{n} fïçhïër(s) éçrït(s) däñs
{folder} ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_printing.py" line="54" />
            <source>{n} document(s) scellé(s) et inscrit(s) au registre de la session.</source>
            <translation>[{n} döçümëñt(s) sçëllé(s) ët ïñsçrït(s) äü rëgïstrë dë lä sëssïöñ. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_printing.py" line="58" />
            <source>{n} projet(s), ni scellé(s) ni inscrit(s) au registre : des épreuves n'ont pas encore de créneau.</source>
            <translation>[{n} pröjët(s), ñï sçëllé(s) ñï ïñsçrït(s) äü rëgïstrë : dës éprëüvës ñ'öñt päs ëñçörë dë çréñëäü. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_printing.py" line="64" />
            <source>Imprimés sans sceau, non inscrits au registre, car {why}.</source>
            <translation>[Ïmprïmés säñs sçëäü, ñöñ ïñsçrïts äü rëgïstrë, çär {why}. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_printing.py" line="70" />
            <source>Déjà délivrés, non réimprimés :</source>
            <translation>[Déjà délïvrés, ñöñ réïmprïmés : ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_printing.py" line="103" />
            <source>{why} : impossible d'inscrire les documents au registre</source>
            <translation>[{why} : ïmpössïblë d'ïñsçrïrë lës döçümëñts äü rëgïstrë ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_printing.py" line="168" />
            <source>Enregistrez d'abord le planning : les convocations sont imprimées d'après le planning enregistré.</source>
            <translation>[Ëñrëgïstrëz d'äbörd lë pläññïñg : lës çöñvöçätïöñs söñt ïmprïméës d'äprès lë pläññïñg ëñrëgïstré. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_printing.py" line="173" />
            <source>Le planning enregistré ne compte aucune épreuve : rien à convoquer.</source>
            <translation>[Lë pläññïñg ëñrëgïstré ñë çömptë äüçüñë éprëüvë : rïëñ à çöñvöqüër. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_printing.py" line="176" />
            <source>Le planning enregistré a {n} problème(s) bloquant(s) : corrigez-le avant d'imprimer ({first}).</source>
            <translation>[Lë pläññïñg ëñrëgïstré ä {n} pröblèmë(s) blöqüäñt(s) : çörrïgëz-lë äväñt d'ïmprïmër ({first}). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_printing.py" line="202" />
            <source>Dossier où écrire les convocations</source>
            <translation>[Dössïër öù éçrïrë lës çöñvöçätïöñs ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_printing.py" line="211" />
            <source>Préparation des convocations…</source>
            <translation>[Prépärätïöñ dës çöñvöçätïöñs… ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_printing.py" line="211" />
            <source>Patienter</source>
            <translation>[Pätïëñtër ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_printing.py" line="213" />
            <source>Impression des convocations</source>
            <translation>[Ïmprëssïöñ dës çöñvöçätïöñs ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_printing.py" line="241" />
            <source>{n} fichier(s) écrit(s) dans {folder}</source>
            <translation>[{n} fïçhïër(s) éçrït(s) däñs {folder} ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_printing.py" line="242" />
            <source>Convocations écrites</source>
            <translation>[Çöñvöçätïöñs éçrïtës ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_rooms.py" line="30" />
            <source>Ouverture</source>
            <translation>[Öüvërtürë ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_rooms.py" line="30" />
            <source>Fermeture</source>
            <translation>[Fërmëtürë ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/schedule_rooms.py" line="84" />
            <source>Nom de la salle</source>
            <translation>[Ñöm dë lä sällë ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/session_header.py" line="26" />
            <source>Référentiel {code} non vérifié sur le texte officiel</source>
            <translation>[Référëñtïël {code} ñöñ vérïfïé sür lë tëxtë öffïçïël ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/session_header.py" line="28" />
            <source>Arrêté du titre {code} non vérifié : à confirmer à la clôture</source>
            <translation>[Ärrêté dü tïtrë {code} ñöñ vérïfïé : à çöñfïrmër à lä çlôtürë ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/session_header.py" line="31" />
            <source>Correspondance {old} → {new} non vérifiée</source>
            <translation>[Çörrëspöñdäñçë {old} → {new} ñöñ vérïfïéë ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/session_header.py" line="35" />
            <source>Autorité de délivrance incomplète (Session › Autorité de délivrance…) : pas de document définitif</source>
            <translation>[Äütörïté dë délïvräñçë ïñçömplètë (Sëssïöñ › Äütörïté dë délïvräñçë…) : päs dë döçümëñt défïñïtïf ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/session_header.py" line="40" />
            <source>Habilitation de {name} expirée le {day}</source>
            <translation>[Häbïlïtätïöñ dë {name} ëxpïréë lë {day} ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/session_header.py" line="47" />
            <source>Clôture non conforme aux règles (aucun document définitif) : {problems}</source>
            <translation>[Çlôtürë ñöñ çöñförmë äüx règlës (äüçüñ döçümëñt défïñïtïf) : {problems} ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/session_header.py" line="54" />
            <source>Session close le {at} : toute modification sera une révocation motivée</source>
            <translation>[Sëssïöñ çlösë lë {at} : töütë mödïfïçätïöñ sërä üñë révöçätïöñ mötïvéë ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/session_header.py" line="113" />
            <location filename="../juryapp/gui/session_header.py" line="119" />
            <source>Alertes de la session</source>
            <translation>[Älërtës dë lä sëssïöñ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/session_header.py" line="168" />
            <source>Déplier l'en-tête de la session</source>
            <translation>[Déplïër l'ëñ-têtë dë lä sëssïöñ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/session_header.py" line="168" />
            <source>Replier l'en-tête de la session</source>
            <translation>[Rëplïër l'ëñ-têtë dë lä sëssïöñ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/session_header.py" line="189" />
            <source>tous les CCP</source>
            <translation>[töüs lës ÇÇP ~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/session_header.py" line="192" />
            <source>niveau {level}, valide du {start} au {end} après prorogation</source>
            <translation>[ñïvëäü {level}, välïdë dü {start} äü {end} äprès prörögätïöñ ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/session_header.py" line="194" />
            <source>niveau {level}, valide du {start} au {end}</source>
            <translation>[ñïvëäü {level}, välïdë dü {start} äü {end} ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/session_header.py" line="202" />
            <source>{kind} {ref} ({examined}) — du {start} au {end} — {place} — Jury : {jurors}</source>
            <translation>[{kind} {ref} ({examined}) — dü {start} äü {end} — {place} — Jürÿ : {jurors} ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/session_header.py" line="219" />
            <source>{title} — {code} — session {ref}, du {start} au {end}</source>
            <translation>[{title} — {code} — sëssïöñ {ref}, dü {start} äü {end} ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/session_header.py" line="229" />
            <source>⚠ 1 alerte</source>
            <translation>[⚠ 1 älërtë ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/session_header.py" line="229" />
            <source>⚠ {n} alertes</source>
            <translation>[⚠ {n} älërtës ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/shortcuts_dialog.py" line="33" />
            <location filename="../juryapp/gui/shortcuts_dialog.py" line="43" />
            <source>Raccourcis clavier</source>
            <translation>[Räççöürçïs çlävïër ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/shortcuts_dialog.py" line="35" />
            <source>Les commandes des menus s'atteignent aussi avec Alt et la lettre soulignée de leur nom. F1 ouvre la page du guide du panneau affiché.</source>
            <translation>[Lës çömmäñdës dës mëñüs s'ättëïgñëñt äüssï ävëç Ält ët lä lëttrë söülïgñéë dë lëür ñöm. F1 öüvrë lä pägë dü güïdë dü päññëäü äffïçhé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/shortcuts_dialog.py" line="44" />
            <source>Menu ou panneau</source>
            <translation>[Mëñü öü päññëäü ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/shortcuts_dialog.py" line="44" />
            <source>Commande</source>
            <translation>[Çömmäñdë ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/shortcuts_dialog.py" line="44" />
            <source>Touches</source>
            <translation>[Töüçhës ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/sign_off_dialog.py" line="64" />
            <source>Juré qui confirme « {key} »</source>
            <translation>[Jüré qüï çöñfïrmë « {key} » ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/sign_off_dialog.py" line="69" />
            <source>Nom du candidat, tapé par le juré</source>
            <translation>[Ñöm dü çäñdïdät, täpé pär lë jüré ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/sign_off_dialog.py" line="71" />
            <source>Référence du texte officiel (arrêté du …, JO du …)</source>
            <translation>[Référëñçë dü tëxtë öffïçïël (ärrêté dü …, JÖ dü …) ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/sign_off_dialog.py" line="72" />
            <source>Confirmation de « {key} »</source>
            <translation>[Çöñfïrmätïöñ dë « {key} » ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/sign_off_dialog.py" line="99" />
            <source>Date et heure de la clôture</source>
            <translation>[Dätë ët hëürë dë lä çlôtürë ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/sign_off_dialog.py" line="101" />
            <source>La clôture se date du {first} au {last}.</source>
            <translation>[Lä çlôtürë së dätë dü {first} äü {last}. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/sign_off_dialog.py" line="103" />
            <source>Nous sommes le {today} : la session n'est pas finie, elle ne peut pas encore être close.</source>
            <translation>[Ñöüs sömmës lë {today} : lä sëssïöñ ñ'ëst päs fïñïë, ëllë ñë pëüt päs ëñçörë êtrë çlösë. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/sign_off_dialog.py" line="107" />
            <source>La date de cet ordinateur ({today}) est après cette période : vérifiez la date.</source>
            <translation>[Lä dätë dë çët ördïñätëür ({today}) ëst äprès çëttë pérïödë : vérïfïëz lä dätë. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/sign_off_dialog.py" line="114" />
            <source>Date de la clôture :</source>
            <translation>[Dätë dë lä çlôtürë : ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/sign_off_dialog.py" line="119" />
            <source>&lt;b&gt;Signe&lt;/b&gt;</source>
            <translation>[&lt;b&gt;Sïgñë&lt;/b&gt; ~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/sign_off_dialog.py" line="120" />
            <source>&lt;b&gt;Nom tapé par le juré&lt;/b&gt;</source>
            <translation>[&lt;b&gt;Ñöm täpé pär lë jüré&lt;/b&gt; ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/sign_off_dialog.py" line="126" />
            <source>Coché : ce juré signe la clôture et tape son nom dans le champ suivant.</source>
            <translation>[Çöçhé : çë jüré sïgñë lä çlôtürë ët täpë söñ ñöm däñs lë çhämp süïväñt. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/sign_off_dialog.py" line="129" />
            <source>Tapez « {name} »</source>
            <translation>[Täpëz « {name} » ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/sign_off_dialog.py" line="130" />
            <source>Signature de {name}</source>
            <translation>[Sïgñätürë dë {name} ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/sign_off_dialog.py" line="146" />
            <source>&lt;b&gt;À confirmer par un juré qui signe&lt;/b&gt; : chaque candidat bloqué (il figurera « Sans décision » au procès-verbal) et chaque donnée non vérifiée (tapez la référence du texte officiel).</source>
            <translation>[&lt;b&gt;À çöñfïrmër pär üñ jüré qüï sïgñë&lt;/b&gt; : çhäqüë çäñdïdät blöqüé (ïl fïgürërä « Säñs déçïsïöñ » äü pröçès-vërbäl) ët çhäqüë döññéë ñöñ vérïfïéë (täpëz lä référëñçë dü tëxtë öffïçïël). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/sign_off_dialog.py" line="198" />
            <source>Chaque juré qui signe confirme la clôture en tapant son nom. Une fois la session close, toute modification sera une révocation motivée, inscrite à l'historique et au procès-verbal.</source>
            <translation>[Çhäqüë jüré qüï sïgñë çöñfïrmë lä çlôtürë ëñ täpäñt söñ ñöm. Üñë föïs lä sëssïöñ çlösë, töütë mödïfïçätïöñ sërä üñë révöçätïöñ mötïvéë, ïñsçrïtë à l'hïstörïqüë ët äü pröçès-vërbäl. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/sign_off_dialog.py" line="205" />
            <source>La session ne peut pas encore être close :</source>
            <translation>[Lä sëssïöñ ñë pëüt päs ëñçörë êtrë çlösë : ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/sign_off_dialog.py" line="239" />
            <source>Habilitation jusqu'au {day} : ne peut pas signer</source>
            <translation>[Häbïlïtätïöñ jüsqü'äü {day} : ñë pëüt päs sïgñër ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/sign_off_dialog.py" line="299" />
            <source>La session ne peut pas être close : {problems}</source>
            <translation>[Lä sëssïöñ ñë pëüt päs êtrë çlösë : {problems} ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/text_limits.py" line="43" />
            <source>{label} : {problem}</source>
            <translation>[{label} : {problem} ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/model.py" line="39" />
            <source>VAE</source>
            <translation>[VÄË ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/model.py" line="40" />
            <source>Capitalisation</source>
            <translation>[Çäpïtälïsätïöñ ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/model.py" line="43" />
            <source>Présent</source>
            <translation>[Présëñt ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/model.py" line="43" />
            <source>Absent</source>
            <translation>[Äbsëñt ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/model.py" line="43" />
            <source>Excusé</source>
            <translation>[Ëxçüsé ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/model.py" line="45" />
            <source>formateur du candidat</source>
            <translation>[förmätëür dü çäñdïdät ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/model.py" line="46" />
            <source>employeur du candidat</source>
            <translation>[ëmplöÿëür dü çäñdïdät ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/model.py" line="47" />
            <source>lien familial</source>
            <translation>[lïëñ fämïlïäl ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/model.py" line="48" />
            <source>connaissance personnelle</source>
            <translation>[çöññäïssäñçë përsöññëllë ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/model.py" line="49" />
            <source>autre lien</source>
            <translation>[äütrë lïëñ ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/model.py" line="51" />
            <source>session titre</source>
            <translation>[sëssïöñ tïtrë ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/model.py" line="51" />
            <source>session CCP</source>
            <translation>[sëssïöñ ÇÇP ~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/model.py" line="51" />
            <source>session CCS</source>
            <translation>[sëssïöñ ÇÇS ~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/model.py" line="55" />
            <source>attribué</source>
            <translation>[ättrïbüé ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/model.py" line="56" />
            <source>non attribué</source>
            <translation>[ñöñ ättrïbüé ~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/model.py" line="57" />
            <source>en attente de décision</source>
            <translation>[ëñ ättëñtë dë déçïsïöñ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/model.py" line="58" />
            <source>sans objet</source>
            <translation>[säñs öbjët ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/model.py" line="60" />
            <source>parchemin</source>
            <translation>[pärçhëmïñ ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/model.py" line="60" />
            <source>livret de certification</source>
            <translation>[lïvrët dë çërtïfïçätïöñ ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/model.py" line="60" />
            <source>aucun document</source>
            <translation>[äüçüñ döçümëñt ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/model.py" line="66" />
            <source>Mise en situation professionnelle</source>
            <translation>[Mïsë ëñ sïtüätïöñ pröfëssïöññëllë ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/model.py" line="67" />
            <source>Présentation d'un projet</source>
            <translation>[Présëñtätïöñ d'üñ pröjët ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/model.py" line="68" />
            <source>Entretien technique</source>
            <translation>[Ëñtrëtïëñ tëçhñïqüë ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/model.py" line="69" />
            <source>Questionnaire professionnel</source>
            <translation>[Qüëstïöññäïrë pröfëssïöññël ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/model.py" line="70" />
            <source>Questionnement à partir de productions</source>
            <translation>[Qüëstïöññëmëñt à pärtïr dë prödüçtïöñs ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/model.py" line="325" />
            <source>en cours d'acquisition</source>
            <translation>[ëñ çöürs d'äçqüïsïtïöñ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/model.py" line="327" />
            <source>non évalué</source>
            <translation>[ñöñ évälüé ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/model.py" line="328" />
            <source>sans marque</source>
            <translation>[säñs märqüë ~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="56" />
            <source>Titre non ouvert aux dates de la session</source>
            <translation>[Tïtrë ñöñ öüvërt äüx dätës dë lä sëssïöñ ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="57" />
            <source>Choisir la version du titre en vigueur aux dates de la session, ou enregistrer sa prorogation.</source>
            <translation>[Çhöïsïr lä vërsïöñ dü tïtrë ëñ vïgüëür äüx dätës dë lä sëssïöñ, öü ëñrëgïstrër sä prörögätïöñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="62" />
            <source>Parcours sans rapport avec le type de session</source>
            <translation>[Pärçöürs säñs räppört ävëç lë tÿpë dë sëssïöñ ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="63" />
            <source>Formation et VAE se présentent en session titre, la capitalisation en session CCP, le CCS en session CCS.</source>
            <translation>[Förmätïöñ ët VÄË së présëñtëñt ëñ sëssïöñ tïtrë, lä çäpïtälïsätïöñ ëñ sëssïöñ ÇÇP, lë ÇÇS ëñ sëssïöñ ÇÇS. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="68" />
            <source>Aucun motif d'admission en session CCP</source>
            <translation>[Äüçüñ mötïf d'ädmïssïöñ ëñ sëssïöñ ÇÇP ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="69" />
            <source>Il faut un CCP déjà obtenu du titre, un parcours de formation ou une recevabilité VAE.</source>
            <translation>[Ïl fäüt üñ ÇÇP déjà öbtëñü dü tïtrë, üñ pärçöürs dë förmätïöñ öü üñë rëçëväbïlïté VÄË. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="74" />
            <source>Acquis daté après la session</source>
            <translation>[Äçqüïs däté äprès lä sëssïöñ ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="75" />
            <source>Corriger la date d'obtention du CCP, du titre ou du CCS déjà détenu.</source>
            <translation>[Çörrïgër lä dätë d'öbtëñtïöñ dü ÇÇP, dü tïtrë öü dü ÇÇS déjà détëñü. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="80" />
            <source>Candidat inscrit deux fois</source>
            <translation>[Çäñdïdät ïñsçrït dëüx föïs ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="81" />
            <source>Retirer l'une des deux inscriptions de la même personne.</source>
            <translation>[Rëtïrër l'üñë dës dëüx ïñsçrïptïöñs dë lä mêmë përsöññë. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="86" />
            <source>Titre déjà détenu</source>
            <translation>[Tïtrë déjà détëñü ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="87" />
            <source>Le candidat détient déjà ce titre : il n'a pas à se présenter à cette session.</source>
            <translation>[Lë çäñdïdät détïëñt déjà çë tïtrë : ïl ñ'ä päs à së présëñtër à çëttë sëssïöñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="92" />
            <source>CCS déjà détenu</source>
            <translation>[ÇÇS déjà détëñü ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="93" />
            <source>Le candidat détient déjà ce CCS : il n'a pas à se présenter à cette session.</source>
            <translation>[Lë çäñdïdät détïëñt déjà çë ÇÇS : ïl ñ'ä päs à së présëñtër à çëttë sëssïöñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="98" />
            <source>Recevabilité VAE absente</source>
            <translation>[Rëçëväbïlïté VÄË äbsëñtë ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="99" />
            <source>Enregistrer la date de la notification de recevabilité de la DREETS, au plus tard le premier jour de la session.</source>
            <translation>[Ëñrëgïstrër lä dätë dë lä ñötïfïçätïöñ dë rëçëväbïlïté dë lä DRËËTS, äü plüs tärd lë prëmïër jöür dë lä sëssïöñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="105" />
            <source>Expérience insuffisante pour la VAE</source>
            <translation>[Ëxpérïëñçë ïñsüffïsäñtë pöür lä VÄË ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="106" />
            <source>La VAE demande au moins 12 mois d'expérience en rapport avec le titre.</source>
            <translation>[Lä VÄË dëmäñdë äü möïñs 12 möïs d'ëxpérïëñçë ëñ räppört ävëç lë tïtrë. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="111" />
            <source>Dossier professionnel absent</source>
            <translation>[Dössïër pröfëssïöññël äbsëñt ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="112" />
            <source>Enregistrer la réception du dossier professionnel (DP) du candidat.</source>
            <translation>[Ëñrëgïstrër lä réçëptïöñ dü dössïër pröfëssïöññël (DP) dü çäñdïdät. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="117" />
            <source>Résultats des ECF manquants</source>
            <translation>[Résültäts dës ËÇF mäñqüäñts ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="118" />
            <source>Enregistrer les résultats des évaluations passées en cours de formation.</source>
            <translation>[Ëñrëgïstrër lës résültäts dës évälüätïöñs pässéës ëñ çöürs dë förmätïöñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="123" />
            <source>Titre professionnel non détenu</source>
            <translation>[Tïtrë pröfëssïöññël ñöñ détëñü ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="124" />
            <source>Le CCS n'est accessible qu'aux titulaires du titre auquel il est associé.</source>
            <translation>[Lë ÇÇS ñ'ëst äççëssïblë qü'äüx tïtüläïrës dü tïtrë äüqüël ïl ëst ässöçïé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="129" />
            <source>Ni formation ni expérience d'un an</source>
            <translation>[Ñï förmätïöñ ñï ëxpérïëñçë d'üñ äñ ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="130" />
            <source>Le CCS demande un parcours de formation ou au moins 12 mois d'expérience dans le métier.</source>
            <translation>[Lë ÇÇS dëmäñdë üñ pärçöürs dë förmätïöñ öü äü möïñs 12 möïs d'ëxpérïëñçë däñs lë métïër. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="135" />
            <source>Jury insuffisant</source>
            <translation>[Jürÿ ïñsüffïsäñt ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="136" />
            <source>Chaque décision est prise par au moins deux jurés habilités à la date de la session et sans conflit d'intérêts avec le candidat.</source>
            <translation>[Çhäqüë déçïsïöñ ëst prïsë pär äü möïñs dëüx jürés häbïlïtés à lä dätë dë lä sëssïöñ ët säñs çöñflït d'ïñtérêts ävëç lë çäñdïdät. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="142" />
            <source>Juré en conflit d'intérêts</source>
            <translation>[Jüré ëñ çöñflït d'ïñtérêts ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="143" />
            <source>Retirer le juré en conflit des épreuves, de l'entretien final et des décisions du candidat.</source>
            <translation>[Rëtïrër lë jüré ëñ çöñflït dës éprëüvës, dë l'ëñtrëtïëñ fïñäl ët dës déçïsïöñs dü çäñdïdät. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="148" />
            <source>Juré non habilité</source>
            <translation>[Jüré ñöñ häbïlïté ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="149" />
            <source>Un juré dont l'habilitation ne couvre pas la session ne prend part à aucune décision.</source>
            <translation>[Üñ jüré döñt l'häbïlïtätïöñ ñë çöüvrë päs lä sëssïöñ ñë prëñd pärt à äüçüñë déçïsïöñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="154" />
            <source>Motivation manquante</source>
            <translation>[Mötïvätïöñ mäñqüäñtë ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="155" />
            <source>Une décision défavorable doit être motivée par écrit.</source>
            <translation>[Üñë déçïsïöñ défävöräblë döït êtrë mötïvéë pär éçrït. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="160" />
            <source>Résultat pour un CCP non examiné</source>
            <translation>[Résültät pöür üñ ÇÇP ñöñ ëxämïñé ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="161" />
            <source>Retirer le résultat : ce CCP n'est pas examiné pour ce candidat dans cette session.</source>
            <translation>[Rëtïrër lë résültät : çë ÇÇP ñ'ëst päs ëxämïñé pöür çë çäñdïdät däñs çëttë sëssïöñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="166" />
            <source>Attribution du titre incomplète</source>
            <translation>[Ättrïbütïöñ dü tïtrë ïñçömplètë ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="167" />
            <source>Le titre ne peut être attribué que lorsque tous ses CCP sont détenus et qu'aucun n'est déclaré non acquis.</source>
            <translation>[Lë tïtrë ñë pëüt êtrë ättrïbüé qüë lörsqüë töüs sës ÇÇP söñt détëñüs ët qü'äüçüñ ñ'ëst déçläré ñöñ äçqüïs. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="172" />
            <source>Entretien final manquant</source>
            <translation>[Ëñtrëtïëñ fïñäl mäñqüäñt ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="173" />
            <source>Enregistrer l'entretien final avant d'attribuer le titre ou le CCS.</source>
            <translation>[Ëñrëgïstrër l'ëñtrëtïëñ fïñäl äväñt d'ättrïbüër lë tïtrë öü lë ÇÇS. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="178" />
            <source>Entretien final hors session</source>
            <translation>[Ëñtrëtïëñ fïñäl hörs sëssïöñ ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="179" />
            <source>L'entretien final se tient pendant la session : corriger sa date.</source>
            <translation>[L'ëñtrëtïëñ fïñäl së tïëñt pëñdäñt lä sëssïöñ : çörrïgër sä dätë. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="184" />
            <source>CCP déjà détenu</source>
            <translation>[ÇÇP déjà détëñü ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="185" />
            <source>Ce CCP n'a pas besoin de résultat : un « non acquis » ne le retire jamais.</source>
            <translation>[Çë ÇÇP ñ'ä päs bësöïñ dë résültät : üñ « ñöñ äçqüïs » ñë lë rëtïrë jämäïs. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="190" />
            <source>CCP antérieur sans correspondance</source>
            <translation>[ÇÇP äñtérïëür säñs çörrëspöñdäñçë ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="191" />
            <source>Le candidat doit se présenter à ce CCP du titre révisé.</source>
            <translation>[Lë çäñdïdät döït së présëñtër à çë ÇÇP dü tïtrë révïsé. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="196" />
            <source>Correspondance non vérifiée</source>
            <translation>[Çörrëspöñdäñçë ñöñ vérïfïéë ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="197" />
            <source>Vérifier la table de correspondance dans l'arrêté de révision du titre ; elle est confirmée à la clôture.</source>
            <translation>[Vérïfïër lä täblë dë çörrëspöñdäñçë däñs l'ärrêté dë révïsïöñ dü tïtrë ; ëllë ëst çöñfïrméë à lä çlôtürë. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="202" />
            <source>Tous les CCP détenus, titre non attribué</source>
            <translation>[Töüs lës ÇÇP détëñüs, tïtrë ñöñ ättrïbüé ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/codes.py" line="203" />
            <source>Le jury a refusé le titre alors que tous ses CCP sont détenus : vérifier la motivation.</source>
            <translation>[Lë jürÿ ä rëfüsé lë tïtrë älörs qüë töüs sës ÇÇP söñt détëñüs : vérïfïër lä mötïvätïöñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="19" />
            <source>Le titre {title} n'entre en vigueur que le {valid_from} ; la session commence le {start}</source>
            <translation>[Lë tïtrë {title} ñ'ëñtrë ëñ vïgüëür qüë lë {valid_from} ; lä sëssïöñ çömmëñçë lë {start} ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="21" />
            <source>Le titre {title} est clôturé depuis le {end} : seul un candidat détenant déjà un de ses CCP peut s'y présenter, en session CCP, jusqu'au {grace_end}</source>
            <translation>[Lë tïtrë {title} ëst çlôtüré dëpüïs lë {end} : sëül üñ çäñdïdät détëñäñt déjà üñ dë sës ÇÇP pëüt s'ÿ présëñtër, ëñ sëssïöñ ÇÇP, jüsqü'äü {grace_end} ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="24" />
            <source>Le titre {title} n'est plus en vigueur depuis le {end} ; la session se termine le {day}</source>
            <translation>[Lë tïtrë {title} ñ'ëst plüs ëñ vïgüëür dëpüïs lë {end} ; lä sëssïöñ së tërmïñë lë {day} ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="26" />
            <source>Le titre {title} n'est plus en vigueur depuis le {end} ; la session se termine le {day} (version suivante : {successor})</source>
            <translation>[Lë tïtrë {title} ñ'ëst plüs ëñ vïgüëür dëpüïs lë {end} ; lä sëssïöñ së tërmïñë lë {day} (vërsïöñ süïväñtë : {successor}) ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="30" />
            <source>Le titre {title} n'est plus en vigueur depuis le {end} ; la session se termine le {day} ; enregistrez sa prorogation si elle a été publiée</source>
            <translation>[Lë tïtrë {title} ñ'ëst plüs ëñ vïgüëür dëpüïs lë {end} ; lä sëssïöñ së tërmïñë lë {day} ; ëñrëgïstrëz sä prörögätïöñ sï ëllë ä été püblïéë ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="34" />
            <source>{who} se présente à {expected}, pas à {kind}</source>
            <translation>[{who} së présëñtë à {expected}, päs à {kind} ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="37" />
            <source>Aucun CCP du titre déjà obtenu, pas de parcours de formation ni de recevabilité VAE au {start} : rien n'ouvre la session CCP à ce candidat</source>
            <translation>[Äüçüñ ÇÇP dü tïtrë déjà öbtëñü, päs dë pärçöürs dë förmätïöñ ñï dë rëçëväbïlïté VÄË äü {start} : rïëñ ñ'öüvrë lä sëssïöñ ÇÇP à çë çäñdïdät ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="41" />
            <source>{ccp} du {title} déclaré obtenu le {obtained}, après la fin de la session ({end})</source>
            <translation>[{ccp} dü {title} déçläré öbtëñü lë {obtained}, äprès lä fïñ dë lä sëssïöñ ({end}) ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="43" />
            <source>Le CCS {ccs} du {title} déclaré obtenu le {obtained}, après la fin de la session ({end})</source>
            <translation>[Lë ÇÇS {ccs} dü {title} déçläré öbtëñü lë {obtained}, äprès lä fïñ dë lä sëssïöñ ({end}) ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="45" />
            <source>Le titre {title} déclaré obtenu le {obtained}, après la fin de la session ({end})</source>
            <translation>[Lë tïtrë {title} déçläré öbtëñü lë {obtained}, äprès lä fïñ dë lä sëssïöñ ({end}) ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="48" />
            <source>Même personne (nom de naissance, prénom et date de naissance) que {others} : une seule inscription peut rester</source>
            <translation>[Mêmë përsöññë (ñöm dë ñäïssäñçë, préñöm ët dätë dë ñäïssäñçë) qüë {others} : üñë sëülë ïñsçrïptïöñ pëüt rëstër ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="51" />
            <source>Le candidat détient déjà le titre {title}</source>
            <translation>[Lë çäñdïdät détïëñt déjà lë tïtrë {title} ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="52" />
            <source>Le candidat détient déjà le CCS {ccs} du {title}</source>
            <translation>[Lë çäñdïdät détïëñt déjà lë ÇÇS {ccs} dü {title} ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="54" />
            <source>Recevabilité VAE absente : notification de la DREETS requise avant la session</source>
            <translation>[Rëçëväbïlïté VÄË äbsëñtë : ñötïfïçätïöñ dë lä DRËËTS rëqüïsë äväñt lä sëssïöñ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="55" />
            <source>Recevabilité VAE notifiée le {notified}, après le début de la session ({start})</source>
            <translation>[Rëçëväbïlïté VÄË ñötïfïéë lë {notified}, äprès lë débüt dë lä sëssïöñ ({start}) ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="57" />
            <source>Expérience de {months} mois en rapport avec le titre : la VAE en demande au moins {minimum}</source>
            <translation>[Ëxpérïëñçë dë {months} möïs ëñ räppört ävëç lë tïtrë : lä VÄË ëñ dëmäñdë äü möïñs {minimum} ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="60" />
            <source>Dossier professionnel (DP) non reçu : le jury ne peut pas délibérer sans lui</source>
            <translation>[Dössïër pröfëssïöññël (DP) ñöñ rëçü : lë jürÿ ñë pëüt päs délïbérër säñs lüï ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="62" />
            <source>Résultats des évaluations en cours de formation (ECF) manquants pour {ccps} : candidat issu d'un parcours de formation</source>
            <translation>[Résültäts dës évälüätïöñs ëñ çöürs dë förmätïöñ (ËÇF) mäñqüäñts pöür {ccps} : çäñdïdät ïssü d'üñ pärçöürs dë förmätïöñ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="67" />
            <source>Le candidat ne détient pas le titre {title} (ni une version antérieure) auquel le CCS {ccs} est associé</source>
            <translation>[Lë çäñdïdät ñë détïëñt päs lë tïtrë {title} (ñï üñë vërsïöñ äñtérïëürë) äüqüël lë ÇÇS {ccs} ëst ässöçïé ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="70" />
            <source>Candidat sans parcours de formation, avec {months} mois d'expérience dans le métier : il en faut au moins {minimum}</source>
            <translation>[Çäñdïdät säñs pärçöürs dë förmätïöñ, ävëç {months} möïs d'ëxpérïëñçë däñs lë métïër : ïl ëñ fäüt äü möïñs {minimum} ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="75" />
            <source>Jury insuffisant pour ce candidat : jurés habilités et sans conflit : {count} ({names}), il en faut au moins {minimum}</source>
            <translation>[Jürÿ ïñsüffïsäñt pöür çë çäñdïdät : jürés häbïlïtés ët säñs çöñflït : {count} ({names}), ïl ëñ fäüt äü möïñs {minimum} ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="78" />
            <source>{juror} est en conflit ({conflict})</source>
            <translation>[{juror} ëst ëñ çöñflït ({conflict}) ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="79" />
            <source>l'habilitation de {juror} ne couvre pas le {day}</source>
            <translation>[l'häbïlïtätïöñ dë {juror} ñë çöüvrë päs lë {day} ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="82" />
            <source>{what} ne nomme que {named} parmi les jurés habilités et sans conflit : il en faut au moins deux</source>
            <translation>[{what} ñë ñömmë qüë {named} pärmï lës jürés häbïlïtés ët säñs çöñflït : ïl ëñ fäüt äü möïñs dëüx ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="85" />
            <source>{what} ne nomme aucun juré parmi les jurés habilités et sans conflit : il en faut au moins deux</source>
            <translation>[{what} ñë ñömmë äüçüñ jüré pärmï lës jürés häbïlïtés ët säñs çöñflït : ïl ëñ fäüt äü möïñs dëüx ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="89" />
            <source>{juror}, en conflit avec le candidat ({conflict}), figure au planning sur son épreuve du {day} à {time}</source>
            <translation>[{juror}, ëñ çöñflït ävëç lë çäñdïdät ({conflict}), fïgürë äü pläññïñg sür söñ éprëüvë dü {day} à {time} ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="91" />
            <source>{juror}, en conflit avec le candidat ({conflict}), figure sur {records}</source>
            <translation>[{juror}, ëñ çöñflït ävëç lë çäñdïdät ({conflict}), fïgürë sür {records} ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="94" />
            <source>{juror} figure sur {records} mais son habilitation ne couvre pas le {day} (habilitation jusqu'au {until})</source>
            <translation>[{juror} fïgürë sür {records} mäïs söñ häbïlïtätïöñ ñë çöüvrë päs lë {day} (häbïlïtätïöñ jüsqü'äü {until}) ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="97" />
            <source>Résultat enregistré pour {ccp}, que le candidat ne présente pas dans cette session</source>
            <translation>[Résültät ëñrëgïstré pöür {ccp}, qüë lë çäñdïdät ñë présëñtë päs däñs çëttë sëssïöñ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="99" />
            <source>{ccp} déclaré non acquis sans motivation écrite</source>
            <translation>[{ccp} déçläré ñöñ äçqüïs säñs mötïvätïöñ éçrïtë ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="100" />
            <source>Titre non attribué sans motivation écrite</source>
            <translation>[Tïtrë ñöñ ättrïbüé säñs mötïvätïöñ éçrïtë ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="101" />
            <source>CCS non attribué sans motivation écrite</source>
            <translation>[ÇÇS ñöñ ättrïbüé säñs mötïvätïöñ éçrïtë ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="103" />
            <source>Titre attribué alors que {ccps} est déclaré non acquis dans cette session</source>
            <translation>[Tïtrë ättrïbüé älörs qüë {ccps} ëst déçläré ñöñ äçqüïs däñs çëttë sëssïöñ ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="104" />
            <source>Titre attribué alors que {ccps} reste à obtenir</source>
            <translation>[Tïtrë ättrïbüé älörs qüë {ccps} rëstë à öbtëñïr ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="106" />
            <source>Le titre est attribué sans entretien final enregistré</source>
            <translation>[Lë tïtrë ëst ättrïbüé säñs ëñtrëtïëñ fïñäl ëñrëgïstré ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="107" />
            <source>Le CCS est attribué sans entretien final enregistré</source>
            <translation>[Lë ÇÇS ëst ättrïbüé säñs ëñtrëtïëñ fïñäl ëñrëgïstré ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="108" />
            <source>L'entretien final n'est pas daté</source>
            <translation>[L'ëñtrëtïëñ fïñäl ñ'ëst päs däté ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="109" />
            <source>Entretien final daté du {held_on}, hors de la session (du {start} au {end})</source>
            <translation>[Ëñtrëtïëñ fïñäl däté dü {held_on}, hörs dë lä sëssïöñ (dü {start} äü {end}) ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="111" />
            <source>{ccp} du {old} ne compte pas dans le {title} : {why}</source>
            <translation>[{ccp} dü {old} ñë çömptë päs däñs lë {title} : {why} ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="112" />
            <source>{ccp} du {old} (obtenu le {obtained}) ne compte pas dans le {title} : {why}</source>
            <translation>[{ccp} dü {old} (öbtëñü lë {obtained}) ñë çömptë päs däñs lë {title} : {why} ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="114" />
            <source>{ccp} du {old} est repris comme {codes} du {title} par une table de correspondance non vérifiée</source>
            <translation>[{ccp} dü {old} ëst rëprïs çömmë {codes} dü {title} pär üñë täblë dë çörrëspöñdäñçë ñöñ vérïfïéë ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="117" />
            <source>{ccp} du {old} (obtenu le {obtained}) est repris comme {codes} du {title} par une table de correspondance non vérifiée</source>
            <translation>[{ccp} dü {old} (öbtëñü lë {obtained}) ëst rëprïs çömmë {codes} dü {title} pär üñë täblë dë çörrëspöñdäñçë ñöñ vérïfïéë ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="120" />
            <source>Le candidat présente {ccps}, qu'il détient déjà : aucun résultat n'est nécessaire</source>
            <translation>[Lë çäñdïdät présëñtë {ccps}, qü'ïl détïëñt déjà : äüçüñ résültät ñ'ëst ñéçëssäïrë ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="123" />
            <source>Tous les CCP du titre sont détenus à l'issue de la session, mais le titre n'est pas attribué</source>
            <translation>[Töüs lës ÇÇP dü tïtrë söñt détëñüs à l'ïssüë dë lä sëssïöñ, mäïs lë tïtrë ñ'ëst päs ättrïbüé ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="129" />
            <source>un candidat issu d'un parcours de formation</source>
            <translation>[üñ çäñdïdät ïssü d'üñ pärçöürs dë förmätïöñ ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="130" />
            <source>un candidat en VAE</source>
            <translation>[üñ çäñdïdät ëñ VÄË ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="131" />
            <source>un candidat en capitalisation</source>
            <translation>[üñ çäñdïdät ëñ çäpïtälïsätïöñ ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="132" />
            <source>un candidat au CCS</source>
            <translation>[üñ çäñdïdät äü ÇÇS ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="134" />
            <source>une session titre</source>
            <translation>[üñë sëssïöñ tïtrë ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="134" />
            <source>une session CCP</source>
            <translation>[üñë sëssïöñ ÇÇP ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="134" />
            <source>une session CCS</source>
            <translation>[üñë sëssïöñ ÇÇS ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="137" />
            <source>{text}</source>
            <translation>[{text} ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="139" />
            <source>{count} autres</source>
            <translation>[{count} äütrës ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="140" />
            <source>{label} : {note}</source>
            <translation>[{label} : {note} ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="142" />
            <source>le résultat du {ccp}</source>
            <translation>[lë résültät dü {ccp} ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="143" />
            <source>l'entretien final</source>
            <translation>[l'ëñtrëtïëñ fïñäl ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="144" />
            <source>la décision sur le titre</source>
            <translation>[lä déçïsïöñ sür lë tïtrë ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="145" />
            <source>la décision sur le CCS</source>
            <translation>[lä déçïsïöñ sür lë ÇÇS ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="147" />
            <source>aucune table de correspondance n'y conduit</source>
            <translation>[äüçüñë täblë dë çörrëspöñdäñçë ñ'ÿ çöñdüït ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="148" />
            <source>la table de correspondance ne le reprend pas</source>
            <translation>[lä täblë dë çörrëspöñdäñçë ñë lë rëprëñd päs ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="155" />
            <source>{who} : {missing}</source>
            <translation>[{who} : {missing} ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="157" />
            <source>{who} est absent, mais son dossier porte : {records}</source>
            <translation>[{who} ëst äbsëñt, mäïs söñ dössïër pörtë : {records} ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="158" />
            <source>{who} est excusé, mais son dossier porte : {records}</source>
            <translation>[{who} ëst ëxçüsé, mäïs söñ dössïër pörtë : {records} ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="160" />
            <source>{who} : sans décision ({findings})</source>
            <translation>[{who} : säñs déçïsïöñ ({findings}) ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="161" />
            <source>{title} : {facts}</source>
            <translation>[{title} : {facts} ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="162" />
            <source>table de correspondance {old} → {new} (non vérifiée), utilisée pour {ref}</source>
            <translation>[täblë dë çörrëspöñdäñçë {old} → {new} (ñöñ vérïfïéë), ütïlïséë pöür {ref} ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="164" />
            <source>horodatage de clôture invalide « {at} »</source>
            <translation>[hörödätägë dë çlôtürë ïñvälïdë « {at} » ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="165" />
            <source>clôture datée du {day}, avant le dernier jour de la session ({first})</source>
            <translation>[çlôtürë dätéë dü {day}, äväñt lë dërñïër jöür dë lä sëssïöñ ({first}) ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="167" />
            <source>clôture datée du {day}, plus de {days} jours après la fin de la session ({first}) : une délibération plus tardive change d'abord les dates de la session</source>
            <translation>[çlôtürë dätéë dü {day}, plüs dë {days} jöürs äprès lä fïñ dë lä sëssïöñ ({first}) : üñë délïbérätïöñ plüs tärdïvë çhäñgë d'äbörd lës dätës dë lä sëssïöñ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="170" />
            <source>la clôture est signée par au moins {minimum} jurés ({count} signataire(s))</source>
            <translation>[lä çlôtürë ëst sïgñéë pär äü möïñs {minimum} jürés ({count} sïgñätäïrë(s)) ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="171" />
            <source>signataire « {ref} » inconnu</source>
            <translation>[sïgñätäïrë « {ref} » ïñçöññü ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="173" />
            <source>l'habilitation de {juror} ne couvre pas le {day} (habilitation jusqu'au {until}) : signature impossible</source>
            <translation>[l'häbïlïtätïöñ dë {juror} ñë çöüvrë päs lë {day} (häbïlïtätïöñ jüsqü'äü {until}) : sïgñätürë ïmpössïblë ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="176" />
            <source>{juror} signe mais a pris part aux décisions de {candidates}, avec qui il ou elle est en conflit</source>
            <translation>[{juror} sïgñë mäïs ä prïs pärt äüx déçïsïöñs dë {candidates}, ävëç qüï ïl öü ëllë ëst ëñ çöñflït ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="178" />
            <source>la confirmation de « {subject} » est donnée par {by}, qui ne signe pas</source>
            <translation>[lä çöñfïrmätïöñ dë « {subject} » ëst döññéë pär {by}, qüï ñë sïgñë päs ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="179" />
            <source>la confirmation de « {subject} » ne porte aucune référence</source>
            <translation>[lä çöñfïrmätïöñ dë « {subject} » ñë pörtë äüçüñë référëñçë ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="180" />
            <source>la confirmation de {who} ne porte pas son nom (« {reference} »)</source>
            <translation>[lä çöñfïrmätïöñ dë {who} ñë pörtë päs söñ ñöm (« {reference} ») ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="182" />
            <source>« {subject} » n'a pas à être confirmé (ni candidat bloqué présent, ni donnée non vérifiée utilisée par la session)</source>
            <translation>[« {subject} » ñ'ä päs à êtrë çöñfïrmé (ñï çäñdïdät blöqüé présëñt, ñï döññéë ñöñ vérïfïéë ütïlïséë pär lä sëssïöñ) ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="185" />
            <source>{what} : à faire confirmer par un juré signataire, par son nom</source>
            <translation>[{what} : à fäïrë çöñfïrmër pär üñ jüré sïgñätäïrë, pär söñ ñöm ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="186" />
            <source>{what} : à faire confirmer par un juré signataire, avec la référence du texte officiel</source>
            <translation>[{what} : à fäïrë çöñfïrmër pär üñ jüré sïgñätäïrë, ävëç lä référëñçë dü tëxtë öffïçïël ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="190" />
            <source>aucune décision sur le titre</source>
            <translation>[äüçüñë déçïsïöñ sür lë tïtrë ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="191" />
            <source>aucune décision sur le CCS</source>
            <translation>[äüçüñë déçïsïöñ sür lë ÇÇS ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="192" />
            <source>aucun résultat pour {ccps}</source>
            <translation>[äüçüñ résültät pöür {ccps} ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="193" />
            <source>tous les CCP sont détenus : aucune décision sur le titre</source>
            <translation>[töüs lës ÇÇP söñt détëñüs : äüçüñë déçïsïöñ sür lë tïtrë ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="194" />
            <source>{missing} (après l'entretien final)</source>
            <translation>[{missing} (äprès l'ëñtrëtïëñ fïñäl) ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="196" />
            <source>résultat du {ccp}</source>
            <translation>[résültät dü {ccp} ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="197" />
            <source>entretien final</source>
            <translation>[ëñtrëtïëñ fïñäl ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="198" />
            <source>décision sur le titre</source>
            <translation>[déçïsïöñ sür lë tïtrë ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="199" />
            <source>décision sur le CCS</source>
            <translation>[déçïsïöñ sür lë ÇÇS ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="201" />
            <source>référentiel non vérifié</source>
            <translation>[référëñtïël ñöñ vérïfïé ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/messages.py" line="202" />
            <source>arrêté non vérifié</source>
            <translation>[ärrêté ñöñ vérïfïé ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/phrases.py" line="25" />
            <source>{items} et {last}</source>
            <translation>[{items} ët {last} ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/progress.py" line="25" />
            <source>Absent : rien à évaluer</source>
            <translation>[Äbsëñt : rïëñ à évälüër ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/progress.py" line="26" />
            <source>Excusé : rien à évaluer</source>
            <translation>[Ëxçüsé : rïëñ à évälüër ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/progress.py" line="27" />
            <source>aucun CCP décidé sur {examined}</source>
            <translation>[äüçüñ ÇÇP déçïdé sür {examined} ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/progress.py" line="28" />
            <source>1 CCP décidé sur {examined}</source>
            <translation>[1 ÇÇP déçïdé sür {examined} ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/progress.py" line="29" />
            <source>{decided} CCP décidés sur {examined}</source>
            <translation>[{decided} ÇÇP déçïdés sür {examined} ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/progress.py" line="30" />
            <source>entretien fait</source>
            <translation>[ëñtrëtïëñ fäït ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/progress.py" line="31" />
            <source>entretien à faire</source>
            <translation>[ëñtrëtïëñ à fäïrë ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/progress.py" line="32" />
            <source>titre attribué</source>
            <translation>[tïtrë ättrïbüé ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/progress.py" line="33" />
            <source>titre non attribué</source>
            <translation>[tïtrë ñöñ ättrïbüé ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/progress.py" line="34" />
            <source>titre bloqué</source>
            <translation>[tïtrë blöqüé ~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/progress.py" line="35" />
            <source>titre à décider</source>
            <translation>[tïtrë à déçïdër ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/progress.py" line="36" />
            <source>CCS attribué</source>
            <translation>[ÇÇS ättrïbüé ~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/progress.py" line="37" />
            <source>CCS non attribué</source>
            <translation>[ÇÇS ñöñ ättrïbüé ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/progress.py" line="38" />
            <source>CCS bloqué</source>
            <translation>[ÇÇS blöqüé ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/progress.py" line="39" />
            <source>CCS à décider</source>
            <translation>[ÇÇS à déçïdër ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/rules/progress.py" line="40" />
            <source>rien à décider</source>
            <translation>[rïëñ à déçïdër ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/settings.py" line="29" />
            <source>Décalage de l'imprimante, horizontal (mm)</source>
            <translation>[Déçälägë dë l'ïmprïmäñtë, hörïzöñtäl (mm) ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/settings.py" line="30" />
            <source>Décalage de l'imprimante, vertical (mm)</source>
            <translation>[Déçälägë dë l'ïmprïmäñtë, vërtïçäl (mm) ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/settings.py" line="31" />
            <source>Dossier des modèles (vide : modèles fournis)</source>
            <translation>[Dössïër dës mödèlës (vïdë : mödèlës föürñïs) ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/settings.py" line="32" />
            <source>Dossier des sauvegardes automatiques (vide : dossier de l'utilisateur)</source>
            <translation>[Dössïër dës säüvëgärdës äütömätïqüës (vïdë : dössïër dë l'ütïlïsätëür) ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/settings.py" line="33" />
            <source>Sauvegardes conservées par session</source>
            <translation>[Säüvëgärdës çöñsërvéës pär sëssïöñ ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/settings.py" line="34" />
            <source>Dossier de l'archive du centre (vide : dossier de l'utilisateur)</source>
            <translation>[Dössïër dë l'ärçhïvë dü çëñtrë (vïdë : dössïër dë l'ütïlïsätëür) ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/settings.py" line="37" />
            <source>Conservation des données personnelles dans l'archive (années après la session)</source>
            <translation>[Çöñsërvätïöñ dës döññéës përsöññëllës däñs l'ärçhïvë (äññéës äprès lä sëssïöñ) ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/storage/common.py" line="46" />
            <source>Résultat de CCP</source>
            <translation>[Résültät dë ÇÇP ~~~]</translation>
        </message>
    </context>
    <context>
        <name>ArchiveDialog</name>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="201" />
            <source>Archive du centre</source>
            <translation>[Ärçhïvë dü çëñtrë ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="203" />
            <source>Emplacement de l'archive</source>
            <translation>[Ëmpläçëmëñt dë l'ärçhïvë ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="206" />
            <source>État</source>
            <translation>[Étät ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="207" />
            <source>CCP obtenus</source>
            <translation>[ÇÇP öbtëñüs ~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="208" />
            <source>CCS</source>
            <translation>[ÇÇS ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="209" />
            <source>Titres</source>
            <translation>[Tïtrës ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="210" />
            <source>Présents</source>
            <translation>[Présëñts ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="211" />
            <source>Candidats</source>
            <translation>[Çäñdïdäts ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="212" />
            <source>Dates</source>
            <translation>[Dätës ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="213" />
            <source>Titre</source>
            <translation>[Tïtrë ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="214" />
            <location filename="../juryapp/gui/forms/ui_archive.py" line="229" />
            <location filename="../juryapp/gui/forms/ui_archive.py" line="238" />
            <source>Session</source>
            <translation>[Sëssïöñ ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="216" />
            <source>Sessions de l'archive et leurs comptes</source>
            <translation>[Sëssïöñs dë l'ärçhïvë ët lëürs çömptës ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="218" />
            <source>&amp;Sessions</source>
            <translation>[&amp;Sëssïöñs ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="219" />
            <source>N&amp;om :</source>
            <translation>[Ñ&amp;om : ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="220" />
            <source>de naissance ou d'usage</source>
            <translation>[dë ñäïssäñçë öü d'üsägë ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="221" />
            <source>&amp;Prénom :</source>
            <translation>[&amp;Préñöm : ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="222" />
            <source>Né(e) l&amp;e :</source>
            <translation>[Ñé(ë) l&amp;e : ~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="223" />
            <source>JJ/MM/AAAA (facultatif)</source>
            <translation>[JJ/MM/ÄÄÄÄ (fäçültätïf) ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="224" />
            <source>&amp;Chercher</source>
            <translation>[&amp;Chërçhër ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="226" />
            <source>Résultat de la recherche</source>
            <translation>[Résültät dë lä rëçhërçhë ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="230" />
            <location filename="../juryapp/gui/forms/ui_archive.py" line="239" />
            <source>Obtenu le</source>
            <translation>[Öbtëñü lë ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="231" />
            <source>Personne ou certification</source>
            <translation>[Përsöññë öü çërtïfïçätïöñ ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="233" />
            <source>Personnes trouvées et leurs certifications</source>
            <translation>[Përsöññës tröüvéës ët lëürs çërtïfïçätïöñs ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="235" />
            <source>&amp;Rechercher une personne</source>
            <translation>[&amp;Rëçhërçhër üñë përsöññë ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="236" />
            <source>&amp;Version du titre :</source>
            <translation>[&amp;Vërsïöñ dü tïtrë : ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="240" />
            <source>Compléter le titre</source>
            <translation>[Çömplétër lë tïtrë ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="241" />
            <source>CCP</source>
            <translation>[ÇÇP ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="242" />
            <source>Version</source>
            <translation>[Vërsïöñ ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="243" />
            <source>Né(e) le</source>
            <translation>[Ñé(ë) lë ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="244" />
            <source>Personne</source>
            <translation>[Përsöññë ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="246" />
            <source>Qui détient quel CCP, et jusqu'à quand compléter le titre</source>
            <translation>[Qüï détïëñt qüël ÇÇP, ët jüsqü'à qüäñd çömplétër lë tïtrë ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="248" />
            <source>CCP &amp;détenus</source>
            <translation>[ÇÇP &amp;détëñüs ~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_archive.py" line="249" />
            <source>P&amp;urger les données personnelles…</source>
            <translation>[P&amp;urgër lës döññéës përsöññëllës… ~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>CandidateImportDialog</name>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidate_import.py" line="171" />
            <source>Importer des candidats</source>
            <translation>[Ïmpörtër dës çäñdïdäts ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidate_import.py" line="172" />
            <source>&amp;Fichier :</source>
            <translation>[&amp;Fïçhïër : ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidate_import.py" line="173" />
            <source>liste de candidats CSV ou XLSX</source>
            <translation>[lïstë dë çäñdïdäts ÇSV öü XLSX ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidate_import.py" line="175" />
            <source>Fichier importé</source>
            <translation>[Fïçhïër ïmpörté ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidate_import.py" line="177" />
            <source>&amp;Choisir…</source>
            <translation>[&amp;Chöïsïr… ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidate_import.py" line="179" />
            <source>Pourquoi la liste ne peut pas être importée</source>
            <translation>[Pöürqüöï lä lïstë ñë pëüt päs êtrë ïmpörtéë ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidate_import.py" line="182" />
            <source>Lecture du fichier en cours</source>
            <translation>[Lëçtürë dü fïçhïër ëñ çöürs ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidate_import.py" line="185" />
            <source>Résumé de l'aperçu</source>
            <translation>[Résümé dë l'äpërçü ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidate_import.py" line="187" />
            <source>&amp;Lignes du tableur :</source>
            <translation>[&amp;Lïgñës dü täblëür : ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidate_import.py" line="189" />
            <source>Aperçu des lignes du tableur</source>
            <translation>[Äpërçü dës lïgñës dü täblëür ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidate_import.py" line="191" />
            <source>&amp;Problèmes et remarques :</source>
            <translation>[&amp;Pröblèmës ët rëmärqüës : ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidate_import.py" line="193" />
            <source>Problèmes et remarques de l'aperçu</source>
            <translation>[Pröblèmës ët rëmärqüës dë l'äpërçü ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidate_import.py" line="195" />
            <source>Ajouter les CCP connus de l'arc&amp;hive</source>
            <translation>[Äjöütër lës ÇÇP çöññüs dë l'ärç&amp;hïvë ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidate_import.py" line="197" />
            <source>Ajoute aux candidats retrouvés dans l'archive du centre les CCP et titres qu'elle leur connaît.</source>
            <translation>[Äjöütë äüx çäñdïdäts rëtröüvés däñs l'ärçhïvë dü çëñtrë lës ÇÇP ët tïtrës qü'ëllë lëür çöññäît. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidate_import.py" line="199" />
            <source>Enregistrer un &amp;modèle…</source>
            <translation>[Ëñrëgïstrër üñ &amp;mödèlë… ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidate_import.py" line="201" />
            <source>Enregistre un tableur vide à remplir, avec les colonnes attendues pour cette session.</source>
            <translation>[Ëñrëgïstrë üñ täblëür vïdë à rëmplïr, ävëç lës çölöññës ättëñdüës pöür çëttë sëssïöñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>CandidatesDialog</name>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="469" />
            <source>Candidats</source>
            <translation>[Çäñdïdäts ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="471" />
            <source>Pourquoi les candidats ne se modifient pas</source>
            <translation>[Pöürqüöï lës çäñdïdäts ñë së mödïfïëñt päs ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="473" />
            <source>Rec&amp;hercher :</source>
            <translation>[Rëç&amp;hërçhër : ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="474" />
            <source>nom, référence…</source>
            <translation>[ñöm, référëñçë… ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="476" />
            <source>Rechercher un candidat</source>
            <translation>[Rëçhërçhër üñ çäñdïdät ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="478" />
            <source>&amp;Candidats :</source>
            <translation>[&amp;Cäñdïdäts : ~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="480" />
            <source>Candidats de la session</source>
            <translation>[Çäñdïdäts dë lä sëssïöñ ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="482" />
            <source>&amp;Nouveau</source>
            <translation>[&amp;Nöüvëäü ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="484" />
            <source>Vide le formulaire pour inscrire un nouveau candidat.</source>
            <translation>[Vïdë lë förmüläïrë pöür ïñsçrïrë üñ ñöüvëäü çäñdïdät. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="486" />
            <source>&amp;Retirer…</source>
            <translation>[&amp;Rëtïrër… ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="488" />
            <source>Retire le candidat choisi de la session, avec le motif du retrait.</source>
            <translation>[Rëtïrë lë çäñdïdät çhöïsï dë lä sëssïöñ, ävëç lë mötïf dü rëträït. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="490" />
            <source>&amp;Importer…</source>
            <translation>[&amp;Impörtër… ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="492" />
            <source>Importe une liste de candidats (CSV ou XLSX), avec un aperçu avant d'écrire.</source>
            <translation>[Ïmpörtë üñë lïstë dë çäñdïdäts (ÇSV öü XLSX), ävëç üñ äpërçü äväñt d'éçrïrë. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="494" />
            <source>Modèle de ta&amp;bleur…</source>
            <translation>[Mödèlë dë tä&amp;blëür… ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="496" />
            <source>Enregistre un tableur vide à remplir, avec les colonnes attendues pour cette session.</source>
            <translation>[Ëñrëgïstrë üñ täblëür vïdë à rëmplïr, ävëç lës çölöññës ättëñdüës pöür çëttë sëssïöñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="499" />
            <source>Candidat affiché</source>
            <translation>[Çäñdïdät äffïçhé ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="502" />
            <source>Ce que l'archive du centre sait de ce candidat</source>
            <translation>[Çë qüë l'ärçhïvë dü çëñtrë säït dë çë çäñdïdät ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="504" />
            <source>Ajouter ces CCP</source>
            <translation>[Äjöütër çës ÇÇP ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="506" />
            <source>Recopie dans le formulaire les CCP et titres que l'archive du centre connaît ; rien n'est enregistré avant « Enregistrer ».</source>
            <translation>[Rëçöpïë däñs lë förmüläïrë lës ÇÇP ët tïtrës qüë l'ärçhïvë dü çëñtrë çöññäît ; rïëñ ñ'ëst ëñrëgïstré äväñt « Ëñrëgïstrër ». ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="509" />
            <source>Fiche du candidat</source>
            <translation>[Fïçhë dü çäñdïdät ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="511" />
            <source>Identité</source>
            <translation>[Ïdëñtïté ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="512" />
            <source>Ré&amp;férence :</source>
            <translation>[Ré&amp;férëñçë : ~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="513" />
            <source>donnée à l'enregistrement (C1, C2…)</source>
            <translation>[döññéë à l'ëñrëgïstrëmëñt (Ç1, Ç2…) ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="515" />
            <source>Référence</source>
            <translation>[Référëñçë ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="517" />
            <source>Nom de n&amp;aissance :</source>
            <translation>[Ñöm dë ñ&amp;aïssäñçë : ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="519" />
            <source>Nom de naissance</source>
            <translation>[Ñöm dë ñäïssäñçë ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="521" />
            <source>Nom d'&amp;usage :</source>
            <translation>[Ñöm d'&amp;usägë : ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="522" />
            <source>s'il diffère du nom de naissance</source>
            <translation>[s'ïl dïffèrë dü ñöm dë ñäïssäñçë ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="524" />
            <source>Nom d'usage</source>
            <translation>[Ñöm d'üsägë ~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="526" />
            <source>&amp;Prénom(s) :</source>
            <translation>[&amp;Préñöm(s) : ~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="528" />
            <source>Prénoms</source>
            <translation>[Préñöms ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="530" />
            <source>&amp;Date de naissance :</source>
            <translation>[&amp;Dätë dë ñäïssäñçë : ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="531" />
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="550" />
            <source>JJ/MM/AAAA</source>
            <translation>[JJ/MM/ÄÄÄÄ ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="533" />
            <source>Date de naissance</source>
            <translation>[Dätë dë ñäïssäñçë ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="535" />
            <source>&amp;Lieu de naissance :</source>
            <translation>[&amp;Lïëü dë ñäïssäñçë : ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="536" />
            <source>Lyon (69)</source>
            <translation>[Lÿöñ (69) ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="538" />
            <source>Lieu de naissance</source>
            <translation>[Lïëü dë ñäïssäñçë ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="540" />
            <source>Parcours et admission</source>
            <translation>[Pärçöürs ët ädmïssïöñ ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="541" />
            <source>Parcour&amp;s :</source>
            <translation>[Pärçöür&amp;s : ~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="543" />
            <source>Parcours</source>
            <translation>[Pärçöürs ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="545" />
            <source>Issu de for&amp;mation</source>
            <translation>[Ïssü dë för&amp;mätïöñ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="547" />
            <source>Le candidat sort d'un parcours de formation : ses ECF sont alors exigés (toujours pour le parcours formation, jamais pour la VAE).</source>
            <translation>[Lë çäñdïdät sört d'üñ pärçöürs dë förmätïöñ : sës ËÇF söñt älörs ëxïgés (töüjöürs pöür lë pärçöürs förmätïöñ, jämäïs pöür lä VÄË). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="549" />
            <source>Date de recevabilité &amp;VAE :</source>
            <translation>[Dätë dë rëçëväbïlïté &amp;VÄË : ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="552" />
            <source>Date de la notification de recevabilité de la DREETS (parcours VAE ; en capitalisation, elle peut fonder l'admission).</source>
            <translation>[Dätë dë lä ñötïfïçätïöñ dë rëçëväbïlïté dë lä DRËËTS (pärçöürs VÄË ; ëñ çäpïtälïsätïöñ, ëllë pëüt föñdër l'ädmïssïöñ). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="555" />
            <source>Date de recevabilité VAE</source>
            <translation>[Dätë dë rëçëväbïlïté VÄË ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="557" />
            <source>E&amp;xpérience (mois) :</source>
            <translation>[Ë&amp;xpérïëñçë (möïs) : ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="558" />
            <source> mois</source>
            <translation>[ möïs ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="560" />
            <source>Expérience en mois</source>
            <translation>[Ëxpérïëñçë ëñ möïs ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="562" />
            <source>D&amp;ossier professionnel (DP) remis</source>
            <translation>[D&amp;ossïër pröfëssïöññël (DP) rëmïs ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="563" />
            <source>ECF dont le résultat figure au dossier</source>
            <translation>[ËÇF döñt lë résültät fïgürë äü dössïër ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="564" />
            <source>CCP présentés à cette session</source>
            <translation>[ÇÇP présëñtés à çëttë sëssïöñ ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="565" />
            <source>CCP dé&amp;jà obtenus</source>
            <translation>[ÇÇP dé&amp;jà öbtëñüs ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="567" />
            <source>CCP déjà obtenus</source>
            <translation>[ÇÇP déjà öbtëñüs ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="569" />
            <source>Ajouter un CCP</source>
            <translation>[Äjöütër üñ ÇÇP ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="570" />
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="579" />
            <source>Enlever la ligne</source>
            <translation>[Ëñlëvër lä lïgñë ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="572" />
            <source>Enlever le CCP choisi</source>
            <translation>[Ëñlëvër lë ÇÇP çhöïsï ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="574" />
            <source>&amp;Titres et CCS détenus</source>
            <translation>[&amp;Tïtrës ët ÇÇS détëñüs ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="576" />
            <source>Titres et CCS détenus</source>
            <translation>[Tïtrës ët ÇÇS détëñüs ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="578" />
            <source>Ajouter un titre ou un CCS</source>
            <translation>[Äjöütër üñ tïtrë öü üñ ÇÇS ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="581" />
            <source>Enlever le titre ou CCS choisi</source>
            <translation>[Ëñlëvër lë tïtrë öü ÇÇS çhöïsï ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="583" />
            <source>Contrôles :</source>
            <translation>[Çöñtrôlës : ~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="585" />
            <source>Blocages et alertes du candidat</source>
            <translation>[Blöçägës ët älërtës dü çäñdïdät ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="588" />
            <source>Dernier message</source>
            <translation>[Dërñïër mëssägë ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_candidates.py" line="590" />
            <source>&amp;Enregistrer</source>
            <translation>[&amp;Eñrëgïstrër ~~]</translation>
        </message>
    </context>
    <context>
        <name>JurorsDialog</name>
        <message>
            <location filename="../juryapp/gui/forms/ui_jurors.py" line="276" />
            <source>Jurés et conflits d'intérêts</source>
            <translation>[Jürés ët çöñflïts d'ïñtérêts ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_jurors.py" line="278" />
            <source>Pourquoi les jurés ne se modifient pas</source>
            <translation>[Pöürqüöï lës jürés ñë së mödïfïëñt päs ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_jurors.py" line="280" />
            <source>&amp;Jurés :</source>
            <translation>[&amp;Jürés : ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_jurors.py" line="282" />
            <source>Jurés de la session</source>
            <translation>[Jürés dë lä sëssïöñ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_jurors.py" line="284" />
            <source>&amp;Nouveau</source>
            <translation>[&amp;Nöüvëäü ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_jurors.py" line="286" />
            <source>Vide le formulaire pour ajouter un juré.</source>
            <translation>[Vïdë lë förmüläïrë pöür äjöütër üñ jüré. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_jurors.py" line="288" />
            <source>&amp;Retirer…</source>
            <translation>[&amp;Rëtïrër… ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_jurors.py" line="290" />
            <source>Retire le juré choisi ; refusé s'il figure sur une décision, le planning ou la clôture.</source>
            <translation>[Rëtïrë lë jüré çhöïsï ; rëfüsé s'ïl fïgürë sür üñë déçïsïöñ, lë pläññïñg öü lä çlôtürë. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_jurors.py" line="293" />
            <source>Fiche du juré</source>
            <translation>[Fïçhë dü jüré ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_jurors.py" line="295" />
            <source>Juré</source>
            <translation>[Jüré ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_jurors.py" line="296" />
            <source>Ré&amp;férence :</source>
            <translation>[Ré&amp;férëñçë : ~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_jurors.py" line="297" />
            <source>donnée à l'enregistrement (J1, J2…)</source>
            <translation>[döññéë à l'ëñrëgïstrëmëñt (J1, J2…) ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_jurors.py" line="299" />
            <source>Référence du juré</source>
            <translation>[Référëñçë dü jüré ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_jurors.py" line="301" />
            <source>N&amp;om :</source>
            <translation>[Ñ&amp;om : ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_jurors.py" line="303" />
            <source>Nom du juré</source>
            <translation>[Ñöm dü jüré ~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_jurors.py" line="305" />
            <source>&amp;Prénom :</source>
            <translation>[&amp;Préñöm : ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_jurors.py" line="307" />
            <source>Prénom du juré</source>
            <translation>[Préñöm dü jüré ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_jurors.py" line="309" />
            <source>&amp;Habilité(e) jusqu'au :</source>
            <translation>[&amp;Häbïlïté(ë) jüsqü'äü : ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_jurors.py" line="310" />
            <source>JJ/MM/AAAA</source>
            <translation>[JJ/MM/ÄÄÄÄ ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_jurors.py" line="312" />
            <source>Fin de l'habilitation du juré ; il ne prend part à aucune décision s'il n'est plus habilité le dernier jour de la session.</source>
            <translation>[Fïñ dë l'häbïlïtätïöñ dü jüré ; ïl ñë prëñd pärt à äüçüñë déçïsïöñ s'ïl ñ'ëst plüs häbïlïté lë dërñïër jöür dë lä sëssïöñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_jurors.py" line="315" />
            <source>Fin d'habilitation</source>
            <translation>[Fïñ d'häbïlïtätïöñ ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_jurors.py" line="317" />
            <source>&amp;Conflits d'intérêts</source>
            <translation>[&amp;Cöñflïts d'ïñtérêts ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_jurors.py" line="319" />
            <source>Conflits d'intérêts du juré</source>
            <translation>[Çöñflïts d'ïñtérêts dü jüré ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_jurors.py" line="321" />
            <source>Ajouter un conflit</source>
            <translation>[Äjöütër üñ çöñflït ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_jurors.py" line="322" />
            <source>Enlever le conflit</source>
            <translation>[Ëñlëvër lë çöñflït ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_jurors.py" line="323" />
            <source>Jury de chaque c&amp;andidat présent :</source>
            <translation>[Jürÿ dë çhäqüë ç&amp;añdïdät présëñt : ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_jurors.py" line="325" />
            <source>Jury de chaque candidat présent</source>
            <translation>[Jürÿ dë çhäqüë çäñdïdät présëñt ~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_jurors.py" line="328" />
            <source>Dernier message</source>
            <translation>[Dërñïër mëssägë ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_jurors.py" line="330" />
            <source>&amp;Enregistrer</source>
            <translation>[&amp;Eñrëgïstrër ~~]</translation>
        </message>
    </context>
    <context>
        <name>NewSessionDialog</name>
        <message>
            <location filename="../juryapp/gui/forms/ui_new_session.py" line="316" />
            <source>Nouvelle session</source>
            <translation>[Ñöüvëllë sëssïöñ ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_new_session.py" line="317" />
            <source>Session</source>
            <translation>[Sëssïöñ ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_new_session.py" line="318" />
            <source>&amp;Référence :</source>
            <translation>[&amp;Référëñçë : ~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_new_session.py" line="319" />
            <source>2026-NTC-050</source>
            <translation>[2026-ÑTÇ-050 ~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_new_session.py" line="320" />
            <source>&amp;Version du titre :</source>
            <translation>[&amp;Vërsïöñ dü tïtrë : ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_new_session.py" line="321" />
            <source>&amp;Importer un référentiel…</source>
            <translation>[&amp;Impörtër üñ référëñtïël… ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_new_session.py" line="322" />
            <source>&amp;Type :</source>
            <translation>[&amp;Tÿpë : ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_new_session.py" line="323" />
            <source>CCP e&amp;xaminés :</source>
            <translation>[ÇÇP ë&amp;xämïñés : ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_new_session.py" line="324" />
            <source>CC&amp;S :</source>
            <translation>[ÇÇ&amp;S : ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_new_session.py" line="325" />
            <source>&amp;Du :</source>
            <translation>[&amp;Dü : ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_new_session.py" line="326" />
            <location filename="../juryapp/gui/forms/ui_new_session.py" line="328" />
            <location filename="../juryapp/gui/forms/ui_new_session.py" line="339" />
            <source>dd/MM/yyyy</source>
            <translation>[dd/MM/ÿÿÿÿ ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_new_session.py" line="327" />
            <source>a&amp;u :</source>
            <translation>[ä&amp;u : ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_new_session.py" line="329" />
            <source>C&amp;entre :</source>
            <translation>[Ç&amp;eñtrë : ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_new_session.py" line="330" />
            <source>&amp;Lieu :</source>
            <translation>[&amp;Lïëü : ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_new_session.py" line="331" />
            <source>Autorité de délivrance (documents définitifs)</source>
            <translation>[Äütörïté dë délïvräñçë (döçümëñts défïñïtïfs) ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_new_session.py" line="332" />
            <source>&amp;Autorité :</source>
            <translation>[&amp;Aütörïté : ~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_new_session.py" line="333" />
            <source>DREETS Auvergne-Rhône-Alpes</source>
            <translation>[DRËËTS Äüvërgñë-Rhôñë-Älpës ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_new_session.py" line="334" />
            <source>Fait à :</source>
            <translation>[Fäït à : ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_new_session.py" line="335" />
            <source>Si&amp;gnataire :</source>
            <translation>[Sï&amp;gñätäïrë : ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_new_session.py" line="336" />
            <source>&amp;Qualité :</source>
            <translation>[&amp;Qüälïté : ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_new_session.py" line="337" />
            <source>Prorogation de la version du titre</source>
            <translation>[Prörögätïöñ dë lä vërsïöñ dü tïtrë ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_new_session.py" line="338" />
            <source>Prorogée &amp;jusqu'au :</source>
            <translation>[Prörögéë &amp;jüsqü'äü : ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_new_session.py" line="340" />
            <source>S&amp;ource :</source>
            <translation>[S&amp;oürçë : ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_new_session.py" line="341" />
            <source>Arrêté du …, publié au JO du …</source>
            <translation>[Ärrêté dü …, püblïé äü JÖ dü … ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_new_session.py" line="342" />
            <source>E&amp;nregistrer la prorogation</source>
            <translation>[Ë&amp;nrëgïstrër lä prörögätïöñ ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_new_session.py" line="343" />
            <source>&amp;Fichier :</source>
            <translation>[&amp;Fïçhïër : ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_new_session.py" line="344" />
            <source>&amp;Parcourir…</source>
            <translation>[&amp;Pärçöürïr… ~~]</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <location filename="../juryapp/gui/forms/ui_passphrase.py" line="95" />
            <source>Phrase secrète du paquet</source>
            <translation>[Phräsë sëçrètë dü päqüët ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_passphrase.py" line="96" />
            <source>&amp;Phrase secrète :</source>
            <translation>[&amp;Phräsë sëçrètë : ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_passphrase.py" line="98" />
            <source>Phrase secrète</source>
            <translation>[Phräsë sëçrètë ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_passphrase.py" line="100" />
            <source>&amp;Confirmation :</source>
            <translation>[&amp;Cöñfïrmätïöñ : ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_passphrase.py" line="102" />
            <source>Phrase secrète, confirmation</source>
            <translation>[Phräsë sëçrètë, çöñfïrmätïöñ ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_passphrase.py" line="104" />
            <source>Paquet &amp;sans chiffrement…</source>
            <translation>[Päqüët &amp;säñs çhïffrëmëñt… ~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_passphrase.py" line="106" />
            <source>Ce qui empêche de continuer</source>
            <translation>[Çë qüï ëmpêçhë dë çöñtïñüër ~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>PurgeWorkstationDialog</name>
        <message>
            <location filename="../juryapp/gui/forms/ui_purge_workstation.py" line="78" />
            <source>Purger ce poste</source>
            <translation>[Pürgër çë pöstë ~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_purge_workstation.py" line="79" />
            <source>Copies de travail des sessions ouvertes sur ce poste à partir d'un paquet. Une copie rendue au secrétariat (« Remettre au secrétariat ») peut être supprimée de ce poste, avec ses sauvegardes.</source>
            <translation>[Çöpïës dë träväïl dës sëssïöñs öüvërtës sür çë pöstë à pärtïr d'üñ päqüët. Üñë çöpïë rëñdüë äü sëçrétärïät (« Rëmëttrë äü sëçrétärïät ») pëüt êtrë süpprïméë dë çë pöstë, ävëç sës säüvëgärdës. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_purge_workstation.py" line="80" />
            <source>&amp;Copies de ce poste :</source>
            <translation>[&amp;Cöpïës dë çë pöstë : ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_purge_workstation.py" line="82" />
            <source>Fichier</source>
            <translation>[Fïçhïër ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_purge_workstation.py" line="83" />
            <source>État</source>
            <translation>[Étät ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_purge_workstation.py" line="84" />
            <source>Session</source>
            <translation>[Sëssïöñ ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_purge_workstation.py" line="86" />
            <source>Copies de travail de ce poste</source>
            <translation>[Çöpïës dë träväïl dë çë pöstë ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_purge_workstation.py" line="88" />
            <source>Supprimer aussi les copies &amp;pas encore rendues (leur travail serait perdu)</source>
            <translation>[Süpprïmër äüssï lës çöpïës &amp;päs ëñçörë rëñdüës (lëür träväïl sëräït përdü) ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>ScheduleDialog</name>
        <message>
            <location filename="../juryapp/gui/forms/ui_schedule.py" line="217" />
            <source>Planning des épreuves</source>
            <translation>[Pläññïñg dës éprëüvës ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_schedule.py" line="218" />
            <source>&amp;Planifier automatiquement</source>
            <translation>[&amp;Pläñïfïër äütömätïqüëmëñt ~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_schedule.py" line="220" />
            <source>Propose un créneau, une salle et des jurés pour chaque épreuve non fixée ; rien n'est enregistré avant « Enregistrer ».</source>
            <translation>[Pröpösë üñ çréñëäü, üñë sällë ët dës jürés pöür çhäqüë éprëüvë ñöñ fïxéë ; rïëñ ñ'ëst ëñrëgïstré äväñt « Ëñrëgïstrër ». ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_schedule.py" line="222" />
            <source>Retirer l'épreu&amp;ve</source>
            <translation>[Rëtïrër l'éprëü&amp;vë ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_schedule.py" line="223" />
            <source>Fi&amp;ltrer :</source>
            <translation>[Fï&amp;ltrër : ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_schedule.py" line="224" />
            <source>candidat, salle, juré…</source>
            <translation>[çäñdïdät, sällë, jüré… ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_schedule.py" line="225" />
            <source>Pro&amp;blèmes :</source>
            <translation>[Prö&amp;blèmës : ~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_schedule.py" line="226" />
            <source>Pla&amp;nning</source>
            <translation>[Plä&amp;nñïñg ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_schedule.py" line="227" />
            <source>Chaque salle est ouverte tous les jours de la session, de son heure d'ouverture à son heure de fermeture. Chaque modification est enregistrée aussitôt.</source>
            <translation>[Çhäqüë sällë ëst öüvërtë töüs lës jöürs dë lä sëssïöñ, dë söñ hëürë d'öüvërtürë à söñ hëürë dë fërmëtürë. Çhäqüë mödïfïçätïöñ ëst ëñrëgïstréë äüssïtôt. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_schedule.py" line="228" />
            <source>&amp;Ajouter une salle</source>
            <translation>[&amp;Ajöütër üñë sällë ~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_schedule.py" line="229" />
            <source>Re&amp;tirer la salle</source>
            <translation>[Rë&amp;tïrër lä sällë ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_schedule.py" line="230" />
            <source>&amp;Salles</source>
            <translation>[&amp;Sällës ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_schedule.py" line="231" />
            <source>&amp;Imprimer les convocations et la feuille d'émargement…</source>
            <translation>[&amp;Imprïmër lës çöñvöçätïöñs ët lä fëüïllë d'émärgëmëñt… ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_schedule.py" line="233" />
            <source>Écrit dans un dossier une convocation par candidat planifié et la feuille d'émargement, d'après le planning enregistré.</source>
            <translation>[Éçrït däñs üñ dössïër üñë çöñvöçätïöñ pär çäñdïdät pläñïfïé ët lä fëüïllë d'émärgëmëñt, d'äprès lë pläññïñg ëñrëgïstré. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_schedule.py" line="235" />
            <source>&amp;Enregistrer</source>
            <translation>[&amp;Eñrëgïstrër ~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_schedule.py" line="236" />
            <source>&amp;Fermer</source>
            <translation>[&amp;Fërmër ~]</translation>
        </message>
    </context>
    <context>
        <name>TakeBackDialog</name>
        <message>
            <location filename="../juryapp/gui/forms/ui_take_back.py" line="71" />
            <source>Reprendre du jury</source>
            <translation>[Rëprëñdrë dü jürÿ ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_take_back.py" line="73" />
            <source>Le paquet repris</source>
            <translation>[Lë päqüët rëprïs ~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_take_back.py" line="76" />
            <source>Ce que la reprise fera</source>
            <translation>[Çë qüë lä rëprïsë fërä ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_take_back.py" line="78" />
            <source>&amp;Changements depuis la remise, candidat par candidat :</source>
            <translation>[&amp;Chäñgëmëñts dëpüïs lä rëmïsë, çäñdïdät pär çäñdïdät : ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_take_back.py" line="80" />
            <source>Par</source>
            <translation>[Pär ~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_take_back.py" line="81" />
            <source>Candidat et changement</source>
            <translation>[Çäñdïdät ët çhäñgëmëñt ~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_take_back.py" line="83" />
            <source>Changements depuis la remise</source>
            <translation>[Çhäñgëmëñts dëpüïs lä rëmïsë ~~~~~~~~~]</translation>
        </message>
        <message>
            <location filename="../juryapp/gui/forms/ui_take_back.py" line="86" />
            <source>Un groupe par candidat ; les conflits, en rouge, en tête de liste. La colonne « Par » dit qui a fait le changement : le jury, le secrétariat, ou les deux (conflit).</source>
            <translation>[Üñ gröüpë pär çäñdïdät ; lës çöñflïts, ëñ röügë, ëñ têtë dë lïstë. Lä çölöññë « Pär » dït qüï ä fäït lë çhäñgëmëñt : lë jürÿ, lë sëçrétärïät, öü lës dëüx (çöñflït). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
</TS>
