# Preflight step for Octopus Deploy (PowerShell). The same step as preflight.sh, for Windows
# workers: set the template's Syntax to PowerShell and paste this file as its script body.
# $OctopusParameters is provided by Octopus (Calamari).
#
# pass and manual-review exit 0 (--review-exit-code 0): the process routes on the output variable
# #{Octopus.Action[Preflight].Output.Verdict}. fail (1), configuration errors (3) and input
# errors (4) fail the step.
$ErrorActionPreference = 'Stop'

$scripts = $OctopusParameters['Preflight.ScriptsPath']
$environment = $OctopusParameters['Preflight.Environment']
$config = $OctopusParameters['Preflight.ConfigFile']
$packageDir = $OctopusParameters['Octopus.Action.Package[Preflight.Package].ExtractedPath']

$preflight = Join-Path $packageDir 'preflight.exe'
if (-not (Test-Path -LiteralPath $preflight)) { $preflight = Join-Path $packageDir 'preflight' }

$arguments = @('check', '--format', 'octopus', '--review-exit-code', '0',
  '--report', 'html=preflight-report.html', '--report', 'sarif=preflight.sarif')
if ($environment) { $arguments += @('--environment', $environment) }
if ($config) { $arguments += @('--config', $config) }
$arguments += $scripts

# The octopus format prints the service messages itself (output variables and artifacts).
& $preflight @arguments
exit $LASTEXITCODE
