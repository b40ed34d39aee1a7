<#
    Pester 5 tests of flash.ps1. Each test runs the script in a child pwsh, as a user would,
    with the stand-in nanoff (stand-in/nanoff.ps1) first on PATH: it records every call's
    arguments and talks to no board. Run them with tests/flash/run-pester.sh.
#>

BeforeAll {
    $script:Flash = Join-Path $PSScriptRoot '../../flash.ps1' | Resolve-Path | Select-Object -ExpandProperty Path
    $script:StandIn = Join-Path $PSScriptRoot 'stand-in'
    # The running process may be the dotnet host (PowerShell as a dotnet tool): run-pester.sh names the pwsh it uses.
    $script:Pwsh = if ($env:ESPATNANO_PWSH) { $env:ESPATNANO_PWSH } else { (Get-Command pwsh -ErrorAction Stop).Source }
    $script:Sep = [System.IO.Path]::PathSeparator

    # A board folder: configuration (optionally changed), the image where flashing.image points,
    # and the certificate files asked for.
    function New-Board {
        param([scriptblock]$Change, [string[]]$Certificates = @())
        $dir = Join-Path $TestDrive ([System.Guid]::NewGuid().ToString('N'))
        New-Item -ItemType Directory -Path (Join-Path $dir 'AtFirmware/bin/Release') -Force | Out-Null
        Set-Content -LiteralPath (Join-Path $dir 'AtFirmware/bin/Release/AtFirmware.bin') -Value 'image'
        New-Item -ItemType Directory -Path (Join-Path $dir 'certs') | Out-Null
        foreach ($name in $Certificates) {
            Set-Content -LiteralPath (Join-Path $dir "certs/$name") -Value "-----BEGIN $name-----"
        }
        $config = Get-Content -LiteralPath (Join-Path $PSScriptRoot '../../nf-device-config.json') -Raw | ConvertFrom-Json
        if ($Change) { & $Change $config }
        $path = Join-Path $dir 'nf-device-config.json'
        $config | ConvertTo-Json -Depth 10 | Set-Content -LiteralPath $path
        [pscustomobject]@{
            Dir    = $dir
            Config = $path
            Image  = Join-Path $dir 'AtFirmware/bin/Release/AtFirmware.bin'
            Record = Join-Path $dir 'nanoff-calls.jsonl'
        }
    }

    # Runs flash.ps1; the result has the exit code, every output line (stdout and stderr) and
    # the recorded nanoff calls (each an argument array).
    function Invoke-Flash {
        param($Board, [string[]]$Arguments = @(), [hashtable]$Environment = @{}, [string]$Path)
        $saved = @{}
        $settings = @{
            NANOFF_RECORD     = $Board.Record
            NANOFF_FAIL_ON    = $null
            NANOFF_FILE_ERROR = $null
            PATH              = if ($Path) { $Path } else { $script:StandIn + $script:Sep + $env:PATH }
        }
        foreach ($k in $Environment.Keys) { $settings[$k] = $Environment[$k] }
        foreach ($k in $settings.Keys) {
            $saved[$k] = [Environment]::GetEnvironmentVariable($k)
            [Environment]::SetEnvironmentVariable($k, $settings[$k])
        }
        try {
            Push-Location $Board.Dir
            $output = & $script:Pwsh -NoLogo -NoProfile -NonInteractive -File $script:Flash -ConfigPath $Board.Config @Arguments 2>&1 |
                ForEach-Object { "$_" }
            $code = $LASTEXITCODE
        }
        finally {
            Pop-Location
            foreach ($k in $saved.Keys) { [Environment]::SetEnvironmentVariable($k, $saved[$k]) }
        }
        $calls = @()
        if (Test-Path -LiteralPath $Board.Record) {
            $calls = @(Get-Content -LiteralPath $Board.Record | ForEach-Object { , @($_ | ConvertFrom-Json) })
        }
        [pscustomobject]@{ ExitCode = $code; Output = @($output); Text = ($output -join "`n"); Calls = $calls }
    }

    function Get-Deployment($Board) {
        Get-Content -LiteralPath ($Board.Record + '.filedeployment.json') -Raw | ConvertFrom-Json
    }
}

Describe 'flash.ps1 -WhatIf' {
    It 'prints the exact nanoff commands, in order, and runs none of them' {
        $board = New-Board
        $r = Invoke-Flash $board -Arguments @('-WhatIf')

        $r.ExitCode | Should -Be 0
        $r.Calls.Count | Should -Be 0
        Test-Path -LiteralPath $board.Record | Should -BeFalse
        $whatIf = @($r.Output | Where-Object { $_ -like 'What if:*' })
        $whatIf.Count | Should -Be 3
        $whatIf[0] | Should -BeExactly 'What if: Performing the operation "Run" on target "nanoff --update --target ESP32_PSRAM_REV3 --serialport COM5".'
        $whatIf[1] | Should -Match '^What if: Performing the operation "Run" on target "nanoff --filedeployment \S+filedeployment\.json"\.$'
        $whatIf[2] | Should -BeExactly ('What if: Performing the operation "Run" on target "nanoff --nanodevice --deploy --serialport COM5 --image {0}".' -f $board.Image)
        $r.Text | Should -Match 'nothing was run \(-WhatIf\)'
    }

    It 'shows the storage deployment it would write, and writes no file' {
        $board = New-Board -Certificates 'ca.crt' -Change { param($c) $c.certificates = @(@{ source = 'certs/ca.crt'; storageName = 'mqtt_ca.pem' }) }
        $r = Invoke-Flash $board -Arguments @('-WhatIf')

        $r.ExitCode | Should -Be 0
        $r.Text | Should -Match ([regex]::Escape('"DestinationFilePath": "I:\\mqtt_ca.pem"'))
        $target = ($r.Output | Where-Object { $_ -like 'What if:*--filedeployment*' }) -replace '^.*--filedeployment (\S+)".*$', '$1'
        Test-Path -LiteralPath (Split-Path -Parent $target) | Should -BeFalse
    }

    It 'says it would install nanoff when it is missing, and installs nothing' {
        $dotnetDir = Split-Path -Parent (Get-Command dotnet).Source
        if (Get-ChildItem -LiteralPath $dotnetDir -Filter 'nanoff*' -ErrorAction SilentlyContinue) {
            Set-ItResult -Skipped -Because "a real nanoff is in $dotnetDir"
            return
        }
        $board = New-Board
        $r = Invoke-Flash $board -Arguments @('-WhatIf') -Path $dotnetDir

        $r.ExitCode | Should -Be 0
        $r.Output | Should -Contain 'What if: Performing the operation "Run" on target "dotnet tool install -g nanoff".'
        @($r.Output | Where-Object { $_ -like 'What if:*nanoff --*' }).Count | Should -Be 3
        $r.Calls.Count | Should -Be 0
    }
}

Describe 'flash.ps1 run' {
    It 'calls nanoff for firmware, storage and application, in that order, with the configured port and target' {
        $board = New-Board
        $r = Invoke-Flash $board

        $r.ExitCode | Should -Be 0 -Because $r.Text
        $r.Calls.Count | Should -Be 3
        $r.Calls[0] | Should -Be @('--update', '--target', 'ESP32_PSRAM_REV3', '--serialport', 'COM5')
        $r.Calls[1].Count | Should -Be 2
        $r.Calls[1][0] | Should -Be '--filedeployment'
        $r.Calls[2] | Should -Be @('--nanodevice', '--deploy', '--serialport', 'COM5', '--image', $board.Image)
        $r.Text | Should -Match 'step 1/3'
        $r.Text | Should -Match 'step 2/3'
        $r.Text | Should -Match 'step 3/3'
    }

    It 'uses -SerialPort, -Target and -ImagePath over the configuration' {
        $board = New-Board
        $other = Join-Path $board.Dir 'other.bin'
        Set-Content -LiteralPath $other -Value 'image'
        $r = Invoke-Flash $board -Arguments @('-SerialPort', '/dev/ttyUSB1', '-Target', 'ESP32_REV3', '-ImagePath', $other)

        $r.ExitCode | Should -Be 0 -Because $r.Text
        $r.Calls[0] | Should -Be @('--update', '--target', 'ESP32_REV3', '--serialport', '/dev/ttyUSB1')
        $r.Calls[2] | Should -Be @('--nanodevice', '--deploy', '--serialport', '/dev/ttyUSB1', '--image', $other)
        (Get-Deployment $board).SerialPort | Should -Be '/dev/ttyUSB1'
    }

    It 'leaves the firmware alone with -SkipFirmware' {
        $board = New-Board
        $r = Invoke-Flash $board -Arguments @('-SkipFirmware')

        $r.ExitCode | Should -Be 0 -Because $r.Text
        $r.Calls.Count | Should -Be 2
        $r.Calls[0][0] | Should -Be '--filedeployment'
        $r.Calls[1][0] | Should -Be '--nanodevice'
        $r.Text | Should -Match 'skipped \(-SkipFirmware\)'
    }

    It 'writes a file deployment with the configuration and every certificate, by absolute path, under ESP-AT names' {
        $board = New-Board -Certificates 'ca.crt', 'client.crt', 'client.key' -Change {
            param($c)
            $c.certificates = @(
                @{ source = 'certs/ca.crt'; storageName = 'mqtt_ca.pem' },
                @{ source = 'certs/client.crt'; storageName = 'mqtt_cert.pem' },
                @{ source = './certs/../certs/client.key'; storageName = 'mqtt_key.pem' })
        }
        $r = Invoke-Flash $board

        $r.ExitCode | Should -Be 0 -Because $r.Text
        $deployment = Get-Deployment $board
        $deployment.SerialPort | Should -Be 'COM5'
        $deployment.Files.Count | Should -Be 4
        $deployment.Files[0].DestinationFilePath | Should -BeExactly 'I:\nf-device-config.json'
        $deployment.Files[0].SourceFilePath | Should -Be $board.Config
        $deployment.Files[1].DestinationFilePath | Should -BeExactly 'I:\mqtt_ca.pem'
        $deployment.Files[1].SourceFilePath | Should -Be (Join-Path $board.Dir 'certs/ca.crt')
        $deployment.Files[2].DestinationFilePath | Should -BeExactly 'I:\mqtt_cert.pem'
        $deployment.Files[2].SourceFilePath | Should -Be (Join-Path $board.Dir 'certs/client.crt')
        $deployment.Files[3].DestinationFilePath | Should -BeExactly 'I:\mqtt_key.pem'
        $deployment.Files[3].SourceFilePath | Should -Be (Join-Path $board.Dir 'certs/client.key')
        foreach ($file in $deployment.Files) {
            [System.IO.Path]::IsPathRooted($file.SourceFilePath) | Should -BeTrue
        }
    }

    It 'removes the generated deployment file afterwards' {
        $board = New-Board
        $r = Invoke-Flash $board

        $r.ExitCode | Should -Be 0 -Because $r.Text
        Test-Path -LiteralPath $r.Calls[1][1] | Should -BeFalse
    }
}

Describe 'flash.ps1 failures' {
    It 'stops at the firmware step when nanoff fails, and says so' {
        $board = New-Board
        $r = Invoke-Flash $board -Environment @{ NANOFF_FAIL_ON = '--update' }

        $r.ExitCode | Should -Be 1
        $r.Calls.Count | Should -Be 1
        $r.Text | Should -Match 'flash\.ps1: step 1/3 \(firmware\) failed: nanoff exited with code 7'
    }

    It 'stops at the storage step when nanoff fails there, before deploying the application' {
        $board = New-Board
        $r = Invoke-Flash $board -Environment @{ NANOFF_FAIL_ON = '--filedeployment' }

        $r.ExitCode | Should -Be 1
        $r.Calls.Count | Should -Be 2
        $r.Text | Should -Match 'flash\.ps1: step 2/3 \(storage\) failed: nanoff exited with code 7'
        $r.Text | Should -Match 'the steps after it were not run'
    }

    It 'fails when nanoff reports a storage file it could not write, though it exits 0, and deploys no application' {
        $board = New-Board
        $r = Invoke-Flash $board -Environment @{ NANOFF_FILE_ERROR = '1' }

        $r.ExitCode | Should -Be 1
        $r.Calls.Count | Should -Be 2
        $r.Text | Should -Match 'flash\.ps1: step 2/3 \(storage\) failed: nanoff could not write every file'
    }

    It 'stops at the application step when nanoff fails there' {
        $board = New-Board
        $r = Invoke-Flash $board -Environment @{ NANOFF_FAIL_ON = '--nanodevice' }

        $r.ExitCode | Should -Be 1
        $r.Calls.Count | Should -Be 3
        $r.Text | Should -Match 'flash\.ps1: step 3/3 \(application\) failed: nanoff exited with code 7'
    }

    It 'names a missing certificate file and runs nothing' {
        $board = New-Board -Change { param($c) $c.certificates = @(@{ source = 'certs/missing.pem'; storageName = 'mqtt_ca.pem' }) }
        $r = Invoke-Flash $board

        $r.ExitCode | Should -Be 1
        $r.Calls.Count | Should -Be 0
        $r.Text | Should -Match ('flash\.ps1: certificate file not found: ' + [regex]::Escape((Join-Path $board.Dir 'certs/missing.pem')))
        $r.Text | Should -Match 'mqtt_ca\.pem'
    }

    It 'refuses two certificates stored under one name' {
        $board = New-Board -Certificates 'a.pem', 'b.pem' -Change {
            param($c)
            $c.certificates = @(@{ source = 'certs/a.pem'; storageName = 'mqtt_ca.pem' }, @{ source = 'certs/b.pem'; storageName = 'mqtt_ca.pem' })
        }
        $r = Invoke-Flash $board

        $r.ExitCode | Should -Be 1
        $r.Calls.Count | Should -Be 0
        $r.Text | Should -Match 'two certificates entries are stored as mqtt_ca\.pem'
    }

    It 'names a missing deployment image and runs nothing' {
        $board = New-Board
        Remove-Item -LiteralPath $board.Image
        $r = Invoke-Flash $board

        $r.ExitCode | Should -Be 1
        $r.Calls.Count | Should -Be 0
        $r.Text | Should -Match ('flash\.ps1: deployment image not found: ' + [regex]::Escape($board.Image))
    }

    It 'refuses a configuration the schema refuses, and runs nothing' {
        $board = New-Board -Change { param($c) $c.uart.port = 'COM1' }
        $r = Invoke-Flash $board

        $r.ExitCode | Should -Be 1
        $r.Calls.Count | Should -Be 0
        $r.Text | Should -Match 'does not match nf-device-config\.schema\.json'
    }

    It 'names a missing configuration file' {
        $board = New-Board
        Remove-Item -LiteralPath $board.Config
        $r = Invoke-Flash $board

        $r.ExitCode | Should -Be 1
        $r.Calls.Count | Should -Be 0
        $r.Text | Should -Match ('flash\.ps1: configuration not found: ' + [regex]::Escape($board.Config))
    }
}
