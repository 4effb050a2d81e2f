using System.IO.Compression;
using System.Text;
using Reader.Web.Compression;

namespace Reader.Web.Tests.Compression;

public sealed class SplicedGzipTests
{
    [Theory]
    [InlineData("<html><body>", "<div>shared 共享</div>", "</body></html>")]
    [InlineData("", "shared", "")]
    [InlineData("prefix", "", "suffix")]
    [InlineData("a", "x", "b")]
    public void A_spliced_member_decompresses_to_prefix_shared_and_suffix(string prefix, string shared, string suffix)
    {
        var output = Splice(prefix, shared, suffix);

        Assert.Equal(prefix + shared + suffix, Gunzip(output));
    }

    [Fact]
    public void A_large_shared_part_that_repeats_the_prefix_still_decompresses_exactly()
    {
        var random = new Random(7);
        var words = Enumerable.Range(0, 40_000).Select(_ => random.Next(500).ToString()).ToList();
        var prefix = string.Join(' ', words.Take(3000));
        var shared = string.Join(' ', words);
        var suffix = string.Join(' ', words.Skip(1000).Take(3000));

        Assert.Equal(prefix + shared + suffix, Gunzip(Splice(prefix, shared, suffix)));
    }

    [Fact]
    public void The_shared_part_is_compressed_once_for_its_string()
    {
        var markup = new string('m', 1000) + Guid.NewGuid();

        Assert.Same(PrecompressedMarkup.For(markup), PrecompressedMarkup.For(markup));
    }

    private static byte[] Splice(string prefix, string shared, string suffix)
    {
        using var output = new MemoryStream();
        SplicedGzip.Write(output, Encoding.UTF8.GetBytes(prefix), PrecompressedMarkup.For(shared), Encoding.UTF8.GetBytes(suffix), CompressionLevel.Optimal);
        return output.ToArray();
    }

    private static string Gunzip(byte[] bytes)
    {
        using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
