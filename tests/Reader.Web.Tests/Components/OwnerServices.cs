using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Reader.Web.Library;

namespace Reader.Web.Tests.Components;

/// <summary>The owner rule as pages rendered alone (bUnit) need it: no key, and no request, so nobody is the owner.</summary>
internal static class OwnerServices
{
    public static IServiceCollection AddOwnerAccess(this IServiceCollection services)
    {
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        services.AddLogging();
        return services.AddSingleton<OwnerAccess>();
    }
}
