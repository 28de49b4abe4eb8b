; Inno Setup 6 script for PR Studio (홍보 스튜디오) on Windows.
; Installs the PyInstaller folder (dist\prstudio) for the current user only: no administrator
; rights, into %LOCALAPPDATA%\Programs\PR Studio. Korean and English.
;   iscc /DAppVersion=0.1.0 packaging\windows\prstudio.iss      (packaging/build.sh installer does this)
; An upgrade first deletes the previous version's program files, so nothing removed from PR Studio
; (a workflow, a template) lingers. Neither upgrade nor uninstall touches the user's data
; (history, companies, settings, logs in %LOCALAPPDATA%\PRStudio\PRStudio); uninstall says so.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\prstudio"
#endif
#define AppExe "PR Studio.exe"
#define AppUserModelID "PRStudio.PRStudio"
; Where desktop/paths.py (platformdirs) keeps the user's data on Windows.
#define DataDir "{localappdata}\PRStudio\PRStudio"

[Setup]
AppId={{6C1F1E5A-3E0B-4C38-9E43-5D1B2B7C9A11}
AppName=PR Studio
AppVersion={#AppVersion}
AppVerName=PR Studio {#AppVersion}
AppPublisher=PR Studio
VersionInfoVersion={#AppVersion}
VersionInfoDescription=PR Studio Setup
PrivilegesRequired=lowest
DefaultDirName={autopf}\PR Studio
DisableDirPage=yes
DisableProgramGroupPage=yes
UninstallDisplayName=PR Studio
UninstallDisplayIcon={app}\{#AppExe}
SetupIconFile=..\..\build\icons\app.ico
OutputDir=..\..\dist
OutputBaseFilename=PRStudio-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
WizardStyle=modern
ShowLanguageDialog=auto
CloseApplications=yes

[Languages]
Name: "korean"; MessagesFile: "compiler:Languages\Korean.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
korean.AppName=홍보 스튜디오
english.AppName=PR Studio
korean.DataKept=PR Studio 프로그램을 제거했습니다. 작성한 문서 기록, 회사 정보, 설정은 지우지 않았습니다:%n%n%1%n%n다시 설치하면 그대로 이어서 쓸 수 있습니다. 필요 없으면 이 폴더를 직접 지우세요.
english.DataKept=PR Studio has been removed. Your drafts, company profiles and settings were kept:%n%n%1%n%nReinstall PR Studio to carry on where you left off, or delete this folder yourself if you no longer need it.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; The previous version's program files (the whole PyInstaller folder), never the user's data.
Type: filesandordirs; Name: "{app}\_internal"
Type: files; Name: "{app}\{#AppExe}"
Type: files; Name: "{app}\prstudio.exe"
; Shortcuts carry the name of the language chosen at setup; an upgrade in the other language must not leave two.
Type: files; Name: "{autoprograms}\PR Studio.lnk"
Type: files; Name: "{autoprograms}\홍보 스튜디오.lnk"
Type: files; Name: "{autodesktop}\PR Studio.lnk"
Type: files; Name: "{autodesktop}\홍보 스튜디오.lnk"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
; The same AppUserModelID as desktop/app.py sets, so the running window groups with a pinned shortcut.
Name: "{autoprograms}\{cm:AppName}"; Filename: "{app}\{#AppExe}"; Comment: "PR Studio"; AppUserModelID: "{#AppUserModelID}"
Name: "{autodesktop}\{cm:AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppUserModelID}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{cm:AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox(FmtMessage(CustomMessage('DataKept'), [ExpandConstant('{#DataDir}')]), mbInformation, MB_OK);
end;
