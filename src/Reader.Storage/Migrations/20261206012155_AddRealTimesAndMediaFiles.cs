using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reader.Storage.Migrations
{
    /// <inheritdoc />
    public partial class AddRealTimesAndMediaFiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "EndSeconds",
                table: "Segments",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "StartSeconds",
                table: "Segments",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MediaFile",
                table: "Episodes",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EndSeconds",
                table: "Segments");

            migrationBuilder.DropColumn(
                name: "StartSeconds",
                table: "Segments");

            migrationBuilder.DropColumn(
                name: "MediaFile",
                table: "Episodes");
        }
    }
}
