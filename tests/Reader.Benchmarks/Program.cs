// Reader.Benchmarks: a console app, not a test project (`dotnet test` does not run it). From this folder:
//
//   dotnet run -c Release -- --filter '*'              all BenchmarkDotNet benchmarks:
//                                                        ParseBenchmarks  parse the seed and a ~10 MB transcript built from it, each
//                                                                         against reading the same bytes as lines (Ratio = parse / read; target <= 3)
//                                                        ImportBenchmarks import the seed into an empty SQLite file, warm process (target < 50 ms)
//   dotnet run -c Release -- --filter '*Parse*'        only the parser (or '*Import*': only the import)
//   dotnet run -c Release -- --first-import            no BenchmarkDotNet: Stopwatch times of the first import in this fresh process
//                                                        (EF Core model building, JIT; ~300 ms expected), then of a second import into
//                                                        another empty database; migrations are timed apart from the imports
//
// Rough profiles, no BenchmarkDotNet (Stopwatch; to find where the time goes when a target is missed):
//   dotnet run -c Release -- --profile-parse           parsing the seed and the ~10 MB input, by stage
//
// Linear time in every dimension of the input, no BenchmarkDotNet (Stopwatch; a minute or two):
//   dotnet run -c Release -- --scaling [dimension...]   parse and each of the six exports at 1×, 10× and 100× of a base size, one
//                                                        dimension grown at a time: segments, segment line length, summary lines,
//                                                        summary line length, chapter title length, chapters; with the ratio per 10×;
//                                                        then every other input file kind read as the import reads it: SRT,
//                                                        WebVTT and ASS, an SRT pair, and the timing (alone and on an SRT),
//                                                        speaker, media and chapter sidecars (README.md has the table)
//
// SRT pairs imported as the import page does it, no BenchmarkDotNet (Stopwatch; under a minute):
//   dotnet run -c Release -- --pair-import [cues...]  five episodes per size (default 1000 3000 cues a side): ms per episode and
//                                                        cues/s through LibraryUpload.Import, beside reading the pair alone
//
// Search over generated libraries, no BenchmarkDotNet (Stopwatch percentiles; minutes, not seconds):
//   dotnet run -c Release -- --search [episodes...] [--keep] [--no-optimize]
//                                                      for each size (default 1000 10000; each episode is the seed's 611
//                                                        segments reshuffled, ~6 million segments at 10,000): generation and
//                                                        import time, database and FTS index size, then p50/p95/max of
//                                                        SearchLibraryAsync (page 1 with the count and per-episode counts;
//                                                        target p95 < 50 ms over the mix) and of a search in one episode
//                                                        (target < 5 ms), both the find box's FindInEpisodeSegments and
//                                                        SearchEpisodeAsync, each + FindIn, per query and per class: Chinese
//                                                        1/2/4-character queries, English words, prefixes, phrases, mixed and
//                                                        rare/absent terms; the same again after an FTS5 'optimize' merge unless
//                                                        --no-optimize; a Markdown summary at the end. Progress goes to stderr.
//                                                        The temporary folder is deleted unless --keep.
using BenchmarkDotNet.Running;
using Reader.Benchmarks;

if (args is ["--first-import"])
    return FirstImport.Run();
if (args is ["--profile-parse"])
    return ParseProfile.Run();
if (args is ["--scaling", .. var dimensions])
    return Scaling.Run(dimensions);
if (args is ["--pair-import", .. var pairSizes])
    return PairImport.Run(pairSizes);
if (args is ["--search", .. var searchArgs])
    return await SearchBenchmark.RunAsync(searchArgs);

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
