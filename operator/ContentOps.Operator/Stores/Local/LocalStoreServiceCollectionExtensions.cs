using Microsoft.Extensions.DependencyInjection;

namespace ContentOps.Operator.Stores.Local;

/// <summary>Registers the embedded stores of one state folder.</summary>
internal static class LocalStoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="LocalStateStore"/> (opened, and its folder locked, when first resolved; disposed with
    /// the container) and the store interfaces the reconcilers use.
    /// </summary>
    public static IServiceCollection AddLocalStateStore(this IServiceCollection services, string folder, LocalStateOptions? options = null)
    {
        services.AddSingleton(_ => LocalStateStore.Open(folder, options));
        services.AddSingleton(provider => provider.GetRequiredService<LocalStateStore>().Resources);
        services.AddSingleton<IResourceStore>(provider => provider.GetRequiredService<LocalStateStore>().Resources);
        services.AddSingleton<IPublicationLedger>(provider => provider.GetRequiredService<LocalStateStore>().Ledger);
        services.AddSingleton<IAuditLog>(provider => provider.GetRequiredService<LocalStateStore>().Audit);
        services.AddSingleton<IArtifactStore>(provider => provider.GetRequiredService<LocalStateStore>().Artifacts);
        return services;
    }
}
