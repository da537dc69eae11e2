namespace ContentOps.Core.Tests.Knowledge;

public sealed class ExamplePdfTests
{
    [Fact]
    public void CommittedExamplePdf_IsWhatTheGeneratorWrites()
    {
        var bytes = ExamplePdf.Build();
        if (Environment.GetEnvironmentVariable("CONTENTOPS_UPDATE_EXAMPLES") == "1")
        {
            File.WriteAllBytes(ExamplePdf.CommittedPath, bytes);
        }

        Assert.Equal(bytes, ExamplePdf.Build());
        Assert.Equal(bytes, File.ReadAllBytes(ExamplePdf.CommittedPath));
    }
}
