<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT">
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Contas</translation>
    </message>
    <message>
        <source>Login</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Utilizador</translation>
    </message>
    <message>
        <source>Full name</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Nome completo</translation>
    </message>
    <message>
        <source>Role</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Função</translation>
    </message>
    <message>
        <source>State</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Add…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Adicionar…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Repor palavra-passe…</translation>
    </message>
    <message>
        <source>Disable / enable</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Desativar / ativar</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Fechar</translation>
    </message>
    <message>
        <source> minutes</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation> minutos</translation>
    </message>
    <message>
        <source>Save</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Lock the window after</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Bloquear a janela após</translation>
    </message>
    <message>
        <source>without a key press or a click</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>sem premir uma tecla nem clicar</translation>
    </message>
    <message>
        <source>The window now locks after {count} idle minutes.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>A janela bloqueia agora após {count} minutos de inatividade.</translation>
    </message>
    <message>
        <source>active</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>ativa</translation>
    </message>
    <message>
        <source>disabled</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>desativada</translation>
    </message>
    <message>
        <source>New password set for {name}.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Nova palavra-passe definida para {name}.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Welcome to AML Desktop</source>
        <extracomment>The fonts shipped for names in scripts the system font may lack (the same ones the summary embeds).</extracomment>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Bem-vindo ao AML Desktop</translation>
    </message>
    <message>
        <source>This clinic database is new and empty.

Load the demo clinic (example patients, including the three patients of DeWolf &amp; Tallman 2020) to try the application? You can start with an empty clinic instead.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Esta base de dados da clínica é nova e está vazia.

Carregar a clínica de demonstração (doentes de exemplo, incluindo os três doentes de DeWolf &amp; Tallman 2020) para experimentar a aplicação? Também pode começar com uma clínica vazia.</translation>
    </message>
    <message>
        <source>Demo clinic loaded: {count} example patients. They are fictitious; do not mix them with real patients.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Clínica de demonstração carregada: {count} doentes de exemplo. São fictícios; não os misture com doentes reais.</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>O que pretende fazer?</translation>
    </message>
    <message>
        <source>Locate the database file…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Localizar o ficheiro da base de dados…</translation>
    </message>
    <message>
        <source>Create a new, empty clinic</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Criar uma clínica nova e vazia</translation>
    </message>
    <message>
        <source>Quit</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Restaurar a partir de uma cópia de segurança…</translation>
    </message>
    <message>
        <source>Open read-only to export</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Abrir só de leitura para exportar</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Restaurar a partir de uma cópia de segurança</translation>
    </message>
    <message>
        <source>Database backups (*.sqlite3);;All files (*)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Cópias de segurança da base de dados (*.sqlite3);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Restored from {backup}.
The damaged file was kept as {safety}.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Restaurado a partir de {backup}.
O ficheiro danificado foi guardado como {safety}.</translation>
    </message>
    <message>
        <source>There is no clinic database yet in the application-data folder ({folder}). Create a new clinic, or locate an existing database file (for example on a USB stick).</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ainda não existe base de dados da clínica na pasta de dados da aplicação ({folder}). Crie uma clínica nova ou localize um ficheiro de base de dados existente (por exemplo, numa pen USB).</translation>
    </message>
    <message>
        <source>Locate the clinic database</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Localizar a base de dados da clínica</translation>
    </message>
    <message>
        <source>Database (*.sqlite3);;All files (*)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Base de dados (*.sqlite3);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>AML Desktop — server password</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>AML Desktop — palavra-passe do servidor</translation>
    </message>
    <message>
        <source>Password of the database role for
{url}
(ask the person who set up the server):</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Palavra-passe do papel da base de dados para
{url}
(peça-a à pessoa que instalou o servidor):</translation>
    </message>
    <message>
        <source>The clinic database cannot be opened:
{error}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Não é possível abrir a base de dados da clínica:
{error}</translation>
    </message>
</context>
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
    <message>
        <source>Edit assessment</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Editar avaliação</translation>
    </message>
    <message>
        <source>Add assessment</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Adicionar avaliação</translation>
    </message>
    <message>
        <source>yes (blasts in the blood)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>sim (blastos no sangue)</translation>
    </message>
    <message>
        <source>none</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>yes (extramedullary disease)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>sim (doença extramedular)</translation>
    </message>
    <message>
        <source>not done</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>não realizada</translation>
    </message>
    <message>
        <source>ELN response of this assessment: {response}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Resposta ELN desta avaliação: {response}</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>When (UTC)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Quando (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Quem</translation>
    </message>
    <message>
        <source>What</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Table</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Tabela</translation>
    </message>
    <message>
        <source>Patient</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Doente</translation>
    </message>
    <message>
        <source>Details</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Registo de auditoria</translation>
    </message>
    <message>
        <source>Chain checked: whole, {count} entries; every row is as its last entry left it.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Cadeia verificada: íntegra, {count} entradas; cada linha está como a deixou a sua última entrada.</translation>
    </message>
    <message>
        <source>BROKEN at entry {entry}: {problem}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>QUEBRADA na entrada {entry}: {problem}</translation>
    </message>
    <message>
        <source>hospital number or id</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>número de processo ou id</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Todos</translation>
    </message>
    <message>
        <source>From</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Até</translation>
    </message>
    <message>
        <source>Show</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Account</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Conta</translation>
    </message>
    <message>
        <source>{count} entries shown (newest first, at most 200)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{count} entradas mostradas (as mais recentes primeiro, no máximo 200)</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Updating patient statuses</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>A atualizar o estado dos doentes</translation>
    </message>
    <message>
        <source>The server cannot be reached ({error}). What is on screen stays; nothing typed is lost, and saving works again once the server is back.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Não é possível contactar o servidor ({error}). O que está no ecrã mantém-se; nada do que foi escrito se perde, e será possível gravar de novo quando o servidor voltar.</translation>
    </message>
    <message>
        <source>Connected to the server again; the patient list is up to date.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ligado de novo ao servidor; a lista de doentes está atualizada.</translation>
    </message>
    <message>
        <source>Search failed: {error}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>A pesquisa falhou: {error}</translation>
    </message>
    <message>
        <source>{file} is open read-only ({reason}): nothing can be changed</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{file} está aberto só de leitura ({reason}): nada pode ser alterado</translation>
    </message>
    <message>
        <source>{task}: stopped before it ran</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{task}: parado antes de ser executado</translation>
    </message>
    <message>
        <source>Checking the database</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>A verificar a base de dados</translation>
    </message>
    <message>
        <source>Saving the patient</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>A guardar o doente</translation>
    </message>
    <message>
        <source>Please check: {warnings}.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Verifique: {warnings}.</translation>
    </message>
    <message>
        <source>Deleting the patient</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>A eliminar o doente</translation>
    </message>
    <message>
        <source>Saving the clinic settings</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>A guardar as definições da clínica</translation>
    </message>
    <message>
        <source>Recording the decision</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>A registar a decisão</translation>
    </message>
    <message>
        <source>Voiding the decision</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>A anular a decisão</translation>
    </message>
    <message>
        <source>another patient</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>outro doente</translation>
    </message>
    <message>
        <source>Nothing was imported: the database is read-only ({reason}).</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Nada foi importado: a base de dados é só de leitura ({reason}).</translation>
    </message>
    <message>
        <source>Reading and checking {count} file(s)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>A ler e verificar {count} ficheiro(s)</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Nada foi importado.</translation>
    </message>
    <message>
        <source>Nothing was imported: {error}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Nada foi importado: {error}</translation>
    </message>
    <message>
        <source>Saving (all or nothing)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>A guardar (tudo ou nada)</translation>
    </message>
    <message>
        <source>Done</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Imported 1 patient.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>1 doente importado.</translation>
    </message>
    <message>
        <source>Imported {count} patients.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{count} doentes importados.</translation>
    </message>
    <message>
        <source>Importing {count} case file(s)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>A importar {count} ficheiro(s) de caso</translation>
    </message>
    <message>
        <source>Writing {file}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>A escrever {file}</translation>
    </message>
    <message>
        <source>Exported {patient} as FHIR to {file}.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{patient} exportado como FHIR para {file}.</translation>
    </message>
    <message>
        <source>Exported {patient} to {file}.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{patient} exportado para {file}.</translation>
    </message>
    <message>
        <source>Exporting the patient</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>A exportar o doente</translation>
    </message>
    <message>
        <source>The {operation} could not be recorded in the audit trail: {error}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>A ação «{operation}» não pôde ser registada no registo de auditoria: {error}</translation>
    </message>
    <message>
        <source>Copying and verifying the database</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>A copiar e verificar a base de dados</translation>
    </message>
    <message>
        <source> (1 older copy removed)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation> (1 cópia mais antiga removida)</translation>
    </message>
    <message>
        <source> ({count} older copies removed)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation> ({count} cópias mais antigas removidas)</translation>
    </message>
    <message>
        <source>Backup written and verified: {file}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Cópia de segurança escrita e verificada: {file}</translation>
    </message>
    <message>
        <source>Backing up the database</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>A fazer cópia de segurança da base de dados</translation>
    </message>
    <message>
        <source>Copying and verifying the clinic (pg_dump)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>A copiar e verificar a clínica (pg_dump)</translation>
    </message>
    <message>
        <source>Backup written and verified: {file} ({check})</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Cópia de segurança escrita e verificada: {file} ({check})</translation>
    </message>
    <message>
        <source>Backing up the clinic</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Cópia de segurança da clínica</translation>
    </message>
    <message>
        <source>a clinic on a server is restored on the server, by its administrator, while the workstations are closed: aml-desktop --db &quot;{url}&quot; --user ADMIN restore FILE</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>uma clínica num servidor é restaurada no servidor, pelo seu administrador, com os postos de trabalho fechados: aml-desktop --db &quot;{url}&quot; --user ADMIN restore FICHEIRO</translation>
    </message>
    <message>
        <source>Verifying the backup</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>A verificar a cópia de segurança</translation>
    </message>
    <message>
        <source>Replacing the database</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>A substituir a base de dados</translation>
    </message>
    <message>
        <source>Restored from {backup}. The previous database was kept as {safety}.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Restaurado a partir de {backup}. A base de dados anterior foi guardada como {safety}.</translation>
    </message>
    <message>
        <source>Restoring from a backup</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>A restaurar a partir de uma cópia de segurança</translation>
    </message>
    <message>
        <source>Saved 1 summary in {folder}.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>1 resumo guardado em {folder}.</translation>
    </message>
    <message>
        <source>Saved {count} summaries in {folder}.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{count} resumos guardados em {folder}.</translation>
    </message>
    <message>
        <source>saved {count} of {total} summaries in {folder}; these patients could not be read or written:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{count} de {total} resumos guardados em {folder}; estes doentes não puderam ser lidos ou escritos:</translation>
    </message>
    <message>
        <source>Saving summaries</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>A guardar os resumos</translation>
    </message>
    <message>
        <source>What you typed is still here: save again once the server is back</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>O que escreveu continua aqui: grave de novo quando o servidor voltar</translation>
    </message>
    <message>
        <source>the server cannot be reached or the connection to it was lost ({error}). Nothing was saved.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>não é possível contactar o servidor ou a ligação perdeu-se ({error}). Nada foi gravado.</translation>
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
    <message>
        <source>Edit treatment course</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Editar ciclo de tratamento</translation>
    </message>
    <message>
        <source>Add treatment course</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Adicionar ciclo de tratamento</translation>
    </message>
    <message>
        <source>from the regimen code</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>segundo o código do esquema</translation>
    </message>
    <message>
        <source>{kind} transplant</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>transplante {kind}</translation>
    </message>
    <message>
        <source>Choose a regimen from the catalog, or type another one (then choose its intensity)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Escolha um esquema do catálogo ou escreva outro (e escolha depois a sua intensidade)</translation>
    </message>
    <message>
        <source>empty while the course goes on</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>vazio enquanto o ciclo decorre</translation>
    </message>
    <message>
        <source>Catalog regimen: {title}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Esquema do catálogo: {title}</translation>
    </message>
    <message>
        <source>Not a catalog regimen: choose its intensity below.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Não é um esquema do catálogo: escolha a sua intensidade abaixo.</translation>
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
        <source>ongoing</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>em curso</translation>
    </message>
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
        <source>Code (for support): {code}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Código (para suporte): {code}</translation>
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
    <message>
        <source>tested, no mutation</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>testado, sem mutação</translation>
    </message>
</context>
<context>
    <name>CyclePanel</name>
    <message>
        <source>Given</source>
        <extracomment>What happened to a dose on a cycle day, in words (the codes of ``engine.cycles``).</extracomment>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Administrado</translation>
    </message>
    <message>
        <source>Held</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Suspenso</translation>
    </message>
    <message>
        <source>Reduced</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Reduzido</translation>
    </message>
    <message>
        <source>{field}: {value} is not a number</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{field}: {value} não é um número</translation>
    </message>
    <message>
        <source>a date is required</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>a data é obrigatória</translation>
    </message>
    <message>
        <source>Cycle:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ciclo:</translation>
    </message>
    <message>
        <source>Plan a cycle…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Planear um ciclo…</translation>
    </message>
    <message>
        <source>Record given…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Registar administração…</translation>
    </message>
    <message>
        <source>Change a dose…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Alterar uma dose…</translation>
    </message>
    <message>
        <source>Organ function…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Função orgânica…</translation>
    </message>
    <message>
        <source>Road map PDF…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Roteiro PDF…</translation>
    </message>
    <message>
        <source>The stored cycles cannot be read: {error}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Não é possível ler os ciclos guardados: {error}</translation>
    </message>
    <message>
        <source>{cycle} (day 1 {date})</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{cycle} (dia 1 {date})</translation>
    </message>
    <message>
        <source>No cycle planned.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Nenhum ciclo planeado.</translation>
    </message>
    <message>
        <source>No cycle running today.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Nenhum ciclo em curso hoje.</translation>
    </message>
    <message>
        <source>Sources: {references}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Fontes: {references}</translation>
    </message>
</context>
<context>
    <name>CycleSettingsDialog</name>
    <message>
        <source>Chemotherapy settings</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Definições de quimioterapia</translation>
    </message>
    <message>
        <source>Issue 15 default 7 days [IMPL]: check local protocol</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>7 dias por omissão (issue 15) [IMPL]: verifique o protocolo local</translation>
    </message>
    <message>
        <source>empty: no cap</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>vazio: sem limite</translation>
    </message>
    <message>
        <source>Warn when the weight is older than (days)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Avisar se o peso tiver mais de (dias)</translation>
    </message>
    <message>
        <source>BSA cap (m²)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Limite de SC (m²)</translation>
    </message>
    <message>
        <source>Round to stock within (%)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Arredondar ao stock dentro de (%)</translation>
    </message>
    <message>
        <source>Stocked sizes (mg or µg)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Apresentações em stock (mg ou µg)</translation>
    </message>
    <message>
        <source>Never round</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Nunca arredondar</translation>
    </message>
    <message>
        <source>Stocked sizes: {item} is not AGENT=SIZE,SIZE</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Apresentações em stock: {item} não tem a forma AGENTE=TAMANHO,TAMANHO</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD or DD/MM/YYYY</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>AAAA-MM-DD ou DD/MM/AAAA</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>type the date as YYYY-MM-DD (this clinic does not use day-first dates): “{text}”</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>escreva a data como AAAA-MM-DD (esta clínica não usa datas com o dia primeiro): «{text}»</translation>
    </message>
    <message>
        <source>write the year in full (four digits): “{text}”</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>escreva o ano completo (quatro algarismos): «{text}»</translation>
    </message>
    <message>
        <source>“{text}” is not a date: type it as {example}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>«{text}» não é uma data: escreva-a como {example}</translation>
    </message>
    <message>
        <source>there is no month {month} (“{text}”)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>não existe o mês {month} («{text}»)</translation>
    </message>
    <message>
        <source>“{text}” is not a date</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>«{text}» não é uma data</translation>
    </message>
    <message>
        <source>{day} {month} {year} does not exist ({month} has {last} days)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{day} de {month} de {year} não existe ({month} tem {last} dias)</translation>
    </message>
    <message>
        <source>today</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>hoje</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Calendário…</translation>
    </message>
    <message>
        <source>Pick the date on a calendar (Alt+Down in the field)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Escolher a data num calendário (Alt+Baixo no campo)</translation>
    </message>
    <message>
        <source>Type the date as {example}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Escreva a data como {example}</translation>
    </message>
    <message>
        <source>a date is required</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>a data é obrigatória</translation>
    </message>
    <message>
        <source>{day} is before {minimum}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{day} é anterior a {minimum}</translation>
    </message>
    <message>
        <source>{day} is after {bound} ({maximum})</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{day} é posterior a {bound} ({maximum})</translation>
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
    <message>
        <source>ruleset {version}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>regras {version}</translation>
    </message>
    <message>
        <source>Recommended: {therapy}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Recomendado: {therapy}</translation>
    </message>
    <message>
        <source>— choose a reason —</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>— escolha um motivo —</translation>
    </message>
    <message>
        <source>Accept (nothing is recommended now)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Aceitar (nada é recomendado agora)</translation>
    </message>
    <message>
        <source>your name is required: the decision is signed</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>o seu nome é obrigatório: a decisão é assinada</translation>
    </message>
    <message>
        <source>is the recommended therapy: choose “Accept” instead</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>é o tratamento recomendado: escolha antes «Aceitar»</translation>
    </message>
    <message>
        <source>a reason is required when you choose another therapy</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>é obrigatório um motivo se escolher outro tratamento</translation>
    </message>
    <message>
        <source>say why another therapy was chosen (the details are required)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>indique porque foi escolhido outro tratamento (os detalhes são obrigatórios)</translation>
    </message>
    <message>
        <source>say why the earlier decision is replaced</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>indique porque é substituída a decisão anterior</translation>
    </message>
    <message>
        <source>Replace a decision</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Substituir uma decisão</translation>
    </message>
    <message>
        <source>This replaces the decision of {date} ({therapy}). The earlier decision stays in the record, marked as superseded.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Isto substitui a decisão de {date} ({therapy}). A decisão anterior permanece no registo, marcada como substituída.</translation>
    </message>
    <message>
        <source>Why the earlier decision is replaced (required)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Porque é substituída a decisão anterior (obrigatório)</translation>
    </message>
    <message>
        <source>Why &amp;replaced:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Porquê &amp;substituída:</translation>
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
    <message>
        <source>Repl&amp;ace with a new decision…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Substitu&amp;ir por uma nova decisão…</translation>
    </message>
    <message>
        <source>Record a new decision that replaces the selected one (which stays, marked)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Registar uma nova decisão que substitui a selecionada (que permanece, marcada)</translation>
    </message>
    <message>
        <source>&amp;Void decision…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Anular decisão…</translation>
    </message>
    <message>
        <source>Mark the selected decision as entered in error (it stays, marked void)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Marcar a decisão selecionada como introduzida por erro (permanece, marcada como anulada)</translation>
    </message>
    <message>
        <source>accepted</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>aceite</translation>
    </message>
    <message>
        <source>No decision recorded yet. Use {button} on the Recommendation tab.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ainda não há decisões registadas. Use {button} no separador Recomendação.</translation>
    </message>
    <message>
        <source>Record decision…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Registar decisão…</translation>
    </message>
    <message>
        <source>{date}: {therapy}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{date}: {therapy}</translation>
    </message>
    <message>
        <source>Recommended: {recommended}. Chosen: {chosen}.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Recomendado: {recommended}. Escolhido: {chosen}.</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Motivo: {reason}</translation>
    </message>
    <message>
        <source>Clinician: {clinician} · recorded {when} by {user} · ruleset {ruleset}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Clínico: {clinician} · registada em {when} por {user} · regras {ruleset}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>What the screen showed then: {therapy}.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>O que o ecrã mostrava então: {therapy}.</translation>
    </message>
    <message>
        <source>void</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>anulada</translation>
    </message>
    <message>
        <source>superseded by decision {number}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>substituída pela decisão {number}</translation>
    </message>
    <message>
        <source>superseded</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>substituída</translation>
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
    <message>
        <source>fully active</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>totalmente ativo</translation>
    </message>
    <message>
        <source>restricted in strenuous activity</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>limitado na atividade física intensa</translation>
    </message>
    <message>
        <source>ambulatory, no work, up &gt; 50 % of day</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>ambulatório, sem trabalhar, levantado &gt; 50 % do dia</translation>
    </message>
    <message>
        <source>limited self-care, in bed &gt; 50 % of day</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>autocuidado limitado, acamado &gt; 50 % do dia</translation>
    </message>
    <message>
        <source>completely disabled</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>totalmente incapacitado</translation>
    </message>
    <message>
        <source>dead</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>falecido</translation>
    </message>
    <message>
        <source>not judged (the default rule applies)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>não avaliado (aplica-se a regra por omissão)</translation>
    </message>
    <message>
        <source>yes — fit for intensive chemotherapy</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>sim — apto para quimioterapia intensiva</translation>
    </message>
    <message>
        <source>no — not fit for intensive chemotherapy</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>não — não apto para quimioterapia intensiva</translation>
    </message>
    <message>
        <source>1 Ferrara criterion met</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>1 critério de Ferrara cumprido</translation>
    </message>
    <message>
        <source>{count} Ferrara criteria met</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{count} critérios de Ferrara cumpridos</translation>
    </message>
    <message>
        <source>by Ferrara 2013 the patient is unfit for intensive chemotherapy.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>segundo Ferrara 2013, o doente não é apto para quimioterapia intensiva.</translation>
    </message>
    <message>
        <source>You judged the patient fit although a criterion is met: please make sure this is intended.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Avaliou o doente como apto embora um critério esteja cumprido: confirme que é intencional.</translation>
    </message>
    <message>
        <source>Without a judgement, the engine concludes: {reason}.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Sem avaliação clínica, o motor conclui: {reason}.</translation>
    </message>
    <message>
        <source>The treating clinician decides; the form helps.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>O clínico responsável decide; o formulário ajuda.</translation>
    </message>
</context>
<context>
    <name>FormSupport</name>
    <message>
        <source>Gene</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Gene</translation>
    </message>
    <message>
        <source>Variant</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Allelic ratio</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Razão alélica</translation>
    </message>
    <message>
        <source>VAF %</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>VAF %</translation>
    </message>
    <message>
        <source>Not saved — please correct:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Não guardado — corrija:</translation>
    </message>
    <message>
        <source>course</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>ciclo</translation>
    </message>
    <message>
        <source>assessment</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>avaliação</translation>
    </message>
    <message>
        <source>decision</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>decisão</translation>
    </message>
    <message>
        <source>mutation</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>mutação</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Descartar as alterações?</translation>
    </message>
    <message>
        <source>You have changes that are not saved. Discard them?</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Tem alterações não guardadas. Descartá-las?</translation>
    </message>
    <message>
        <source>not saved: {error}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>não guardado: {error}</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>GiveDialog</name>
    <message>
        <source>Record given: {cycle}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Registar administração: {cycle}</translation>
    </message>
    <message>
        <source>{agent} (to give {dose})</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{agent} (a administrar {dose})</translation>
    </message>
    <message>
        <source>Cycle day</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Dia do ciclo</translation>
    </message>
    <message>
        <source>Agent</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Dose given</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Dose administrada</translation>
    </message>
    <message>
        <source>Note</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Given by</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Administrado por</translation>
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
    <name>LockScreen</name>
    <message>
        <source>Unlock</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Log in as someone else…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Iniciar sessão com outra conta…</translation>
    </message>
    <message>
        <source>AML Desktop is locked</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>O AML Desktop está bloqueado</translation>
    </message>
    <message>
        <source>The records are hidden. {name}, enter your password to go on.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Os registos estão ocultos. {name}, introduza a sua palavra-passe para continuar.</translation>
    </message>
    <message>
        <source>Log in as someone else</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Iniciar sessão com outra conta</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Account</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Password</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Palavra-passe</translation>
    </message>
    <message>
        <source>Log in</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Iniciar sessão</translation>
    </message>
    <message>
        <source>Quit</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Log in with your own account: every entry is signed with it.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Inicie sessão com a sua própria conta: cada entrada é assinada com ela.</translation>
    </message>
    <message>
        <source>Type your account name.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Escreva o nome da sua conta.</translation>
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
        <source>Chemotherapy settings…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Definições de quimioterapia…</translation>
    </message>
    <message>
        <source>All patients</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Todos os doentes</translation>
    </message>
    <message>
        <source>{task} failed: {error}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{task}: falhou: {error}</translation>
    </message>
    <message>
        <source>{file} is damaged (SQLite&apos;s check found: {problems}). Nothing more will be written to it. Restore the last good backup, or keep it open read-only to export what can still be read (File &gt; Export case file, or &apos;aml-desktop export --all&apos;).</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{file} está danificado (a verificação do SQLite encontrou: {problems}). Nada mais será escrito nele. Restaure a última cópia de segurança válida ou mantenha-o aberto só de leitura para exportar o que ainda puder ser lido (Ficheiro &gt; Exportar ficheiro de caso, ou «aml-desktop export --all»).</translation>
    </message>
    <message>
        <source>Read-only: {reason}. You can look at patients, print and export, but nothing can be changed. Use Clinic &gt; Restore from backup to replace the damaged database with a backup.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Só de leitura: {reason}. Pode consultar doentes, imprimir e exportar, mas nada pode ser alterado. Use Clínica &gt; Restaurar de uma cópia de segurança para substituir a base de dados danificada por uma cópia.</translation>
    </message>
    <message>
        <source>Read-only: {reason}. You can look at patients, print and export, but nothing can be changed (copy the database to a folder that can be written to work on it).</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Só de leitura: {reason}. Pode consultar doentes, imprimir e exportar, mas nada pode ser alterado (copie a base de dados para uma pasta com permissão de escrita para trabalhar nela).</translation>
    </message>
    <message>
        <source>{task}… the window closes when it is saved.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{task}… a janela fecha quando estiver guardado.</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Trabalho em curso</translation>
    </message>
    <message>
        <source>A backup, restore or import is still running. Quit anyway? (A restore must not be interrupted.)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ainda está em curso uma cópia de segurança, restauro ou importação. Sair mesmo assim? (Um restauro não deve ser interrompido.)</translation>
    </message>
    <message>
        <source>Backup on quitting failed</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>A cópia de segurança ao sair falhou</translation>
    </message>
    <message>
        <source>The backup taken on quitting failed:
{error}

Your data is saved in the database; take a backup (Clinic &gt; Back up now) when you next open AML Desktop.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>A cópia de segurança feita ao sair falhou:
{error}

Os seus dados estão guardados na base de dados; faça uma cópia (Clínica &gt; Fazer cópia de segurança agora) da próxima vez que abrir o AML Desktop.</translation>
    </message>
    <message>
        <source>Backup written: {file}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Cópia de segurança escrita: {file}</translation>
    </message>
    <message>
        <source>{task}: {done} of {total}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{task}: {done} de {total}</translation>
    </message>
    <message>
        <source>{count} patient</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{count} doente</translation>
    </message>
    <message>
        <source>{count} patients</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{count} doentes</translation>
    </message>
    <message>
        <source>This patient&apos;s record cannot be read: the database is damaged ({error}). Restore a backup (Clinic &gt; Restore from backup); &apos;aml-desktop export --all&apos; saves the patients that can be read.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Não é possível ler o registo deste doente: a base de dados está danificada ({error}). Restaure uma cópia de segurança (Clínica &gt; Restaurar de uma cópia de segurança); «aml-desktop export --all» guarda os doentes que podem ser lidos.</translation>
    </message>
    <message>
        <source>This patient could not be opened: {error}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Não foi possível abrir este doente: {error}</translation>
    </message>
    <message>
        <source>Add a treatment course (Ctrl+Shift+C)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Adicionar um ciclo de tratamento (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Add an assessment (Ctrl+Shift+A)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Adicionar uma avaliação (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>The engine could not evaluate this patient: {error}. No recommendation is shown.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>O motor não conseguiu avaliar este doente: {error}. Não é mostrada nenhuma recomendação.</translation>
    </message>
    <message>
        <source>Nothing to decide now: no treatment is recommended for this patient.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Nada a decidir agora: não é recomendado nenhum tratamento para este doente.</translation>
    </message>
    <message>
        <source>Nothing can be recorded: the database is read-only ({reason}).</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Nada pode ser registado: a base de dados é só de leitura ({reason}).</translation>
    </message>
    <message>
        <source>Record what you decided for this recommendation</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Registar o que decidiu para esta recomendação</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Não guardado: {error}</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Alterado por outra pessoa</translation>
    </message>
    <message>
        <source>Reload the patient now?</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Recarregar o doente agora?</translation>
    </message>
    <message>
        <source>Remove the course {regimen} ({phase}) started {date}?</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Remover o ciclo {regimen} ({phase}) iniciado em {date}?</translation>
    </message>
    <message>
        <source>Remove the assessment of {date}?</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Remover a avaliação de {date}?</translation>
    </message>
    <message>
        <source>this patient</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>este doente</translation>
    </message>
    <message>
        <source>Delete patient?</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Eliminar o doente?</translation>
    </message>
    <message>
        <source>Delete {patient} and the whole recorded course, assessments and decisions?

This cannot be undone here (a backup or an exported case file can bring the patient back).</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Eliminar {patient} e todo o percurso registado, as avaliações e as decisões?

Isto não pode ser desfeito aqui (uma cópia de segurança ou um ficheiro de caso exportado podem recuperar o doente).</translation>
    </message>
    <message>
        <source>Not deleted: {error}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Não eliminado: {error}</translation>
    </message>
    <message>
        <source>Deleted {patient}.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{patient} eliminado.</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Confirme</translation>
    </message>
    <message>
        <source>There is nothing to decide for this patient now: no treatment is recommended.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Não há nada a decidir para este doente agora: não é recomendado nenhum tratamento.</translation>
    </message>
    <message>
        <source>Decision recorded.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Decisão registada.</translation>
    </message>
    <message>
        <source>Decision recorded; the earlier one is marked superseded.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Decisão registada; a anterior fica marcada como substituída.</translation>
    </message>
    <message>
        <source>The decision is marked void; it stays in the record.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>A decisão fica marcada como anulada; permanece no registo.</translation>
    </message>
    <message>
        <source>Chemotherapy</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Quimioterapia</translation>
    </message>
    <message>
        <source>Settings not saved: {error}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Definições não guardadas: {error}</translation>
    </message>
    <message>
        <source>Chemotherapy settings saved. New plans use them; existing plans keep their doses.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Definições de quimioterapia guardadas. Os novos planos usam-nas; os planos existentes mantêm as suas doses.</translation>
    </message>
    <message>
        <source>1 check overdue</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>1 controlo em atraso</translation>
    </message>
    <message>
        <source>{count} checks overdue</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{count} controlos em atraso</translation>
    </message>
    <message>
        <source>Save the road map</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Guardar o roteiro</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The road map was not saved: {error}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>O roteiro não foi guardado: {error}</translation>
    </message>
    <message>
        <source>Road map saved to {file}.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Roteiro guardado em {file}.</translation>
    </message>
    <message>
        <source>Plan the cycle?</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Planear o ciclo?</translation>
    </message>
    <message>
        <source>The decision accepts {regimen}. Plan its cycle now, starting today, with the latest weight and the catalog&apos;s doses?</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>A decisão aceita {regimen}. Planear o seu ciclo agora, a começar hoje, com o último peso e as doses do catálogo?</translation>
    </message>
    <message>
        <source>The summary cannot be made: {error}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Não é possível elaborar o resumo: {error}</translation>
    </message>
    <message>
        <source>Folder for the summaries of the listed patients</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Pasta para os resumos dos doentes listados</translation>
    </message>
    <message>
        <source>Import case files</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Importar ficheiros de caso</translation>
    </message>
    <message>
        <source>AML case files (*.json);;All files (*)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ficheiros de caso LMA (*.json);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>FHIR R4 bundle (*.fhir.json)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Bundle FHIR R4 (*.fhir.json)</translation>
    </message>
    <message>
        <source>Export case file</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Exportar ficheiro de caso</translation>
    </message>
    <message>
        <source>AML case files (*.json)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ficheiros de caso LMA (*.json)</translation>
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
    <message>
        <source>No backup taken: {error}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Não foi feita cópia de segurança: {error}</translation>
    </message>
    <message>
        <source>Scheduled backup skipped: the folder {folder} is not available (is the USB stick plugged in?).</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Cópia de segurança programada não feita: a pasta {folder} não está disponível (a pen USB está ligada?).</translation>
    </message>
    <message>
        <source>Not restored: {error}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Não restaurado: {error}</translation>
    </message>
    <message>
        <source>A restore cannot start while an import, backup or batch of summaries is running. Wait for it to finish, then restore.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Não é possível iniciar um restauro enquanto decorre uma importação, uma cópia de segurança ou um lote de resumos. Aguarde que termine e depois restaure.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Restaurar a partir de uma cópia de segurança</translation>
    </message>
    <message>
        <source>Database backups (*.sqlite3);;All files (*)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Cópias de segurança da base de dados (*.sqlite3);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Restore the database?</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Restaurar a base de dados?</translation>
    </message>
    <message>
        <source>Replace the whole clinic database with the backup
{file}?

The backup is verified first; the current database is kept as a dated safety copy beside it.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Substituir toda a base de dados da clínica pela cópia de segurança
{file}?

A cópia é verificada primeiro; a base de dados atual é guardada ao lado como cópia de segurança datada.</translation>
    </message>
    <message>
        <source>About AML Desktop</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Sobre o AML Desktop</translation>
    </message>
    <message>
        <source>Ruleset {ruleset} · engine {engine}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Regras {ruleset} · motor {engine}</translation>
    </message>
    <message>
        <source>Decision support for relapsed or refractory AML after DeWolf &amp;amp; Tallman, “How I treat relapsed or refractory AML”, Blood 2020;136(9):1023-1032.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Apoio à decisão na LMA em recidiva ou refratária segundo DeWolf &amp;amp; Tallman, «How I treat relapsed or refractory AML», Blood 2020;136(9):1023-1032.</translation>
    </message>
    <message>
        <source>The treating clinician decides.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>O clínico responsável decide.</translation>
    </message>
    <message>
        <source>Every recommendation shows its rules and sources; check doses against the local protocol and the drug label.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Cada recomendação mostra as suas regras e fontes; verifique as doses com o protocolo local e o RCM.</translation>
    </message>
</context>
<context>
    <name>ModifyDialog</name>
    <message>
        <source>Change a dose: {cycle}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Alterar uma dose: {cycle}</translation>
    </message>
    <message>
        <source>{agent} (now {dose})</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{agent} (agora {dose})</translation>
    </message>
    <message>
        <source>Earlier days keep the dose they had (what was given stays as recorded)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Os dias anteriores mantêm a sua dose (o que foi administrado fica como registado)</translation>
    </message>
    <message>
        <source>Agent</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Percent of the calculated dose</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Percentagem da dose calculada</translation>
    </message>
    <message>
        <source>or new dose per administration</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>ou nova dose por administração</translation>
    </message>
    <message>
        <source>From cycle day</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>A partir do dia do ciclo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Reason in words</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Motivo por extenso</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Alterado por</translation>
    </message>
    <message>
        <source>Percent</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Percentagem</translation>
    </message>
    <message>
        <source>New dose</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Nova dose</translation>
    </message>
</context>
<context>
    <name>MutationTable</name>
    <message>
        <source>{gene}: not a gene the engine reads — did you mean {meant}? Until it is corrected, {meant} counts as not tested.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{gene}: não é um gene lido pelo motor — queria dizer {meant}? Até ser corrigido, {meant} conta como não testado.</translation>
    </message>
    <message>
        <source>{gene}: not a gene the engine reads; it is kept in the record but not used.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{gene}: não é um gene lido pelo motor; fica no registo mas não é usado.</translation>
    </message>
    <message>
        <source>{gene}: not a gene the engine reads — did you mean {meant}?</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{gene}: não é um gene lido pelo motor — queria dizer {meant}?</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>Create the administrator</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Criar o administrador</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Adicionar uma conta</translation>
    </message>
    <message>
        <source>Login name</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Nome de utilizador</translation>
    </message>
    <message>
        <source>Full name (signs decisions)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Nome completo (assina as decisões)</translation>
    </message>
    <message>
        <source>Role</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Função</translation>
    </message>
    <message>
        <source>Password (at least {count} characters)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Palavra-passe (pelo menos {count} carateres)</translation>
    </message>
    <message>
        <source>Password again</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Repita a palavra-passe</translation>
    </message>
    <message>
        <source>Create the clinic&apos;s administrator. From then on everyone logs in with their own account, every entry in the record names its author, and only an administrator adds accounts.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Crie o administrador da clínica. A partir daí cada pessoa inicia sessão com a sua própria conta, cada entrada do registo identifica o seu autor e só um administrador adiciona contas.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>As duas palavras-passe são diferentes.</translation>
    </message>
</context>
<context>
    <name>OrganDialog</name>
    <message>
        <source>Creatinine (mg/dL)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Creatinina (mg/dL)</translation>
    </message>
    <message>
        <source>Bilirubin (mg/dL)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Bilirrubina (mg/dL)</translation>
    </message>
    <message>
        <source>ALT (U/L)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>ALT (U/L)</translation>
    </message>
    <message>
        <source>AST (U/L)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>AST (U/L)</translation>
    </message>
    <message>
        <source>LVEF (%)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>FEVE (%)</translation>
    </message>
    <message>
        <source>Organ function and heart</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Função orgânica e coração</translation>
    </message>
    <message>
        <source>Date</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Data</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>New password for {name}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Nova palavra-passe para {name}</translation>
    </message>
    <message>
        <source>New password</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Nova palavra-passe</translation>
    </message>
    <message>
        <source>Again</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Repita</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>As duas palavras-passe são diferentes.</translation>
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
    <message>
        <source>No karyotype recorded: ELN risk may be unknown.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Sem cariótipo registado: o risco ELN pode ser desconhecido.</translation>
    </message>
    <message>
        <source>Not read as a karyotype.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Não lido como cariótipo.</translation>
    </message>
    <message>
        <source>Normal karyotype.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Cariótipo normal.</translation>
    </message>
    <message>
        <source>Lesions: {lesions}.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Lesões: {lesions}.</translation>
    </message>
    <message>
        <source>{count} abnormalities.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{count} anomalias.</translation>
    </message>
    <message>
        <source>1 abnormality.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>1 anomalia.</translation>
    </message>
    <message>
        <source>Complex (ELN 2017).</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Complexo (ELN 2017).</translation>
    </message>
    <message>
        <source>Monosomal (ELN 2017).</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Monossómico (ELN 2017).</translation>
    </message>
    <message>
        <source>Edit patient and diagnosis</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Editar doente e diagnóstico</translation>
    </message>
    <message>
        <source>New patient</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Novo doente</translation>
    </message>
    <message>
        <source>yes (extramedullary disease)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>sim (doença extramedular)</translation>
    </message>
    <message>
        <source>Findings from other tests (FISH, RT-PCR) that the karyotype text does not show</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Achados de outros testes (FISH, RT-PCR) que o texto do cariótipo não mostra</translation>
    </message>
    <message>
        <source>Date</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Data</translation>
    </message>
    <message>
        <source>Height (cm)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Altura (cm)</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Peso (kg)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Height and weight</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Altura e peso</translation>
    </message>
    <message>
        <source>{number} is already the hospital number of {owner}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{number} já é o número de processo de {owner}</translation>
    </message>
    <message>
        <source>enter the patient&apos;s name or hospital number (or both)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>introduza o nome do doente ou o número de processo (ou ambos)</translation>
    </message>
    <message>
        <source>row {row}: the date {date} is in the future</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>linha {row}: a data {date} está no futuro</translation>
    </message>
    <message>
        <source>the date is required</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>a data é obrigatória</translation>
    </message>
    <message>
        <source>row {row}: {problem}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>linha {row}: {problem}</translation>
    </message>
    <message>
        <source>row {row}: the weight is required</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>linha {row}: o peso é obrigatório</translation>
    </message>
    <message>
        <source>Height</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Altura</translation>
    </message>
    <message>
        <source>Weight</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Peso</translation>
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
    <name>PlanCycleDialog</name>
    <message>
        <source>Plan a chemotherapy cycle</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Planear um ciclo de quimioterapia</translation>
    </message>
    <message>
        <source>Day 1 (start)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Dia 1 (início)</translation>
    </message>
    <message>
        <source>Weight measured on</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Peso medido em</translation>
    </message>
    <message>
        <source>Regimen</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Esquema</translation>
    </message>
    <message>
        <source>Phase</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Cycle number</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Número do ciclo</translation>
    </message>
    <message>
        <source>Height (cm) for this cycle</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Altura (cm) para este ciclo</translation>
    </message>
    <message>
        <source>Weight (kg) for this cycle</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Peso (kg) para este ciclo</translation>
    </message>
    <message>
        <source>Planned by</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Planeado por</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Peso (kg)</translation>
    </message>
    <message>
        <source>Height (cm)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Altura (cm)</translation>
    </message>
    <message>
        <source>{agent}: {dose} {route}, days {days}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{agent}: {dose} {route}, dias {days}</translation>
    </message>
    <message>
        <source>Planned by: the planning clinician is required</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Planeado por: o clínico que planeia é obrigatório</translation>
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
        <source>Hide chec&amp;klist</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ocultar &amp;lista</translation>
    </message>
    <message>
        <source>Hide or show the Needed items and the checklist beside the recommendation</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ocultar ou mostrar os elementos necessários e a lista de verificação ao lado da recomendação</translation>
    </message>
    <message>
        <source>Show c&amp;hecklist</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Mostrar &amp;lista</translation>
    </message>
    <message>
        <source>Code (for support): {code}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Código (para suporte): {code}</translation>
    </message>
    <message>
        <source>No actions or safety flags.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Sem ações nem alertas de segurança.</translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <source>No accounts: anyone at this computer can read and change records</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Sem contas: qualquer pessoa neste computador pode ler e alterar os registos</translation>
    </message>
    <message>
        <source>administrator</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>administrador</translation>
    </message>
    <message>
        <source>clinician</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>clínico</translation>
    </message>
    <message>
        <source>nurse</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>enfermeiro</translation>
    </message>
    <message>
        <source>viewer</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>leitor</translation>
    </message>
    <message>
        <source>Administrator (accounts, settings, formulary, restore)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Administrador (contas, definições, formulário, restauro)</translation>
    </message>
    <message>
        <source>Clinician (everything clinical, records decisions)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Clínico (tudo o que é clínico, regista decisões)</translation>
    </message>
    <message>
        <source>Nurse or data clerk (enters courses and results; cannot record or void a decision)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Enfermeiro ou administrativo (introduz ciclos e resultados; não pode registar nem anular uma decisão)</translation>
    </message>
    <message>
        <source>Viewer (reads and prints)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Leitor (consulta e imprime)</translation>
    </message>
    <message>
        <source>change a patient&apos;s record</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>alterar o registo de um doente</translation>
    </message>
    <message>
        <source>record, void or change a treatment decision</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>registar, anular ou alterar uma decisão de tratamento</translation>
    </message>
    <message>
        <source>delete a patient</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>eliminar um doente</translation>
    </message>
    <message>
        <source>change the clinic&apos;s settings or formulary</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>alterar as definições ou o formulário da clínica</translation>
    </message>
    <message>
        <source>add, reset or disable accounts</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>adicionar, repor ou desativar contas</translation>
    </message>
    <message>
        <source>restore the database from a backup</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>restaurar a base de dados a partir de uma cópia de segurança</translation>
    </message>
    <message>
        <source>take a backup</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>fazer uma cópia de segurança</translation>
    </message>
    <message>
        <source>use the clinic</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>usar a clínica</translation>
    </message>
    <message>
        <source>Clinic passphrase</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Frase-passe da clínica</translation>
    </message>
    <message>
        <source>The clinic database {file} is encrypted.
Clinic passphrase:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>A base de dados da clínica {file} está cifrada.
Frase-passe da clínica:</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Frase-passe incorreta.</translation>
    </message>
    <message>
        <source>Create the administrator…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Criar o administrador…</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>C&amp;ontas</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Bloquear agora</translation>
    </message>
    <message>
        <source>Accounts…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Contas…</translation>
    </message>
    <message>
        <source>Audit trail…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Registo de auditoria…</translation>
    </message>
    <message>
        <source>nobody logged in</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>ninguém tem sessão iniciada</translation>
    </message>
    <message>
        <source>A {role} may not {action}.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Função {role}: não pode {action}.</translation>
    </message>
    <message>
        <source>Checking the audit trail</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>A verificar o registo de auditoria</translation>
    </message>
    <message>
        <source>Audit trail checked: whole ({count} entries).</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Registo de auditoria verificado: íntegro ({count} entradas).</translation>
    </message>
    <message>
        <source>The audit trail is BROKEN at entry {entry}: {problem}. The record may have been changed outside AML Desktop. Tell the clinic&apos;s administrator; do not rely on the entries after it until it is explained.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>O registo de auditoria está QUEBRADO na entrada {entry}: {problem}. O registo pode ter sido alterado fora do AML Desktop. Avise o administrador da clínica; não confie nas entradas seguintes até ser explicado.</translation>
    </message>
    <message>
        <source>Administrator created and logged in. Add the other accounts under Accounts.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Administrador criado e com sessão iniciada. Adicione as outras contas em Contas.</translation>
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
        <source>×10⁹/L (SI); hemoglobin g/dL</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>×10⁹/L (SI); hemoglobina g/dL</translation>
    </message>
    <message>
        <source>Language:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD only (1978-03-15)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Só AAAA-MM-DD (1978-03-15)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or day first, DD/MM/YYYY (15/03/1978)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>AAAA-MM-DD ou dia primeiro, DD/MM/AAAA (15/03/1978)</translation>
    </message>
    <message>
        <source>How dates may be typed in every form; a date is always shown back in words</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Como as datas podem ser escritas em cada formulário; a data é sempre mostrada de novo por extenso</translation>
    </message>
    <message>
        <source>Drug or capability</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Medicamento ou recurso</translation>
    </message>
    <message>
        <source>In stock / available</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Em stock / disponível</translation>
    </message>
    <message>
        <source>Out of stock since (YYYY-MM-DD)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Em rutura desde (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>capability</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>recurso</translation>
    </message>
    <message>
        <source>drug</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>medicamento</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Pasta das cópias de segurança</translation>
    </message>
    <message>
        <source>the clinic name is required (it is printed on every summary)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>o nome da clínica é obrigatório (é impresso em cada resumo)</translation>
    </message>
    <message>
        <source>{drug}: out of stock since: {problem}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{drug}: em rutura desde: {problem}</translation>
    </message>
    <message>
        <source>{drug}: {date} is in the future</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{drug}: {date} está no futuro</translation>
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
        <source>patient</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>doente</translation>
    </message>
    <message>
        <source>Treatment summary — {patient}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Resumo do tratamento — {patient}</translation>
    </message>
    <message>
        <source>This is the content of the printed summary. Print or save gives the PDF with signature lines; “Open in PDF viewer” shows its exact pages.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Este é o conteúdo do resumo impresso. Imprimir ou guardar gera o PDF com as linhas de assinatura; «Abrir no visualizador de PDF» mostra as suas páginas exatas.</translation>
    </message>
    <message>
        <source>Language of the page:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Idioma da página:</translation>
    </message>
    <message>
        <source>Save summary as PDF</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Guardar o resumo como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ficheiros PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The summary was not saved: {error}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>O resumo não foi guardado: {error}</translation>
    </message>
    <message>
        <source>Summary saved: {file}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Resumo guardado: {file}</translation>
    </message>
    <message>
        <source>No PDF viewer is installed on this computer (or none is set to open PDF files). Use “Save as PDF…” and open the file on a computer that has one, or print it.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Não há nenhum leitor de PDF instalado neste computador (ou nenhum está configurado para abrir ficheiros PDF). Use «Guardar PDF…» e abra o ficheiro num computador que tenha um, ou imprima-o.</translation>
    </message>
    <message>
        <source>Print treatment summary</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Imprimir o resumo do tratamento</translation>
    </message>
    <message>
        <source>Nothing printed: the page range is outside the summary&apos;s {count} page(s).</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Nada foi impresso: o intervalo de páginas está fora das {count} página(s) do resumo.</translation>
    </message>
    <message>
        <source>The summary was not printed to a file: {error}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>O resumo não foi impresso para um ficheiro: {error}</translation>
    </message>
    <message>
        <source>Summary printed to {file} ({pages}).</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Resumo impresso em {file} ({pages}).</translation>
    </message>
    <message>
        <source>The summary could not be sent to the printer: {error}. Save it as PDF and print from a viewer.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Não foi possível enviar o resumo para a impressora: {error}. Guarde-o como PDF e imprima a partir de um leitor.</translation>
    </message>
    <message>
        <source>Summary sent to the printer {printer}: {pages}, 1 copy.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Resumo enviado para a impressora {printer}: {pages}, 1 cópia.</translation>
    </message>
    <message>
        <source>Summary sent to the printer {printer}: {pages}, {count} copies.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Resumo enviado para a impressora {printer}: {pages}, {count} cópias.</translation>
    </message>
    <message>
        <source>(default)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>(predefinida)</translation>
    </message>
    <message>
        <source>page {number}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>página {number}</translation>
    </message>
    <message>
        <source>pages {first}–{last}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>páginas {first}–{last}</translation>
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
<context>
    <name>VoidDecisionDialog</name>
    <message>
        <source>Void a decision</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Anular uma decisão</translation>
    </message>
    <message>
        <source>Void the decision of {date}: {therapy}.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Anular a decisão de {date}: {therapy}.</translation>
    </message>
    <message>
        <source>It stays in the record and on the printed summary, marked as void.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Permanece no registo e no resumo impresso, marcada como anulada.</translation>
    </message>
    <message>
        <source>Why is this decision void? (for example: entered for the wrong patient)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Porque é anulada esta decisão? (por exemplo: introduzida no doente errado)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;Void decision</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Anular decisão</translation>
    </message>
    <message>
        <source>say why the decision is void</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>indique porque é anulada a decisão</translation>
    </message>
</context>
</TS>
