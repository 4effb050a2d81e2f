using System.Globalization;

namespace Reader.Transcripts;

/// <summary>Chapter times as the summary writes them: <c>m:ss</c> or <c>h:mm:ss</c>.</summary>
public static class ChapterTime
{
    public static bool TryParse(string text, out int seconds)
    {
        seconds = 0;
        var parts = text.Split(':');
        // Four digits bound the leading field (9999 minutes is a week), so no count overflows.
        if (parts.Length is < 2 or > 3 || parts.Any(p => p.Length is 0 or > 4 || !p.All(char.IsAsciiDigit)))
            return false;

        var numbers = parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        // The leading field may be any size (m or h); every later field is a two-digit count below 60.
        for (var i = 1; i < numbers.Length; i++)
        {
            if (parts[i].Length != 2 || numbers[i] >= 60)
                return false;
        }

        seconds = numbers.Aggregate(0, (total, n) => total * 60 + n);
        return true;
    }

    /// <summary><c>m:ss</c> below an hour, <c>h:mm:ss</c> from there on.</summary>
    public static string Format(int seconds)
    {
        var time = TimeSpan.FromSeconds(seconds);
        return time.TotalHours >= 1
            ? $"{(int)time.TotalHours}:{time.Minutes:00}:{time.Seconds:00}"
            : $"{time.Minutes}:{time.Seconds:00}";
    }
}
