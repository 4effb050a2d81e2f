using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Reader.Storage;
using Reader.Transcripts;

namespace Reader.Benchmarks;

/// <summary>
/// <c>--profile-import [folder]</c>: where a warm import's time goes: the parse alone, the time SQLite spends
/// executing EF Core's commands, and the commit; the rest is EF Core itself (change tracking, SQL generation,
/// materialising). The databases go to <c>folder</c> (the temp folder by default; try <c>/dev/shm</c> to take the disk out).
/// </summary>
internal static class ImportProfile
{
    // Enough rounds before the measured ones for tiered compilation to finish (a method moves to optimised code after 30 calls).
    private const int WarmupRounds = 60;
    private const int Rounds = 20;

    public static int Run(string? where)
    {
        var seed = Seeds.SeedPath;
        var bytes = File.ReadAllBytes(seed);
        var folder = Path.Combine(where ?? Path.GetTempPath(), $"reader-profile-import-{Environment.ProcessId}");
        Directory.CreateDirectory(folder);
        try
        {
            for (var i = 0; i < WarmupRounds; i++)
                TranscriptParser.Parse(Seeds.FileName, bytes);
            Thread.Sleep(500); // lets the background compiler finish
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < Rounds; i++)
                TranscriptParser.Parse(Seeds.FileName, bytes);
            var parse = clock.Elapsed / Rounds;

            Console.WriteLine($"databases in {folder}");
            Console.WriteLine($"parse alone: {Ms(parse)} ms");
            Console.WriteLine($"{"round",5} {"import",9} {"commands",9} {"in SQL",9} {"commit",9} {"other",9}");
            var totals = new List<(TimeSpan Import, TimeSpan Sql, TimeSpan Commit)>();
            for (var round = 0; round <= WarmupRounds + Rounds; round++)
            {
                var database = Path.Combine(folder, $"reader-{round}.db");
                var timing = new DbTiming();
                var options = new DbContextOptionsBuilder<ReaderDbContext>();
                options.UseReaderSqlite($"Data Source={database}").AddInterceptors(timing, timing.Transactions);
                var factory = new PooledDbContextFactory<ReaderDbContext>(options.Options);
                using (var db = factory.CreateDbContext())
                    SqliteSetup.Migrate(db);
                var importer = new EpisodeImporter(factory, NullLogger<EpisodeImporter>.Instance);
                timing.Reset();

                clock.Restart();
                ImportRun.ImportOrThrow(importer, seed);
                var import = clock.Elapsed;
                ImportRun.Delete(database);

                var other = import - timing.Sql - timing.Transactions.Commit - parse;
                if (round == 0 || round > WarmupRounds)
                    Console.WriteLine($"{(round == 0 ? "cold" : round.ToString(CultureInfo.InvariantCulture)),5} {Ms(import),9} {timing.Commands,9} {Ms(timing.Sql),9} {Ms(timing.Transactions.Commit),9} {Ms(other),9}");
                if (round > WarmupRounds)
                    totals.Add((import, timing.Sql, timing.Transactions.Commit));
            }
            var median = totals.OrderBy(t => t.Import).ElementAt(totals.Count / 2);
            Console.WriteLine($"median warm import {Ms(median.Import)} ms: parse ~{Ms(parse)}, SQL {Ms(median.Sql)}, commit {Ms(median.Commit)}, rest (EF Core, hashing, reading) {Ms(median.Import - median.Sql - median.Commit - parse)}");
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Ms(TimeSpan time) => time.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture);

    /// <summary>Sums the time between EF Core handing a command to SQLite and getting its result back.</summary>
    private sealed class DbTiming : DbCommandInterceptor
    {
        private readonly Stopwatch clock = new();

        public TransactionTiming Transactions { get; } = new();
        public int Commands { get; private set; }
        public TimeSpan Sql => clock.Elapsed;

        public void Reset()
        {
            clock.Reset();
            Commands = 0;
            Transactions.Reset();
        }

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Commands++;
            clock.Start();
            return result;
        }

        public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
        {
            clock.Stop();
            return result;
        }

        public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
        {
            Commands++;
            clock.Start();
            return result;
        }

        public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
        {
            clock.Stop();
            return result;
        }

        public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
        {
            Commands++;
            clock.Start();
            return result;
        }

        public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
        {
            clock.Stop();
            return result;
        }
    }

    private sealed class TransactionTiming : DbTransactionInterceptor
    {
        private readonly Stopwatch clock = new();

        public TimeSpan Commit => clock.Elapsed;

        public void Reset() => clock.Reset();

        public override InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
        {
            clock.Start();
            return result;
        }

        public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => clock.Stop();
    }
}
