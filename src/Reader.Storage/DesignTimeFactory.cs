using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Reader.Storage;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without a host.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<ReaderDbContext>
{
    public ReaderDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ReaderDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
