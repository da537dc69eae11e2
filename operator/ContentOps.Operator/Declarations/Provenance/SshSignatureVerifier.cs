using System.Diagnostics;
using System.Text;
using ContentOps.Core.Api.Policies;

namespace ContentOps.Operator.Declarations.Provenance;

/// <summary>
/// Verifies a commit's SSH signature the way <c>git verify-commit</c> does with <c>gpg.ssh.allowedSignersFile</c>:
/// <c>ssh-keygen -Y find-principals</c> then <c>ssh-keygen -Y verify</c>, namespace "git", against an allowed-signers
/// file built from the approvers' signing keys. Returns the verified e-mail, or why it did not verify.
/// </summary>
internal static class SshSignatureVerifier
{
    private static readonly TimeSpan _timeout = TimeSpan.FromSeconds(20);

    public static (string? Email, string Detail) Verify(string signature, string signedData, IReadOnlyList<Approver> approvers)
    {
        var keyed = approvers.Where(a => !string.IsNullOrWhiteSpace(a.SigningKey)).ToList();
        if (keyed.Count == 0)
        {
            return (null, "SSH-signed, but no approver lists a signingKey");
        }

        var folder = Directory.CreateTempSubdirectory("contentops-ssh-");
        try
        {
            var allowed = Path.Combine(folder.FullName, "allowed_signers");
            File.WriteAllLines(allowed, keyed.Select(a => $"{a.Email} namespaces=\"git\" {a.SigningKey!.Trim()}"));
            var sig = Path.Combine(folder.FullName, "commit.sig");
            File.WriteAllText(sig, signature.EndsWith('\n') ? signature : signature + "\n");
            var (found, principals, _) = Run(["-Y", "find-principals", "-s", sig, "-f", allowed], null);
            var principal = principals.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
            if (found != 0 || principal is null)
            {
                return (null, "SSH signature by a key that is no approver's signingKey");
            }

            var (verified, output, errors) = Run(["-Y", "verify", "-f", allowed, "-I", principal, "-n", "git", "-s", sig], signedData);
            return verified == 0 ? (principal, $"SSH signature of {principal} verified") : (null, $"SSH signature did not verify: {(output + errors).Trim()}");
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or IOException)
        {
            return (null, $"ssh-keygen could not run ({e.Message}); install openssh-client");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static (int Exit, string Output, string Error) Run(IReadOnlyList<string> arguments, string? input)
    {
        var start = new ProcessStartInfo("ssh-keygen")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new IOException("ssh-keygen did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(input ?? "");
        process.StandardInput.Close();
        if (!process.WaitForExit(_timeout))
        {
            process.Kill();
            return (-1, "", "ssh-keygen timed out");
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}
