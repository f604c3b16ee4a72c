using System.Globalization;
using System.Text;

namespace Totvs.Ecommerce.Sdk.AspNetCore.StatusPage;

/// <summary>The chart of documents synchronised and with a problem per hour over the last 24 hours, as inline SVG.</summary>
internal static class OutcomeChart
{
    private const int HourWidth = 30;
    private const int BarWidth = 11;
    private const int Height = 120;
    private const int Top = 16;
    private const int Left = 36;

    public static void Render(StringBuilder html, StatusPageModel model)
    {
        var t = model.Text;
        var max = Math.Max(1, model.Hours.Max(h => Math.Max(h.Synced, h.Problems)));
        var width = Left + (model.Hours.Count * HourWidth) + 8;
        var baseline = Top + Height;
        html.Append("<section id=\"chart\"><h2>").Append(StatusPageRenderer.E(t.Chart)).Append("</h2>")
            .Append("<svg class=\"chart\" role=\"img\" aria-label=\"").Append(StatusPageRenderer.E(t.Chart)).Append("\" width=\"").Append(width)
            .Append("\" height=\"").Append(baseline + 32).Append("\" viewBox=\"0 0 ").Append(width).Append(' ').Append(baseline + 32).Append("\">")
            .Append("<line x1=\"").Append(Left).Append("\" y1=\"").Append(baseline).Append("\" x2=\"").Append(width).Append("\" y2=\"").Append(baseline).Append("\" stroke=\"#d0d7de\"/>")
            .Append("<text x=\"").Append(Left - 4).Append("\" y=\"").Append(Top + 4).Append("\" text-anchor=\"end\">").Append(StatusPageRenderer.E(t.Count(max))).Append("</text>")
            .Append("<text x=\"").Append(Left - 4).Append("\" y=\"").Append(baseline).Append("\" text-anchor=\"end\">0</text>");
        for (var i = 0; i < model.Hours.Count; i++)
        {
            var hour = model.Hours[i];
            var local = hour.Hour.InZone(model.Options.TimeZone).LocalDateTime;
            var label = local.ToString("HH'h'", CultureInfo.InvariantCulture);
            var x = Left + (i * HourWidth) + 3;
            var synced = hour.Synced * Height / max;
            var problems = hour.Problems * Height / max;
            html.Append("<g class=\"hour\" data-hour=\"").Append(local.ToString("uuuu'-'MM'-'dd'T'HH':'mm", CultureInfo.InvariantCulture))
                .Append("\" data-synced=\"").Append(hour.Synced).Append("\" data-problems=\"").Append(hour.Problems).Append("\"><title>")
                .Append(StatusPageRenderer.E($"{t.DateTime(local)}: {t.Count(hour.Synced)} {t.ChartSynced}, {t.Count(hour.Problems)} {t.ChartProblems}")).Append("</title>")
                .Append("<rect class=\"synced\" x=\"").Append(x).Append("\" y=\"").Append(baseline - synced).Append("\" width=\"").Append(BarWidth)
                .Append("\" height=\"").Append(synced).Append("\"/>")
                .Append("<rect class=\"problems\" x=\"").Append(x + BarWidth + 1).Append("\" y=\"").Append(baseline - problems).Append("\" width=\"").Append(BarWidth)
                .Append("\" height=\"").Append(problems).Append("\"/>");
            if (i % 3 == 0)
            {
                html.Append("<text x=\"").Append(x + BarWidth).Append("\" y=\"").Append(baseline + 14).Append("\" text-anchor=\"middle\">").Append(label).Append("</text>");
            }

            html.Append("</g>");
        }

        var legend = baseline + 28;
        html.Append("<rect class=\"synced\" x=\"").Append(Left).Append("\" y=\"").Append(legend - 9).Append("\" width=\"10\" height=\"10\"/>")
            .Append("<text x=\"").Append(Left + 14).Append("\" y=\"").Append(legend).Append("\">").Append(StatusPageRenderer.E(t.ChartSynced)).Append("</text>")
            .Append("<rect class=\"problems\" x=\"").Append(Left + 120).Append("\" y=\"").Append(legend - 9).Append("\" width=\"10\" height=\"10\"/>")
            .Append("<text x=\"").Append(Left + 134).Append("\" y=\"").Append(legend).Append("\">").Append(StatusPageRenderer.E(t.ChartProblems)).Append("</text>")
            .Append("</svg></section>");
    }
}
