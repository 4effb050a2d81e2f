using System.Text;

namespace Reader.Web.Episodes;

/// <summary>
/// The stylesheet that hides the speakers named in the transcript's <c>data-hidden-speakers</c> list
/// ("Speaker 0,Speaker 1"). Built per episode because CSS cannot match one element's attribute against
/// another's: it needs one rule per label, in each position the list can hold it. A hidden speaker's turn
/// gives way to its one-line marker (<c>[data-hidden-turn]</c>), which can show that turn again (<c>data-revealed</c>).
/// </summary>
public static class SpeakerStyles
{
    public static string For(IEnumerable<string> labels)
    {
        var css = new StringBuilder();
        foreach (var label in labels)
        {
            var value = Quote(label);
            var hidden = new[] { $"={value}", $"^={Quote(label + ",")}", $"$={Quote("," + label)}", $"*={Quote("," + label + ",")}" }
                .Select(match => $".transcript[data-hidden-speakers{match}]")
                .ToList();
            css.AppendJoin(",\n", hidden.Select(h => $"{h} .turn[data-speaker={value}]:not([data-revealed])")).Append(" { display: none; }\n");
            css.AppendJoin(",\n", hidden.Select(h => $"{h} [data-marker-for={value}]")).Append(" { display: flex; }\n");
        }
        return css.ToString();
    }

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\a ") + "\"";
}
