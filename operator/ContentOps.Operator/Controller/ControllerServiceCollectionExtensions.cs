using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ContentOps.Operator.Controller;

/// <summary>Registers the controller machinery.</summary>
internal static class ControllerServiceCollectionExtensions
{
    /// <summary>
    /// Adds the work queue, dependency index and controller host; an in-memory <see cref="IEventRecorder"/> and the
    /// system clock unless other registrations come first.
    /// </summary>
    public static IServiceCollection AddController(this IServiceCollection services, ControllerOptions? options = null)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(options ?? new ControllerOptions());
        services.AddSingleton(provider => new WorkQueue(
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ControllerOptions>().Backoff.CreateLimiter(provider.GetRequiredService<TimeProvider>())));
        services.AddSingleton<DependencyIndex>();
        services.AddSingleton<ControllerHost>();
        services.TryAddSingleton<IEventRecorder>(provider => new InMemoryEventRecorder(provider.GetRequiredService<TimeProvider>()));
        services.AddLogging();
        return services;
    }
}
