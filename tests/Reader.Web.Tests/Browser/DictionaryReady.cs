using System.Net;

namespace Reader.Web.Tests.Browser;

/// <summary>The app imports the dictionary in the background after the seeds: lookups answer 503 until it is ready.</summary>
public static class DictionaryReady
{
    private static readonly HttpClient Http = new();

    public static async Task WaitAsync(ReaderApp app)
    {
        var probe = $"{app.BaseUrl}/api/lookup?episode={ReaderApp.SeedSlug}&segment=1&lang=en&at=0";
        var until = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < until)
        {
            using var response = await Http.GetAsync(probe);
            if (response.StatusCode != HttpStatusCode.ServiceUnavailable)
                return;
            var reason = await response.Content.ReadAsStringAsync();
            if (reason.Contains("not installed", StringComparison.Ordinal))
                Assert.Fail("The dictionary is not installed for the browser tests: " + reason);
            await Task.Delay(250);
        }
        Assert.Fail("The dictionary was not ready within 90 s of the app's start");
    }
}
