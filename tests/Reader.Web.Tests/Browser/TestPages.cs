using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Playwright;
using Xunit.Sdk;

namespace Reader.Web.Tests.Browser;

/// <summary>
/// What one browser test holds: the pages it took from a <see cref="PagePool"/>, handed back when it ends, and
/// the browser contexts it made for itself, closed then (left open, ~300 of them would pile up in a run).
/// </summary>
public sealed class TestPages
{
    private static readonly AsyncLocal<TestPages?> Running = new();

    // The tests of one method run one after another (its class is in one collection), so the method tells
    // After which test ended even where the test's own async flow does not reach it.
    private static readonly ConcurrentDictionary<MethodInfo, TestPages> ByMethod = new();

    private readonly ConcurrentBag<Action> handBack = [];

    /// <summary>The running test's, or null outside a collection marked <see cref="HandsBackItsPagesAttribute"/>.</summary>
    public static TestPages? Current => Running.Value;

    public void WhenDone(Action handBack) => this.handBack.Add(handBack);

    /// <summary>A context the test made for itself: closed when it ends, without waiting.</summary>
    public void Made(IBrowserContext context) => WhenDone(() => _ = PagePool.CloseQuietlyAsync(context));

    internal static void Begin(MethodInfo test)
    {
        var pages = new TestPages();
        Running.Value = pages;
        ByMethod[test] = pages;
    }

    internal static void End(MethodInfo test)
    {
        Running.Value = null;
        if (ByMethod.TryRemove(test, out var pages))
            foreach (var handBack in pages.handBack)
                handBack();
    }
}

/// <summary>On a browser collection: each test's pages go back to the pool, and its own contexts close, when it ends.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class HandsBackItsPagesAttribute : BeforeAfterTestAttribute
{
    public override void Before(MethodInfo methodUnderTest) => TestPages.Begin(methodUnderTest);

    public override void After(MethodInfo methodUnderTest) => TestPages.End(methodUnderTest);
}
