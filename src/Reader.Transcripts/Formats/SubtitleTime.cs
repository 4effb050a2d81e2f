using System.Globalization;

namespace Reader.Transcripts.Formats;

/// <summary>
/// Cue times as subtitle formats write them: <c>hh:mm:ss,ttt</c> (SRT), <c>hh:mm:ss.ttt</c> or <c>mm:ss.ttt</c>
/// (WebVTT), <c>h:mm:ss.cc</c> (ASS). The hours may have any number of digits (<c>1:02:03,000</c>,
/// <c>100:00:00,000</c>); the fraction is a decimal one of up to three digits, after a comma or a point, or absent.
/// </summary>
internal static class SubtitleTime
{
    private const string Arrow = "-->";

    public static bool TryParse(ReadOnlySpan<char> text, out double seconds)
    {
        seconds = 0;
        Span<Range> parts = stackalloc Range[4];
        var count = text.Split(parts, ':');
        if (count is < 2 or > 3)
            return false;

        var last = text[parts[count - 1]];
        var separator = last.IndexOfAny(',', '.');
        var whole = separator < 0 ? last : last[..separator];
        var fraction = separator < 0 ? [] : last[(separator + 1)..];
        if (separator >= 0 && fraction.Length is 0 or > 3 || !IsCount(fraction, 3) || whole.Length != 2 || !IsCount(whole, 2))
            return false;

        var lead = text[parts[0]];
        // Six digits of hours is over a century; more would only be a typo, and could overflow.
        if (lead.Length is 0 or > 6 || !IsCount(lead, 6))
            return false;
        var total = (double)int.Parse(lead, CultureInfo.InvariantCulture);
        if (count == 3)
        {
            var minutes = text[parts[1]];
            if (minutes.Length != 2 || !IsCount(minutes, 2) || int.Parse(minutes, CultureInfo.InvariantCulture) >= 60)
                return false;
            total = total * 60 + int.Parse(minutes, CultureInfo.InvariantCulture);
        }
        var secondsField = int.Parse(whole, CultureInfo.InvariantCulture);
        if (secondsField >= 60)
            return false;

        seconds = total * 60 + secondsField + (fraction.IsEmpty ? 0 : int.Parse(fraction, CultureInfo.InvariantCulture) / Math.Pow(10, fraction.Length));
        return true;
    }

    /// <summary>Whether the line holds a cue timing's arrow; whether the times around it are valid is <see cref="TryParseTiming"/>'s to say.</summary>
    public static bool HasArrow(string line) => line.Contains(Arrow, StringComparison.Ordinal);

    /// <summary>"start --> end", then anything after white space (WebVTT cue settings, SRT coordinates), which is ignored.</summary>
    public static bool TryParseTiming(string line, out double start, out double end)
    {
        end = 0;
        var arrow = line.IndexOf(Arrow, StringComparison.Ordinal);
        var right = line.AsSpan(arrow + Arrow.Length).TrimStart();
        var space = right.IndexOfAny(' ', '\t');
        return TryParse(line.AsSpan(0, arrow).Trim(), out start) & TryParse(space < 0 ? right : right[..space], out end);
    }

    private static bool IsCount(ReadOnlySpan<char> digits, int max) => digits.Length <= max && !digits.ContainsAnyExceptInRange('0', '9');
}
