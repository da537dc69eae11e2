using ContentOps.Core.Api.Claims;
using ContentOps.Core.Api.Policies;

namespace ContentOps.Operator.Cli.Review;

/// <summary>
/// Where <c>contentops review</c> gets policies and claim libraries from. A stand-in until the declarations loader
/// lands: swapping it is one line in <see cref="ReviewCommand"/>.
/// </summary>
internal interface IPolicySource
{
    /// <summary>The SopPolicy documents of a YAML file, or of every .yaml/.yml file under a directory.</summary>
    LoadResult<SopPolicy> LoadPolicies(string path);

    /// <summary>The ClaimLibrary documents of a YAML file or directory.</summary>
    LoadResult<ClaimLibrary> LoadClaimLibraries(string path);
}
