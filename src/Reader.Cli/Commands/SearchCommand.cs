using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Reader.Storage;
using Reader.Storage.Search;
using Reader.Transcripts;
using Spectre.Console;

namespace Reader.Cli.Commands;

/// <summary><c>search</c>: the library's search, as the web's <c>/search</c> page has it, one page at a time.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "Words or Chinese characters; quotes for an exact phrase." };
        var page = new Option<int>("--page", "-p") { Description = "Which page of 20 results.", DefaultValueFactory = _ => 1 };
        var episode = new Option<string?>("--episode", "-e") { Description = "Only this episode (its slug): every match, in transcript order." };
        var command = new Command("search", "Search every imported episode, in both languages.") { query, page, episode };
        command.SetAction(result => result.GetValue(episode) is { } slug
            ? RunInEpisode(result, result.GetValue(query)!, slug)
            : Run(result, result.GetValue(query)!, result.GetValue(page)));
        return command;
    }

    private static int RunInEpisode(ParseResult result, string text, string slug)
    {
        using var services = CliServices.Build();
        using var db = services.OpenDatabase();
        if (Understood(result, text) is not { } query)
            return 1;
        var episodeId = db.Episodes.Where(e => e.Slug == slug).Select(e => (int?)e.Id).FirstOrDefault();
        if (episodeId is null)
        {
            result.Error().WriteLine($"No episode '{TerminalText.Escape(slug)}'. See: reader list");
            return 1;
        }

        var search = new TranscriptSearch(services.GetRequiredService<IDbContextFactory<ReaderDbContext>>());
        var segments = search.SearchEpisodeAsync(episodeId.Value, query).GetAwaiter().GetResult();
        var rows = db.Segments.AsNoTracking().Where(s => s.EpisodeId == episodeId && segments.Contains(s.Ordinal)).OrderBy(s => s.Ordinal).ToList();
        var console = result.Console();
        console.WriteLine($"{rows.Count:N0} {Counted.Noun(rows.Count, "match", "matches")} in {TerminalText.Escape(slug)}.");
        if (rows.Count == 0)
            return 0;
        var table = new Table().AddColumns("Segment", "Speaker", "Text");
        foreach (var row in rows)
            table.AddRow($"#s-{row.Ordinal}", TerminalText.Cell(row.Speaker), Marked(query, row.Zh) + "\n" + Marked(query, row.En));
        console.Write(table);
        return 0;
    }

    private static int Run(ParseResult result, string text, int page)
    {
        using var services = CliServices.Build();
        services.OpenDatabase().Dispose();
        if (Understood(result, text) is not { } query)
            return 1;

        var search = new TranscriptSearch(services.GetRequiredService<IDbContextFactory<ReaderDbContext>>());
        var results = search.SearchLibraryAsync(query, page).GetAwaiter().GetResult();
        var console = result.Console();
        if (results.Total == 0)
        {
            console.WriteLine($"No matches for “{TerminalText.Escape(query.Text)}”.");
            return 0;
        }

        var order = results.Order == SearchOrder.Relevance ? "most relevant first" : "too many to rank, in library order";
        console.WriteLine($"{results.Total:N0}{(results.TotalIsAtLeast ? "+" : "")} {Counted.Noun(results.TotalIsAtLeast ? 2 : results.Total, "match", "matches")}, {order}; page {results.Page} of {results.PageCount}.");
        var table = new Table().AddColumns("Episode", "Segment", "Where", "Text");
        foreach (var hit in results.Hits)
        {
            var where = string.Join(" · ", new[] { hit.ChapterTitle, hit.SpeakerName, hit.EstimatedStartSeconds is { } s ? "≈" + ChapterTime.Format(s) : null }.OfType<string>());
            table.AddRow(TerminalText.Cell(hit.Slug), $"#s-{hit.Segment}", TerminalText.Cell(where), Marked(query, hit.Zh) + "\n" + Marked(query, hit.En));
        }
        console.Write(table);
        return 0;
    }

    private static string Marked(SearchQuery query, string? text)
    {
        if (text is null)
            return "";
        var marked = new System.Text.StringBuilder();
        var at = 0;
        foreach (var range in query.FindIn(text))
        {
            marked.Append(TerminalText.Cell(text[at..range.Start])).Append("[bold yellow]").Append(TerminalText.Cell(text.Substring(range.Start, range.Length))).Append("[/]");
            at = range.End;
        }
        return marked.Append(TerminalText.Cell(text[at..])).ToString();
    }

    /// <summary>The query, after telling how it was taken; null, with the reason, when there is nothing to search for.</summary>
    private static SearchQuery? Understood(ParseResult result, string text)
    {
        var query = SearchQuery.Parse(text);
        if (query.Notice is { } notice)
            result.Error().WriteLine(TerminalText.Escape(notice));
        else if (query.IsEmpty)
            result.Error().WriteLine("Nothing to search for: give a word, or some Chinese characters.");
        return query.IsEmpty ? null : query;
    }
}
