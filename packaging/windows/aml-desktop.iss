; Inno Setup 6 script: the Windows installer for AML Desktop.
;
; Build the program first (python packaging\build.py), which leaves dist\aml-desktop\ and the
; icon build\icons\aml-desktop.ico; build.py then runs this script itself when Inno
; Setup is installed. By hand, from the repository folder:
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\aml-desktop.iss
; The installer is written to dist\AML-Desktop-<version>-setup.exe. See packaging\README.md.
;
; The installer copies the program only. The clinic database lives in the user's application-data
; folder (%LOCALAPPDATA%\AML Desktop), is created on first run, and is never removed by the
; uninstaller: patient records must not disappear with the program.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "AML Desktop"
#define AppExe "aml-desktop.exe"
; The repository folder, from this script's own folder (ISPP SourcePath): ISCC may be run from anywhere.
#define Root AddBackslash(SourcePath) + "..\.."

[Setup]
; The AppId identifies the program for upgrades and the uninstaller: never change it.
AppId={{6E1C2B8A-4F0D-4C36-9A57-0B6E3D1F7A42}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=AML Desktop volunteers
AppComments=Offline decision support for relapsed or refractory AML. The treating clinician decides.
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Installs for the current user without administrator rights (common on clinic laptops);
; an administrator may choose "for all users" in the first dialog.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
; Qt 6 and Python 3.11 need 64-bit Windows 10 (version 1809) or later.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
SourceDir={#Root}
OutputDir=dist
OutputBaseFilename=AML-Desktop-{#AppVersion}-setup
SetupIconFile=build\icons\aml-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder build: both executables and the shared _internal folder.
Source: "dist\aml-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the program's files completely, so no library of an older build lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Comment: "Open the AML Desktop window"
Name: "{group}\Uninstall {#AppName}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder. The clinic database in %LOCALAPPDATA%\AML Desktop is kept.
Type: dirifempty; Name: "{app}"

[Messages]
FinishedLabel=Setup has installed [name] on this computer. The clinic database will be created in your application-data folder the first time the program starts; uninstalling the program never deletes it.
