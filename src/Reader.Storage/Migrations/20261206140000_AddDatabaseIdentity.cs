using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reader.Storage.Migrations
{
    /// <summary>
    /// One row naming this database file (<see cref="DatabaseFile.Identity"/>), so that a running app can tell the
    /// file it opened from one put at the same path since. Outside the model (EF never reads it), so the model
    /// snapshot does not change and this migration needs no designer file.
    /// </summary>
    [DbContext(typeof(ReaderDbContext))]
    [Migration("20261206140000_AddDatabaseIdentity")]
    public partial class AddDatabaseIdentity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE TABLE \"DatabaseIdentity\" (\"Id\" TEXT NOT NULL);");
            migrationBuilder.Sql("INSERT INTO \"DatabaseIdentity\" (\"Id\") VALUES (lower(hex(randomblob(16))));");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE \"DatabaseIdentity\";");
        }
    }
}
