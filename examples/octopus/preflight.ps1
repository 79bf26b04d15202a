# Preflight step for Octopus Deploy (PowerShell): the same step as preflight.sh, for workers
# without Bash (Windows jump-boxes). To use it, set the step template's Syntax to PowerShell and
# paste this file as its script body. Runs under Windows PowerShell 5.1 and PowerShell 7 (also on
# Linux). Calamari defines $OctopusParameters and Fail-Step before it runs this.
#
# Octopus substitutes variables in this text before it runs, so a literal hash-brace is written
# with two hashes (##{...}) wherever it appears, comments included.
#
# pass and manual-review succeed (--review-exit-code 0): the process routes on the output variable
# ##{Octopus.Action[SQL - Preflight Check].Output.Verdict}. A fail verdict and every error
# fail the step with a message the Octopus UI shows.
$ErrorActionPreference = 'Stop'

function Fail([string] $message) { Fail-Step "Preflight: $message" }
function Parameter([string] $name) {
  $value = $OctopusParameters[$name]
  if ($null -eq $value) { return '' }
  return [string] $value
}

$scriptsPackage = Parameter 'Octopus.Action.Package[Preflight.Scripts.Package].ExtractedPath'
$toolPackage = Parameter 'Octopus.Action.Package[Preflight.Tool.Package].ExtractedPath'
$scriptsPath = Parameter 'Preflight.Scripts.Path'
$environment = Parameter 'Preflight.Environment'
$config = Parameter 'Preflight.ConfigFile'
$journalFile = Parameter 'Preflight.JournalFile'
$journalText = Parameter 'Preflight.Journal'

# ---------------------------------------------------------------- inputs
if (-not $scriptsPackage -or -not (Test-Path -LiteralPath $scriptsPackage -PathType Container)) {
  Fail "the scripts package was not extracted: set the parameter 'Scripts package' to the package that holds the SQL scripts"
}
$target = $scriptsPackage
if ($scriptsPath) {
  $target = Join-Path $scriptsPackage $scriptsPath
  if (-not (Test-Path -LiteralPath $target)) {
    Fail "'$scriptsPath' (parameter 'Scripts path') is not in the scripts package"
  }
}
if (-not $toolPackage -or -not (Test-Path -LiteralPath $toolPackage -PathType Container)) {
  Fail "the Preflight package was not extracted: set the parameter 'Preflight package' to Preflight.<version>.zip from your feed"
}
# $IsWindows exists only in PowerShell 6+; Windows PowerShell 5.1 runs only on Windows.
$onWindows = ($PSVersionTable.PSVersion.Major -lt 6) -or $IsWindows
$executable = if ($onWindows) { 'preflight.exe' } else { 'preflight' }
$preflight = Join-Path $toolPackage $executable
if (-not (Test-Path -LiteralPath $preflight -PathType Leaf)) {
  Fail "the Preflight package has no '$executable' at its root"
}
if (-not $onWindows) {
  # Calamari extracts zip packages without Unix permissions.
  & chmod u+x $preflight
  if ($LASTEXITCODE -ne 0) { Fail "cannot make $preflight executable" }
}

# Relative paths are relative to the scripts package, where a policy file usually lives.
function InPackage([string] $path) {
  if ([System.IO.Path]::IsPathRooted($path)) { return $path }
  return Join-Path $scriptsPackage $path
}

# Every argument is a non-empty string: Windows PowerShell's legacy native argument passing drops
# an empty string, which would shift every argument after it.
$arguments = @('check', '--format', 'octopus', '--review-exit-code', '0',
  '--report', 'html=preflight-report.html', '--report', 'sarif=preflight.sarif')
if ($environment) { $arguments += @('--deployment-environment', $environment) }
if ($config) {
  $config = InPackage $config
  if (-not (Test-Path -LiteralPath $config -PathType Leaf)) {
    Fail "the policy file '$config' (parameter 'Policy file') does not exist"
  }
  $arguments += @('--config', $config)
}
if ($journalFile -and $journalText) { Fail "set one of 'Journal file' and 'Journal', not both" }
if ($journalFile) {
  $journalFile = InPackage $journalFile
  if (-not (Test-Path -LiteralPath $journalFile -PathType Leaf)) {
    Fail "the journal file '$journalFile' (parameter 'Journal file') does not exist"
  }
  $arguments += @('--journal', $journalFile)
} elseif ($journalText) {
  $journalPath = Join-Path (Get-Location) 'preflight-journal.txt'
  [System.IO.File]::WriteAllText($journalPath, $journalText + "`n")
  $arguments += @('--journal', $journalPath)
}
$arguments += $target

# ---------------------------------------------------------------- run
# The octopus format prints the service messages itself (output variables and artifacts).
& $preflight @arguments
$code = $LASTEXITCODE
switch ($code) {
  0 { }
  1 { Fail "verdict fail: the findings above must be fixed (or waived in the policy) before this deployment" }
  3 { Fail "configuration error (exit 3): see the message above" }
  default { Fail "the scripts could not be checked (exit $code): see the message above" }
}
exit 0
