using System.Globalization;

namespace Reader.Transcripts.Exports;

/// <summary>Subtitle timestamps: <c>hh:mm:ss.ttt</c> in WebVTT, <c>hh:mm:ss,ttt</c> in SRT.</summary>
internal static class CueTime
{
    public static string Format(double seconds, char fractionSeparator)
    {
        var milliseconds = (long)Math.Round(seconds * 1000);
        var time = TimeSpan.FromMilliseconds(milliseconds);
        return string.Create(CultureInfo.InvariantCulture,
            $"{(int)time.TotalHours:00}:{time.Minutes:00}:{time.Seconds:00}{fractionSeparator}{time.Milliseconds:000}");
    }
}
