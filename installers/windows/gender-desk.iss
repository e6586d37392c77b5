; Inno Setup script for the desk on Windows (64-bit): installs the one-folder bundle that
; installers/gender-desk.spec builds (dist\gender-desk: gender-desk.exe for the window,
; desk-app.exe for the commands, _internal\ with Python, Qt, SQLCipher and the desk's files).
; Build it on Windows, from the repository's root, after PyInstaller (docs/installing-windows.md):
;   iscc /DAppVersion=0.1.0 installers\windows\gender-desk.iss
; The installer is written to dist\gender-desk-0.1.0-setup.exe.
; The station's data (%LOCALAPPDATA%\GenderDesk of the account that runs the desk) is never
; installed, changed or removed by this installer.

#ifndef AppVersion
  #error Give the version: iscc /DAppVersion=X.Y.Z installers\windows\gender-desk.iss
#endif

[Setup]
AppId={{6AB45977-EB72-4940-AEFF-DDEE932DD9E6}
AppName=Gender Desk
AppVersion={#AppVersion}
AppVerName=Gender Desk {#AppVersion}
AppPublisher=Gender Desk project
DefaultDirName={autopf}\Gender Desk
DefaultGroupName=Gender Desk
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=gender-desk-{#AppVersion}-setup
SetupIconFile=..\icons\gender-desk.ico
UninstallDisplayIcon={app}\gender-desk.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\..\dist\gender-desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\icons\gender-desk.ico"; DestDir: "{app}"; Flags: ignoreversion

[InstallDelete]
; An older version's files are replaced whole, so no module of it is left beside the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\Gender Desk"; Filename: "{app}\gender-desk.exe"; IconFilename: "{app}\gender-desk.ico"
Name: "{autodesktop}\Gender Desk"; Filename: "{app}\gender-desk.exe"; IconFilename: "{app}\gender-desk.ico"; Tasks: desktopicon

[Run]
Filename: "{app}\gender-desk.exe"; Description: "{cm:LaunchProgram,Gender Desk}"; Flags: nowait postinstall skipifsilent
