using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reader.Storage.Migrations
{
    /// <inheritdoc />
    public partial class AddSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "SearchIndexVersion",
                table: "Episodes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Contentless (the text is in Segments) with deletes, keyed by SearchIndex.Key. The columns hold
            // SearchText.IndexForm: tokens joined by spaces, Han characters one per token (see SearchText).
            // Prefix indexes for 3 to 5 characters: without one, FTS5 answers "the"* by merging the postings of
            // every word that starts so before returning the first row (~75 ms at 600,000 segments); with
            // one, it reads them in order like any word. Longer prefixes have few completions.
            // Existing episodes are indexed on the next start, by SearchIndex.RebuildStale.
            migrationBuilder.Sql(
                """
                CREATE VIRTUAL TABLE SegmentSearch USING fts5(
                    zh, en,
                    content = '', contentless_delete = 1,
                    prefix = '3 4 5',
                    tokenize = 'unicode61 remove_diacritics 2'
                );
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE SegmentSearch;");

            migrationBuilder.DropColumn(
                name: "SearchIndexVersion",
                table: "Episodes");
        }
    }
}
