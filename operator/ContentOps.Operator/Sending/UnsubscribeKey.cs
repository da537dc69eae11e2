using System.Security.Cryptography;
using System.Text;
using ContentOps.Core.Publishing.Email;

namespace ContentOps.Operator.Sending;

/// <summary>
/// The key that signs one-click unsubscribe links: <c>CONTENTOPS_UNSUBSCRIBE_KEY</c> when set (set it on every
/// replica of a cluster: the replica that answers a click must verify what the leader signed), otherwise 32 random
/// bytes generated once into <c>unsubscribe.key</c> in the state folder (mode 0600). Never printed.
/// </summary>
internal static class UnsubscribeKey
{
    public const string Variable = "CONTENTOPS_UNSUBSCRIBE_KEY";
    public const string FileName = "unsubscribe.key";

    public static UnsubscribeSigner Load(string stateFolder)
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured)
        {
            var bytes = Encoding.UTF8.GetBytes(configured);
            return new UnsubscribeSigner(bytes.Length >= 16 ? bytes : SHA256.HashData(bytes));
        }

        Directory.CreateDirectory(stateFolder);
        var path = Path.Combine(stateFolder, FileName);
        if (File.Exists(path) && File.ReadAllBytes(path) is { Length: >= 16 } stored)
        {
            return new UnsubscribeSigner(stored);
        }

        var key = RandomNumberGenerator.GetBytes(32);
        var temporary = path + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(temporary, options))
        {
            stream.Write(key);
        }

        try
        {
            // Two processes starting on a fresh folder: the first key written wins, both use it.
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException)
        {
            File.Delete(temporary);
            return new UnsubscribeSigner(File.ReadAllBytes(path));
        }

        return new UnsubscribeSigner(key);
    }
}
