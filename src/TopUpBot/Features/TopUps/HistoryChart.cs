using ScottPlot;
using SkiaSharp;
using TopUpBot.Domain.Sims;
using TopUpBot.Domain.TopUps;
using TopUpBot.Features.Sims;

namespace TopUpBot.Features.TopUps;

/// <summary>
/// Draws top-ups per month (bars) and each SIM's recorded balance (lines) over the last 12 months as a PNG.
/// The picture holds only numbers, dates, masked phone numbers and "RUB", in an embedded Latin font, so it
/// reads the same on a server without fonts and in every language; the caption explains it.
/// </summary>
internal static class HistoryChart
{
    public const int Width = 800;
    public const int Height = 450;
    public const int Months = 12;

    static HistoryChart() => Fonts.FontResolvers.Insert(0, new EmbeddedFont());

    /// <summary>True when there is a top-up or a recorded balance to draw.</summary>
    public static bool HasData(IReadOnlyList<Sim> sims, IReadOnlyList<TopUp> topUps, DateOnly today)
    {
        var from = FirstMonth(today);
        return topUps.Any(t => t.On >= from) || sims.Any(s => BalanceHistory.Of(s, topUps, from).Count > 0);
    }

    public static byte[] Render(IReadOnlyList<Sim> sims, IReadOnlyList<TopUp> topUps, DateOnly today)
    {
        var first = FirstMonth(today);
        using var plot = new Plot();
        plot.Font.Set(EmbeddedFont.Name);

        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (var i = 0; i < Months; i++)
        {
            var month = first.AddMonths(i);
            ticks.AddMajor(i + 0.5, $"{month.Year}-{month.Month:00}");
            var rub = topUps.Where(t => t.On.Year == month.Year && t.On.Month == month.Month).Sum(t => t.Rub);
            if (rub > 0)
            {
                var bar = plot.Add.Bar(i + 0.5, (double)rub);
                bar.Color = Colors.SteelBlue.WithAlpha(0.6);
            }
        }

        foreach (var sim in sims)
        {
            var points = BalanceHistory.Of(sim, topUps, first);
            if (points.Count > 0)
            {
                var line = plot.Add.Scatter(points.Select(p => X(p.On, first)).ToArray(), points.Select(p => (double)p.Rub).ToArray());
                line.LegendText = SimViews.Masked(sim.Number);
                line.LineWidth = 2;
            }
        }

        plot.Axes.Bottom.TickGenerator = ticks;
        plot.Axes.Left.Label.Text = "RUB";
        plot.Axes.Margins(bottom: 0);
        plot.Axes.SetLimitsX(0, Months);
        plot.ShowLegend(Alignment.UpperLeft);
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    private static DateOnly FirstMonth(DateOnly today) => new DateOnly(today.Year, today.Month, 1).AddMonths(1 - Months);

    /// <summary>Months since <paramref name="first"/>, with the day as a fraction of its month.</summary>
    private static double X(DateOnly day, DateOnly first) =>
        ((day.Year - first.Year) * 12) + day.Month - first.Month + ((day.Day - 1) / (double)DateTime.DaysInMonth(day.Year, day.Month));

    /// <summary>Answers ScottPlot's font lookups for <see cref="Name"/> from the embedded DejaVu Sans subset.</summary>
    private sealed class EmbeddedFont : IFontResolver
    {
        public const string Name = "TopUpBot Chart Sans";

        private readonly byte[] _bytes = Load();

        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
            fontName == Name ? SKTypeface.FromData(SKData.CreateCopy(_bytes)) : null;

        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing width) =>
            CreateTypeface(fontName, weight >= FontWeight.Bold, slant != FontSlant.Upright);

        private static byte[] Load()
        {
            using var stream = typeof(HistoryChart).Assembly.GetManifestResourceStream("TopUpBot.chart-sans.ttf")
                ?? throw new InvalidOperationException("The chart font is not embedded.");
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }
    }
}
