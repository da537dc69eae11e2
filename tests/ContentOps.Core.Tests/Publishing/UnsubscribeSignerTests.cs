using System.Text;
using ContentOps.Core.Publishing.Email;

namespace ContentOps.Core.Tests.Publishing;

public sealed class UnsubscribeSignerTests
{
    private static readonly UnsubscribeSigner _signer = new(Encoding.UTF8.GetBytes("unsubscribe-test-key-0123456789ab"));

    [Fact]
    public void Verify_ReturnsTheKey_OfATokenItSigned()
    {
        var token = _signer.Sign("abc123");

        Assert.StartsWith("abc123.", token, StringComparison.Ordinal);
        Assert.Equal("abc123", _signer.Verify(token));
    }

    [Theory]
    [InlineData("abc123")]
    [InlineData("abc123.")]
    [InlineData(".sig")]
    [InlineData("")]
    public void Verify_RefusesUnsignedTokens(string token) => Assert.Null(_signer.Verify(token));

    [Fact]
    public void Verify_RefusesAnotherKeysSignature_AndASignatureMovedToAnotherSend()
    {
        var other = new UnsubscribeSigner(Encoding.UTF8.GetBytes("a-different-unsubscribe-key-9876"));
        var signature = _signer.Sign("abc123").Split('.')[1];

        Assert.Null(_signer.Verify(other.Sign("abc123")));
        Assert.Null(_signer.Verify($"abc124.{signature}"));
        Assert.DoesNotContain("unsubscribe-test-key", _signer.ToString(), StringComparison.Ordinal);
    }
}
