namespace Cockpit.Status;

/// <summary>
/// The one figure a sentence names with no target beside it ("Kursseilla on tammi–elokuussa käynyt 140 nuorta."), kept for
/// a target given in the next sentence ("Vuoden tavoite on 320."): its value, whether it is a percentage, and whether it
/// was counted for part of the year, forecast, or said in the past; <see cref="Amount"/> is the money it names, scaled by its
/// unit ("1,9 miljoonaa euroa": 1 900 000; NaN for a count), for the budget the next sentence sets against it.
/// </summary>
/// <see cref="CountedUnit"/> is, for a forecast that follows a count of something else ("pidettiin 30 tapahtumaa, ja … vuoden
/// kävijämäärä on 20 000"), the count's unit, so that a target in that unit is not weighed against the forecast.
/// <see cref="LowerIsBetter"/>: the figure is a level of what is better lower ("Sjuktalet landade på 9,7 procent"), met at or under its target.
internal readonly record struct LoneFigure(double Value, bool Percent, bool SoFar, bool Forecast, bool Past, double Amount, string? CountedUnit = null, bool LowerIsBetter = false);
