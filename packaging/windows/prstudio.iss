; Inno Setup script for PR Studio (홍보 스튜디오) on Windows.
; Installs the PyInstaller folder build per user (no administrator rights needed).
#define AppName "PR Studio"
#define AppVersion "0.1.0"

[Setup]
AppId={{6C1F1E5A-3E0B-4C38-9E43-5D1B2B7C9A11}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=PR Studio
DefaultDirName={localappdata}\Programs\PRStudio
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
OutputBaseFilename=PRStudio-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "korean"; MessagesFile: "compiler:Languages\Korean.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\prstudio\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\prstudio.exe"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\prstudio.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"

[Run]
Filename: "{app}\prstudio.exe"; Parameters: "self-check"; Flags: runhidden waituntilterminated
