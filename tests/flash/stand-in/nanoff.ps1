<#
    Stand-in for nanoff in the flash.ps1 tests: put this folder first on PATH and flash.ps1 runs
    it instead of the real flasher. It talks to no board. Driven by environment variables:
      NANOFF_RECORD      file that gets one JSON line (the argument array) per call; when the call
                         has --filedeployment, that JSON file is copied to "$NANOFF_RECORD.filedeployment.json"
      NANOFF_FAIL_ON     fail (print an error, exit 7) when an argument equals this value
      NANOFF_FILE_ERROR  on --filedeployment, print nanoff's "Error deploying content file" line but exit 0,
                         as the real nanoff does when one file cannot be written
#>
$arguments = @($args | ForEach-Object { "$_" })
if ($env:NANOFF_RECORD) {
    Add-Content -LiteralPath $env:NANOFF_RECORD -Value (ConvertTo-Json -InputObject $arguments -Compress) -Encoding utf8NoBOM
    $at = [Array]::IndexOf($arguments, '--filedeployment')
    if ($at -ge 0 -and $at + 1 -lt $arguments.Count) {
        Copy-Item -LiteralPath $arguments[$at + 1] -Destination ($env:NANOFF_RECORD + '.filedeployment.json') -Force
    }
}
Write-Output ".NET nanoFramework Firmware Flasher (stand-in) $($arguments -join ' ')"
if ($env:NANOFF_FAIL_ON -and $arguments -contains $env:NANOFF_FAIL_ON) {
    Write-Output 'Error E2001: stand-in failure'
    exit 7
}
if ($env:NANOFF_FILE_ERROR -and $arguments -contains '--filedeployment') {
    Write-Output 'Deploying file /tmp/x to I:\mqtt_ca.pem...'
    Write-Output 'Error deploying content file /tmp/x to I:\mqtt_ca.pem'
    exit 0
}
Write-Output 'OK'
exit 0
