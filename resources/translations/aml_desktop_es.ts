<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Login</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Full name</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Role</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Rol</translation>
    </message>
    <message>
        <source>State</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Add…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Restablecer contraseña…</translation>
    </message>
    <message>
        <source>Disable / enable</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Desactivar / activar</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Cerrar</translation>
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
        <translation>Bloquear la ventana tras</translation>
    </message>
    <message>
        <source>without a key press or a click</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>sin pulsar una tecla ni hacer clic</translation>
    </message>
    <message>
        <source>The window now locks after {count} idle minutes.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>La ventana se bloquea ahora tras {count} minutos de inactividad.</translation>
    </message>
    <message>
        <source>active</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>activa</translation>
    </message>
    <message>
        <source>disabled</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>New password set for {name}.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Nueva contraseña establecida para {name}.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Welcome to AML Desktop</source>
        <extracomment>The fonts shipped for names in scripts the system font may lack (the same ones the summary embeds).</extracomment>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Bienvenido a AML Desktop</translation>
    </message>
    <message>
        <source>This clinic database is new and empty.

Load the demo clinic (example patients, including the three patients of DeWolf &amp; Tallman 2020) to try the application? You can start with an empty clinic instead.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Esta base de datos de la clínica es nueva y está vacía.

¿Cargar la clínica de demostración (pacientes de ejemplo, incluidos los tres pacientes de DeWolf &amp; Tallman 2020) para probar la aplicación? También puede empezar con una clínica vacía.</translation>
    </message>
    <message>
        <source>Demo clinic loaded: {count} example patients. They are fictitious; do not mix them with real patients.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Clínica de demostración cargada: {count} pacientes de ejemplo. Son ficticios; no los mezcle con pacientes reales.</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>¿Qué desea hacer?</translation>
    </message>
    <message>
        <source>Locate the database file…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Localizar el archivo de la base de datos…</translation>
    </message>
    <message>
        <source>Create a new, empty clinic</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Crear una clínica nueva y vacía</translation>
    </message>
    <message>
        <source>Quit</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>Open read-only to export</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Abrir en solo lectura para exportar</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Database backups (*.sqlite3);;All files (*)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Copias de seguridad de la base de datos (*.sqlite3);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Restored from {backup}.
The damaged file was kept as {safety}.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Restaurado desde {backup}.
El archivo dañado se conservó como {safety}.</translation>
    </message>
    <message>
        <source>There is no clinic database yet in the application-data folder ({folder}). Create a new clinic, or locate an existing database file (for example on a USB stick).</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Todavía no hay base de datos de la clínica en la carpeta de datos de la aplicación ({folder}). Cree una clínica nueva o localice un archivo de base de datos existente (por ejemplo, en una memoria USB).</translation>
    </message>
    <message>
        <source>Locate the clinic database</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Localizar la base de datos de la clínica</translation>
    </message>
    <message>
        <source>Database (*.sqlite3);;All files (*)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Base de datos (*.sqlite3);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>AML Desktop — server password</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>AML Desktop — contraseña del servidor</translation>
    </message>
    <message>
        <source>Password of the database role for
{url}
(ask the person who set up the server):</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Contraseña del rol de la base de datos para
{url}
(pídala a la persona que instaló el servidor):</translation>
    </message>
    <message>
        <source>The clinic database cannot be opened:
{error}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>No se puede abrir la base de datos de la clínica:
{error}</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Assessment</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Marrow and blood</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Médula y sangre</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Marrow blasts (%):</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Blastos en &amp;médula (%):</translation>
    </message>
    <message>
        <source>not measured</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>no medido</translation>
    </message>
    <message>
        <source>&amp;Circulating blasts:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Blastos &amp;circulantes:</translation>
    </message>
    <message>
        <source>E&amp;xtramedullary disease:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Enfermedad e&amp;xtramedular:</translation>
    </message>
    <message>
        <source>&amp;ANC (×10⁹/L):</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>R&amp;AN (×10⁹/L):</translation>
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
        <translation>&amp;Leucocitos (×10⁹/L):</translation>
    </message>
    <message>
        <source>Measurable residual disease (MRD)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Enfermedad residual medible (ERM)</translation>
    </message>
    <message>
        <source>MRD &amp;result:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Resultado de ERM:</translation>
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
        <translation>Estudio molecular y citogenético de esta muestra</translation>
    </message>
    <message>
        <source>A mutation test was done on this sample</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Se hizo un estudio de mutaciones en esta muestra</translation>
    </message>
    <message>
        <source>M&amp;utations found:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>M&amp;utaciones encontradas:</translation>
    </message>
    <message>
        <source>Add mutation</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Añadir mutación</translation>
    </message>
    <message>
        <source>Remove mutation</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Quitar mutación</translation>
    </message>
    <message>
        <source>&amp;Tested genes:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Genes &amp;estudiados:</translation>
    </message>
    <message>
        <source>comma separated, e.g. FLT3, IDH1, IDH2</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>separados por comas, p. ej., FLT3, IDH1, IDH2</translation>
    </message>
    <message>
        <source>&amp;Karyotype:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Cariotipo:</translation>
    </message>
    <message>
        <source>only if repeated on this sample</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>solo si se repitió en esta muestra</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Leído como:</translation>
    </message>
    <message>
        <source>Height and weight today (optional)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Talla y peso de hoy (opcional)</translation>
    </message>
    <message>
        <source>H&amp;eight (cm):</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>T&amp;alla (cm):</translation>
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
        <translation>Editar evaluación</translation>
    </message>
    <message>
        <source>Add assessment</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Añadir evaluación</translation>
    </message>
    <message>
        <source>yes (blasts in the blood)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>sí (blastos en sangre)</translation>
    </message>
    <message>
        <source>none</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>yes (extramedullary disease)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>sí (enfermedad extramedular)</translation>
    </message>
    <message>
        <source>not done</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>no realizada</translation>
    </message>
    <message>
        <source>ELN response of this assessment: {response}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Respuesta ELN de esta evaluación: {response}</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>When (UTC)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Table</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Patient</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Details</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Chain checked: whole, {count} entries; every row is as its last entry left it.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Cadena verificada: íntegra, {count} entradas; cada fila está como la dejó su última entrada.</translation>
    </message>
    <message>
        <source>BROKEN at entry {entry}: {problem}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>ROTA en la entrada {entry}: {problem}</translation>
    </message>
    <message>
        <source>hospital number or id</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>número de historia clínica o id</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Todos</translation>
    </message>
    <message>
        <source>From</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Show</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Account</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>{count} entries shown (newest first, at most 200)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{count} entradas mostradas (las más recientes primero, 200 como máximo)</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Updating patient statuses</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Actualizando el estado de los pacientes</translation>
    </message>
    <message>
        <source>The server cannot be reached ({error}). What is on screen stays; nothing typed is lost, and saving works again once the server is back.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>No se puede contactar con el servidor ({error}). Lo que está en pantalla se mantiene; no se pierde nada de lo escrito y se podrá guardar de nuevo cuando el servidor vuelva.</translation>
    </message>
    <message>
        <source>Connected to the server again; the patient list is up to date.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Conectado de nuevo al servidor; la lista de pacientes está actualizada.</translation>
    </message>
    <message>
        <source>Search failed: {error}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>La búsqueda falló: {error}</translation>
    </message>
    <message>
        <source>{file} is open read-only ({reason}): nothing can be changed</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{file} está abierto en solo lectura ({reason}): no se puede cambiar nada</translation>
    </message>
    <message>
        <source>{task}: stopped before it ran</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{task}: detenido antes de ejecutarse</translation>
    </message>
    <message>
        <source>Checking the database</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Comprobando la base de datos</translation>
    </message>
    <message>
        <source>Saving the patient</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Guardando el paciente</translation>
    </message>
    <message>
        <source>Please check: {warnings}.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Compruebe: {warnings}.</translation>
    </message>
    <message>
        <source>Deleting the patient</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Eliminando el paciente</translation>
    </message>
    <message>
        <source>Saving the clinic settings</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Guardando la configuración de la clínica</translation>
    </message>
    <message>
        <source>Recording the decision</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Registrando la decisión</translation>
    </message>
    <message>
        <source>Voiding the decision</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Anulando la decisión</translation>
    </message>
    <message>
        <source>another patient</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>otro paciente</translation>
    </message>
    <message>
        <source>Nothing was imported: the database is read-only ({reason}).</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>No se importó nada: la base de datos es de solo lectura ({reason}).</translation>
    </message>
    <message>
        <source>Reading and checking {count} file(s)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Leyendo y comprobando {count} archivo(s)</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <source>Nothing was imported: {error}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>No se importó nada: {error}</translation>
    </message>
    <message>
        <source>Saving (all or nothing)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Guardando (todo o nada)</translation>
    </message>
    <message>
        <source>Done</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Imported 1 patient.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>1 paciente importado.</translation>
    </message>
    <message>
        <source>Imported {count} patients.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{count} pacientes importados.</translation>
    </message>
    <message>
        <source>Importing {count} case file(s)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Importando {count} archivo(s) de caso</translation>
    </message>
    <message>
        <source>Writing {file}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Escribiendo {file}</translation>
    </message>
    <message>
        <source>Exported {patient} as FHIR to {file}.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{patient} exportado como FHIR a {file}.</translation>
    </message>
    <message>
        <source>Exported {patient} to {file}.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{patient} exportado a {file}.</translation>
    </message>
    <message>
        <source>Exporting the patient</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Exportando el paciente</translation>
    </message>
    <message>
        <source>The {operation} could not be recorded in the audit trail: {error}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>La acción «{operation}» no pudo registrarse en el registro de auditoría: {error}</translation>
    </message>
    <message>
        <source>Copying and verifying the database</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Copiando y verificando la base de datos</translation>
    </message>
    <message>
        <source> (1 older copy removed)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation> (1 copia más antigua eliminada)</translation>
    </message>
    <message>
        <source> ({count} older copies removed)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation> ({count} copias más antiguas eliminadas)</translation>
    </message>
    <message>
        <source>Backup written and verified: {file}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Copia de seguridad escrita y verificada: {file}</translation>
    </message>
    <message>
        <source>Backing up the database</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Copia de seguridad de la base de datos</translation>
    </message>
    <message>
        <source>Copying and verifying the clinic (pg_dump)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Copiando y verificando la clínica (pg_dump)</translation>
    </message>
    <message>
        <source>Backup written and verified: {file} ({check})</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Copia de seguridad escrita y verificada: {file} ({check})</translation>
    </message>
    <message>
        <source>Backing up the clinic</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Copia de seguridad de la clínica</translation>
    </message>
    <message>
        <source>a clinic on a server is restored on the server, by its administrator, while the workstations are closed: aml-desktop --db &quot;{url}&quot; --user ADMIN restore FILE</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>una clínica en un servidor se restaura en el servidor, por su administrador, con los puestos de trabajo cerrados: aml-desktop --db &quot;{url}&quot; --user ADMIN restore ARCHIVO</translation>
    </message>
    <message>
        <source>Verifying the backup</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Verificando la copia de seguridad</translation>
    </message>
    <message>
        <source>Replacing the database</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Reemplazando la base de datos</translation>
    </message>
    <message>
        <source>Restored from {backup}. The previous database was kept as {safety}.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Restaurado desde {backup}. La base de datos anterior se conservó como {safety}.</translation>
    </message>
    <message>
        <source>Restoring from a backup</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Restaurando desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Saved 1 summary in {folder}.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>1 resumen guardado en {folder}.</translation>
    </message>
    <message>
        <source>Saved {count} summaries in {folder}.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{count} resúmenes guardados en {folder}.</translation>
    </message>
    <message>
        <source>saved {count} of {total} summaries in {folder}; these patients could not be read or written:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{count} de {total} resúmenes guardados en {folder}; estos pacientes no pudieron leerse o escribirse:</translation>
    </message>
    <message>
        <source>Saving summaries</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Guardando los resúmenes</translation>
    </message>
    <message>
        <source>What you typed is still here: save again once the server is back</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Lo que escribió sigue aquí: vuelva a guardar cuando el servidor vuelva</translation>
    </message>
    <message>
        <source>the server cannot be reached or the connection to it was lost ({error}). Nothing was saved.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>no se puede contactar con el servidor o se perdió la conexión ({error}). No se guardó nada.</translation>
    </message>
</context>
<context>
    <name>CourseChart</name>
    <message>
        <source>Marrow blasts (%)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Blastos en médula (%)</translation>
    </message>
    <message>
        <source>ANC (×10⁹/L)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>RAN (×10⁹/L)</translation>
    </message>
    <message>
        <source>Platelets (×10⁹/L)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Plaquetas (×10⁹/L)</translation>
    </message>
    <message>
        <source>No assessments recorded yet</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Aún no hay evaluaciones registradas</translation>
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
        <translation>Ciclo de tratamiento</translation>
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
        <translation>&amp;Intensidad:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Fin:</translation>
    </message>
    <message>
        <source>C&amp;ycle:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>C&amp;iclo:</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>color: #a40000;</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>color: #a40000;</translation>
    </message>
    <message>
        <source>Edit treatment course</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Editar ciclo de tratamiento</translation>
    </message>
    <message>
        <source>Add treatment course</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Añadir ciclo de tratamiento</translation>
    </message>
    <message>
        <source>from the regimen code</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>según el código del esquema</translation>
    </message>
    <message>
        <source>{kind} transplant</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>trasplante {kind}</translation>
    </message>
    <message>
        <source>Choose a regimen from the catalog, or type another one (then choose its intensity)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Elija un esquema del catálogo o escriba otro (y elija luego su intensidad)</translation>
    </message>
    <message>
        <source>empty while the course goes on</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>vacío mientras el ciclo continúa</translation>
    </message>
    <message>
        <source>Catalog regimen: {title}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Esquema del catálogo: {title}</translation>
    </message>
    <message>
        <source>Not a catalog regimen: choose its intensity below.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>No es un esquema del catálogo: elija su intensidad abajo.</translation>
    </message>
</context>
<context>
    <name>CoursePanel</name>
    <message>
        <source>Treatment courses</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ciclos de tratamiento</translation>
    </message>
    <message>
        <source>Add course…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Añadir ciclo…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Assessments (with ELN response)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Evaluaciones (con respuesta ELN)</translation>
    </message>
    <message>
        <source>Add assessment…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Añadir evaluación…</translation>
    </message>
</context>
<context>
    <name>CourseTables</name>
    <message>
        <source>ongoing</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>en curso</translation>
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
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ciclo</translation>
    </message>
    <message>
        <source>Code (for support): {code}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Código (para soporte): {code}</translation>
    </message>
    <message>
        <source>Date</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>ELN response</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Respuesta ELN</translation>
    </message>
    <message>
        <source>Marrow blasts %</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Blastos méd. %</translation>
    </message>
    <message>
        <source>ANC</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>RAN</translation>
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
        <translation>ERM</translation>
    </message>
    <message>
        <source>Molecular</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Molecular</translation>
    </message>
    <message>
        <source>tested, no mutation</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>analizado, sin mutación</translation>
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
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>Reduced</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Reducido</translation>
    </message>
    <message>
        <source>{field}: {value} is not a number</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{field}: {value} no es un número</translation>
    </message>
    <message>
        <source>a date is required</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>la fecha es obligatoria</translation>
    </message>
    <message>
        <source>Cycle:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ciclo:</translation>
    </message>
    <message>
        <source>Plan a cycle…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Planificar un ciclo…</translation>
    </message>
    <message>
        <source>Record given…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Registrar administración…</translation>
    </message>
    <message>
        <source>Change a dose…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Cambiar una dosis…</translation>
    </message>
    <message>
        <source>Organ function…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Función orgánica…</translation>
    </message>
    <message>
        <source>Road map PDF…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Hoja de ruta PDF…</translation>
    </message>
    <message>
        <source>The stored cycles cannot be read: {error}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>No se pueden leer los ciclos guardados: {error}</translation>
    </message>
    <message>
        <source>{cycle} (day 1 {date})</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{cycle} (día 1 {date})</translation>
    </message>
    <message>
        <source>No cycle planned.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ningún ciclo planificado.</translation>
    </message>
    <message>
        <source>No cycle running today.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ningún ciclo en curso hoy.</translation>
    </message>
    <message>
        <source>Sources: {references}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Fuentes: {references}</translation>
    </message>
</context>
<context>
    <name>CycleSettingsDialog</name>
    <message>
        <source>Chemotherapy settings</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Configuración de quimioterapia</translation>
    </message>
    <message>
        <source>Issue 15 default 7 days [IMPL]: check local protocol</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>7 días por defecto (issue 15) [IMPL]: compruebe el protocolo local</translation>
    </message>
    <message>
        <source>empty: no cap</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>vacío: sin límite</translation>
    </message>
    <message>
        <source>Warn when the weight is older than (days)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Avisar si el peso tiene más de (días)</translation>
    </message>
    <message>
        <source>BSA cap (m²)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Límite de SC (m²)</translation>
    </message>
    <message>
        <source>Round to stock within (%)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Redondear al stock dentro de (%)</translation>
    </message>
    <message>
        <source>Stocked sizes (mg or µg)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Presentaciones en stock (mg o µg)</translation>
    </message>
    <message>
        <source>Never round</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>No redondear nunca</translation>
    </message>
    <message>
        <source>Stocked sizes: {item} is not AGENT=SIZE,SIZE</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Presentaciones en stock: {item} no tiene la forma AGENTE=TAMAÑO,TAMAÑO</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD or DD/MM/YYYY</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>AAAA-MM-DD o DD/MM/AAAA</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>type the date as YYYY-MM-DD (this clinic does not use day-first dates): “{text}”</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>escriba la fecha como AAAA-MM-DD (esta clínica no usa fechas con el día primero): «{text}»</translation>
    </message>
    <message>
        <source>write the year in full (four digits): “{text}”</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>escriba el año completo (cuatro cifras): «{text}»</translation>
    </message>
    <message>
        <source>“{text}” is not a date: type it as {example}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>«{text}» no es una fecha: escríbala como {example}</translation>
    </message>
    <message>
        <source>there is no month {month} (“{text}”)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>no existe el mes {month} («{text}»)</translation>
    </message>
    <message>
        <source>“{text}” is not a date</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>«{text}» no es una fecha</translation>
    </message>
    <message>
        <source>{day} {month} {year} does not exist ({month} has {last} days)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>el {day} de {month} de {year} no existe ({month} tiene {last} días)</translation>
    </message>
    <message>
        <source>today</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>hoy</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Calendario…</translation>
    </message>
    <message>
        <source>Pick the date on a calendar (Alt+Down in the field)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Elegir la fecha en un calendario (Alt+Abajo en el campo)</translation>
    </message>
    <message>
        <source>Type the date as {example}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Escriba la fecha como {example}</translation>
    </message>
    <message>
        <source>a date is required</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>la fecha es obligatoria</translation>
    </message>
    <message>
        <source>{day} is before {minimum}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>el {day} es anterior al {minimum}</translation>
    </message>
    <message>
        <source>{day} is after {bound} ({maximum})</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>el {day} es posterior a {bound} ({maximum})</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Record the decision</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Registrar la decisión</translation>
    </message>
    <message>
        <source>Decision support only: the treating clinician decides. Record what you decided.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Solo apoyo a la decisión: decide el clínico responsable. Registre lo que decidió.</translation>
    </message>
    <message>
        <source>font-weight: bold;</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>font-weight: bold;</translation>
    </message>
    <message>
        <source>&amp;Accept the recommended therapy</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Aceptar el tratamiento recomendado</translation>
    </message>
    <message>
        <source>&amp;Choose another therapy</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Elegir otro tratamiento</translation>
    </message>
    <message>
        <source>C&amp;hosen therapy:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Tratamiento elegido:</translation>
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
        <translation>&amp;Detalles:</translation>
    </message>
    <message>
        <source>Why another therapy (required when overriding)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Por qué otro tratamiento (obligatorio si no se sigue)</translation>
    </message>
    <message>
        <source>C&amp;linician:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>C&amp;línico:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Fec&amp;ha:</translation>
    </message>
    <message>
        <source>color: #a40000;</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>color: #a40000;</translation>
    </message>
    <message>
        <source>ruleset {version}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>reglas {version}</translation>
    </message>
    <message>
        <source>Recommended: {therapy}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Recomendado: {therapy}</translation>
    </message>
    <message>
        <source>— choose a reason —</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>— elija un motivo —</translation>
    </message>
    <message>
        <source>Accept (nothing is recommended now)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Aceptar (no se recomienda nada ahora)</translation>
    </message>
    <message>
        <source>your name is required: the decision is signed</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>su nombre es obligatorio: la decisión se firma</translation>
    </message>
    <message>
        <source>is the recommended therapy: choose “Accept” instead</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>es el tratamiento recomendado: elija «Aceptar»</translation>
    </message>
    <message>
        <source>a reason is required when you choose another therapy</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>se requiere un motivo si elige otro tratamiento</translation>
    </message>
    <message>
        <source>say why another therapy was chosen (the details are required)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>indique por qué se eligió otro tratamiento (los detalles son obligatorios)</translation>
    </message>
    <message>
        <source>say why the earlier decision is replaced</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>indique por qué se reemplaza la decisión anterior</translation>
    </message>
    <message>
        <source>Replace a decision</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Reemplazar una decisión</translation>
    </message>
    <message>
        <source>This replaces the decision of {date} ({therapy}). The earlier decision stays in the record, marked as superseded.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Esto reemplaza la decisión del {date} ({therapy}). La decisión anterior permanece en la historia, marcada como reemplazada.</translation>
    </message>
    <message>
        <source>Why the earlier decision is replaced (required)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Por qué se reemplaza la decisión anterior (obligatorio)</translation>
    </message>
    <message>
        <source>Why &amp;replaced:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Por qué se &amp;reemplaza:</translation>
    </message>
</context>
<context>
    <name>DecisionsPanel</name>
    <message>
        <source>Date</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Recomendado</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Elegido</translation>
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
        <translation>Reglas</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Repl&amp;ace with a new decision…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Reempl&amp;azar por una nueva decisión…</translation>
    </message>
    <message>
        <source>Record a new decision that replaces the selected one (which stays, marked)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Registrar una nueva decisión que reemplaza la seleccionada (que permanece, marcada)</translation>
    </message>
    <message>
        <source>&amp;Void decision…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Anular decisión…</translation>
    </message>
    <message>
        <source>Mark the selected decision as entered in error (it stays, marked void)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Marcar la decisión seleccionada como introducida por error (permanece, marcada como anulada)</translation>
    </message>
    <message>
        <source>accepted</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>aceptada</translation>
    </message>
    <message>
        <source>No decision recorded yet. Use {button} on the Recommendation tab.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Todavía no hay decisiones registradas. Use {button} en la pestaña Recomendación.</translation>
    </message>
    <message>
        <source>Record decision…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Registrar decisión…</translation>
    </message>
    <message>
        <source>{date}: {therapy}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{date}: {therapy}</translation>
    </message>
    <message>
        <source>Recommended: {recommended}. Chosen: {chosen}.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Recomendado: {recommended}. Elegido: {chosen}.</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Motivo: {reason}</translation>
    </message>
    <message>
        <source>Clinician: {clinician} · recorded {when} by {user} · ruleset {ruleset}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Clínico: {clinician} · registrada el {when} por {user} · reglas {ruleset}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>What the screen showed then: {therapy}.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Lo que mostraba la pantalla entonces: {therapy}.</translation>
    </message>
    <message>
        <source>void</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>anulada</translation>
    </message>
    <message>
        <source>superseded by decision {number}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>reemplazada por la decisión {number}</translation>
    </message>
    <message>
        <source>superseded</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>reemplazada</translation>
    </message>
</context>
<context>
    <name>FitnessDialog</name>
    <message>
        <source>Fitness for intensive chemotherapy</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Aptitud para quimioterapia intensiva</translation>
    </message>
    <message>
        <source>&amp;Date judged:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Fecha de la evaluación:</translation>
    </message>
    <message>
        <source>&amp;ECOG performance status:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Estado funcional &amp;ECOG:</translation>
    </message>
    <message>
        <source>&amp;Fit for intensive chemotherapy?</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>¿&amp;Apto para quimioterapia intensiva?</translation>
    </message>
    <message>
        <source>Ferrara 2013 criteria of unfitness for intensive chemotherapy (any one)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Criterios de Ferrara 2013 de no aptitud para quimioterapia intensiva (basta uno)</translation>
    </message>
    <message>
        <source>Age over 75 years</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Edad superior a 75 años</translation>
    </message>
    <message>
        <source>Heart failure or cardiomyopathy with ejection fraction ≤ 50 %</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Insuficiencia cardíaca o miocardiopatía con fracción de eyección ≤ 50 %</translation>
    </message>
    <message>
        <source>Lung disease with DLCO or FEV1 ≤ 65 %, dyspnea at rest or oxygen need</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Enfermedad pulmonar con DLCO o FEV1 ≤ 65 %, disnea en reposo o necesidad de oxígeno</translation>
    </message>
    <message>
        <source>On dialysis and over 60, or uncontrolled renal carcinoma</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>En diálisis y mayor de 60 años, o carcinoma renal no controlado</translation>
    </message>
    <message>
        <source>Liver disease: transaminases &gt; 3× normal, cirrhosis Child-Pugh B/C, acute viral hepatitis</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Enfermedad hepática: transaminasas &gt; 3× lo normal, cirrosis Child-Pugh B/C, hepatitis viral aguda</translation>
    </message>
    <message>
        <source>Active infection resistant to anti-infective therapy</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Infección activa resistente al tratamiento antiinfeccioso</translation>
    </message>
    <message>
        <source>Mental illness or cognitive dependence as defined by Ferrara</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Enfermedad mental o dependencia cognitiva según la definición de Ferrara</translation>
    </message>
    <message>
        <source>ECOG performance status above 2, not caused by the leukemia</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Estado ECOG superior a 2, no debido a la leucemia</translation>
    </message>
    <message>
        <source>Other comorbidity judged incompatible with intensive chemotherapy</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Otra comorbilidad considerada incompatible con quimioterapia intensiva</translation>
    </message>
    <message>
        <source>color: #a40000;</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>color: #a40000;</translation>
    </message>
    <message>
        <source>fully active</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>totalmente activo</translation>
    </message>
    <message>
        <source>restricted in strenuous activity</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>limitado en la actividad física intensa</translation>
    </message>
    <message>
        <source>ambulatory, no work, up &gt; 50 % of day</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>ambulatorio, sin trabajar, levantado &gt; 50 % del día</translation>
    </message>
    <message>
        <source>limited self-care, in bed &gt; 50 % of day</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>autocuidado limitado, en cama &gt; 50 % del día</translation>
    </message>
    <message>
        <source>completely disabled</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>totalmente incapacitado</translation>
    </message>
    <message>
        <source>dead</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>fallecido</translation>
    </message>
    <message>
        <source>not judged (the default rule applies)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>no valorado (se aplica la regla por defecto)</translation>
    </message>
    <message>
        <source>yes — fit for intensive chemotherapy</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>sí — apto para quimioterapia intensiva</translation>
    </message>
    <message>
        <source>no — not fit for intensive chemotherapy</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>no — no apto para quimioterapia intensiva</translation>
    </message>
    <message>
        <source>1 Ferrara criterion met</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>1 criterio de Ferrara cumplido</translation>
    </message>
    <message>
        <source>{count} Ferrara criteria met</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{count} criterios de Ferrara cumplidos</translation>
    </message>
    <message>
        <source>by Ferrara 2013 the patient is unfit for intensive chemotherapy.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>según Ferrara 2013, el paciente no es apto para quimioterapia intensiva.</translation>
    </message>
    <message>
        <source>You judged the patient fit although a criterion is met: please make sure this is intended.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ha valorado al paciente como apto aunque se cumple un criterio: asegúrese de que es intencionado.</translation>
    </message>
    <message>
        <source>Without a judgement, the engine concludes: {reason}.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Sin valoración clínica, el motor concluye: {reason}.</translation>
    </message>
    <message>
        <source>The treating clinician decides; the form helps.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>El clínico responsable decide; el formulario ayuda.</translation>
    </message>
</context>
<context>
    <name>FormSupport</name>
    <message>
        <source>Gene</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Gen</translation>
    </message>
    <message>
        <source>Variant</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Allelic ratio</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ratio alélico</translation>
    </message>
    <message>
        <source>VAF %</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>VAF %</translation>
    </message>
    <message>
        <source>Not saved — please correct:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>No guardado — corrija:</translation>
    </message>
    <message>
        <source>course</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>ciclo</translation>
    </message>
    <message>
        <source>assessment</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>evaluación</translation>
    </message>
    <message>
        <source>decision</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>decisión</translation>
    </message>
    <message>
        <source>mutation</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>mutación</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>You have changes that are not saved. Discard them?</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Tiene cambios sin guardar. ¿Descartarlos?</translation>
    </message>
    <message>
        <source>not saved: {error}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>no guardado: {error}</translation>
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
        <translation>Registrar administración: {cycle}</translation>
    </message>
    <message>
        <source>{agent} (to give {dose})</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{agent} (a administrar {dose})</translation>
    </message>
    <message>
        <source>Cycle day</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Día del ciclo</translation>
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
        <translation>Dosis administrada</translation>
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
        <translation>AML Desktop — guía del usuario</translation>
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
        <translation>Iniciar sesión con otra cuenta…</translation>
    </message>
    <message>
        <source>AML Desktop is locked</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>AML Desktop está bloqueado</translation>
    </message>
    <message>
        <source>The records are hidden. {name}, enter your password to go on.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Las historias están ocultas. {name}, introduzca su contraseña para continuar.</translation>
    </message>
    <message>
        <source>Log in as someone else</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Iniciar sesión con otra cuenta</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Account</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Password</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Log in</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Quit</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Log in with your own account: every entry is signed with it.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Inicie sesión con su propia cuenta: cada entrada se firma con ella.</translation>
    </message>
    <message>
        <source>Type your account name.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Escriba el nombre de su cuenta.</translation>
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
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Search name or hospital number (Ctrl+F)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Buscar nombre o número de historia (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>New patient…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Nuevo paciente…</translation>
    </message>
    <message>
        <source>Select a patient in the list, or add one with File → New patient (Ctrl+N).</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Seleccione un paciente de la lista o añada uno con Archivo → Nuevo paciente (Ctrl+N).</translation>
    </message>
    <message>
        <source>Edit patient…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Editar paciente…</translation>
    </message>
    <message>
        <source>Fitness…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Aptitud…</translation>
    </message>
    <message>
        <source>Print summary…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Imprimir resumen…</translation>
    </message>
    <message>
        <source>&amp;Where the patient stands</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Situación del paciente</translation>
    </message>
    <message>
        <source>C&amp;ourse</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>C&amp;iclo</translation>
    </message>
    <message>
        <source>&amp;Recommendation</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Recomendación</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Decisiones</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Paciente</translation>
    </message>
    <message>
        <source>&amp;Clinic</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Clínica</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Nuevo paciente…</translation>
    </message>
    <message>
        <source>Add a patient and the diagnosis</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Añadir un paciente y el diagnóstico</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Edit patient and diagnosis…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Editar paciente y diagnóstico…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Import case files…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Importar archivos de caso…</translation>
    </message>
    <message>
        <source>Add patients from aml-case files (all or nothing)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Añadir pacientes desde archivos aml-case (todo o nada)</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>E&amp;xport case file…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>E&amp;xportar archivo de caso…</translation>
    </message>
    <message>
        <source>Write the selected patient to an aml-case file</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Escribir el paciente seleccionado en un archivo aml-case</translation>
    </message>
    <message>
        <source>&amp;Print summary…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Imprimir resumen…</translation>
    </message>
    <message>
        <source>Preview, print or save the treatment summary</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Previsualizar, imprimir o guardar el resumen de tratamiento</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Save summary as P&amp;DF…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Guardar resumen como P&amp;DF…</translation>
    </message>
    <message>
        <source>Save summaries of &amp;listed patients…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Guardar resúmenes de los pacientes &amp;listados…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Buscar paciente</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Add &amp;course…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Añadir &amp;ciclo…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Add &amp;assessment…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Añadir ev&amp;aluación…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;Fitness…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Aptitud…</translation>
    </message>
    <message>
        <source>Record &amp;decision…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Registrar &amp;decisión…</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>De&amp;lete patient…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>E&amp;liminar paciente…</translation>
    </message>
    <message>
        <source>Remove the selected patient and the whole course (audited)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Quitar el paciente seleccionado y todo su curso (auditado)</translation>
    </message>
    <message>
        <source>Clinic &amp;settings…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Configuración de la clínica…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Restaurar desde copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>F1</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;About AML Desktop</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Acerca de AML Desktop</translation>
    </message>
    <message>
        <source>Chemotherapy settings…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Configuración de quimioterapia…</translation>
    </message>
    <message>
        <source>All patients</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Todos los pacientes</translation>
    </message>
    <message>
        <source>{task} failed: {error}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{task}: falló: {error}</translation>
    </message>
    <message>
        <source>{file} is damaged (SQLite&apos;s check found: {problems}). Nothing more will be written to it. Restore the last good backup, or keep it open read-only to export what can still be read (File &gt; Export case file, or &apos;aml-desktop export --all&apos;).</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{file} está dañado (la comprobación de SQLite encontró: {problems}). No se escribirá nada más en él. Restaure la última copia de seguridad correcta o manténgalo abierto en solo lectura para exportar lo que aún pueda leerse (Archivo &gt; Exportar archivo de caso, o «aml-desktop export --all»).</translation>
    </message>
    <message>
        <source>Read-only: {reason}. You can look at patients, print and export, but nothing can be changed. Use Clinic &gt; Restore from backup to replace the damaged database with a backup.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Solo lectura: {reason}. Puede consultar pacientes, imprimir y exportar, pero no se puede cambiar nada. Use Clínica &gt; Restaurar desde copia de seguridad para sustituir la base de datos dañada por una copia.</translation>
    </message>
    <message>
        <source>Read-only: {reason}. You can look at patients, print and export, but nothing can be changed (copy the database to a folder that can be written to work on it).</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Solo lectura: {reason}. Puede consultar pacientes, imprimir y exportar, pero no se puede cambiar nada (copie la base de datos a una carpeta con permiso de escritura para trabajar en ella).</translation>
    </message>
    <message>
        <source>{task}… the window closes when it is saved.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{task}… la ventana se cerrará cuando se haya guardado.</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Trabajo en curso</translation>
    </message>
    <message>
        <source>A backup, restore or import is still running. Quit anyway? (A restore must not be interrupted.)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Todavía hay una copia de seguridad, restauración o importación en curso. ¿Salir de todos modos? (Una restauración no debe interrumpirse.)</translation>
    </message>
    <message>
        <source>Backup on quitting failed</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Falló la copia de seguridad al salir</translation>
    </message>
    <message>
        <source>The backup taken on quitting failed:
{error}

Your data is saved in the database; take a backup (Clinic &gt; Back up now) when you next open AML Desktop.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>La copia de seguridad al salir falló:
{error}

Sus datos están guardados en la base de datos; haga una copia (Clínica &gt; Hacer copia de seguridad ahora) la próxima vez que abra AML Desktop.</translation>
    </message>
    <message>
        <source>Backup written: {file}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Copia de seguridad escrita: {file}</translation>
    </message>
    <message>
        <source>{task}: {done} of {total}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{task}: {done} de {total}</translation>
    </message>
    <message>
        <source>{count} patient</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{count} paciente</translation>
    </message>
    <message>
        <source>{count} patients</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{count} pacientes</translation>
    </message>
    <message>
        <source>This patient&apos;s record cannot be read: the database is damaged ({error}). Restore a backup (Clinic &gt; Restore from backup); &apos;aml-desktop export --all&apos; saves the patients that can be read.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>No se puede leer la historia de este paciente: la base de datos está dañada ({error}). Restaure una copia de seguridad (Clínica &gt; Restaurar desde copia de seguridad); «aml-desktop export --all» guarda los pacientes que pueden leerse.</translation>
    </message>
    <message>
        <source>This patient could not be opened: {error}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>No se pudo abrir este paciente: {error}</translation>
    </message>
    <message>
        <source>Add a treatment course (Ctrl+Shift+C)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Añadir un ciclo de tratamiento (Ctrl+Mayús+C)</translation>
    </message>
    <message>
        <source>Add an assessment (Ctrl+Shift+A)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Añadir una evaluación (Ctrl+Mayús+A)</translation>
    </message>
    <message>
        <source>The engine could not evaluate this patient: {error}. No recommendation is shown.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>El motor no pudo evaluar a este paciente: {error}. No se muestra ninguna recomendación.</translation>
    </message>
    <message>
        <source>Nothing to decide now: no treatment is recommended for this patient.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Nada que decidir ahora: no se recomienda ningún tratamiento para este paciente.</translation>
    </message>
    <message>
        <source>Nothing can be recorded: the database is read-only ({reason}).</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>No se puede registrar nada: la base de datos es de solo lectura ({reason}).</translation>
    </message>
    <message>
        <source>Record what you decided for this recommendation</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Registrar lo que decidió para esta recomendación</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>No guardado: {error}</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Modificado por otra persona</translation>
    </message>
    <message>
        <source>Reload the patient now?</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>¿Recargar el paciente ahora?</translation>
    </message>
    <message>
        <source>Remove the course {regimen} ({phase}) started {date}?</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>¿Eliminar el ciclo {regimen} ({phase}) iniciado el {date}?</translation>
    </message>
    <message>
        <source>Remove the assessment of {date}?</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>¿Eliminar la evaluación del {date}?</translation>
    </message>
    <message>
        <source>this patient</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>este paciente</translation>
    </message>
    <message>
        <source>Delete patient?</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>¿Eliminar el paciente?</translation>
    </message>
    <message>
        <source>Delete {patient} and the whole recorded course, assessments and decisions?

This cannot be undone here (a backup or an exported case file can bring the patient back).</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>¿Eliminar a {patient} y todo el curso registrado, las evaluaciones y las decisiones?

Esto no se puede deshacer aquí (una copia de seguridad o un archivo de caso exportado pueden recuperar al paciente).</translation>
    </message>
    <message>
        <source>Not deleted: {error}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>No eliminado: {error}</translation>
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
        <translation>No hay nada que decidir para este paciente ahora: no se recomienda ningún tratamiento.</translation>
    </message>
    <message>
        <source>Decision recorded.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Decisión registrada.</translation>
    </message>
    <message>
        <source>Decision recorded; the earlier one is marked superseded.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Decisión registrada; la anterior queda marcada como reemplazada.</translation>
    </message>
    <message>
        <source>The decision is marked void; it stays in the record.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>La decisión queda marcada como anulada; permanece en la historia.</translation>
    </message>
    <message>
        <source>Chemotherapy</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Quimioterapia</translation>
    </message>
    <message>
        <source>Settings not saved: {error}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Configuración no guardada: {error}</translation>
    </message>
    <message>
        <source>Chemotherapy settings saved. New plans use them; existing plans keep their doses.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Configuración de quimioterapia guardada. Los nuevos planes la usan; los planes existentes conservan sus dosis.</translation>
    </message>
    <message>
        <source>1 check overdue</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>1 control atrasado</translation>
    </message>
    <message>
        <source>{count} checks overdue</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{count} controles atrasados</translation>
    </message>
    <message>
        <source>Save the road map</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Guardar la hoja de ruta</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The road map was not saved: {error}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>La hoja de ruta no se guardó: {error}</translation>
    </message>
    <message>
        <source>Road map saved to {file}.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Hoja de ruta guardada en {file}.</translation>
    </message>
    <message>
        <source>Plan the cycle?</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>¿Planificar el ciclo?</translation>
    </message>
    <message>
        <source>The decision accepts {regimen}. Plan its cycle now, starting today, with the latest weight and the catalog&apos;s doses?</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>La decisión acepta {regimen}. ¿Planificar su ciclo ahora, empezando hoy, con el último peso y las dosis del catálogo?</translation>
    </message>
    <message>
        <source>The summary cannot be made: {error}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>No se puede elaborar el resumen: {error}</translation>
    </message>
    <message>
        <source>Folder for the summaries of the listed patients</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Carpeta para los resúmenes de los pacientes listados</translation>
    </message>
    <message>
        <source>Import case files</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Importar archivos de caso</translation>
    </message>
    <message>
        <source>AML case files (*.json);;All files (*)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Archivos de caso LMA (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>FHIR R4 bundle (*.fhir.json)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Bundle FHIR R4 (*.fhir.json)</translation>
    </message>
    <message>
        <source>Export case file</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Exportar archivo de caso</translation>
    </message>
    <message>
        <source>AML case files (*.json)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Archivos de caso LMA (*.json)</translation>
    </message>
    <message>
        <source>Language changed: new windows and printed summaries use it now; restart AML Desktop to change the main window.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Idioma cambiado: las ventanas nuevas y los resúmenes impresos lo usan ya; reinicie AML Desktop para cambiar la ventana principal.</translation>
    </message>
    <message>
        <source>Clinic settings saved. Recommendations now use them.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Configuración de la clínica guardada. Las recomendaciones ya la usan.</translation>
    </message>
    <message>
        <source>No backup taken: {error}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>No se hizo copia de seguridad: {error}</translation>
    </message>
    <message>
        <source>Scheduled backup skipped: the folder {folder} is not available (is the USB stick plugged in?).</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Copia de seguridad programada omitida: la carpeta {folder} no está disponible (¿está conectada la memoria USB?).</translation>
    </message>
    <message>
        <source>Not restored: {error}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>No restaurado: {error}</translation>
    </message>
    <message>
        <source>A restore cannot start while an import, backup or batch of summaries is running. Wait for it to finish, then restore.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>No se puede iniciar una restauración mientras se ejecuta una importación, una copia de seguridad o un lote de resúmenes. Espere a que termine y luego restaure.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Database backups (*.sqlite3);;All files (*)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Copias de seguridad de la base de datos (*.sqlite3);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Restore the database?</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>¿Restaurar la base de datos?</translation>
    </message>
    <message>
        <source>Replace the whole clinic database with the backup
{file}?

The backup is verified first; the current database is kept as a dated safety copy beside it.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>¿Sustituir toda la base de datos de la clínica por la copia de seguridad
{file}?

La copia se verifica primero; la base de datos actual se conserva junto a ella como copia de seguridad fechada.</translation>
    </message>
    <message>
        <source>About AML Desktop</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Acerca de AML Desktop</translation>
    </message>
    <message>
        <source>Ruleset {ruleset} · engine {engine}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Reglas {ruleset} · motor {engine}</translation>
    </message>
    <message>
        <source>Decision support for relapsed or refractory AML after DeWolf &amp;amp; Tallman, “How I treat relapsed or refractory AML”, Blood 2020;136(9):1023-1032.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Apoyo a la decisión para la LMA en recaída o refractaria según DeWolf &amp;amp; Tallman, «How I treat relapsed or refractory AML», Blood 2020;136(9):1023-1032.</translation>
    </message>
    <message>
        <source>The treating clinician decides.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>El clínico responsable decide.</translation>
    </message>
    <message>
        <source>Every recommendation shows its rules and sources; check doses against the local protocol and the drug label.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Cada recomendación muestra sus reglas y fuentes; compruebe las dosis con el protocolo local y la ficha técnica.</translation>
    </message>
</context>
<context>
    <name>ModifyDialog</name>
    <message>
        <source>Change a dose: {cycle}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Cambiar una dosis: {cycle}</translation>
    </message>
    <message>
        <source>{agent} (now {dose})</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{agent} (ahora {dose})</translation>
    </message>
    <message>
        <source>Earlier days keep the dose they had (what was given stays as recorded)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Los días anteriores conservan su dosis (lo administrado queda como se registró)</translation>
    </message>
    <message>
        <source>Agent</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Percent of the calculated dose</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Porcentaje de la dosis calculada</translation>
    </message>
    <message>
        <source>or new dose per administration</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>o nueva dosis por administración</translation>
    </message>
    <message>
        <source>From cycle day</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Desde el día del ciclo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Reason in words</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Motivo en palabras</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Cambiado por</translation>
    </message>
    <message>
        <source>Percent</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <source>New dose</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Nueva dosis</translation>
    </message>
</context>
<context>
    <name>MutationTable</name>
    <message>
        <source>{gene}: not a gene the engine reads — did you mean {meant}? Until it is corrected, {meant} counts as not tested.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{gene}: no es un gen que lea el motor — ¿quería decir {meant}? Hasta que se corrija, {meant} cuenta como no analizado.</translation>
    </message>
    <message>
        <source>{gene}: not a gene the engine reads; it is kept in the record but not used.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{gene}: no es un gen que lea el motor; se conserva en la historia pero no se usa.</translation>
    </message>
    <message>
        <source>{gene}: not a gene the engine reads — did you mean {meant}?</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{gene}: no es un gen que lea el motor — ¿quería decir {meant}?</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>Create the administrator</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Crear el administrador</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Añadir una cuenta</translation>
    </message>
    <message>
        <source>Login name</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Full name (signs decisions)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Nombre completo (firma las decisiones)</translation>
    </message>
    <message>
        <source>Role</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Password (at least {count} characters)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Contraseña (al menos {count} caracteres)</translation>
    </message>
    <message>
        <source>Password again</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Repita la contraseña</translation>
    </message>
    <message>
        <source>Create the clinic&apos;s administrator. From then on everyone logs in with their own account, every entry in the record names its author, and only an administrator adds accounts.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Cree el administrador de la clínica. A partir de entonces cada persona inicia sesión con su propia cuenta, cada entrada de la historia nombra a su autor y solo un administrador añade cuentas.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Las dos contraseñas no coinciden.</translation>
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
        <translation>FEVI (%)</translation>
    </message>
    <message>
        <source>Organ function and heart</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Función orgánica y corazón</translation>
    </message>
    <message>
        <source>Date</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Fecha</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>New password for {name}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Nueva contraseña para {name}</translation>
    </message>
    <message>
        <source>New password</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <source>Again</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Repítala</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <source>Patient</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>&amp;Hospital number:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>N.º de &amp;historia:</translation>
    </message>
    <message>
        <source>e.g. H-0042</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>p. ej., H-0042</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Se&amp;xo:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Fecha de &amp;nacimiento:</translation>
    </message>
    <message>
        <source>Height and weight (for doses by body surface area)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Talla y peso (para dosis por superficie corporal)</translation>
    </message>
    <message>
        <source>Add measurement</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Añadir medición</translation>
    </message>
    <message>
        <source>Remove measurement</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Quitar medición</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>&amp;Diagnosis date:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Fecha del &amp;diagnóstico:</translation>
    </message>
    <message>
        <source>&amp;Karyotype (ISCN):</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Cariotipo (ISCN):</translation>
    </message>
    <message>
        <source>e.g. 46,XX,inv(3)(q21q26.2)[20]</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>p. ej., 46,XX,inv(3)(q21q26.2)[20]</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Leído como:</translation>
    </message>
    <message>
        <source>Other &amp;findings:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Otros &amp;hallazgos:</translation>
    </message>
    <message>
        <source>&amp;Mutations:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Mutaciones:</translation>
    </message>
    <message>
        <source>Add mutation</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Añadir mutación</translation>
    </message>
    <message>
        <source>Remove mutation</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Quitar mutación</translation>
    </message>
    <message>
        <source>&amp;Tested genes:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Genes &amp;estudiados:</translation>
    </message>
    <message>
        <source>Genes tested (wild type unless listed above), comma separated</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Genes estudiados (no mutados salvo los indicados arriba), separados por comas</translation>
    </message>
    <message>
        <source>CD&amp;33 (% of blasts):</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>CD&amp;33 (% de blastos):</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>E&amp;xtramedullary disease:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Enfermedad e&amp;xtramedular:</translation>
    </message>
    <message>
        <source>&amp;WBC (×10⁹/L):</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Leucocitos (×10⁹/L):</translation>
    </message>
    <message>
        <source>color: #a40000;</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>color: #a40000;</translation>
    </message>
    <message>
        <source>No karyotype recorded: ELN risk may be unknown.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Sin cariotipo registrado: el riesgo ELN puede ser desconocido.</translation>
    </message>
    <message>
        <source>Not read as a karyotype.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>No se lee como cariotipo.</translation>
    </message>
    <message>
        <source>Normal karyotype.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Cariotipo normal.</translation>
    </message>
    <message>
        <source>Lesions: {lesions}.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Lesiones: {lesions}.</translation>
    </message>
    <message>
        <source>{count} abnormalities.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{count} anomalías.</translation>
    </message>
    <message>
        <source>1 abnormality.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>1 anomalía.</translation>
    </message>
    <message>
        <source>Complex (ELN 2017).</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Complejo (ELN 2017).</translation>
    </message>
    <message>
        <source>Monosomal (ELN 2017).</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Monosómico (ELN 2017).</translation>
    </message>
    <message>
        <source>Edit patient and diagnosis</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Editar paciente y diagnóstico</translation>
    </message>
    <message>
        <source>New patient</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Nuevo paciente</translation>
    </message>
    <message>
        <source>yes (extramedullary disease)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>sí (enfermedad extramedular)</translation>
    </message>
    <message>
        <source>Findings from other tests (FISH, RT-PCR) that the karyotype text does not show</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Hallazgos de otras pruebas (FISH, RT-PCR) que el texto del cariotipo no muestra</translation>
    </message>
    <message>
        <source>Date</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Height (cm)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Talla (cm)</translation>
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
        <translation>Talla y peso</translation>
    </message>
    <message>
        <source>{number} is already the hospital number of {owner}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{number} ya es el número de historia clínica de {owner}</translation>
    </message>
    <message>
        <source>enter the patient&apos;s name or hospital number (or both)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>introduzca el nombre del paciente o su número de historia clínica (o ambos)</translation>
    </message>
    <message>
        <source>row {row}: the date {date} is in the future</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>fila {row}: la fecha {date} está en el futuro</translation>
    </message>
    <message>
        <source>the date is required</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>la fecha es obligatoria</translation>
    </message>
    <message>
        <source>row {row}: {problem}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>fila {row}: {problem}</translation>
    </message>
    <message>
        <source>row {row}: the weight is required</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>fila {row}: el peso es obligatorio</translation>
    </message>
    <message>
        <source>Height</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Talla</translation>
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
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Hospital no.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>N.º historia</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>ELN 2017 risk</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Riesgo ELN 2017</translation>
    </message>
    <message>
        <source>Current phase</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Fase actual</translation>
    </message>
    <message>
        <source>Last assessment</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Última evaluación</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ciclo</translation>
    </message>
    <message>
        <source>Last change ▼</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Último cambio ▼</translation>
    </message>
</context>
<context>
    <name>PlanCycleDialog</name>
    <message>
        <source>Plan a chemotherapy cycle</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Planificar un ciclo de quimioterapia</translation>
    </message>
    <message>
        <source>Day 1 (start)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Día 1 (inicio)</translation>
    </message>
    <message>
        <source>Weight measured on</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Peso medido el</translation>
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
        <translation>Número de ciclo</translation>
    </message>
    <message>
        <source>Height (cm) for this cycle</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Talla (cm) para este ciclo</translation>
    </message>
    <message>
        <source>Weight (kg) for this cycle</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Peso (kg) para este ciclo</translation>
    </message>
    <message>
        <source>Planned by</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Planificado por</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Peso (kg)</translation>
    </message>
    <message>
        <source>Height (cm)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Talla (cm)</translation>
    </message>
    <message>
        <source>{agent}: {dose} {route}, days {days}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{agent}: {dose} {route}, días {days}</translation>
    </message>
    <message>
        <source>Planned by: the planning clinician is required</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Planificado por: el clínico que planifica es obligatorio</translation>
    </message>
</context>
<context>
    <name>RecommendationPanel</name>
    <message>
        <source>Decision support only — the treating clinician decides. Check every dose against the local protocol and the drug label.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Solo apoyo a la decisión: decide el clínico responsable. Compruebe cada dosis con el protocolo local y la ficha técnica del fármaco.</translation>
    </message>
    <message>
        <source>QLabel { background: #e8f0fe; border: 1px solid #8ab4f8; padding: 6px; font-weight: bold; }</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>QLabel { background: #e8f0fe; border: 1px solid #8ab4f8; padding: 6px; font-weight: bold; }</translation>
    </message>
    <message>
        <source>Needed</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Checklist: actions and safety</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Lista de verificación: acciones y seguridad</translation>
    </message>
    <message>
        <source>Record d&amp;ecision…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Registrar d&amp;ecisión…</translation>
    </message>
    <message>
        <source>Print s&amp;ummary…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Imprimir res&amp;umen…</translation>
    </message>
    <message>
        <source>Nothing missing for this recommendation.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>No falta nada para esta recomendación.</translation>
    </message>
    <message>
        <source>Needed:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Pendiente:</translation>
    </message>
    <message>
        <source>Hide chec&amp;klist</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ocultar &amp;lista</translation>
    </message>
    <message>
        <source>Hide or show the Needed items and the checklist beside the recommendation</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Ocultar o mostrar los elementos necesarios y la lista de verificación junto a la recomendación</translation>
    </message>
    <message>
        <source>Show c&amp;hecklist</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Mostrar &amp;lista</translation>
    </message>
    <message>
        <source>Code (for support): {code}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Código (para soporte): {code}</translation>
    </message>
    <message>
        <source>No actions or safety flags.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Sin acciones ni alertas de seguridad.</translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <source>No accounts: anyone at this computer can read and change records</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Sin cuentas: cualquier persona en este ordenador puede leer y cambiar las historias</translation>
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
        <translation>enfermero</translation>
    </message>
    <message>
        <source>viewer</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>lector</translation>
    </message>
    <message>
        <source>Administrator (accounts, settings, formulary, restore)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Administrador (cuentas, configuración, formulario, restauración)</translation>
    </message>
    <message>
        <source>Clinician (everything clinical, records decisions)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Clínico (todo lo clínico, registra decisiones)</translation>
    </message>
    <message>
        <source>Nurse or data clerk (enters courses and results; cannot record or void a decision)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Enfermero o administrativo (introduce ciclos y resultados; no puede registrar ni anular una decisión)</translation>
    </message>
    <message>
        <source>Viewer (reads and prints)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Lector (consulta e imprime)</translation>
    </message>
    <message>
        <source>change a patient&apos;s record</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>cambiar la historia de un paciente</translation>
    </message>
    <message>
        <source>record, void or change a treatment decision</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>registrar, anular o cambiar una decisión de tratamiento</translation>
    </message>
    <message>
        <source>delete a patient</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>eliminar un paciente</translation>
    </message>
    <message>
        <source>change the clinic&apos;s settings or formulary</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>cambiar la configuración o el formulario de la clínica</translation>
    </message>
    <message>
        <source>add, reset or disable accounts</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>añadir, restablecer o desactivar cuentas</translation>
    </message>
    <message>
        <source>restore the database from a backup</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>restaurar la base de datos desde una copia de seguridad</translation>
    </message>
    <message>
        <source>take a backup</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>hacer una copia de seguridad</translation>
    </message>
    <message>
        <source>use the clinic</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>usar la clínica</translation>
    </message>
    <message>
        <source>Clinic passphrase</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Frase de contraseña de la clínica</translation>
    </message>
    <message>
        <source>The clinic database {file} is encrypted.
Clinic passphrase:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>La base de datos de la clínica {file} está cifrada.
Frase de contraseña de la clínica:</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Frase de contraseña incorrecta.</translation>
    </message>
    <message>
        <source>Create the administrator…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Crear el administrador…</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>C&amp;uentas</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Bloquear ahora</translation>
    </message>
    <message>
        <source>Accounts…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Cuentas…</translation>
    </message>
    <message>
        <source>Audit trail…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Registro de auditoría…</translation>
    </message>
    <message>
        <source>nobody logged in</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>nadie ha iniciado sesión</translation>
    </message>
    <message>
        <source>A {role} may not {action}.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Rol {role}: no puede {action}.</translation>
    </message>
    <message>
        <source>Checking the audit trail</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Comprobando el registro de auditoría</translation>
    </message>
    <message>
        <source>Audit trail checked: whole ({count} entries).</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Registro de auditoría verificado: íntegro ({count} entradas).</translation>
    </message>
    <message>
        <source>The audit trail is BROKEN at entry {entry}: {problem}. The record may have been changed outside AML Desktop. Tell the clinic&apos;s administrator; do not rely on the entries after it until it is explained.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>El registro de auditoría está ROTO en la entrada {entry}: {problem}. La historia puede haberse cambiado fuera de AML Desktop. Avise al administrador de la clínica; no confíe en las entradas posteriores hasta que se explique.</translation>
    </message>
    <message>
        <source>Administrator created and logged in. Add the other accounts under Accounts.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Administrador creado y con sesión iniciada. Añada las demás cuentas en Cuentas.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Clinic settings</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Configuración de la clínica</translation>
    </message>
    <message>
        <source>&amp;Clinic</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Clínica</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Nombre de la clínica:</translation>
    </message>
    <message>
        <source>Printed on every summary</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Impreso en cada resumen</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Tamaño del papel:</translation>
    </message>
    <message>
        <source>&amp;Units shown for counts:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Unidades de los recuentos:</translation>
    </message>
    <message>
        <source>&amp;Hospital number system (FHIR export):</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Sistema de números de historia (exportación FHIR):</translation>
    </message>
    <message>
        <source>The URI your hospital numbers are issued under (e.g. urn:oid:... from your registry). Empty: a local name that only says the number is this clinic&apos;s.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>El URI con el que se emiten sus números de historia (p. ej., urn:oid:... de su registro). Vacío: un nombre local que solo indica que el número es de esta clínica.</translation>
    </message>
    <message>
        <source>&amp;Dates typed as:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Fechas escritas como:</translation>
    </message>
    <message>
        <source>&amp;Formulary</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Formulario</translation>
    </message>
    <message>
        <source>Tick what the clinic stocks or can do today. For an item that ran out, untick it and give the date: the recommendation then uses the paper&apos;s fallbacks and says why.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Marque lo que la clínica tiene o puede hacer hoy. Para un elemento agotado, desmárquelo e indique la fecha: la recomendación usa entonces las sustituciones del artículo y explica por qué.</translation>
    </message>
    <message>
        <source>&amp;Thresholds</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Umbrales</translation>
    </message>
    <message>
        <source>Counts as &amp;fit below age:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Se considera &amp;apto por debajo de la edad:</translation>
    </message>
    <message>
        <source> years</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation> años</translation>
    </message>
    <message>
        <source>Counts as &amp;unfit from age:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Se considera &amp;no apto desde la edad:</translation>
    </message>
    <message>
        <source>Counts as unfit from &amp;ECOG:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Se considera no apto desde &amp;ECOG:</translation>
    </message>
    <message>
        <source>&amp;Cytoreduction from WBC:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Citorreducción desde leucocitos:</translation>
    </message>
    <message>
        <source> ×10⁹/L</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation> ×10⁹/L</translation>
    </message>
    <message>
        <source>CD33 &amp;positive from:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>CD33 &amp;positivo desde:</translation>
    </message>
    <message>
        <source> %</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation> %</translation>
    </message>
    <message>
        <source>These apply when the clinician has not judged fitness, and to the cytoreduction and CD33 rules (clinical specification §3-4). Case files exchanged between clinics use the specification&apos;s defaults.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Se aplican cuando el clínico no ha evaluado la aptitud y a las reglas de citorreducción y CD33 (especificación clínica §3-4). Los archivos de caso intercambiados entre clínicas usan los valores por defecto de la especificación.</translation>
    </message>
    <message>
        <source>&amp;Backup</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Copia de seguridad</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Carpeta de copias:</translation>
    </message>
    <message>
        <source>empty: the application-data folder (better: a USB stick or a second disk)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>vacío: la carpeta de datos de la aplicación (mejor: una memoria USB o un segundo disco)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>&amp;Keep this many copies:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Conservar este número de copias:</translation>
    </message>
    <message>
        <source>Back up &amp;every:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Copia &amp;cada:</translation>
    </message>
    <message>
        <source> hours</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation> horas</translation>
    </message>
    <message>
        <source>&amp;Warn when the last backup is older than:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Avisar si la última copia tiene más de:</translation>
    </message>
    <message>
        <source> days</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation> días</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Última copia:</translation>
    </message>
    <message>
        <source>never</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Hacer copia &amp;ahora</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Restaurar desde una copia…</translation>
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
        <translation>Solo AAAA-MM-DD (1978-03-15)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or day first, DD/MM/YYYY (15/03/1978)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>AAAA-MM-DD o día primero, DD/MM/AAAA (15/03/1978)</translation>
    </message>
    <message>
        <source>How dates may be typed in every form; a date is always shown back in words</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Cómo pueden escribirse las fechas en cada formulario; la fecha siempre se muestra de nuevo en palabras</translation>
    </message>
    <message>
        <source>Drug or capability</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Fármaco o recurso</translation>
    </message>
    <message>
        <source>In stock / available</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>En stock / disponible</translation>
    </message>
    <message>
        <source>Out of stock since (YYYY-MM-DD)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Sin stock desde (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>capability</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>recurso</translation>
    </message>
    <message>
        <source>drug</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>fármaco</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>the clinic name is required (it is printed on every summary)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>el nombre de la clínica es obligatorio (se imprime en cada resumen)</translation>
    </message>
    <message>
        <source>{drug}: out of stock since: {problem}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{drug}: sin stock desde: {problem}</translation>
    </message>
    <message>
        <source>{drug}: {date} is in the future</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>{drug}: {date} está en el futuro</translation>
    </message>
</context>
<context>
    <name>StandingPanel</name>
    <message>
        <source>Needed</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Pendiente</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Treatment summary</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Resumen de tratamiento</translation>
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
        <translation>&amp;Abrir en el visor de PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>patient</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>paciente</translation>
    </message>
    <message>
        <source>Treatment summary — {patient}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Resumen de tratamiento — {patient}</translation>
    </message>
    <message>
        <source>This is the content of the printed summary. Print or save gives the PDF with signature lines; “Open in PDF viewer” shows its exact pages.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Este es el contenido del resumen impreso. Imprimir o guardar genera el PDF con las líneas de firma; «Abrir en el visor de PDF» muestra sus páginas exactas.</translation>
    </message>
    <message>
        <source>Language of the page:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Idioma de la página:</translation>
    </message>
    <message>
        <source>Save summary as PDF</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Guardar el resumen como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The summary was not saved: {error}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>El resumen no se guardó: {error}</translation>
    </message>
    <message>
        <source>Summary saved: {file}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Resumen guardado: {file}</translation>
    </message>
    <message>
        <source>No PDF viewer is installed on this computer (or none is set to open PDF files). Use “Save as PDF…” and open the file on a computer that has one, or print it.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>No hay ningún visor de PDF instalado en este ordenador (o ninguno está configurado para abrir archivos PDF). Use «Guardar PDF…» y abra el archivo en un ordenador que tenga uno, o imprímalo.</translation>
    </message>
    <message>
        <source>Print treatment summary</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Imprimir el resumen de tratamiento</translation>
    </message>
    <message>
        <source>Nothing printed: the page range is outside the summary&apos;s {count} page(s).</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>No se imprimió nada: el intervalo de páginas está fuera de las {count} página(s) del resumen.</translation>
    </message>
    <message>
        <source>The summary was not printed to a file: {error}</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>El resumen no se imprimió en un archivo: {error}</translation>
    </message>
    <message>
        <source>Summary printed to {file} ({pages}).</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Resumen impreso en {file} ({pages}).</translation>
    </message>
    <message>
        <source>The summary could not be sent to the printer: {error}. Save it as PDF and print from a viewer.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>No se pudo enviar el resumen a la impresora: {error}. Guárdelo como PDF e imprímalo desde un visor.</translation>
    </message>
    <message>
        <source>Summary sent to the printer {printer}: {pages}, 1 copy.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Resumen enviado a la impresora {printer}: {pages}, 1 copia.</translation>
    </message>
    <message>
        <source>Summary sent to the printer {printer}: {pages}, {count} copies.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Resumen enviado a la impresora {printer}: {pages}, {count} copias.</translation>
    </message>
    <message>
        <source>(default)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>(predeterminada)</translation>
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
        <translation>trasplante</translation>
    </message>
    <message>
        <source>remission</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>remisión</translation>
    </message>
    <message>
        <source>relapse</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>recaída</translation>
    </message>
</context>
<context>
    <name>VoidDecisionDialog</name>
    <message>
        <source>Void a decision</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Anular una decisión</translation>
    </message>
    <message>
        <source>Void the decision of {date}: {therapy}.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Anular la decisión del {date}: {therapy}.</translation>
    </message>
    <message>
        <source>It stays in the record and on the printed summary, marked as void.</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>Permanece en la historia y en el resumen impreso, marcada como anulada.</translation>
    </message>
    <message>
        <source>Why is this decision void? (for example: entered for the wrong patient)</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>¿Por qué se anula esta decisión? (por ejemplo: introducida en el paciente equivocado)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;Void decision</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>&amp;Anular decisión</translation>
    </message>
    <message>
        <source>say why the decision is void</source>
        <translatorcomment>needs clinical review</translatorcomment>
        <translation>indique por qué se anula la decisión</translation>
    </message>
</context>
</TS>
