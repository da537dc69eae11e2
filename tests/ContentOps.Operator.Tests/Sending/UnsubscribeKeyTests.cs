using ContentOps.Operator.Sending;
using ContentOps.Operator.Tests.Stores.Local;

namespace ContentOps.Operator.Tests.Sending;

public sealed class UnsubscribeKeyTests
{
    [Fact]
    public void Load_GeneratesOneKeyReadableByTheOwnerOnly_AndSignsWithItAfterARestart()
    {
        using var folder = new TempStateFolder();

        var first = UnsubscribeKey.Load(folder.Path);
        var again = UnsubscribeKey.Load(folder.Path);

        var file = Path.Combine(folder.Path, UnsubscribeKey.FileName);
        Assert.Equal(32, new FileInfo(file).Length);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }

        Assert.Equal("k1", again.Verify(first.Sign("k1")));
        using var other = new TempStateFolder();
        Assert.Null(UnsubscribeKey.Load(other.Path).Verify(first.Sign("k1")));
    }
}
