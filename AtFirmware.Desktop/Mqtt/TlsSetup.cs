using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Desktop.Mqtt;

/// <summary>
/// TLS as ESP-AT's schemes ask for it (docs/commands/mqtt.md#atmqttusercfg): 2/4/7/9 accept any server certificate, as the
/// firmware does without a CA; 3/5/8/10 trust the CA file alone and check the server's name
/// against the SNI, else the host; 4/5/9/10 present the client certificate. ALPN and SNI go
/// into the ClientHello of every TLS scheme. Bad PEM throws CryptographicException here, before
/// any connection is opened.
/// </summary>
public static class TlsSetup
{
    public static SslClientAuthenticationOptions Create(MqttConnectRequest request, ILog log)
    {
        string serverName = request.ServerName != null ? Encoding.UTF8.GetString(request.ServerName) : request.Host;
        SslClientAuthenticationOptions options = new SslClientAuthenticationOptions
        {
            TargetHost = serverName,
            // TLS 1.2, as ESP-AT's mbedTLS and the ESP32 build speak it. It also keeps a server's
            // refusal of a missing client certificate inside the handshake (0x6009): under TLS 1.3
            // it only comes with the first read, after the handshake looked successful.
            EnabledSslProtocols = SslProtocols.Tls12,
            // Neither the firmware nor a module behind a NAT can reach CRLs or OCSP.
            CertificateRevocationCheckMode = X509RevocationMode.NoCheck
        };
        if (request.Alpn.Length > 0)
        {
            options.ApplicationProtocols = request.Alpn.Select(name => new SslApplicationProtocol(name)).ToList();
        }
        if (request.ClientCertificate != null)
        {
            options.ClientCertificates = new X509CertificateCollection { LoadClientCertificate(request.ClientCertificate, request.ClientKey) };
        }
        if (request.VerifiesServer)
        {
            options.CertificateChainPolicy = TrustOnly(request.CaCertificate);
            options.RemoteCertificateValidationCallback = (_, _, chain, errors) => Accept(errors, chain, serverName, log);
        }
        else
        {
#pragma warning disable CA5359 // Schemes 2/4/7/9 accept any server certificate by definition (docs/commands/mqtt.md#atmqttusercfg).
            options.RemoteCertificateValidationCallback = (_, _, _, _) => true;
#pragma warning restore CA5359
        }
        return options;
    }

    /// <summary>SslStream builds the server's chain with this policy, so only the CA file is trusted, not the PC's store.</summary>
    private static X509ChainPolicy TrustOnly(byte[] caPem)
    {
        X509Certificate2Collection roots = new X509Certificate2Collection();
        roots.ImportFromPem(Encoding.UTF8.GetString(caPem));
        if (roots.Count == 0)
        {
            throw new AuthenticationException("the CA file holds no PEM certificate");
        }
        X509ChainPolicy policy = new X509ChainPolicy
        {
            TrustMode = X509ChainTrustMode.CustomRootTrust,
            RevocationMode = X509RevocationMode.NoCheck
        };
        policy.CustomTrustStore.AddRange(roots);
        return policy;
    }

    private static X509Certificate2 LoadClientCertificate(byte[] certificatePem, byte[] keyPem)
    {
        using X509Certificate2 fromPem = X509Certificate2.CreateFromPem(Encoding.UTF8.GetString(certificatePem), Encoding.UTF8.GetString(keyPem));
        // A key imported from PEM is ephemeral, which some TLS stacks (Windows' SChannel) cannot
        // sign with; a round trip through PKCS#12 gives a key every platform's SslStream can use.
        return X509CertificateLoader.LoadPkcs12(fromPem.Export(X509ContentType.Pkcs12), null);
    }

    private static bool Accept(SslPolicyErrors errors, X509Chain? chain, string serverName, ILog log)
    {
        if (errors == SslPolicyErrors.None)
        {
            return true;
        }
        string chainStatus = chain == null ? "" : string.Join("; ", chain.ChainStatus.Select(s => s.Status + " " + s.StatusInformation.Trim()));
        log.Write("mqtt: server certificate rejected for \"" + serverName + "\": " + errors + (chainStatus.Length > 0 ? " (" + chainStatus + ")" : ""));
        return false;
    }
}
