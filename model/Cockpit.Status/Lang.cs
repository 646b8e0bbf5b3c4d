namespace Cockpit.Status;

/// <summary>The language a forecast text is guessed to be written in; it only changes how a few ambiguous words are read.</summary>
internal enum Lang
{
    Fi,
    Sv,
    En,
}
