<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Assessment</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Avaliação</translation>
    </message>
    <message>
        <source>Marrow and blood</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Medula e sangue</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Marrow blasts (%):</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Blastos &amp;medulares (%):</translation>
    </message>
    <message>
        <source>not measured</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>não medido</translation>
    </message>
    <message>
        <source>&amp;Circulating blasts:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Blastos &amp;circulantes:</translation>
    </message>
    <message>
        <source>E&amp;xtramedullary disease:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Doença e&amp;xtramedular:</translation>
    </message>
    <message>
        <source>&amp;ANC (×10⁹/L):</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>C&amp;AN (×10⁹/L):</translation>
    </message>
    <message>
        <source>&amp;Platelets (×10⁹/L):</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Plaquetas (×10⁹/L):</translation>
    </message>
    <message>
        <source>&amp;Hemoglobin (g/dL):</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Hemoglobina (g/dL):</translation>
    </message>
    <message>
        <source>&amp;WBC (×10⁹/L):</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Leucócitos (×10⁹/L):</translation>
    </message>
    <message>
        <source>Measurable residual disease (MRD)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Doença residual mensurável (DRM)</translation>
    </message>
    <message>
        <source>MRD &amp;result:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Resultado de DRM:</translation>
    </message>
    <message>
        <source>Met&amp;hod:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Mét&amp;odo:</translation>
    </message>
    <message>
        <source>&amp;Value (%):</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Valor (%):</translation>
    </message>
    <message>
        <source>optional</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Molecular and cytogenetics of this sample</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Estudo molecular e citogenético desta amostra</translation>
    </message>
    <message>
        <source>A mutation test was done on this sample</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Foi feita uma pesquisa de mutações nesta amostra</translation>
    </message>
    <message>
        <source>M&amp;utations found:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>M&amp;utações encontradas:</translation>
    </message>
    <message>
        <source>Add mutation</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Adicionar mutação</translation>
    </message>
    <message>
        <source>Remove mutation</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Remover mutação</translation>
    </message>
    <message>
        <source>&amp;Tested genes:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Genes &amp;testados:</translation>
    </message>
    <message>
        <source>comma separated, e.g. FLT3, IDH1, IDH2</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>separados por vírgulas, p. ex. FLT3, IDH1, IDH2</translation>
    </message>
    <message>
        <source>&amp;Karyotype:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Cariótipo:</translation>
    </message>
    <message>
        <source>only if repeated on this sample</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>apenas se repetido nesta amostra</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Lido como:</translation>
    </message>
    <message>
        <source>Height and weight today (optional)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Altura e peso de hoje (opcional)</translation>
    </message>
    <message>
        <source>H&amp;eight (cm):</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Al&amp;tura (cm):</translation>
    </message>
    <message>
        <source>Wei&amp;ght (kg):</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Pe&amp;so (kg):</translation>
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
        <translation>Blastos medulares (%)</translation>
    </message>
    <message>
        <source>ANC (×10⁹/L)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>CAN (×10⁹/L)</translation>
    </message>
    <message>
        <source>Platelets (×10⁹/L)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Plaquetas (×10⁹/L)</translation>
    </message>
    <message>
        <source>No assessments recorded yet</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ainda sem avaliações registadas</translation>
    </message>
    <message>
        <source>Therapy</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ciclos</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>Treatment course</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ciclo de tratamento</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Fase:</translation>
    </message>
    <message>
        <source>&amp;Regimen:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Es&amp;quema:</translation>
    </message>
    <message>
        <source>&amp;Intensity:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Intensidade:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Início:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Fim:</translation>
    </message>
    <message>
        <source>C&amp;ycle:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>C&amp;iclo:</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>não registado</translation>
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
        <translation>Ciclos de tratamento</translation>
    </message>
    <message>
        <source>Add course…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Adicionar ciclo…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Assessments (with ELN response)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Avaliações (com resposta ELN)</translation>
    </message>
    <message>
        <source>Add assessment…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Adicionar avaliação…</translation>
    </message>
</context>
<context>
    <name>CourseTables</name>
    <message>
        <source>Phase</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Regimen</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Esquema</translation>
    </message>
    <message>
        <source>Start</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Início</translation>
    </message>
    <message>
        <source>End</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Fim</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ciclo</translation>
    </message>
    <message>
        <source>Date</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Data</translation>
    </message>
    <message>
        <source>ELN response</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Resposta ELN</translation>
    </message>
    <message>
        <source>Marrow blasts %</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Blastos med. %</translation>
    </message>
    <message>
        <source>ANC</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>CAN</translation>
    </message>
    <message>
        <source>Platelets</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Plaquetas</translation>
    </message>
    <message>
        <source>Blood blasts</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Blastos sang.</translation>
    </message>
    <message>
        <source>EMD</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Extramed.</translation>
    </message>
    <message>
        <source>MRD</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>DRM</translation>
    </message>
    <message>
        <source>Molecular</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Molecular</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Record the decision</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Registar a decisão</translation>
    </message>
    <message>
        <source>Decision support only: the treating clinician decides. Record what you decided.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Apenas apoio à decisão: decide o clínico responsável. Registe o que decidiu.</translation>
    </message>
    <message>
        <source>font-weight: bold;</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>font-weight: bold;</translation>
    </message>
    <message>
        <source>&amp;Accept the recommended therapy</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Aceitar o tratamento recomendado</translation>
    </message>
    <message>
        <source>&amp;Choose another therapy</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Escolher outro tratamento</translation>
    </message>
    <message>
        <source>C&amp;hosen therapy:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Tratamento escolhido:</translation>
    </message>
    <message>
        <source>&amp;Regimen:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Es&amp;quema:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Detalhes:</translation>
    </message>
    <message>
        <source>Why another therapy (required when overriding)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Porquê outro tratamento (obrigatório se não seguir)</translation>
    </message>
    <message>
        <source>C&amp;linician:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>C&amp;línico:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>O seu nome</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Da&amp;ta:</translation>
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
        <translation>Data</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Recomendado</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Escolhido</translation>
    </message>
    <message>
        <source>Regimen</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Esquema</translation>
    </message>
    <message>
        <source>Reason</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Clínico</translation>
    </message>
    <message>
        <source>Ruleset</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Regras</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>FitnessDialog</name>
    <message>
        <source>Fitness for intensive chemotherapy</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Aptidão para quimioterapia intensiva</translation>
    </message>
    <message>
        <source>&amp;Date judged:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Data da avaliação:</translation>
    </message>
    <message>
        <source>&amp;ECOG performance status:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Estado funcional &amp;ECOG:</translation>
    </message>
    <message>
        <source>&amp;Fit for intensive chemotherapy?</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Apto para quimioterapia intensiva?</translation>
    </message>
    <message>
        <source>Ferrara 2013 criteria of unfitness for intensive chemotherapy (any one)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Critérios de Ferrara 2013 de inaptidão para quimioterapia intensiva (basta um)</translation>
    </message>
    <message>
        <source>Age over 75 years</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Idade superior a 75 anos</translation>
    </message>
    <message>
        <source>Heart failure or cardiomyopathy with ejection fraction ≤ 50 %</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Insuficiência cardíaca ou cardiomiopatia com fração de ejeção ≤ 50 %</translation>
    </message>
    <message>
        <source>Lung disease with DLCO or FEV1 ≤ 65 %, dyspnea at rest or oxygen need</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Doença pulmonar com DLCO ou FEV1 ≤ 65 %, dispneia em repouso ou necessidade de oxigénio</translation>
    </message>
    <message>
        <source>On dialysis and over 60, or uncontrolled renal carcinoma</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Em diálise e com mais de 60 anos, ou carcinoma renal não controlado</translation>
    </message>
    <message>
        <source>Liver disease: transaminases &gt; 3× normal, cirrhosis Child-Pugh B/C, acute viral hepatitis</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Doença hepática: transaminases &gt; 3× o normal, cirrose Child-Pugh B/C, hepatite viral aguda</translation>
    </message>
    <message>
        <source>Active infection resistant to anti-infective therapy</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Infeção ativa resistente à terapêutica anti-infeciosa</translation>
    </message>
    <message>
        <source>Mental illness or cognitive dependence as defined by Ferrara</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Doença mental ou dependência cognitiva segundo a definição de Ferrara</translation>
    </message>
    <message>
        <source>ECOG performance status above 2, not caused by the leukemia</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Estado ECOG superior a 2, não causado pela leucemia</translation>
    </message>
    <message>
        <source>Other comorbidity judged incompatible with intensive chemotherapy</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Outra comorbilidade considerada incompatível com quimioterapia intensiva</translation>
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
        <translation>AML Desktop — guia do utilizador</translation>
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
        <translation>Dispensar</translation>
    </message>
    <message>
        <source>Search name or hospital number (Ctrl+F)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Procurar nome ou número de processo (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>New patient…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Novo doente…</translation>
    </message>
    <message>
        <source>Select a patient in the list, or add one with File → New patient (Ctrl+N).</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Selecione um doente na lista ou adicione um com Ficheiro → Novo doente (Ctrl+N).</translation>
    </message>
    <message>
        <source>Edit patient…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Editar doente…</translation>
    </message>
    <message>
        <source>Fitness…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Aptidão…</translation>
    </message>
    <message>
        <source>Print summary…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Imprimir resumo…</translation>
    </message>
    <message>
        <source>&amp;Where the patient stands</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Situação do doente</translation>
    </message>
    <message>
        <source>C&amp;ourse</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>C&amp;iclo</translation>
    </message>
    <message>
        <source>&amp;Recommendation</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Recomendação</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Decisões</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Doente</translation>
    </message>
    <message>
        <source>&amp;Clinic</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Clínica</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Novo doente…</translation>
    </message>
    <message>
        <source>Add a patient and the diagnosis</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Adicionar um doente e o diagnóstico</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Edit patient and diagnosis…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Editar doente e diagnóstico…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Import case files…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Importar ficheiros de caso…</translation>
    </message>
    <message>
        <source>Add patients from aml-case files (all or nothing)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Adicionar doentes a partir de ficheiros aml-case (tudo ou nada)</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>E&amp;xport case file…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>E&amp;xportar ficheiro de caso…</translation>
    </message>
    <message>
        <source>Write the selected patient to an aml-case file</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Escrever o doente selecionado num ficheiro aml-case</translation>
    </message>
    <message>
        <source>&amp;Print summary…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Imprimir resumo…</translation>
    </message>
    <message>
        <source>Preview, print or save the treatment summary</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Pré-visualizar, imprimir ou guardar o resumo do tratamento</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Save summary as P&amp;DF…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Guardar resumo como P&amp;DF…</translation>
    </message>
    <message>
        <source>Save summaries of &amp;listed patients…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Guardar resumos dos doentes &amp;listados…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Procurar doente</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Add &amp;course…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Adicionar &amp;ciclo…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Add &amp;assessment…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Adicionar av&amp;aliação…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;Fitness…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Aptidão…</translation>
    </message>
    <message>
        <source>Record &amp;decision…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Registar &amp;decisão…</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>De&amp;lete patient…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>E&amp;liminar doente…</translation>
    </message>
    <message>
        <source>Remove the selected patient and the whole course (audited)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Remover o doente selecionado e todo o seu percurso (auditado)</translation>
    </message>
    <message>
        <source>Clinic &amp;settings…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Definições da clínica…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Fazer cópia de segurança agora</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Restaurar de uma cópia de segurança…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Guia do utilizador</translation>
    </message>
    <message>
        <source>F1</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;About AML Desktop</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Acerca do AML Desktop</translation>
    </message>
    <message>
        <source>All patients</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Todos os doentes</translation>
    </message>
    <message>
        <source>Language changed: new windows and printed summaries use it now; restart AML Desktop to change the main window.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Idioma alterado: as novas janelas e os resumos impressos usam-no já; reinicie o AML Desktop para mudar a janela principal.</translation>
    </message>
    <message>
        <source>Clinic settings saved. Recommendations now use them.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Definições da clínica guardadas. As recomendações já as usam.</translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <source>Patient</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Doente</translation>
    </message>
    <message>
        <source>&amp;Hospital number:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>N.º de &amp;processo:</translation>
    </message>
    <message>
        <source>e.g. H-0042</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>p. ex. H-0042</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Nome completo</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Se&amp;xo:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Data de &amp;nascimento:</translation>
    </message>
    <message>
        <source>Height and weight (for doses by body surface area)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Altura e peso (para doses por superfície corporal)</translation>
    </message>
    <message>
        <source>Add measurement</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Adicionar medição</translation>
    </message>
    <message>
        <source>Remove measurement</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Remover medição</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>&amp;Diagnosis date:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Data do &amp;diagnóstico:</translation>
    </message>
    <message>
        <source>&amp;Karyotype (ISCN):</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Cariótipo (ISCN):</translation>
    </message>
    <message>
        <source>e.g. 46,XX,inv(3)(q21q26.2)[20]</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>p. ex. 46,XX,inv(3)(q21q26.2)[20]</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Lido como:</translation>
    </message>
    <message>
        <source>Other &amp;findings:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Outros &amp;achados:</translation>
    </message>
    <message>
        <source>&amp;Mutations:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Mutações:</translation>
    </message>
    <message>
        <source>Add mutation</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Adicionar mutação</translation>
    </message>
    <message>
        <source>Remove mutation</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Remover mutação</translation>
    </message>
    <message>
        <source>&amp;Tested genes:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Genes &amp;testados:</translation>
    </message>
    <message>
        <source>Genes tested (wild type unless listed above), comma separated</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Genes testados (não mutados salvo os indicados acima), separados por vírgulas</translation>
    </message>
    <message>
        <source>CD&amp;33 (% of blasts):</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>CD&amp;33 (% dos blastos):</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>não registado</translation>
    </message>
    <message>
        <source>E&amp;xtramedullary disease:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Doença e&amp;xtramedular:</translation>
    </message>
    <message>
        <source>&amp;WBC (×10⁹/L):</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Leucócitos (×10⁹/L):</translation>
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
        <translation>Nome</translation>
    </message>
    <message>
        <source>Hospital no.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>N.º processo</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>ELN 2017 risk</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Risco ELN 2017</translation>
    </message>
    <message>
        <source>Current phase</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Fase atual</translation>
    </message>
    <message>
        <source>Last assessment</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Última avaliação</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ciclo</translation>
    </message>
    <message>
        <source>Last change ▼</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Última alteração ▼</translation>
    </message>
</context>
<context>
    <name>RecommendationPanel</name>
    <message>
        <source>Decision support only — the treating clinician decides. Check every dose against the local protocol and the drug label.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Apenas apoio à decisão — decide o clínico responsável. Verifique cada dose com o protocolo local e o RCM do medicamento.</translation>
    </message>
    <message>
        <source>QLabel { background: #e8f0fe; border: 1px solid #8ab4f8; padding: 6px; font-weight: bold; }</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>QLabel { background: #e8f0fe; border: 1px solid #8ab4f8; padding: 6px; font-weight: bold; }</translation>
    </message>
    <message>
        <source>Needed</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Em falta</translation>
    </message>
    <message>
        <source>Checklist: actions and safety</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Lista de verificação: ações e segurança</translation>
    </message>
    <message>
        <source>Record d&amp;ecision…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Registar d&amp;ecisão…</translation>
    </message>
    <message>
        <source>Print s&amp;ummary…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Imprimir res&amp;umo…</translation>
    </message>
    <message>
        <source>Nothing missing for this recommendation.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Nada em falta para esta recomendação.</translation>
    </message>
    <message>
        <source>Needed:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Em falta:</translation>
    </message>
    <message>
        <source>No actions or safety flags.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Sem ações nem alertas de segurança.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Clinic settings</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Definições da clínica</translation>
    </message>
    <message>
        <source>&amp;Clinic</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Clínica</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Nome da clínica:</translation>
    </message>
    <message>
        <source>Printed on every summary</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Impresso em cada resumo</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Tamanho do papel:</translation>
    </message>
    <message>
        <source>&amp;Units shown for counts:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Unidades das contagens:</translation>
    </message>
    <message>
        <source>&amp;Hospital number system (FHIR export):</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Sistema dos números de processo (exportação FHIR):</translation>
    </message>
    <message>
        <source>The URI your hospital numbers are issued under (e.g. urn:oid:... from your registry). Empty: a local name that only says the number is this clinic&apos;s.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>O URI com que os seus números de processo são emitidos (p. ex. urn:oid:... do seu registo). Vazio: um nome local que só indica que o número é desta clínica.</translation>
    </message>
    <message>
        <source>&amp;Dates typed as:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Datas escritas como:</translation>
    </message>
    <message>
        <source>&amp;Formulary</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Formulário</translation>
    </message>
    <message>
        <source>Tick what the clinic stocks or can do today. For an item that ran out, untick it and give the date: the recommendation then uses the paper&apos;s fallbacks and says why.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Assinale o que a clínica tem ou pode fazer hoje. Para um item esgotado, desmarque-o e indique a data: a recomendação usa então as substituições do artigo e explica porquê.</translation>
    </message>
    <message>
        <source>&amp;Thresholds</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Limiares</translation>
    </message>
    <message>
        <source>Counts as &amp;fit below age:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Considerado &amp;apto abaixo da idade:</translation>
    </message>
    <message>
        <source> years</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation> anos</translation>
    </message>
    <message>
        <source>Counts as &amp;unfit from age:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Considerado &amp;não apto a partir da idade:</translation>
    </message>
    <message>
        <source>Counts as unfit from &amp;ECOG:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Considerado não apto a partir de &amp;ECOG:</translation>
    </message>
    <message>
        <source>&amp;Cytoreduction from WBC:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Citorredução a partir de leucócitos:</translation>
    </message>
    <message>
        <source> ×10⁹/L</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation> ×10⁹/L</translation>
    </message>
    <message>
        <source>CD33 &amp;positive from:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>CD33 &amp;positivo a partir de:</translation>
    </message>
    <message>
        <source> %</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation> %</translation>
    </message>
    <message>
        <source>These apply when the clinician has not judged fitness, and to the cytoreduction and CD33 rules (clinical specification §3-4). Case files exchanged between clinics use the specification&apos;s defaults.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Aplicam-se quando o clínico não avaliou a aptidão e às regras de citorredução e CD33 (especificação clínica §3-4). Os ficheiros de caso trocados entre clínicas usam os valores por omissão da especificação.</translation>
    </message>
    <message>
        <source>&amp;Backup</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Cópia de segurança</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Pasta das cópias:</translation>
    </message>
    <message>
        <source>empty: the application-data folder (better: a USB stick or a second disk)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>vazio: a pasta de dados da aplicação (melhor: uma pen USB ou um segundo disco)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>&amp;Keep this many copies:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Manter este número de cópias:</translation>
    </message>
    <message>
        <source>Back up &amp;every:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Cópia a &amp;cada:</translation>
    </message>
    <message>
        <source> hours</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation> horas</translation>
    </message>
    <message>
        <source>&amp;Warn when the last backup is older than:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Avisar se a última cópia tiver mais de:</translation>
    </message>
    <message>
        <source> days</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation> dias</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Última cópia:</translation>
    </message>
    <message>
        <source>never</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Fazer cópia &amp;agora</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Restaurar de uma cópia…</translation>
    </message>
    <message>
        <source>color: #a40000;</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>color: #a40000;</translation>
    </message>
    <message>
        <source>Language</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>StandingPanel</name>
    <message>
        <source>Needed</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Em falta</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Treatment summary</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Resumo do tratamento</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Guardar PDF…</translation>
    </message>
    <message>
        <source>&amp;Open in PDF viewer</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Abrir no leitor de PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Language of the page:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Idioma da página:</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>diagnosis</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>diagnóstico</translation>
    </message>
    <message>
        <source>transplant</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>transplante</translation>
    </message>
    <message>
        <source>remission</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>remissão</translation>
    </message>
    <message>
        <source>relapse</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>recidiva</translation>
    </message>
</context>
</TS>
