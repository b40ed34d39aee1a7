#!/usr/bin/env pwsh
#Requires -Version 7.4
<#
.SYNOPSIS
    Puts EspAtNano on an ESP32: nanoFramework firmware, the device configuration and the MQTT
    certificates in the module's internal storage, then the AtFirmware application.

.DESCRIPTION
    Reads nf-device-config.json (checked against nf-device-config.schema.json first) and runs
    nanoff, the nanoFramework flasher, three times:

      1. firmware      nanoff --update --target <target> --serialport <port>        (-SkipFirmware leaves it out)
      2. storage       nanoff --filedeployment <generated json>
                       (the configuration as I:\nf-device-config.json, each certificate as I:\<storageName>)
      3. application   nanoff --nanodevice --deploy --serialport <port> --image <AtFirmware.bin>

    Storage comes before the application because nanoff reboots the board at the end of an
    application deploy but not after --filedeployment: written last, a new configuration would
    only take effect at the next reset, while the module already answered with the old one.

    Everything that can be checked before touching the board is checked first: the configuration,
    the deployment image, every certificate file. Each step says what it does; a step that fails
    (nanoff exits non-zero, or reports a file it could not write) stops the script with a message
    and exit code 1. nanoff is installed as a .NET global tool when it is not on PATH.
    -WhatIf prints every nanoff command it would run and runs none of them.

.PARAMETER ConfigPath
    The configuration file; default nf-device-config.json next to this script. Relative paths in
    it (flashing.image, certificates[].source) are relative to the file's folder.

.PARAMETER SerialPort
    The PC's serial port to the board (COM5, /dev/ttyUSB0); overrides flashing.serialPort.

.PARAMETER Target
    The nanoFramework firmware target (ESP32_PSRAM_REV3, ESP32_REV3, ...); overrides flashing.target.

.PARAMETER ImagePath
    The deployment image AtFirmware.nfproj built (bin\Release\AtFirmware.bin); overrides flashing.image.

.PARAMETER SkipFirmware
    Leaves the board's nanoFramework firmware as it is (steps 2 and 3 only).

.EXAMPLE
    ./flash.ps1 -WhatIf
.EXAMPLE
    ./flash.ps1 -SerialPort COM7
.EXAMPLE
    ./flash.ps1 -SkipFirmware -ConfigPath ./my-board.json
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [string]$ConfigPath = (Join-Path $PSScriptRoot 'nf-device-config.json'),
    [string]$SerialPort,
    [string]$Target,
    [string]$ImagePath,
    [switch]$SkipFirmware
)

Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'

$SchemaPath = Join-Path $PSScriptRoot 'nf-device-config.schema.json'
$DefaultImage = 'AtFirmware/bin/Release/AtFirmware.bin'
$StorageRoot = 'I:\'
$ConfigStorageName = 'nf-device-config.json'

# A failure the user can act on: the message is all they see, no stack trace.
class FlashError : System.Exception {
    FlashError([string]$message) : base($message) {}
}

function Stop-Flash([string]$Message) {
    throw [FlashError]::new($Message)
}

function Write-Step([string]$Message) {
    Write-Host "==> $Message"
}

# The command as one would type it: arguments with spaces or quotes are double-quoted.
function Format-Command([string[]]$Arguments) {
    $parts = foreach ($a in @('nanoff') + $Arguments) {
        if ($a -match '[\s"]' -or $a -eq '') { '"' + ($a -replace '"', '\"') + '"' } else { $a }
    }
    $parts -join ' '
}

function Resolve-RelativeTo([string]$Base, [string]$Path) {
    if ([System.IO.Path]::IsPathRooted($Path)) { return [System.IO.Path]::GetFullPath($Path) }
    [System.IO.Path]::GetFullPath((Join-Path $Base $Path))
}

function Read-Configuration([string]$Path) {
    if (-not (Test-Path -LiteralPath $Path -PathType Leaf)) {
        Stop-Flash "configuration not found: $Path"
    }
    $text = Get-Content -LiteralPath $Path -Raw
    if (Test-Path -LiteralPath $SchemaPath -PathType Leaf) {
        $problems = $null
        $valid = Test-Json -Json $text -SchemaFile $SchemaPath -ErrorAction SilentlyContinue -ErrorVariable problems
        if (-not $valid) {
            $details = ($problems | ForEach-Object { $_.ToString() }) -join '; '
            if (-not $details) {
                # Test-Json names missing and unknown properties, but not a value out of range or not allowed.
                $details = 'a value is of the wrong type, out of range or not one of the allowed values (see the schema)'
            }
            Stop-Flash "configuration $Path does not match $(Split-Path $SchemaPath -Leaf): $details"
        }
    }
    else {
        Write-Warning "schema $SchemaPath not found: the configuration is not checked"
    }
    try {
        $text | ConvertFrom-Json -Depth 20
    }
    catch {
        Stop-Flash "configuration $Path is not valid JSON: $($_.Exception.Message)"
    }
}

# Get-Command and not a fixed path: the .NET tool shim, a local install or (in the tests) a stand-in.
function Find-Nanoff {
    Get-Command -Name nanoff -ErrorAction SilentlyContinue | Select-Object -First 1
}

function Install-Nanoff {
    $nanoff = Find-Nanoff
    if ($nanoff) { return $nanoff.Source }
    Write-Step 'nanoff is not on PATH: installing it as a .NET global tool (dotnet tool install -g nanoff)'
    if (-not $PSCmdlet.ShouldProcess('dotnet tool install -g nanoff', 'Run')) {
        return 'nanoff'
    }
    if (-not (Get-Command -Name dotnet -ErrorAction SilentlyContinue)) {
        Stop-Flash 'nanoff is not installed and dotnet is not on PATH to install it: install the .NET SDK, or nanoff yourself'
    }
    & dotnet tool install -g nanoff
    if ($LASTEXITCODE -ne 0) {
        Stop-Flash "dotnet tool install -g nanoff failed (exit code $LASTEXITCODE)"
    }
    # A fresh install's tool folder is on PATH only in new shells.
    $toolDir = Join-Path ([Environment]::GetFolderPath('UserProfile')) '.dotnet/tools'
    $env:PATH = $toolDir + [System.IO.Path]::PathSeparator + $env:PATH
    $nanoff = Find-Nanoff
    if (-not $nanoff) {
        Stop-Flash "nanoff was installed but is not found (looked on PATH and in $toolDir)"
    }
    $nanoff.Source
}

# Runs one nanoff command (or, under -WhatIf, only prints it); stops on a non-zero exit code, and
# on the lines nanoff prints for a storage file it could not write (it still exits 0 then).
function Invoke-Nanoff([string]$Nanoff, [string]$Step, [string[]]$Arguments) {
    $command = Format-Command $Arguments
    if (-not $PSCmdlet.ShouldProcess($command, 'Run')) {
        return
    }
    Write-Host "    $command"
    $output = & $Nanoff @Arguments 2>&1 | ForEach-Object {
        $line = "$_"
        Write-Host "    | $line"
        $line
    }
    $code = $LASTEXITCODE
    if ($code -ne 0) {
        Stop-Flash "$Step failed: nanoff exited with code $code ($command); the steps after it were not run"
    }
    $fileErrors = @($output | Where-Object { $_ -match '^(Error|Exception) deploying' })
    if ($fileErrors.Count -gt 0) {
        Stop-Flash "$Step failed: nanoff could not write every file ($($fileErrors -join '; '))"
    }
}

try {
    $configFile = [System.IO.Path]::GetFullPath($ConfigPath)
    $configDir = Split-Path -Parent $configFile
    Write-Step "reading $configFile"
    $config = Read-Configuration $configFile

    $port = if ($SerialPort) { $SerialPort } else { $config.flashing.serialPort }
    $firmwareTarget = if ($Target) { $Target } else { $config.flashing.target }
    $image = if ($ImagePath) {
        [System.IO.Path]::GetFullPath($ImagePath)
    }
    elseif ($config.flashing.PSObject.Properties['image']) {
        Resolve-RelativeTo $configDir $config.flashing.image
    }
    else {
        Resolve-RelativeTo $configDir $DefaultImage
    }

    # Everything the board will get must exist before anything is written to it.
    if (-not (Test-Path -LiteralPath $image -PathType Leaf)) {
        Stop-Flash "deployment image not found: $image (build AtFirmware/AtFirmware.nfproj in Release, or pass -ImagePath)"
    }
    $files = [System.Collections.Generic.List[object]]::new()
    $files.Add([ordered]@{ DestinationFilePath = $StorageRoot + $ConfigStorageName; SourceFilePath = $configFile })
    $certificates = if ($config.PSObject.Properties['certificates']) { @($config.certificates) } else { @() }
    $seen = @{}
    foreach ($certificate in $certificates) {
        $source = Resolve-RelativeTo $configDir $certificate.source
        if (-not (Test-Path -LiteralPath $source -PathType Leaf)) {
            Stop-Flash "certificate file not found: $source (certificates entry for $($certificate.storageName) in $configFile)"
        }
        if ($seen.ContainsKey($certificate.storageName)) {
            Stop-Flash "two certificates entries are stored as $($certificate.storageName) in $configFile"
        }
        $seen[$certificate.storageName] = $true
        $files.Add([ordered]@{ DestinationFilePath = $StorageRoot + $certificate.storageName; SourceFilePath = $source })
    }
    Write-Step ("board on {0}, firmware target {1}, image {2}, {3} certificate file(s)" -f $port, $firmwareTarget, $image, $seen.Count)

    $nanoff = Install-Nanoff

    if ($SkipFirmware) {
        Write-Step 'step 1/3: nanoFramework firmware: skipped (-SkipFirmware)'
    }
    else {
        Write-Step "step 1/3: flashing the nanoFramework firmware for $firmwareTarget"
        Invoke-Nanoff $nanoff 'step 1/3 (firmware)' @('--update', '--target', $firmwareTarget, '--serialport', $port)
    }

    # nanoff reads SourceFilePath relative to its own working folder: every path here is absolute.
    $deployment = [ordered]@{ SerialPort = $port; Files = $files.ToArray() } | ConvertTo-Json -Depth 5
    $workDir = Join-Path ([System.IO.Path]::GetTempPath()) ('espatnano-flash-' + [System.Guid]::NewGuid().ToString('N'))
    $deploymentFile = Join-Path $workDir 'filedeployment.json'
    Write-Step ("step 2/3: writing the configuration and {0} certificate file(s) to internal storage ({1})" -f $seen.Count, $StorageRoot)
    try {
        if ($WhatIfPreference) {
            Write-Host "    $deploymentFile would hold:"
            $deployment -split "`n" | ForEach-Object { Write-Host "    $_" }
        }
        else {
            New-Item -ItemType Directory -Path $workDir -Force | Out-Null
            Set-Content -LiteralPath $deploymentFile -Value $deployment -Encoding utf8NoBOM
        }
        Invoke-Nanoff $nanoff 'step 2/3 (storage)' @('--filedeployment', $deploymentFile)
    }
    finally {
        if (Test-Path -LiteralPath $workDir) { Remove-Item -LiteralPath $workDir -Recurse -Force }
    }

    # Last: nanoff reboots the board after it, and the application then reads the files just written.
    Write-Step 'step 3/3: deploying the AtFirmware application'
    Invoke-Nanoff $nanoff 'step 3/3 (application)' @('--nanodevice', '--deploy', '--serialport', $port, '--image', $image)

    if ($WhatIfPreference) {
        Write-Step 'nothing was run (-WhatIf)'
    }
    else {
        Write-Step "done: the module restarts and prints ready on its AT UART"
    }
    exit 0
}
catch [FlashError] {
    $host.UI.WriteErrorLine("flash.ps1: $($_.Exception.Message)")
    exit 1
}
catch {
    $host.UI.WriteErrorLine("flash.ps1: unexpected failure: $($_.Exception.Message)")
    exit 1
}
