<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marrow and blood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Marrow blasts (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Circulating blasts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtramedullary disease:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ANC (×10⁹/L):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platelets (×10⁹/L):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hemoglobin (g/dL):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;WBC (×10⁹/L):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurable residual disease (MRD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRD &amp;result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met&amp;hod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Molecular and cytogenetics of this sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mutation test was done on this sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;utations found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add mutation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove mutation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tested genes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma separated, e.g. FLT3, IDH1, IDH2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Karyotype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only if repeated on this sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height and weight today (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;eight (cm):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wei&amp;ght (kg):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #a40000;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>Treatment course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Regimen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Intensity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD (empty while ongoing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ycle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #a40000;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoursePanel</name>
    <message>
        <source>Treatment courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add course…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments (with ELN response)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add assessment…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Record the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision support only: the treating clinician decides. Record what you decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>font-weight: bold;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept the recommended therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose another therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hosen therapy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Regimen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why another therapy (required when overriding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;linician:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #a40000;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FitnessDialog</name>
    <message>
        <source>Fitness for intensive chemotherapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date judged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ECOG performance status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit for intensive chemotherapy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferrara 2013 criteria of unfitness for intensive chemotherapy (any one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age over 75 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heart failure or cardiomyopathy with ejection fraction ≤ 50 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lung disease with DLCO or FEV1 ≤ 65 %, dyspnea at rest or oxygen need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On dialysis and over 60, or uncontrolled renal carcinoma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liver disease: transaminases &gt; 3× normal, cirrhosis Child-Pugh B/C, acute viral hepatitis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active infection resistant to anti-infective therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental illness or cognitive dependence as defined by Ferrara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECOG performance status above 2, not caused by the leukemia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other comorbidity judged incompatible with intensive chemotherapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #a40000;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>AML Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QFrame#message_frame { background: #fff4ce; border: 1px solid #d8b600; }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name or hospital number (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a patient in the list, or add one with File → New patient (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitness…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where the patient stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a patient and the diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit patient and diagnosis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import case files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add patients from aml-case files (all or nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport case file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the selected patient to an aml-case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview, print or save the treatment summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save summary as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save summaries of &amp;listed patients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;course…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fitness…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected patient and the whole course (audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About AML Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hospital number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. H-0042</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height and weight (for doses by body surface area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagnosis date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Karyotype (ISCN):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 46,XX,inv(3)(q21q26.2)[20]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other &amp;findings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mutations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add mutation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove mutation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tested genes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genes tested (wild type unless listed above), comma separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CD&amp;33 (% of blasts):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtramedullary disease:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;WBC (×10⁹/L):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #a40000;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecommendationPanel</name>
    <message>
        <source>Decision support only — the treating clinician decides. Check every dose against the local protocol and the drug label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QLabel { background: #e8f0fe; border: 1px solid #8ab4f8; padding: 6px; font-weight: bold; }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist: actions and safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print summary…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Clinic settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on every summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Units shown for counts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hospital number system (FHIR export):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URI your hospital numbers are issued under (e.g. urn:oid:... from your registry). Empty: a local name that only says the number is this clinic&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Formulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick what the clinic stocks or can do today. For an item that ran out, untick it and give the date: the recommendation then uses the paper&apos;s fallbacks and says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts as &amp;fit below age:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts as &amp;unfit from age:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts as unfit from &amp;ECOG:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cytoreduction from WBC:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ×10⁹/L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CD33 &amp;positive from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These apply when the clinician has not judged fitness, and to the cytoreduction and CD33 rules (clinical specification §3-4). Case files exchanged between clinics use the specification&apos;s defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the application-data folder (better: a USB stick or a second disk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep this many copies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warn when the last backup is older than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #a40000;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StandingPanel</name>
    <message>
        <source>Needed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Treatment summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in PDF viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
