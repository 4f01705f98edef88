; Inno Setup script of juryapp's Windows installer (Inno Setup 6: https://jrsoftware.org/isinfo.php).
;
; Build dist\juryapp\ first (packaging\juryapp-windows.spec), then, from the repository's root:
;   iscc packaging\windows\juryapp.iss            -> dist\juryapp-<version>-windows-setup.exe
;   iscc /DAppVersion=0.2.0 packaging\windows\juryapp.iss   to name another version
;
; It installs the folder (per user, no administrator needed; or for all users when run as one),
; a Start menu entry, and the file types: a double-click on a .jury session opens it in juryapp,
; on a .jurypkg hand-off package opens it in the hand-off dialog. Uninstalling removes the program,
; its entries and the associations; sessions, the centre's key and the user's data stay.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppExe "juryapp.exe"
#define Root "..\.."

[Setup]
AppId={{6B1E0F5C-3D6A-4E0B-9C51-7A3F2D8E4B10}
AppName=juryapp
AppVersion={#AppVersion}
AppVerName=juryapp {#AppVersion}
AppPublisher=juryapp
DefaultDirName={autopf}\juryapp
DefaultGroupName=juryapp
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
SetupIconFile={#Root}\juryapp\resources\icons\juryapp.ico
UninstallDisplayIcon={app}\{#AppExe}
OutputDir={#Root}\dist
OutputBaseFilename=juryapp-{#AppVersion}-windows-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; The folder is replaced as a whole: no file of an older version lingers in _internal.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Root}\dist\juryapp\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\juryapp"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\juryapp"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; HKA: HKCU\Software\Classes for a per-user install, HKLM\Software\Classes for all users.
; .jury : a jury session (application/x-juryapp-session)
Root: HKA; Subkey: "Software\Classes\.jury"; ValueType: string; ValueName: ""; ValueData: "juryapp.Session"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.jury"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-juryapp-session"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.jury\OpenWithProgids"; ValueType: string; ValueName: "juryapp.Session"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\juryapp.Session"; ValueType: string; ValueName: ""; ValueData: "Session de jury juryapp"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\juryapp.Session\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\juryapp.Session\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" open ""%1"""
; .jurypkg : a hand-off package (application/x-juryapp-package)
Root: HKA; Subkey: "Software\Classes\.jurypkg"; ValueType: string; ValueName: ""; ValueData: "juryapp.Package"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.jurypkg"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-juryapp-package"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.jurypkg\OpenWithProgids"; ValueType: string; ValueName: "juryapp.Package"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\juryapp.Package"; ValueType: string; ValueName: ""; ValueData: "Paquet de remise juryapp"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\juryapp.Package\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\juryapp.Package\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" open ""%1"""
; « Ouvrir avec » lists juryapp for both types.
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "juryapp"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".jury"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".jurypkg"; ValueData: ""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,juryapp}"; Flags: nowait postinstall skipifsilent
