// Five browser collections wait most of their time (see BrowserCollections), and so does the restart test;
// with the default of one test per core, two of them would hold this 2-core machine's slots while the fast
// tests queue behind them.
[assembly: CollectionBehavior(MaxParallelThreads = 8)]
