# Build juryapp's Windows application folder and installer (PowerShell, from the repository's root):
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# Needs Python 3.11 (py launcher) and, for the installer, Inno Setup 6 (iscc on PATH or in its default folder).
$ErrorActionPreference = "Stop"
if (-not (Test-Path .venv)) { py -3.11 -m venv .venv }
.venv\Scripts\python -m pip install --quiet --upgrade pip
.venv\Scripts\python -m pip install --quiet -e ".[dev,package]"
.venv\Scripts\pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build\pyinstaller packaging\juryapp-windows.spec
.venv\Scripts\pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build\pyinstaller packaging\empty-window.spec
.venv\Scripts\python scripts\test_package.py
if ($LASTEXITCODE -ne 0) { throw "test_package.py a échoué" }
$iscc = (Get-Command iscc -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
$version = (Select-String -Path juryapp\__init__.py -Pattern '__version__ = "(.+)"').Matches[0].Groups[1].Value
& $iscc "/DAppVersion=$version" packaging\windows\juryapp.iss
if ($LASTEXITCODE -ne 0) { throw "iscc a échoué" }
