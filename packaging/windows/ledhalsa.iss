; Inno Setup 6 script: a per-user installer of the one-folder build in dist\ledhalsa (pyinstaller build.spec).
; No administrator rights: the program goes to %LOCALAPPDATA%\Programs\Ledhalsa.
;
;   iscc /DAppVersion=0.3.0 packaging\windows\ledhalsa.iss     ->  dist\Ledhalsa-0.3.0-windows-setup.exe
;
; The user's data lives in %APPDATA%\Ledhalsa (the database, its backups, the logs). Neither Setup nor the
; uninstaller ever touches that folder: there is deliberately no [UninstallDelete] section, and the uninstaller
; removes only the files Setup installed.

#ifndef AppVersion
  #error Give the version: iscc /DAppVersion=X.Y.Z packaging\windows\ledhalsa.iss
#endif
#if !FileExists(AddBackslash(CompilerPath) + "Languages\Swedish.isl")
  #error Inno Setup 6.4 or later is needed: it has the Swedish installer texts (Languages\Swedish.isl)
#endif

#define Root "..\.."

[Setup]
AppId={{6F1C2B7E-4D1A-4C57-9B0E-1E2D7A5C3F48}
AppName=Ledhälsa
AppVersion={#AppVersion}
AppVerName=Ledhälsa {#AppVersion}
AppPublisher=Ledhälsa
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\Ledhalsa
DefaultGroupName=Ledhälsa
DisableProgramGroupPage=yes
DisableDirPage=yes
DisableReadyPage=yes
UninstallDisplayName=Ledhälsa
UninstallDisplayIcon={app}\ledhalsa.exe
SetupIconFile={#Root}\resources\icons\app\ledhalsa.ico
OutputDir={#Root}\dist
OutputBaseFilename=Ledhalsa-{#AppVersion}-windows-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
CloseApplications=yes
ShowLanguageDialog=auto

[Languages]
Name: "sv"; MessagesFile: "compiler:Languages\Swedish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
sv.DesktopShortcut=Lägg en genväg till Ledhälsa på skrivbordet
en.DesktopShortcut=Put a shortcut to Ledhälsa on the desktop
sv.Shortcuts=Genvägar:
en.Shortcuts=Shortcuts:
sv.StartNow=Starta Ledhälsa nu
en.StartNow=Start Ledhälsa now
sv.AppComment=Träna hemma vid artros i knä, höft och hand
en.AppComment=Exercise at home for knee, hip and hand osteoarthritis

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopShortcut}"; GroupDescription: "{cm:Shortcuts}"; Flags: unchecked

[Files]
Source: "{#Root}\dist\ledhalsa\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An update replaces the program's own files; files of an older version that are gone would otherwise linger.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{userprograms}\Ledhälsa"; Filename: "{app}\ledhalsa.exe"; Comment: "{cm:AppComment}"
Name: "{userdesktop}\Ledhälsa"; Filename: "{app}\ledhalsa.exe"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Registry]
; The program's own "start with the computer" entry points into {app}: it goes with the program. No value is
; written here (ValueType: none); the uninstaller deletes the value if the program made one.
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueName: "Ledhalsa"; ValueType: none; Flags: uninsdeletevalue

[Run]
Filename: "{app}\ledhalsa.exe"; Description: "{cm:StartNow}"; Flags: nowait postinstall skipifsilent
