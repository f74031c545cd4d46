<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Login</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Full name</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Role</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>State</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>État</translation>
    </message>
    <message>
        <source>Add…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <source>Disable / enable</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Désactiver / activer</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Fermer</translation>
    </message>
    <message>
        <source> minutes</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Save</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Lock the window after</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Verrouiller la fenêtre après</translation>
    </message>
    <message>
        <source>without a key press or a click</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>sans frappe ni clic</translation>
    </message>
    <message>
        <source>The window now locks after {count} idle minutes.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>La fenêtre se verrouille désormais après {count} minutes d&apos;inactivité.</translation>
    </message>
    <message>
        <source>active</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>actif</translation>
    </message>
    <message>
        <source>disabled</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>New password set for {name}.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Nouveau mot de passe défini pour {name}.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Welcome to AML Desktop</source>
        <extracomment>The fonts shipped for names in scripts the system font may lack (the same ones the summary embeds).</extracomment>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Bienvenue dans AML Desktop</translation>
    </message>
    <message>
        <source>This clinic database is new and empty.

Load the demo clinic (example patients, including the three patients of DeWolf &amp; Tallman 2020) to try the application? You can start with an empty clinic instead.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Cette base de données de la clinique est nouvelle et vide.

Charger la clinique de démonstration (patients d&apos;exemple, dont les trois patients de DeWolf &amp; Tallman 2020) pour essayer l&apos;application ? Vous pouvez aussi commencer avec une clinique vide.</translation>
    </message>
    <message>
        <source>Demo clinic loaded: {count} example patients. They are fictitious; do not mix them with real patients.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Clinique de démonstration chargée : {count} patients d&apos;exemple. Ils sont fictifs ; ne les mélangez pas avec de vrais patients.</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Que voulez-vous faire ?</translation>
    </message>
    <message>
        <source>Locate the database file…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Localiser le fichier de la base…</translation>
    </message>
    <message>
        <source>Create a new, empty clinic</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Créer une nouvelle clinique vide</translation>
    </message>
    <message>
        <source>Quit</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Restaurer depuis une sauvegarde…</translation>
    </message>
    <message>
        <source>Open read-only to export</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ouvrir en lecture seule pour exporter</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Database backups (*.sqlite3);;All files (*)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Sauvegardes de la base (*.sqlite3);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Restored from {backup}.
The damaged file was kept as {safety}.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Restauré depuis {backup}.
Le fichier endommagé a été conservé sous {safety}.</translation>
    </message>
    <message>
        <source>There is no clinic database yet in the application-data folder ({folder}). Create a new clinic, or locate an existing database file (for example on a USB stick).</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Il n&apos;y a pas encore de base de données de la clinique dans le dossier des données de l&apos;application ({folder}). Créez une nouvelle clinique ou localisez un fichier de base existant (par exemple sur une clé USB).</translation>
    </message>
    <message>
        <source>Locate the clinic database</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Localiser la base de données de la clinique</translation>
    </message>
    <message>
        <source>Database (*.sqlite3);;All files (*)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Base de données (*.sqlite3);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>AML Desktop — server password</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>AML Desktop — mot de passe du serveur</translation>
    </message>
    <message>
        <source>Password of the database role for
{url}
(ask the person who set up the server):</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Mot de passe du rôle de la base de données pour
{url}
(demandez-le à la personne qui a installé le serveur) :</translation>
    </message>
    <message>
        <source>The clinic database cannot be opened:
{error}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>La base de données de la clinique ne peut pas être ouverte :
{error}</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Assessment</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Marrow and blood</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Moelle et sang</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Marrow blasts (%):</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Blastes &amp;médullaires (%) :</translation>
    </message>
    <message>
        <source>not measured</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>non mesuré</translation>
    </message>
    <message>
        <source>&amp;Circulating blasts:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Blastes &amp;circulants :</translation>
    </message>
    <message>
        <source>E&amp;xtramedullary disease:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Atteinte e&amp;xtramédullaire :</translation>
    </message>
    <message>
        <source>&amp;ANC (×10⁹/L):</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>P&amp;NN (×10⁹/L) :</translation>
    </message>
    <message>
        <source>&amp;Platelets (×10⁹/L):</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Plaquettes (×10⁹/L) :</translation>
    </message>
    <message>
        <source>&amp;Hemoglobin (g/dL):</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Hémoglobine (g/dL) :</translation>
    </message>
    <message>
        <source>&amp;WBC (×10⁹/L):</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Leucocytes (×10⁹/L) :</translation>
    </message>
    <message>
        <source>Measurable residual disease (MRD)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Maladie résiduelle mesurable (MRD)</translation>
    </message>
    <message>
        <source>MRD &amp;result:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Résultat MRD :</translation>
    </message>
    <message>
        <source>Met&amp;hod:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Mét&amp;hode :</translation>
    </message>
    <message>
        <source>&amp;Value (%):</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Valeur (%) :</translation>
    </message>
    <message>
        <source>optional</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Molecular and cytogenetics of this sample</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Biologie moléculaire et cytogénétique de ce prélèvement</translation>
    </message>
    <message>
        <source>A mutation test was done on this sample</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Une recherche de mutations a été faite sur ce prélèvement</translation>
    </message>
    <message>
        <source>M&amp;utations found:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>M&amp;utations trouvées :</translation>
    </message>
    <message>
        <source>Add mutation</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ajouter une mutation</translation>
    </message>
    <message>
        <source>Remove mutation</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Retirer la mutation</translation>
    </message>
    <message>
        <source>&amp;Tested genes:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Gènes &amp;testés :</translation>
    </message>
    <message>
        <source>comma separated, e.g. FLT3, IDH1, IDH2</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>séparés par des virgules, p. ex. FLT3, IDH1, IDH2</translation>
    </message>
    <message>
        <source>&amp;Karyotype:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Caryotype :</translation>
    </message>
    <message>
        <source>only if repeated on this sample</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>seulement s&apos;il a été refait sur ce prélèvement</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Lu comme :</translation>
    </message>
    <message>
        <source>Height and weight today (optional)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Taille et poids du jour (facultatif)</translation>
    </message>
    <message>
        <source>H&amp;eight (cm):</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>T&amp;aille (cm) :</translation>
    </message>
    <message>
        <source>Wei&amp;ght (kg):</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Poi&amp;ds (kg) :</translation>
    </message>
    <message>
        <source>color: #a40000;</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>color: #a40000;</translation>
    </message>
    <message>
        <source>Edit assessment</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Modifier l&apos;évaluation</translation>
    </message>
    <message>
        <source>Add assessment</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ajouter une évaluation</translation>
    </message>
    <message>
        <source>yes (blasts in the blood)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>oui (blastes dans le sang)</translation>
    </message>
    <message>
        <source>none</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>aucun</translation>
    </message>
    <message>
        <source>yes (extramedullary disease)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>oui (atteinte extramédullaire)</translation>
    </message>
    <message>
        <source>not done</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>non réalisée</translation>
    </message>
    <message>
        <source>ELN response of this assessment: {response}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Réponse ELN de cette évaluation : {response}</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>When (UTC)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Table</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Table</translation>
    </message>
    <message>
        <source>Patient</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Details</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Chain checked: whole, {count} entries; every row is as its last entry left it.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Chaîne vérifiée : intacte, {count} entrées ; chaque ligne est telle que sa dernière entrée l&apos;a laissée.</translation>
    </message>
    <message>
        <source>BROKEN at entry {entry}: {problem}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>ROMPUE à l&apos;entrée {entry} : {problem}</translation>
    </message>
    <message>
        <source>hospital number or id</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>numéro de dossier ou identifiant</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>From</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Au</translation>
    </message>
    <message>
        <source>Show</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Account</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Compte</translation>
    </message>
    <message>
        <source>{count} entries shown (newest first, at most 200)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{count} entrées affichées (les plus récentes d&apos;abord, 200 au plus)</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Updating patient statuses</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Mise à jour des statuts des patients</translation>
    </message>
    <message>
        <source>The server cannot be reached ({error}). What is on screen stays; nothing typed is lost, and saving works again once the server is back.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Le serveur est injoignable ({error}). Ce qui est affiché reste ; rien de ce qui a été saisi n&apos;est perdu, et l&apos;enregistrement refonctionnera dès le retour du serveur.</translation>
    </message>
    <message>
        <source>Connected to the server again; the patient list is up to date.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Reconnecté au serveur ; la liste des patients est à jour.</translation>
    </message>
    <message>
        <source>Search failed: {error}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>La recherche a échoué : {error}</translation>
    </message>
    <message>
        <source>{file} is open read-only ({reason}): nothing can be changed</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{file} est ouvert en lecture seule ({reason}) : rien ne peut être modifié</translation>
    </message>
    <message>
        <source>{task}: stopped before it ran</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{task} : arrêté avant d&apos;avoir commencé</translation>
    </message>
    <message>
        <source>Checking the database</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Vérification de la base de données</translation>
    </message>
    <message>
        <source>Saving the patient</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Enregistrement du patient</translation>
    </message>
    <message>
        <source>Please check: {warnings}.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Veuillez vérifier : {warnings}.</translation>
    </message>
    <message>
        <source>Deleting the patient</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Suppression du patient</translation>
    </message>
    <message>
        <source>Saving the clinic settings</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Enregistrement des paramètres de la clinique</translation>
    </message>
    <message>
        <source>Recording the decision</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Enregistrement de la décision</translation>
    </message>
    <message>
        <source>Voiding the decision</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Annulation de la décision</translation>
    </message>
    <message>
        <source>another patient</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>un autre patient</translation>
    </message>
    <message>
        <source>Nothing was imported: the database is read-only ({reason}).</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Rien n&apos;a été importé : la base de données est en lecture seule ({reason}).</translation>
    </message>
    <message>
        <source>Reading and checking {count} file(s)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Lecture et vérification de {count} fichier(s)</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Nothing was imported: {error}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Rien n&apos;a été importé : {error}</translation>
    </message>
    <message>
        <source>Saving (all or nothing)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Enregistrement (tout ou rien)</translation>
    </message>
    <message>
        <source>Done</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Imported 1 patient.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>1 patient importé.</translation>
    </message>
    <message>
        <source>Imported {count} patients.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{count} patients importés.</translation>
    </message>
    <message>
        <source>Importing {count} case file(s)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Importation de {count} fichier(s) de cas</translation>
    </message>
    <message>
        <source>Writing {file}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Écriture de {file}</translation>
    </message>
    <message>
        <source>Exported {patient} as FHIR to {file}.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{patient} exporté en FHIR vers {file}.</translation>
    </message>
    <message>
        <source>Exported {patient} to {file}.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{patient} exporté vers {file}.</translation>
    </message>
    <message>
        <source>Exporting the patient</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Exportation du patient</translation>
    </message>
    <message>
        <source>The {operation} could not be recorded in the audit trail: {error}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>L&apos;action « {operation} » n&apos;a pas pu être inscrite au journal d&apos;audit : {error}</translation>
    </message>
    <message>
        <source>Copying and verifying the database</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Copie et vérification de la base de données</translation>
    </message>
    <message>
        <source> (1 older copy removed)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation> (1 copie plus ancienne supprimée)</translation>
    </message>
    <message>
        <source> ({count} older copies removed)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation> ({count} copies plus anciennes supprimées)</translation>
    </message>
    <message>
        <source>Backup written and verified: {file}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Sauvegarde écrite et vérifiée : {file}</translation>
    </message>
    <message>
        <source>Backing up the database</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Sauvegarde de la base de données</translation>
    </message>
    <message>
        <source>Copying and verifying the clinic (pg_dump)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Copie et vérification de la clinique (pg_dump)</translation>
    </message>
    <message>
        <source>Backup written and verified: {file} ({check})</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Sauvegarde écrite et vérifiée : {file} ({check})</translation>
    </message>
    <message>
        <source>Backing up the clinic</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Sauvegarde de la clinique</translation>
    </message>
    <message>
        <source>a clinic on a server is restored on the server, by its administrator, while the workstations are closed: aml-desktop --db &quot;{url}&quot; --user ADMIN restore FILE</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>une clinique sur un serveur se restaure sur le serveur, par son administrateur, postes de travail fermés : aml-desktop --db &quot;{url}&quot; --user ADMIN restore FICHIER</translation>
    </message>
    <message>
        <source>Verifying the backup</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Vérification de la sauvegarde</translation>
    </message>
    <message>
        <source>Replacing the database</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Remplacement de la base de données</translation>
    </message>
    <message>
        <source>Restored from {backup}. The previous database was kept as {safety}.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Restauré depuis {backup}. La base précédente a été conservée sous {safety}.</translation>
    </message>
    <message>
        <source>Restoring from a backup</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Restauration depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Saved 1 summary in {folder}.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>1 résumé enregistré dans {folder}.</translation>
    </message>
    <message>
        <source>Saved {count} summaries in {folder}.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{count} résumés enregistrés dans {folder}.</translation>
    </message>
    <message>
        <source>saved {count} of {total} summaries in {folder}; these patients could not be read or written:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{count} résumés sur {total} enregistrés dans {folder} ; ces patients n&apos;ont pas pu être lus ou écrits :</translation>
    </message>
    <message>
        <source>Saving summaries</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Enregistrement des résumés</translation>
    </message>
    <message>
        <source>What you typed is still here: save again once the server is back</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ce que vous avez saisi est toujours là : enregistrez de nouveau dès le retour du serveur</translation>
    </message>
    <message>
        <source>the server cannot be reached or the connection to it was lost ({error}). Nothing was saved.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>le serveur est injoignable ou la connexion a été perdue ({error}). Rien n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>CourseChart</name>
    <message>
        <source>Marrow blasts (%)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Blastes médullaires (%)</translation>
    </message>
    <message>
        <source>ANC (×10⁹/L)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>PNN (×10⁹/L)</translation>
    </message>
    <message>
        <source>Platelets (×10⁹/L)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Plaquettes (×10⁹/L)</translation>
    </message>
    <message>
        <source>No assessments recorded yet</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Aucune évaluation enregistrée</translation>
    </message>
    <message>
        <source>Therapy</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Cures</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>Treatment course</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Cure de traitement</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Phase :</translation>
    </message>
    <message>
        <source>&amp;Regimen:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>P&amp;rotocole :</translation>
    </message>
    <message>
        <source>&amp;Intensity:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Intensité :</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Fin :</translation>
    </message>
    <message>
        <source>C&amp;ycle:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>C&amp;ycle :</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>color: #a40000;</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>color: #a40000;</translation>
    </message>
    <message>
        <source>Edit treatment course</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Modifier la cure</translation>
    </message>
    <message>
        <source>Add treatment course</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ajouter une cure</translation>
    </message>
    <message>
        <source>from the regimen code</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>d&apos;après le code du protocole</translation>
    </message>
    <message>
        <source>{kind} transplant</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>greffe {kind}</translation>
    </message>
    <message>
        <source>Choose a regimen from the catalog, or type another one (then choose its intensity)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Choisissez un protocole du catalogue, ou saisissez-en un autre (puis choisissez son intensité)</translation>
    </message>
    <message>
        <source>empty while the course goes on</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>vide tant que la cure continue</translation>
    </message>
    <message>
        <source>Catalog regimen: {title}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Protocole du catalogue : {title}</translation>
    </message>
    <message>
        <source>Not a catalog regimen: choose its intensity below.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Protocole hors catalogue : choisissez son intensité ci-dessous.</translation>
    </message>
</context>
<context>
    <name>CoursePanel</name>
    <message>
        <source>Treatment courses</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Cures de traitement</translation>
    </message>
    <message>
        <source>Add course…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ajouter une cure…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Assessments (with ELN response)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Évaluations (avec réponse ELN)</translation>
    </message>
    <message>
        <source>Add assessment…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ajouter une évaluation…</translation>
    </message>
</context>
<context>
    <name>CourseTables</name>
    <message>
        <source>ongoing</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>en cours</translation>
    </message>
    <message>
        <source>Phase</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Regimen</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Start</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>Code (for support): {code}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Code (pour l&apos;assistance) : {code}</translation>
    </message>
    <message>
        <source>Date</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Date</translation>
    </message>
    <message>
        <source>ELN response</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Réponse ELN</translation>
    </message>
    <message>
        <source>Marrow blasts %</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Blastes méd. %</translation>
    </message>
    <message>
        <source>ANC</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>PNN</translation>
    </message>
    <message>
        <source>Platelets</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Plaquettes</translation>
    </message>
    <message>
        <source>Blood blasts</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Blastes sang.</translation>
    </message>
    <message>
        <source>EMD</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Extraméd.</translation>
    </message>
    <message>
        <source>MRD</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>MRD</translation>
    </message>
    <message>
        <source>Molecular</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Moléculaire</translation>
    </message>
    <message>
        <source>tested, no mutation</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>testé, aucune mutation</translation>
    </message>
</context>
<context>
    <name>CyclePanel</name>
    <message>
        <source>Given</source>
        <extracomment>What happened to a dose on a cycle day, in words (the codes of ``engine.cycles``).</extracomment>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Administré</translation>
    </message>
    <message>
        <source>Held</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Reduced</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Réduit</translation>
    </message>
    <message>
        <source>{field}: {value} is not a number</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{field} : {value} n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>a date is required</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>une date est obligatoire</translation>
    </message>
    <message>
        <source>Cycle:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Cycle :</translation>
    </message>
    <message>
        <source>Plan a cycle…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Planifier un cycle…</translation>
    </message>
    <message>
        <source>Record given…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Saisir l&apos;administration…</translation>
    </message>
    <message>
        <source>Change a dose…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Modifier une dose…</translation>
    </message>
    <message>
        <source>Organ function…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Fonction d&apos;organe…</translation>
    </message>
    <message>
        <source>Road map PDF…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Feuille de route PDF…</translation>
    </message>
    <message>
        <source>The stored cycles cannot be read: {error}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Les cycles enregistrés ne peuvent pas être lus : {error}</translation>
    </message>
    <message>
        <source>{cycle} (day 1 {date})</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{cycle} (J1 {date})</translation>
    </message>
    <message>
        <source>No cycle planned.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Aucun cycle planifié.</translation>
    </message>
    <message>
        <source>No cycle running today.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Aucun cycle en cours aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Sources: {references}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Sources : {references}</translation>
    </message>
</context>
<context>
    <name>CycleSettingsDialog</name>
    <message>
        <source>Chemotherapy settings</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Paramètres de chimiothérapie</translation>
    </message>
    <message>
        <source>Issue 15 default 7 days [IMPL]: check local protocol</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>7 jours par défaut (issue 15) [IMPL] : vérifiez le protocole local</translation>
    </message>
    <message>
        <source>empty: no cap</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>vide : pas de plafond</translation>
    </message>
    <message>
        <source>Warn when the weight is older than (days)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Avertir si le poids date de plus de (jours)</translation>
    </message>
    <message>
        <source>BSA cap (m²)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Plafond de SC (m²)</translation>
    </message>
    <message>
        <source>Round to stock within (%)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Arrondir au stock à moins de (%)</translation>
    </message>
    <message>
        <source>Stocked sizes (mg or µg)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Présentations en stock (mg ou µg)</translation>
    </message>
    <message>
        <source>Never round</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ne jamais arrondir</translation>
    </message>
    <message>
        <source>Stocked sizes: {item} is not AGENT=SIZE,SIZE</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Présentations en stock : {item} n&apos;est pas de la forme AGENT=TAILLE,TAILLE</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD or DD/MM/YYYY</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>AAAA-MM-JJ ou JJ/MM/AAAA</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>type the date as YYYY-MM-DD (this clinic does not use day-first dates): “{text}”</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>saisissez la date sous la forme AAAA-MM-JJ (cette clinique n&apos;utilise pas les dates jour d&apos;abord) : « {text} »</translation>
    </message>
    <message>
        <source>write the year in full (four digits): “{text}”</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>écrivez l&apos;année en entier (quatre chiffres) : « {text} »</translation>
    </message>
    <message>
        <source>“{text}” is not a date: type it as {example}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>« {text} » n&apos;est pas une date : saisissez-la sous la forme {example}</translation>
    </message>
    <message>
        <source>there is no month {month} (“{text}”)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>il n&apos;y a pas de mois {month} (« {text} »)</translation>
    </message>
    <message>
        <source>“{text}” is not a date</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>« {text} » n&apos;est pas une date</translation>
    </message>
    <message>
        <source>{day} {month} {year} does not exist ({month} has {last} days)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>le {day} {month} {year} n&apos;existe pas ({month} compte {last} jours)</translation>
    </message>
    <message>
        <source>today</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Calendrier…</translation>
    </message>
    <message>
        <source>Pick the date on a calendar (Alt+Down in the field)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Choisir la date sur un calendrier (Alt+Bas dans le champ)</translation>
    </message>
    <message>
        <source>Type the date as {example}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Saisissez la date sous la forme {example}</translation>
    </message>
    <message>
        <source>a date is required</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>une date est obligatoire</translation>
    </message>
    <message>
        <source>{day} is before {minimum}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>le {day} est antérieur au {minimum}</translation>
    </message>
    <message>
        <source>{day} is after {bound} ({maximum})</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>le {day} est postérieur à {bound} ({maximum})</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Record the decision</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Enregistrer la décision</translation>
    </message>
    <message>
        <source>Decision support only: the treating clinician decides. Record what you decided.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Aide à la décision uniquement : le clinicien traitant décide. Enregistrez ce que vous avez décidé.</translation>
    </message>
    <message>
        <source>font-weight: bold;</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>font-weight: bold;</translation>
    </message>
    <message>
        <source>&amp;Accept the recommended therapy</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Accepter le traitement recommandé</translation>
    </message>
    <message>
        <source>&amp;Choose another therapy</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Choisir un autre traitement</translation>
    </message>
    <message>
        <source>C&amp;hosen therapy:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Traitement choisi :</translation>
    </message>
    <message>
        <source>&amp;Regimen:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>P&amp;rotocole :</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Détails :</translation>
    </message>
    <message>
        <source>Why another therapy (required when overriding)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Pourquoi un autre traitement (obligatoire en cas de non-suivi)</translation>
    </message>
    <message>
        <source>C&amp;linician:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>C&amp;linicien :</translation>
    </message>
    <message>
        <source>Your name</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Da&amp;te :</translation>
    </message>
    <message>
        <source>color: #a40000;</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>color: #a40000;</translation>
    </message>
    <message>
        <source>ruleset {version}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>règles {version}</translation>
    </message>
    <message>
        <source>Recommended: {therapy}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Recommandé : {therapy}</translation>
    </message>
    <message>
        <source>— choose a reason —</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>— choisir un motif —</translation>
    </message>
    <message>
        <source>Accept (nothing is recommended now)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Accepter (rien n&apos;est recommandé actuellement)</translation>
    </message>
    <message>
        <source>your name is required: the decision is signed</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>votre nom est obligatoire : la décision est signée</translation>
    </message>
    <message>
        <source>is the recommended therapy: choose “Accept” instead</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>c&apos;est le traitement recommandé : choisissez plutôt « Accepter »</translation>
    </message>
    <message>
        <source>a reason is required when you choose another therapy</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>un motif est obligatoire si vous choisissez un autre traitement</translation>
    </message>
    <message>
        <source>say why another therapy was chosen (the details are required)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>indiquez pourquoi un autre traitement a été choisi (les détails sont obligatoires)</translation>
    </message>
    <message>
        <source>say why the earlier decision is replaced</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>indiquez pourquoi la décision précédente est remplacée</translation>
    </message>
    <message>
        <source>Replace a decision</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Remplacer une décision</translation>
    </message>
    <message>
        <source>This replaces the decision of {date} ({therapy}). The earlier decision stays in the record, marked as superseded.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ceci remplace la décision du {date} ({therapy}). La décision précédente reste dans le dossier, marquée comme remplacée.</translation>
    </message>
    <message>
        <source>Why the earlier decision is replaced (required)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Pourquoi la décision précédente est remplacée (obligatoire)</translation>
    </message>
    <message>
        <source>Why &amp;replaced:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Pourquoi &amp;remplacée :</translation>
    </message>
</context>
<context>
    <name>DecisionsPanel</name>
    <message>
        <source>Date</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Date</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Recommandé</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Choisi</translation>
    </message>
    <message>
        <source>Regimen</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Reason</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Clinicien</translation>
    </message>
    <message>
        <source>Ruleset</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Repl&amp;ace with a new decision…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Rempl&amp;acer par une nouvelle décision…</translation>
    </message>
    <message>
        <source>Record a new decision that replaces the selected one (which stays, marked)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Enregistrer une nouvelle décision qui remplace celle sélectionnée (qui reste, marquée)</translation>
    </message>
    <message>
        <source>&amp;Void decision…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Annuler la décision…</translation>
    </message>
    <message>
        <source>Mark the selected decision as entered in error (it stays, marked void)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Marquer la décision sélectionnée comme saisie par erreur (elle reste, marquée annulée)</translation>
    </message>
    <message>
        <source>accepted</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>acceptée</translation>
    </message>
    <message>
        <source>No decision recorded yet. Use {button} on the Recommendation tab.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Aucune décision enregistrée. Utilisez {button} dans l&apos;onglet Recommandation.</translation>
    </message>
    <message>
        <source>Record decision…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Enregistrer la décision…</translation>
    </message>
    <message>
        <source>{date}: {therapy}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{date} : {therapy}</translation>
    </message>
    <message>
        <source>Recommended: {recommended}. Chosen: {chosen}.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Recommandé : {recommended}. Choisi : {chosen}.</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Motif : {reason}</translation>
    </message>
    <message>
        <source>Clinician: {clinician} · recorded {when} by {user} · ruleset {ruleset}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Clinicien : {clinician} · enregistrée le {when} par {user} · règles {ruleset}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>What the screen showed then: {therapy}.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ce que l&apos;écran affichait alors : {therapy}.</translation>
    </message>
    <message>
        <source>void</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>annulée</translation>
    </message>
    <message>
        <source>superseded by decision {number}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>remplacée par la décision {number}</translation>
    </message>
    <message>
        <source>superseded</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>remplacée</translation>
    </message>
</context>
<context>
    <name>FitnessDialog</name>
    <message>
        <source>Fitness for intensive chemotherapy</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Aptitude à la chimiothérapie intensive</translation>
    </message>
    <message>
        <source>&amp;Date judged:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Date de l&apos;évaluation :</translation>
    </message>
    <message>
        <source>&amp;ECOG performance status:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Indice de performance &amp;ECOG :</translation>
    </message>
    <message>
        <source>&amp;Fit for intensive chemotherapy?</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Apte à la chimiothérapie intensive ?</translation>
    </message>
    <message>
        <source>Ferrara 2013 criteria of unfitness for intensive chemotherapy (any one)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Critères d&apos;inaptitude à la chimiothérapie intensive de Ferrara 2013 (un seul suffit)</translation>
    </message>
    <message>
        <source>Age over 75 years</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Âge supérieur à 75 ans</translation>
    </message>
    <message>
        <source>Heart failure or cardiomyopathy with ejection fraction ≤ 50 %</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Insuffisance cardiaque ou cardiomyopathie avec fraction d&apos;éjection ≤ 50 %</translation>
    </message>
    <message>
        <source>Lung disease with DLCO or FEV1 ≤ 65 %, dyspnea at rest or oxygen need</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Maladie pulmonaire avec DLCO ou VEMS ≤ 65 %, dyspnée de repos ou besoin d&apos;oxygène</translation>
    </message>
    <message>
        <source>On dialysis and over 60, or uncontrolled renal carcinoma</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>En dialyse et de plus de 60 ans, ou carcinome rénal non contrôlé</translation>
    </message>
    <message>
        <source>Liver disease: transaminases &gt; 3× normal, cirrhosis Child-Pugh B/C, acute viral hepatitis</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Maladie hépatique : transaminases &gt; 3× la normale, cirrhose Child-Pugh B/C, hépatite virale aiguë</translation>
    </message>
    <message>
        <source>Active infection resistant to anti-infective therapy</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Infection active résistante au traitement anti-infectieux</translation>
    </message>
    <message>
        <source>Mental illness or cognitive dependence as defined by Ferrara</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Maladie mentale ou dépendance cognitive selon la définition de Ferrara</translation>
    </message>
    <message>
        <source>ECOG performance status above 2, not caused by the leukemia</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Indice ECOG supérieur à 2, non dû à la leucémie</translation>
    </message>
    <message>
        <source>Other comorbidity judged incompatible with intensive chemotherapy</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Autre comorbidité jugée incompatible avec une chimiothérapie intensive</translation>
    </message>
    <message>
        <source>color: #a40000;</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>color: #a40000;</translation>
    </message>
    <message>
        <source>fully active</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>pleinement actif</translation>
    </message>
    <message>
        <source>restricted in strenuous activity</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>limité pour les activités physiques intenses</translation>
    </message>
    <message>
        <source>ambulatory, no work, up &gt; 50 % of day</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>ambulatoire, sans travail, levé &gt; 50 % de la journée</translation>
    </message>
    <message>
        <source>limited self-care, in bed &gt; 50 % of day</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>autonomie limitée, alité &gt; 50 % de la journée</translation>
    </message>
    <message>
        <source>completely disabled</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>totalement dépendant</translation>
    </message>
    <message>
        <source>dead</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>décédé</translation>
    </message>
    <message>
        <source>not judged (the default rule applies)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>non évalué (la règle par défaut s&apos;applique)</translation>
    </message>
    <message>
        <source>yes — fit for intensive chemotherapy</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>oui — apte à la chimiothérapie intensive</translation>
    </message>
    <message>
        <source>no — not fit for intensive chemotherapy</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>non — inapte à la chimiothérapie intensive</translation>
    </message>
    <message>
        <source>1 Ferrara criterion met</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>1 critère de Ferrara rempli</translation>
    </message>
    <message>
        <source>{count} Ferrara criteria met</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{count} critères de Ferrara remplis</translation>
    </message>
    <message>
        <source>by Ferrara 2013 the patient is unfit for intensive chemotherapy.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>selon Ferrara 2013, le patient est inapte à la chimiothérapie intensive.</translation>
    </message>
    <message>
        <source>You judged the patient fit although a criterion is met: please make sure this is intended.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Vous avez jugé le patient apte alors qu&apos;un critère est rempli : vérifiez que c&apos;est bien voulu.</translation>
    </message>
    <message>
        <source>Without a judgement, the engine concludes: {reason}.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Sans jugement clinique, le moteur conclut : {reason}.</translation>
    </message>
    <message>
        <source>The treating clinician decides; the form helps.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Le clinicien traitant décide ; le formulaire aide.</translation>
    </message>
</context>
<context>
    <name>FormSupport</name>
    <message>
        <source>Gene</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Gène</translation>
    </message>
    <message>
        <source>Variant</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Variant</translation>
    </message>
    <message>
        <source>Allelic ratio</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ratio allélique</translation>
    </message>
    <message>
        <source>VAF %</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>VAF %</translation>
    </message>
    <message>
        <source>Not saved — please correct:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Non enregistré — veuillez corriger :</translation>
    </message>
    <message>
        <source>course</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>cure</translation>
    </message>
    <message>
        <source>assessment</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>évaluation</translation>
    </message>
    <message>
        <source>decision</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>décision</translation>
    </message>
    <message>
        <source>mutation</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>mutation</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Abandonner les modifications ?</translation>
    </message>
    <message>
        <source>You have changes that are not saved. Discard them?</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Vous avez des modifications non enregistrées. Les abandonner ?</translation>
    </message>
    <message>
        <source>not saved: {error}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>non enregistré : {error}</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>GiveDialog</name>
    <message>
        <source>Record given: {cycle}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Saisir l&apos;administration : {cycle}</translation>
    </message>
    <message>
        <source>{agent} (to give {dose})</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{agent} (à administrer {dose})</translation>
    </message>
    <message>
        <source>Cycle day</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Jour du cycle</translation>
    </message>
    <message>
        <source>Agent</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Dose given</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Dose administrée</translation>
    </message>
    <message>
        <source>Note</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Note</translation>
    </message>
    <message>
        <source>Given by</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Administré par</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>AML Desktop — user guide</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>AML Desktop — guide de l&apos;utilisateur</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Unlock</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Log in as someone else…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Se connecter sous un autre compte…</translation>
    </message>
    <message>
        <source>AML Desktop is locked</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>AML Desktop est verrouillé</translation>
    </message>
    <message>
        <source>The records are hidden. {name}, enter your password to go on.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Les dossiers sont masqués. {name}, saisissez votre mot de passe pour continuer.</translation>
    </message>
    <message>
        <source>Log in as someone else</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Se connecter sous un autre compte</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Account</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Password</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Log in</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Quit</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Log in with your own account: every entry is signed with it.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Connectez-vous avec votre propre compte : chaque saisie est signée avec lui.</translation>
    </message>
    <message>
        <source>Type your account name.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Saisissez le nom de votre compte.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>AML Desktop</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>AML Desktop</translation>
    </message>
    <message>
        <source>QFrame#message_frame { background: #fff4ce; border: 1px solid #d8b600; }</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>QFrame#message_frame { background: #fff4ce; border: 1px solid #d8b600; }</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Search name or hospital number (Ctrl+F)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Rechercher un nom ou un numéro de dossier (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>New patient…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Nouveau patient…</translation>
    </message>
    <message>
        <source>Select a patient in the list, or add one with File → New patient (Ctrl+N).</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Sélectionnez un patient dans la liste, ou ajoutez-en un par Fichier → Nouveau patient (Ctrl+N).</translation>
    </message>
    <message>
        <source>Edit patient…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Modifier le patient…</translation>
    </message>
    <message>
        <source>Fitness…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Aptitude…</translation>
    </message>
    <message>
        <source>Print summary…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Imprimer le résumé…</translation>
    </message>
    <message>
        <source>&amp;Where the patient stands</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Où en est le patient</translation>
    </message>
    <message>
        <source>C&amp;ourse</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>C&amp;ure</translation>
    </message>
    <message>
        <source>&amp;Recommendation</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Recommandation</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Décisions</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Patient</translation>
    </message>
    <message>
        <source>&amp;Clinic</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Clinique</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Nouveau patient…</translation>
    </message>
    <message>
        <source>Add a patient and the diagnosis</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ajouter un patient et le diagnostic</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Edit patient and diagnosis…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Modifier le patient et le diagnostic…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Import case files…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Importer des fichiers de cas…</translation>
    </message>
    <message>
        <source>Add patients from aml-case files (all or nothing)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ajouter des patients depuis des fichiers aml-case (tout ou rien)</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>E&amp;xport case file…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>E&amp;xporter le fichier de cas…</translation>
    </message>
    <message>
        <source>Write the selected patient to an aml-case file</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Écrire le patient sélectionné dans un fichier aml-case</translation>
    </message>
    <message>
        <source>&amp;Print summary…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Imprimer le résumé…</translation>
    </message>
    <message>
        <source>Preview, print or save the treatment summary</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Prévisualiser, imprimer ou enregistrer le résumé de traitement</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Save summary as P&amp;DF…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Enregistrer le résumé en P&amp;DF…</translation>
    </message>
    <message>
        <source>Save summaries of &amp;listed patients…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Enregistrer les résumés des patients &amp;listés…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Rechercher un patient</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Add &amp;course…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ajouter une &amp;cure…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Add &amp;assessment…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ajouter une év&amp;aluation…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;Fitness…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Aptitude…</translation>
    </message>
    <message>
        <source>Record &amp;decision…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Enregistrer la &amp;décision…</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>De&amp;lete patient…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Supp&amp;rimer le patient…</translation>
    </message>
    <message>
        <source>Remove the selected patient and the whole course (audited)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Retirer le patient sélectionné et tout son parcours (tracé dans l&apos;audit)</translation>
    </message>
    <message>
        <source>Clinic &amp;settings…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Paramètres de la clinique…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>F1</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;About AML Desktop</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>À &amp;propos d&apos;AML Desktop</translation>
    </message>
    <message>
        <source>Chemotherapy settings…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Paramètres de chimiothérapie…</translation>
    </message>
    <message>
        <source>All patients</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Tous les patients</translation>
    </message>
    <message>
        <source>{task} failed: {error}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{task} : échec : {error}</translation>
    </message>
    <message>
        <source>{file} is damaged (SQLite&apos;s check found: {problems}). Nothing more will be written to it. Restore the last good backup, or keep it open read-only to export what can still be read (File &gt; Export case file, or &apos;aml-desktop export --all&apos;).</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{file} est endommagé (la vérification de SQLite a trouvé : {problems}). Plus rien n&apos;y sera écrit. Restaurez la dernière sauvegarde saine, ou gardez-le ouvert en lecture seule pour exporter ce qui peut encore être lu (Fichier &gt; Exporter le fichier de cas, ou « aml-desktop export --all »).</translation>
    </message>
    <message>
        <source>Read-only: {reason}. You can look at patients, print and export, but nothing can be changed. Use Clinic &gt; Restore from backup to replace the damaged database with a backup.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Lecture seule : {reason}. Vous pouvez consulter les patients, imprimer et exporter, mais rien ne peut être modifié. Utilisez Clinique &gt; Restaurer une sauvegarde pour remplacer la base endommagée par une sauvegarde.</translation>
    </message>
    <message>
        <source>Read-only: {reason}. You can look at patients, print and export, but nothing can be changed (copy the database to a folder that can be written to work on it).</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Lecture seule : {reason}. Vous pouvez consulter les patients, imprimer et exporter, mais rien ne peut être modifié (copiez la base dans un dossier accessible en écriture pour y travailler).</translation>
    </message>
    <message>
        <source>{task}… the window closes when it is saved.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{task}… la fenêtre se fermera une fois l&apos;enregistrement terminé.</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Travail en cours</translation>
    </message>
    <message>
        <source>A backup, restore or import is still running. Quit anyway? (A restore must not be interrupted.)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Une sauvegarde, une restauration ou une importation est en cours. Quitter quand même ? (Une restauration ne doit pas être interrompue.)</translation>
    </message>
    <message>
        <source>Backup on quitting failed</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>La sauvegarde à la fermeture a échoué</translation>
    </message>
    <message>
        <source>The backup taken on quitting failed:
{error}

Your data is saved in the database; take a backup (Clinic &gt; Back up now) when you next open AML Desktop.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>La sauvegarde faite à la fermeture a échoué :
{error}

Vos données sont enregistrées dans la base ; faites une sauvegarde (Clinique &gt; Sauvegarder maintenant) à la prochaine ouverture d&apos;AML Desktop.</translation>
    </message>
    <message>
        <source>Backup written: {file}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Sauvegarde écrite : {file}</translation>
    </message>
    <message>
        <source>{task}: {done} of {total}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{task} : {done} sur {total}</translation>
    </message>
    <message>
        <source>{count} patient</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{count} patient</translation>
    </message>
    <message>
        <source>{count} patients</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{count} patients</translation>
    </message>
    <message>
        <source>This patient&apos;s record cannot be read: the database is damaged ({error}). Restore a backup (Clinic &gt; Restore from backup); &apos;aml-desktop export --all&apos; saves the patients that can be read.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Le dossier de ce patient ne peut pas être lu : la base de données est endommagée ({error}). Restaurez une sauvegarde (Clinique &gt; Restaurer une sauvegarde) ; « aml-desktop export --all » enregistre les patients qui peuvent être lus.</translation>
    </message>
    <message>
        <source>This patient could not be opened: {error}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ce patient n&apos;a pas pu être ouvert : {error}</translation>
    </message>
    <message>
        <source>Add a treatment course (Ctrl+Shift+C)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ajouter une cure (Ctrl+Maj+C)</translation>
    </message>
    <message>
        <source>Add an assessment (Ctrl+Shift+A)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ajouter une évaluation (Ctrl+Maj+A)</translation>
    </message>
    <message>
        <source>The engine could not evaluate this patient: {error}. No recommendation is shown.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Le moteur n&apos;a pas pu évaluer ce patient : {error}. Aucune recommandation n&apos;est affichée.</translation>
    </message>
    <message>
        <source>Nothing to decide now: no treatment is recommended for this patient.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Rien à décider actuellement : aucun traitement n&apos;est recommandé pour ce patient.</translation>
    </message>
    <message>
        <source>Nothing can be recorded: the database is read-only ({reason}).</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Rien ne peut être enregistré : la base de données est en lecture seule ({reason}).</translation>
    </message>
    <message>
        <source>Record what you decided for this recommendation</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Enregistrer ce que vous avez décidé pour cette recommandation</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Non enregistré : {error}</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Modifié par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>Reload the patient now?</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Recharger le patient maintenant ?</translation>
    </message>
    <message>
        <source>Remove the course {regimen} ({phase}) started {date}?</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Supprimer la cure {regimen} ({phase}) débutée le {date} ?</translation>
    </message>
    <message>
        <source>Remove the assessment of {date}?</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Supprimer l&apos;évaluation du {date} ?</translation>
    </message>
    <message>
        <source>this patient</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>ce patient</translation>
    </message>
    <message>
        <source>Delete patient?</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Supprimer le patient ?</translation>
    </message>
    <message>
        <source>Delete {patient} and the whole recorded course, assessments and decisions?

This cannot be undone here (a backup or an exported case file can bring the patient back).</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Supprimer {patient} ainsi que tout le parcours enregistré, les évaluations et les décisions ?

Cela ne peut pas être annulé ici (une sauvegarde ou un fichier de cas exporté peut faire revenir le patient).</translation>
    </message>
    <message>
        <source>Not deleted: {error}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Non supprimé : {error}</translation>
    </message>
    <message>
        <source>Deleted {patient}.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{patient} supprimé.</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Veuillez confirmer</translation>
    </message>
    <message>
        <source>There is nothing to decide for this patient now: no treatment is recommended.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Il n&apos;y a rien à décider pour ce patient actuellement : aucun traitement n&apos;est recommandé.</translation>
    </message>
    <message>
        <source>Decision recorded.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Décision enregistrée.</translation>
    </message>
    <message>
        <source>Decision recorded; the earlier one is marked superseded.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Décision enregistrée ; la précédente est marquée comme remplacée.</translation>
    </message>
    <message>
        <source>The decision is marked void; it stays in the record.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>La décision est marquée annulée ; elle reste dans le dossier.</translation>
    </message>
    <message>
        <source>Chemotherapy</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Chimiothérapie</translation>
    </message>
    <message>
        <source>Settings not saved: {error}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Paramètres non enregistrés : {error}</translation>
    </message>
    <message>
        <source>Chemotherapy settings saved. New plans use them; existing plans keep their doses.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Paramètres de chimiothérapie enregistrés. Les nouveaux plans les utilisent ; les plans existants gardent leurs doses.</translation>
    </message>
    <message>
        <source>1 check overdue</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>1 contrôle en retard</translation>
    </message>
    <message>
        <source>{count} checks overdue</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{count} contrôles en retard</translation>
    </message>
    <message>
        <source>Save the road map</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Enregistrer la feuille de route</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The road map was not saved: {error}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>La feuille de route n&apos;a pas été enregistrée : {error}</translation>
    </message>
    <message>
        <source>Road map saved to {file}.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Feuille de route enregistrée dans {file}.</translation>
    </message>
    <message>
        <source>Plan the cycle?</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Planifier le cycle ?</translation>
    </message>
    <message>
        <source>The decision accepts {regimen}. Plan its cycle now, starting today, with the latest weight and the catalog&apos;s doses?</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>La décision retient {regimen}. Planifier son cycle maintenant, à partir d&apos;aujourd&apos;hui, avec le dernier poids et les doses du catalogue ?</translation>
    </message>
    <message>
        <source>The summary cannot be made: {error}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Le résumé ne peut pas être établi : {error}</translation>
    </message>
    <message>
        <source>Folder for the summaries of the listed patients</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Dossier pour les résumés des patients listés</translation>
    </message>
    <message>
        <source>Import case files</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Importer des fichiers de cas</translation>
    </message>
    <message>
        <source>AML case files (*.json);;All files (*)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Fichiers de cas LAM (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>FHIR R4 bundle (*.fhir.json)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Bundle FHIR R4 (*.fhir.json)</translation>
    </message>
    <message>
        <source>Export case file</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Exporter le fichier de cas</translation>
    </message>
    <message>
        <source>AML case files (*.json)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Fichiers de cas LAM (*.json)</translation>
    </message>
    <message>
        <source>Language changed: new windows and printed summaries use it now; restart AML Desktop to change the main window.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Langue modifiée : les nouvelles fenêtres et les résumés imprimés l&apos;utilisent dès maintenant ; redémarrez AML Desktop pour changer la fenêtre principale.</translation>
    </message>
    <message>
        <source>Clinic settings saved. Recommendations now use them.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Paramètres de la clinique enregistrés. Les recommandations les utilisent désormais.</translation>
    </message>
    <message>
        <source>No backup taken: {error}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Aucune sauvegarde faite : {error}</translation>
    </message>
    <message>
        <source>Scheduled backup skipped: the folder {folder} is not available (is the USB stick plugged in?).</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Sauvegarde programmée non faite : le dossier {folder} n&apos;est pas disponible (la clé USB est-elle branchée ?).</translation>
    </message>
    <message>
        <source>Not restored: {error}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Non restauré : {error}</translation>
    </message>
    <message>
        <source>A restore cannot start while an import, backup or batch of summaries is running. Wait for it to finish, then restore.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Une restauration ne peut pas commencer pendant une importation, une sauvegarde ou un lot de résumés. Attendez la fin, puis restaurez.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Database backups (*.sqlite3);;All files (*)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Sauvegardes de la base (*.sqlite3);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Restore the database?</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Restaurer la base de données ?</translation>
    </message>
    <message>
        <source>Replace the whole clinic database with the backup
{file}?

The backup is verified first; the current database is kept as a dated safety copy beside it.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Remplacer toute la base de données de la clinique par la sauvegarde
{file} ?

La sauvegarde est d&apos;abord vérifiée ; la base actuelle est conservée à côté comme copie de sécurité datée.</translation>
    </message>
    <message>
        <source>About AML Desktop</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>À propos d&apos;AML Desktop</translation>
    </message>
    <message>
        <source>Ruleset {ruleset} · engine {engine}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Règles {ruleset} · moteur {engine}</translation>
    </message>
    <message>
        <source>Decision support for relapsed or refractory AML after DeWolf &amp;amp; Tallman, “How I treat relapsed or refractory AML”, Blood 2020;136(9):1023-1032.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Aide à la décision pour la LAM en rechute ou réfractaire d&apos;après DeWolf &amp;amp; Tallman, « How I treat relapsed or refractory AML », Blood 2020;136(9):1023-1032.</translation>
    </message>
    <message>
        <source>The treating clinician decides.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Le clinicien traitant décide.</translation>
    </message>
    <message>
        <source>Every recommendation shows its rules and sources; check doses against the local protocol and the drug label.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Chaque recommandation montre ses règles et ses sources ; vérifiez les doses selon le protocole local et le RCP.</translation>
    </message>
</context>
<context>
    <name>ModifyDialog</name>
    <message>
        <source>Change a dose: {cycle}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Modifier une dose : {cycle}</translation>
    </message>
    <message>
        <source>{agent} (now {dose})</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{agent} (actuellement {dose})</translation>
    </message>
    <message>
        <source>Earlier days keep the dose they had (what was given stays as recorded)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Les jours précédents gardent leur dose (ce qui a été administré reste tel qu&apos;enregistré)</translation>
    </message>
    <message>
        <source>Agent</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Percent of the calculated dose</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Pourcentage de la dose calculée</translation>
    </message>
    <message>
        <source>or new dose per administration</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>ou nouvelle dose par administration</translation>
    </message>
    <message>
        <source>From cycle day</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>À partir du jour du cycle</translation>
    </message>
    <message>
        <source>Reason</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Reason in words</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Motif en clair</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Modifié par</translation>
    </message>
    <message>
        <source>Percent</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Pourcentage</translation>
    </message>
    <message>
        <source>New dose</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Nouvelle dose</translation>
    </message>
</context>
<context>
    <name>MutationTable</name>
    <message>
        <source>{gene}: not a gene the engine reads — did you mean {meant}? Until it is corrected, {meant} counts as not tested.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{gene} : gène non lu par le moteur — vouliez-vous dire {meant} ? Tant que ce n&apos;est pas corrigé, {meant} compte comme non testé.</translation>
    </message>
    <message>
        <source>{gene}: not a gene the engine reads; it is kept in the record but not used.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{gene} : gène non lu par le moteur ; il est conservé dans le dossier mais pas utilisé.</translation>
    </message>
    <message>
        <source>{gene}: not a gene the engine reads — did you mean {meant}?</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{gene} : gène non lu par le moteur — vouliez-vous dire {meant} ?</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>Create the administrator</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Créer l&apos;administrateur</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>Login name</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Full name (signs decisions)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Nom complet (signe les décisions)</translation>
    </message>
    <message>
        <source>Role</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Password (at least {count} characters)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Mot de passe (au moins {count} caractères)</translation>
    </message>
    <message>
        <source>Password again</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Mot de passe (confirmation)</translation>
    </message>
    <message>
        <source>Create the clinic&apos;s administrator. From then on everyone logs in with their own account, every entry in the record names its author, and only an administrator adds accounts.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Créez l&apos;administrateur de la clinique. Ensuite, chacun se connecte avec son propre compte, chaque saisie du dossier nomme son auteur, et seul un administrateur ajoute des comptes.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>OrganDialog</name>
    <message>
        <source>Creatinine (mg/dL)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Créatinine (mg/dL)</translation>
    </message>
    <message>
        <source>Bilirubin (mg/dL)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Bilirubine (mg/dL)</translation>
    </message>
    <message>
        <source>ALT (U/L)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>ALAT (U/L)</translation>
    </message>
    <message>
        <source>AST (U/L)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>ASAT (U/L)</translation>
    </message>
    <message>
        <source>LVEF (%)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>FEVG (%)</translation>
    </message>
    <message>
        <source>Organ function and heart</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Fonction d&apos;organe et cœur</translation>
    </message>
    <message>
        <source>Date</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>New password for {name}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Nouveau mot de passe pour {name}</translation>
    </message>
    <message>
        <source>New password</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Again</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <source>Patient</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Patient</translation>
    </message>
    <message>
        <source>&amp;Hospital number:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>N° de &amp;dossier :</translation>
    </message>
    <message>
        <source>e.g. H-0042</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>p. ex. H-0042</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Full name</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Se&amp;xe :</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Date de &amp;naissance :</translation>
    </message>
    <message>
        <source>Height and weight (for doses by body surface area)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Taille et poids (pour les doses selon la surface corporelle)</translation>
    </message>
    <message>
        <source>Add measurement</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ajouter une mesure</translation>
    </message>
    <message>
        <source>Remove measurement</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Retirer la mesure</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>&amp;Diagnosis date:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Date du &amp;diagnostic :</translation>
    </message>
    <message>
        <source>&amp;Karyotype (ISCN):</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Caryotype (ISCN) :</translation>
    </message>
    <message>
        <source>e.g. 46,XX,inv(3)(q21q26.2)[20]</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>p. ex. 46,XX,inv(3)(q21q26.2)[20]</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Lu comme :</translation>
    </message>
    <message>
        <source>Other &amp;findings:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Autres &amp;anomalies :</translation>
    </message>
    <message>
        <source>&amp;Mutations:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Mutations :</translation>
    </message>
    <message>
        <source>Add mutation</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ajouter une mutation</translation>
    </message>
    <message>
        <source>Remove mutation</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Retirer la mutation</translation>
    </message>
    <message>
        <source>&amp;Tested genes:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Gènes &amp;testés :</translation>
    </message>
    <message>
        <source>Genes tested (wild type unless listed above), comma separated</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Gènes testés (non mutés sauf ceux listés ci-dessus), séparés par des virgules</translation>
    </message>
    <message>
        <source>CD&amp;33 (% of blasts):</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>CD&amp;33 (% des blastes) :</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>E&amp;xtramedullary disease:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Atteinte e&amp;xtramédullaire :</translation>
    </message>
    <message>
        <source>&amp;WBC (×10⁹/L):</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Leucocytes (×10⁹/L) :</translation>
    </message>
    <message>
        <source>color: #a40000;</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>color: #a40000;</translation>
    </message>
    <message>
        <source>No karyotype recorded: ELN risk may be unknown.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Aucun caryotype enregistré : le risque ELN peut être inconnu.</translation>
    </message>
    <message>
        <source>Not read as a karyotype.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Non lu comme un caryotype.</translation>
    </message>
    <message>
        <source>Normal karyotype.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Caryotype normal.</translation>
    </message>
    <message>
        <source>Lesions: {lesions}.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Anomalies : {lesions}.</translation>
    </message>
    <message>
        <source>{count} abnormalities.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{count} anomalies.</translation>
    </message>
    <message>
        <source>1 abnormality.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>1 anomalie.</translation>
    </message>
    <message>
        <source>Complex (ELN 2017).</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Complexe (ELN 2017).</translation>
    </message>
    <message>
        <source>Monosomal (ELN 2017).</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Monosomal (ELN 2017).</translation>
    </message>
    <message>
        <source>Edit patient and diagnosis</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Modifier le patient et le diagnostic</translation>
    </message>
    <message>
        <source>New patient</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Nouveau patient</translation>
    </message>
    <message>
        <source>yes (extramedullary disease)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>oui (atteinte extramédullaire)</translation>
    </message>
    <message>
        <source>Findings from other tests (FISH, RT-PCR) that the karyotype text does not show</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Résultats d&apos;autres examens (FISH, RT-PCR) que le texte du caryotype ne montre pas</translation>
    </message>
    <message>
        <source>Date</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Date</translation>
    </message>
    <message>
        <source>Height (cm)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Taille (cm)</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Poids (kg)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Height and weight</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Taille et poids</translation>
    </message>
    <message>
        <source>{number} is already the hospital number of {owner}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{number} est déjà le numéro de dossier de {owner}</translation>
    </message>
    <message>
        <source>enter the patient&apos;s name or hospital number (or both)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>saisissez le nom du patient ou son numéro de dossier (ou les deux)</translation>
    </message>
    <message>
        <source>row {row}: the date {date} is in the future</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>ligne {row} : la date du {date} est dans le futur</translation>
    </message>
    <message>
        <source>the date is required</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>la date est obligatoire</translation>
    </message>
    <message>
        <source>row {row}: {problem}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>ligne {row} : {problem}</translation>
    </message>
    <message>
        <source>row {row}: the weight is required</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>ligne {row} : le poids est obligatoire</translation>
    </message>
    <message>
        <source>Height</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Weight</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Poids</translation>
    </message>
</context>
<context>
    <name>PatientList</name>
    <message>
        <source>Name</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Hospital no.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>N° dossier</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Statut</translation>
    </message>
    <message>
        <source>ELN 2017 risk</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Risque ELN 2017</translation>
    </message>
    <message>
        <source>Current phase</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Phase actuelle</translation>
    </message>
    <message>
        <source>Last assessment</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Dernière évaluation</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>Last change ▼</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Dernière modif. ▼</translation>
    </message>
</context>
<context>
    <name>PlanCycleDialog</name>
    <message>
        <source>Plan a chemotherapy cycle</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Planifier un cycle de chimiothérapie</translation>
    </message>
    <message>
        <source>Day 1 (start)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>J1 (début)</translation>
    </message>
    <message>
        <source>Weight measured on</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Poids mesuré le</translation>
    </message>
    <message>
        <source>Regimen</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Phase</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Cycle number</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Numéro du cycle</translation>
    </message>
    <message>
        <source>Height (cm) for this cycle</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Taille (cm) pour ce cycle</translation>
    </message>
    <message>
        <source>Weight (kg) for this cycle</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Poids (kg) pour ce cycle</translation>
    </message>
    <message>
        <source>Planned by</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Planifié par</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Poids (kg)</translation>
    </message>
    <message>
        <source>Height (cm)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Taille (cm)</translation>
    </message>
    <message>
        <source>{agent}: {dose} {route}, days {days}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{agent} : {dose} {route}, jours {days}</translation>
    </message>
    <message>
        <source>Planned by: the planning clinician is required</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Planifié par : le clinicien qui planifie est obligatoire</translation>
    </message>
</context>
<context>
    <name>RecommendationPanel</name>
    <message>
        <source>Decision support only — the treating clinician decides. Check every dose against the local protocol and the drug label.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Aide à la décision uniquement — le clinicien traitant décide. Vérifiez chaque dose selon le protocole local et le RCP du médicament.</translation>
    </message>
    <message>
        <source>QLabel { background: #e8f0fe; border: 1px solid #8ab4f8; padding: 6px; font-weight: bold; }</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>QLabel { background: #e8f0fe; border: 1px solid #8ab4f8; padding: 6px; font-weight: bold; }</translation>
    </message>
    <message>
        <source>Needed</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>À compléter</translation>
    </message>
    <message>
        <source>Checklist: actions and safety</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Liste de contrôle : actions et sécurité</translation>
    </message>
    <message>
        <source>Record d&amp;ecision…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Enregistrer la d&amp;écision…</translation>
    </message>
    <message>
        <source>Print s&amp;ummary…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Imprimer le rés&amp;umé…</translation>
    </message>
    <message>
        <source>Nothing missing for this recommendation.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Rien ne manque pour cette recommandation.</translation>
    </message>
    <message>
        <source>Needed:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>À compléter :</translation>
    </message>
    <message>
        <source>Hide chec&amp;klist</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Masquer la &amp;liste</translation>
    </message>
    <message>
        <source>Hide or show the Needed items and the checklist beside the recommendation</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Masquer ou afficher les éléments à compléter et la liste de vérification à côté de la recommandation</translation>
    </message>
    <message>
        <source>Show c&amp;hecklist</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Afficher la &amp;liste</translation>
    </message>
    <message>
        <source>Code (for support): {code}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Code (pour l&apos;assistance) : {code}</translation>
    </message>
    <message>
        <source>No actions or safety flags.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Aucune action ni alerte de sécurité.</translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <source>No accounts: anyone at this computer can read and change records</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Aucun compte : toute personne devant cet ordinateur peut lire et modifier les dossiers</translation>
    </message>
    <message>
        <source>administrator</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>clinician</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>clinicien</translation>
    </message>
    <message>
        <source>nurse</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>infirmier</translation>
    </message>
    <message>
        <source>viewer</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>lecteur</translation>
    </message>
    <message>
        <source>Administrator (accounts, settings, formulary, restore)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Administrateur (comptes, paramètres, formulaire, restauration)</translation>
    </message>
    <message>
        <source>Clinician (everything clinical, records decisions)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Clinicien (tout le clinique, enregistre les décisions)</translation>
    </message>
    <message>
        <source>Nurse or data clerk (enters courses and results; cannot record or void a decision)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Infirmier ou agent de saisie (saisit cures et résultats ; ne peut ni enregistrer ni annuler une décision)</translation>
    </message>
    <message>
        <source>Viewer (reads and prints)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Lecteur (consulte et imprime)</translation>
    </message>
    <message>
        <source>change a patient&apos;s record</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>modifier le dossier d&apos;un patient</translation>
    </message>
    <message>
        <source>record, void or change a treatment decision</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>enregistrer, annuler ou modifier une décision de traitement</translation>
    </message>
    <message>
        <source>delete a patient</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>supprimer un patient</translation>
    </message>
    <message>
        <source>change the clinic&apos;s settings or formulary</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>modifier les paramètres ou le formulaire de la clinique</translation>
    </message>
    <message>
        <source>add, reset or disable accounts</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>ajouter, réinitialiser ou désactiver des comptes</translation>
    </message>
    <message>
        <source>restore the database from a backup</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>restaurer la base de données depuis une sauvegarde</translation>
    </message>
    <message>
        <source>take a backup</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>faire une sauvegarde</translation>
    </message>
    <message>
        <source>use the clinic</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>utiliser la clinique</translation>
    </message>
    <message>
        <source>Clinic passphrase</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Phrase secrète de la clinique</translation>
    </message>
    <message>
        <source>The clinic database {file} is encrypted.
Clinic passphrase:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>La base de données de la clinique {file} est chiffrée.
Phrase secrète de la clinique :</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Phrase secrète incorrecte.</translation>
    </message>
    <message>
        <source>Create the administrator…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Créer l&apos;administrateur…</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>C&amp;omptes</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Verrouiller maintenant</translation>
    </message>
    <message>
        <source>Accounts…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Comptes…</translation>
    </message>
    <message>
        <source>Audit trail…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Journal d&apos;audit…</translation>
    </message>
    <message>
        <source>nobody logged in</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>personne n&apos;est connecté</translation>
    </message>
    <message>
        <source>A {role} may not {action}.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Rôle {role} : ne peut pas {action}.</translation>
    </message>
    <message>
        <source>Checking the audit trail</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Vérification du journal d&apos;audit</translation>
    </message>
    <message>
        <source>Audit trail checked: whole ({count} entries).</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Journal d&apos;audit vérifié : intact ({count} entrées).</translation>
    </message>
    <message>
        <source>The audit trail is BROKEN at entry {entry}: {problem}. The record may have been changed outside AML Desktop. Tell the clinic&apos;s administrator; do not rely on the entries after it until it is explained.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Le journal d&apos;audit est ROMPU à l&apos;entrée {entry} : {problem}. Le dossier a pu être modifié en dehors d&apos;AML Desktop. Prévenez l&apos;administrateur de la clinique ; ne vous fiez pas aux entrées suivantes tant que ce n&apos;est pas expliqué.</translation>
    </message>
    <message>
        <source>Administrator created and logged in. Add the other accounts under Accounts.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Administrateur créé et connecté. Ajoutez les autres comptes dans Comptes.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Clinic settings</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Paramètres de la clinique</translation>
    </message>
    <message>
        <source>&amp;Clinic</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Clinique</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Nom de la clinique :</translation>
    </message>
    <message>
        <source>Printed on every summary</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Imprimé sur chaque résumé</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Format du papier :</translation>
    </message>
    <message>
        <source>&amp;Units shown for counts:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Unités des numérations :</translation>
    </message>
    <message>
        <source>&amp;Hospital number system (FHIR export):</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Système des numéros de dossier (export FHIR) :</translation>
    </message>
    <message>
        <source>The URI your hospital numbers are issued under (e.g. urn:oid:... from your registry). Empty: a local name that only says the number is this clinic&apos;s.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>L&apos;URI sous laquelle vos numéros de dossier sont attribués (p. ex. urn:oid:... de votre registre). Vide : un nom local qui indique seulement que le numéro est celui de cette clinique.</translation>
    </message>
    <message>
        <source>&amp;Dates typed as:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Dates saisies au format :</translation>
    </message>
    <message>
        <source>&amp;Formulary</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Formulaire</translation>
    </message>
    <message>
        <source>Tick what the clinic stocks or can do today. For an item that ran out, untick it and give the date: the recommendation then uses the paper&apos;s fallbacks and says why.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Cochez ce que la clinique a en stock ou peut faire aujourd&apos;hui. Pour un élément épuisé, décochez-le et donnez la date : la recommandation utilise alors les solutions de repli de l&apos;article et dit pourquoi.</translation>
    </message>
    <message>
        <source>&amp;Thresholds</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Seuils</translation>
    </message>
    <message>
        <source>Counts as &amp;fit below age:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Considéré &amp;apte avant l&apos;âge de :</translation>
    </message>
    <message>
        <source> years</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation> ans</translation>
    </message>
    <message>
        <source>Counts as &amp;unfit from age:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Considéré &amp;inapte à partir de l&apos;âge de :</translation>
    </message>
    <message>
        <source>Counts as unfit from &amp;ECOG:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Considéré inapte à partir d&apos;un &amp;ECOG de :</translation>
    </message>
    <message>
        <source>&amp;Cytoreduction from WBC:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Cytoréduction à partir de leucocytes :</translation>
    </message>
    <message>
        <source> ×10⁹/L</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation> ×10⁹/L</translation>
    </message>
    <message>
        <source>CD33 &amp;positive from:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>CD33 &amp;positif à partir de :</translation>
    </message>
    <message>
        <source> %</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation> %</translation>
    </message>
    <message>
        <source>These apply when the clinician has not judged fitness, and to the cytoreduction and CD33 rules (clinical specification §3-4). Case files exchanged between clinics use the specification&apos;s defaults.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ils s&apos;appliquent quand le clinicien n&apos;a pas évalué l&apos;aptitude, et aux règles de cytoréduction et de CD33 (spécification clinique §3-4). Les fichiers de cas échangés entre cliniques utilisent les valeurs par défaut de la spécification.</translation>
    </message>
    <message>
        <source>&amp;Backup</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Sauvegarde</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Dossier de sauvegarde :</translation>
    </message>
    <message>
        <source>empty: the application-data folder (better: a USB stick or a second disk)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>vide : le dossier des données de l&apos;application (mieux : une clé USB ou un second disque)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Keep this many copies:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Conserver ce nombre de copies :</translation>
    </message>
    <message>
        <source>Back up &amp;every:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Sauvegarder &amp;tous les :</translation>
    </message>
    <message>
        <source> hours</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation> heures</translation>
    </message>
    <message>
        <source>&amp;Warn when the last backup is older than:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Avertir si la dernière sauvegarde date de plus de :</translation>
    </message>
    <message>
        <source> days</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation> jours</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Dernière sauvegarde :</translation>
    </message>
    <message>
        <source>never</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Sauvegarder &amp;maintenant</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>color: #a40000;</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>color: #a40000;</translation>
    </message>
    <message>
        <source>×10⁹/L (SI); hemoglobin g/dL</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>×10⁹/L (SI) ; hémoglobine g/dL</translation>
    </message>
    <message>
        <source>Language:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>YYYY-MM-DD only (1978-03-15)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>AAAA-MM-JJ uniquement (1978-03-15)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or day first, DD/MM/YYYY (15/03/1978)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>AAAA-MM-JJ ou jour d&apos;abord, JJ/MM/AAAA (15/03/1978)</translation>
    </message>
    <message>
        <source>How dates may be typed in every form; a date is always shown back in words</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Comment les dates peuvent être saisies dans chaque formulaire ; une date est toujours réaffichée en toutes lettres</translation>
    </message>
    <message>
        <source>Drug or capability</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Médicament ou moyen</translation>
    </message>
    <message>
        <source>In stock / available</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>En stock / disponible</translation>
    </message>
    <message>
        <source>Out of stock since (YYYY-MM-DD)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>En rupture depuis (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>capability</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>moyen</translation>
    </message>
    <message>
        <source>drug</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>médicament</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Dossier de sauvegarde</translation>
    </message>
    <message>
        <source>the clinic name is required (it is printed on every summary)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>le nom de la clinique est obligatoire (il est imprimé sur chaque résumé)</translation>
    </message>
    <message>
        <source>{drug}: out of stock since: {problem}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{drug} : en rupture depuis : {problem}</translation>
    </message>
    <message>
        <source>{drug}: {date} is in the future</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{drug} : {date} est dans le futur</translation>
    </message>
</context>
<context>
    <name>StandingPanel</name>
    <message>
        <source>Needed</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>À compléter</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Treatment summary</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Résumé de traitement</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>&amp;Open in PDF viewer</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Ouvrir dans le lecteur PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>patient</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>patient</translation>
    </message>
    <message>
        <source>Treatment summary — {patient}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Résumé de traitement — {patient}</translation>
    </message>
    <message>
        <source>This is the content of the printed summary. Print or save gives the PDF with signature lines; “Open in PDF viewer” shows its exact pages.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Voici le contenu du résumé imprimé. Imprimer ou enregistrer donne le PDF avec les lignes de signature ; « Ouvrir dans le lecteur PDF » montre ses pages exactes.</translation>
    </message>
    <message>
        <source>Language of the page:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Langue de la page :</translation>
    </message>
    <message>
        <source>Save summary as PDF</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Enregistrer le résumé en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The summary was not saved: {error}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Le résumé n&apos;a pas été enregistré : {error}</translation>
    </message>
    <message>
        <source>Summary saved: {file}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Résumé enregistré : {file}</translation>
    </message>
    <message>
        <source>No PDF viewer is installed on this computer (or none is set to open PDF files). Use “Save as PDF…” and open the file on a computer that has one, or print it.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Aucun lecteur PDF n&apos;est installé sur cet ordinateur (ou aucun n&apos;est configuré pour ouvrir les fichiers PDF). Utilisez « Enregistrer en PDF… » et ouvrez le fichier sur un ordinateur qui en a un, ou imprimez-le.</translation>
    </message>
    <message>
        <source>Print treatment summary</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Imprimer le résumé de traitement</translation>
    </message>
    <message>
        <source>Nothing printed: the page range is outside the summary&apos;s {count} page(s).</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Rien n&apos;a été imprimé : les pages demandées sont hors des {count} page(s) du résumé.</translation>
    </message>
    <message>
        <source>The summary was not printed to a file: {error}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Le résumé n&apos;a pas été imprimé dans un fichier : {error}</translation>
    </message>
    <message>
        <source>Summary printed to {file} ({pages}).</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Résumé imprimé dans {file} ({pages}).</translation>
    </message>
    <message>
        <source>The summary could not be sent to the printer: {error}. Save it as PDF and print from a viewer.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Le résumé n&apos;a pas pu être envoyé à l&apos;imprimante : {error}. Enregistrez-le en PDF et imprimez depuis un lecteur.</translation>
    </message>
    <message>
        <source>Summary sent to the printer {printer}: {pages}, 1 copy.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Résumé envoyé à l&apos;imprimante {printer} : {pages}, 1 exemplaire.</translation>
    </message>
    <message>
        <source>Summary sent to the printer {printer}: {pages}, {count} copies.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Résumé envoyé à l&apos;imprimante {printer} : {pages}, {count} exemplaires.</translation>
    </message>
    <message>
        <source>(default)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <source>page {number}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>page {number}</translation>
    </message>
    <message>
        <source>pages {first}–{last}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>pages {first} à {last}</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>diagnosis</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>diagnostic</translation>
    </message>
    <message>
        <source>transplant</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>greffe</translation>
    </message>
    <message>
        <source>remission</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>rémission</translation>
    </message>
    <message>
        <source>relapse</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>rechute</translation>
    </message>
</context>
<context>
    <name>VoidDecisionDialog</name>
    <message>
        <source>Void a decision</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Annuler une décision</translation>
    </message>
    <message>
        <source>Void the decision of {date}: {therapy}.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Annuler la décision du {date} : {therapy}.</translation>
    </message>
    <message>
        <source>It stays in the record and on the printed summary, marked as void.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Elle reste dans le dossier et sur le résumé imprimé, marquée annulée.</translation>
    </message>
    <message>
        <source>Why is this decision void? (for example: entered for the wrong patient)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Pourquoi cette décision est-elle annulée ? (par exemple : saisie pour le mauvais patient)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>&amp;Void decision</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Annuler la décision</translation>
    </message>
    <message>
        <source>say why the decision is void</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>indiquez pourquoi la décision est annulée</translation>
    </message>
</context>
</TS>
