namespace Cockpit.Status;

/// <summary>
/// The one figure a sentence names with no target beside it ("Kursseilla on tammi–elokuussa käynyt 140 nuorta."), kept for
/// a target given in the next sentence ("Vuoden tavoite on 320."): its value, whether it is a percentage, and whether it
/// was counted for part of the year, forecast, or said in the past.
/// </summary>
internal readonly record struct LoneFigure(double Value, bool Percent, bool SoFar, bool Forecast, bool Past);
