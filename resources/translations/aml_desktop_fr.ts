<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <source>All patients</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Tous les patients</translation>
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
        <source>No actions or safety flags.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Aucune action ni alerte de sécurité.</translation>
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
        <source>Language</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Langue</translation>
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
        <source>Language of the page:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Langue de la page :</translation>
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
</TS>
