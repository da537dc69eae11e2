using System.Diagnostics;
using System.Text;
using ContentOps.Core.Api.Policies;

namespace ContentOps.Operator.Declarations.Provenance;

/// <summary>
/// Verifies a commit's OpenPGP signature with gpg in a throw-away home holding only the approvers' public keys (their
/// <c>signingKey</c> as an armored block): <c>gpg --verify</c> reports VALIDSIG with the primary key's fingerprint,
/// which names the approver whose key it is. Returns the verified e-mail, or why it did not verify.
/// </summary>
internal static class GpgSignatureVerifier
{
    private static readonly TimeSpan _timeout = TimeSpan.FromSeconds(20);

    public static (string? Email, string Detail) Verify(string signature, string signedData, IReadOnlyList<Approver> approvers)
    {
        var keyed = approvers.Where(a => a.SigningKey?.Contains("BEGIN PGP PUBLIC KEY BLOCK", StringComparison.Ordinal) == true).ToList();
        if (keyed.Count == 0)
        {
            return (null, "GPG-signed, but no approver lists an OpenPGP signingKey");
        }

        var home = Directory.CreateTempSubdirectory("contentops-gpg-");
        try
        {
            var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var approver in keyed)
            {
                var keyFile = Path.Combine(home.FullName, "key.asc");
                File.WriteAllText(keyFile, approver.SigningKey);
                var (_, listing, _) = Gpg(home.FullName, ["--with-colons", "--import-options", "show-only", "--import", keyFile]);
                foreach (var fingerprint in listing.Split('\n').Where(l => l.StartsWith("fpr:", StringComparison.Ordinal)).Select(l => l.Split(':')[9]))
                {
                    owners.TryAdd(fingerprint, approver.Email);
                }

                Gpg(home.FullName, ["--import", keyFile]);
            }

            var sig = Path.Combine(home.FullName, "commit.sig");
            var data = Path.Combine(home.FullName, "commit.data");
            File.WriteAllText(sig, signature);
            File.WriteAllText(data, signedData, new UTF8Encoding(false));
            var (_, status, errors) = Gpg(home.FullName, ["--status-fd", "1", "--verify", sig, data]);
            var valid = status.Split('\n').FirstOrDefault(l => l.StartsWith("[GNUPG:] VALIDSIG ", StringComparison.Ordinal))?.Split(' ');
            if (valid is null)
            {
                return (null, $"GPG signature did not verify with an approver's key: {errors.Trim().Split('\n').LastOrDefault()}");
            }

            // VALIDSIG <signing key fpr> ... <primary key fpr> (the last field).
            var email = owners.GetValueOrDefault(valid[^1]) ?? owners.GetValueOrDefault(valid[2]);
            return email is null ? (null, "GPG signature by a key that is no approver's signingKey") : (email, $"GPG signature of {email} verified");
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or IOException)
        {
            return (null, $"gpg could not run ({e.Message}); install gnupg");
        }
        finally
        {
            home.Delete(recursive: true);
        }
    }

    private static (int Exit, string Output, string Error) Gpg(string home, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo("gpg") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])["--homedir", home, "--batch", "--no-tty", "--no-autostart", .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new IOException("gpg did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(_timeout))
        {
            process.Kill();
            return (-1, "", "gpg timed out");
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}
