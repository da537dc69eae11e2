using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ContentOps.Core.Tests.Knowledge;

/// <summary>
/// Writes examples/knowledge/studies/lantern-2/lantern-2.pdf, the fictional LANTERN-2 publication, the same bytes every time
/// (a test compares it with the committed file; set CONTENTOPS_UPDATE_EXAMPLES=1 to rewrite it).
/// </summary>
internal static class ExamplePdf
{
    public static string CommittedPath { get; } = Path.Combine(Review.RepositoryRoot.Path, "examples", "knowledge", "studies", "lantern-2", "lantern-2.pdf");

    private static readonly string[][] _pages =
    [
        [
            "# LANTERN-2: langliptin added to metformin in Chinese adults with type 2 diabetes",
            "Li M, Zhou H, Sun Y, et al. J Diabetes Clin Trials. 2026;9(4):233-242.",
            "A fictional study, written for the ContentOps demonstration only.",
            "",
            "1. Methods",
            "Adults with type 2 diabetes inadequately controlled on metformin (>=1500 mg/day) were",
            "randomised 1:1 to langliptin 5 mg once daily or placebo, added to metformin, for",
            "24 weeks in a randomised, double-blind, placebo-controlled trial (n=538).",
            "",
            "2. Results",
            "At week 24, HbA1c fell from baseline by a mean of 0.76% with langliptin 5 mg plus",
            "metformin and by 0.12% with placebo plus metformin (difference -0.64%, P<0.001). The",
            "proportion of patients reaching HbA1c <7.0% was 41.3% and 18.6%, respectively.",
        ],
        [
            "3. Safety",
            "Hypoglycaemia was reported in 1.2% of patients on langliptin plus metformin and in 0.9%",
            "of patients on placebo plus metformin; no severe hypoglycaemia event was reported in",
            "either group. The most common adverse reactions were nasopharyngitis and headache.",
            "",
            "4. Body weight",
            "Mean change in body weight from baseline at week 24 was +0.2 kg with langliptin plus",
            "metformin and +0.1 kg with placebo plus metformin.",
        ],
    ];

    public static byte[] Build()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var lines in _pages)
        {
            var page = builder.AddPage(PageSize.A4);
            var y = 780.0;
            foreach (var line in lines)
            {
                if (line.Length > 0)
                {
                    page.AddText(line.TrimStart('#', ' '), line.StartsWith('#') ? 13 : 10, new PdfPoint(50, y), font);
                }

                y -= line.Length == 0 ? 24 : 16;
            }
        }

        return WithFixedId(builder.Build());
    }

    /// <summary>PdfPig writes a random trailer /ID; the same length of fixed hex keeps every offset and makes the bytes repeatable.</summary>
    private static byte[] WithFixedId(byte[] pdf)
    {
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        var fixedText = System.Text.RegularExpressions.Regex.Replace(text, @"/ID \[ ?<[0-9A-F]{32}><[0-9A-F]{32}>\]",
            m => System.Text.RegularExpressions.Regex.Replace(m.Value, "[0-9A-F]{32}", "4C414E5445524E2D32434F4E54454E54"));
        return System.Text.Encoding.Latin1.GetBytes(fixedText);
    }
}
