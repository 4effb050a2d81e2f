using Microsoft.EntityFrameworkCore;
using Reader.Transcripts;

namespace Reader.Storage;

public sealed class ReaderDbContext(DbContextOptions<ReaderDbContext> options) : DbContext(options)
{
    public DbSet<EpisodeRow> Episodes => Set<EpisodeRow>();
    public DbSet<SpeakerRow> Speakers => Set<SpeakerRow>();
    public DbSet<ChapterRow> Chapters => Set<ChapterRow>();
    public DbSet<SegmentRow> Segments => Set<SegmentRow>();
    public DbSet<WarningRow> Warnings => Set<WarningRow>();
    public DbSet<PinRow> Pins => Set<PinRow>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<EpisodeRow>(episode =>
        {
            episode.ToTable("Episodes");
            episode.HasIndex(e => e.Slug).IsUnique();
            episode.HasIndex(e => e.SourceFile).IsUnique();
            episode.HasMany(e => e.Speakers).WithOne().HasForeignKey(s => s.EpisodeId).OnDelete(DeleteBehavior.Cascade);
            episode.HasMany(e => e.Chapters).WithOne().HasForeignKey(c => c.EpisodeId).OnDelete(DeleteBehavior.Cascade);
            episode.HasMany(e => e.Segments).WithOne().HasForeignKey(s => s.EpisodeId).OnDelete(DeleteBehavior.Cascade);
            episode.HasMany(e => e.Warnings).WithOne().HasForeignKey(w => w.EpisodeId).OnDelete(DeleteBehavior.Cascade);
            episode.HasMany(e => e.Pins).WithOne().HasForeignKey(p => p.EpisodeId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<SpeakerRow>(speaker =>
        {
            speaker.ToTable("Speakers").HasIndex(s => new { s.EpisodeId, s.Label }).IsUnique();
            // The column keeps the role's name ("host", "guest", "unknown"), as it always has.
            speaker.Property(s => s.Role).HasConversion(role => role.Name(), name => SpeakerRoles.FromName(name));
        });
        model.Entity<ChapterRow>().ToTable("Chapters").HasIndex(c => new { c.EpisodeId, c.Ordinal }).IsUnique();
        model.Entity<SegmentRow>().ToTable("Segments").HasIndex(s => new { s.EpisodeId, s.Ordinal }).IsUnique();
        model.Entity<WarningRow>().ToTable("Warnings");
        model.Entity<PinRow>().ToTable("Pins").HasIndex(p => new { p.EpisodeId, p.Segment }).IsUnique();
    }
}
