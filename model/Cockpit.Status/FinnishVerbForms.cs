using System.Collections.Frozen;

namespace Cockpit.Status;

/// <summary>
/// Hand-written stem rules for the Finnish verbs a verdict is made of (toteutua, saavuttaa, onnistua,
/// täyttyä, täyttää, päästä, ylittää/alittaa, jäädä, epäonnistua): the ending after the stem tells
/// past (saavutettiin), present or future (saavutetaan), progressive (toteutumassa), abessive
/// (toteutumatta) or a noun (toteutuminen). A stemmer would throw exactly this away.
/// </summary>
internal static class FinnishVerbForms
{
    private static readonly FrozenDictionary<string, VerbForm> Toteutua = Table(
        past: ["i", "ivat", "nut", "neet", "neen", "neeksi", "neiksi", "neena"],
        present: ["u", "vat", "van", "vansa", "maan", "nee", "nevat", "isi", "isivat", "va", "vaksi"],
        progressive: ["massa"], abessive: ["matta", "maton", "mattomaksi", "mattomiksi"]);

    private static readonly FrozenDictionary<string, VerbForm> Saavuttaa = Table(
        past: ["ettiin", "ettu", "ti", "tivat", "tanut", "taneet", "imme", "ettuaan", "etuksi", "etuiksi", "ettuna", "etun"],
        present: ["etaan", "eta", "a", "taa", "tavat", "tamaan", "ettavissa", "ettaneen", "ettava", "ettavaksi", "ettavalta", "ettavana", "ettaisiin", "ettaisi", "taisi", "tanee", "etaneen"],
        progressive: ["tamassa"], abessive: ["tamatta", "tamaton", "tamattomaksi", "tamattomiksi"]);

    private static readonly FrozenDictionary<string, VerbForm> Onnistua = Table(
        past: ["i", "ivat", "nut", "neet", "neen", "ttiin", "ttu", "imme", "immekin"],
        present: ["", "u", "vat", "van", "maan", "nee", "isi", "ttaneen"], // "": the connegative, "ei onnistu"
        progressive: ["massa"], abessive: ["matta"]);

    private static readonly FrozenDictionary<string, VerbForm> Tayttya = Table(
        past: ["i", "ivät", "nyt", "neet", "neen", "neeksi", "neiksi", "neenä"],
        present: ["y", "vät", "vän", "mään", "nee", "isi"],
        progressive: ["mässä"], abessive: ["mättä", "mätön", "mättömäksi", "mättömiksi"]);

    /// <summary>täyttää (transitive): "tavoite on täytetty", "hanke täytti tavoitteensa"; after täytty-, täyty- are tried.</summary>
    private static readonly FrozenDictionary<string, VerbForm> Tayttaa = Table(
        past: ["etty", "ettiin", "ti", "tivät", "tänyt", "täneet", "etyksi", "ettynä"],
        present: ["etään", "etä", "tää", "tävät", "tämään", "etäneen"],
        progressive: ["tämässä"], abessive: ["tämättä"]);

    private static readonly FrozenDictionary<string, VerbForm> Paasta = new Dictionary<string, VerbForm>
    {
        ["päästiin"] = VerbForm.Past, ["päässyt"] = VerbForm.Past, ["päässeet"] = VerbForm.Past, ["pääsi"] = VerbForm.Past, ["pääsivät"] = VerbForm.Past, ["päästy"] = VerbForm.Past,
        ["päästään"] = VerbForm.Present, ["päästä"] = VerbForm.Present, ["pääsee"] = VerbForm.Present,
        ["pääse"] = VerbForm.Present, ["päästäneen"] = VerbForm.Present, ["päästävän"] = VerbForm.Present, ["pääsevän"] = VerbForm.Present, ["pääsevät"] = VerbForm.Present,
        ["pääseminen"] = VerbForm.Noun, ["pääsemistä"] = VerbForm.Noun, ["pääsemisen"] = VerbForm.Noun,
    }.ToFrozenDictionary();

    /// <summary>yltää (reach up to): "tavoitetasoon ei ylletä", "ylsi tavoitteeseen"; "yllä" (above) is not one of its forms.</summary>
    private static readonly FrozenDictionary<string, VerbForm> Yltaa = new Dictionary<string, VerbForm>
    {
        ["yllettiin"] = VerbForm.Past, ["ylletty"] = VerbForm.Past, ["ylsi"] = VerbForm.Past, ["ylsivät"] = VerbForm.Past,
        ["yltänyt"] = VerbForm.Past, ["yltäneet"] = VerbForm.Past, ["ylletään"] = VerbForm.Present, ["ylletä"] = VerbForm.Present,
        ["yltää"] = VerbForm.Present, ["yltävät"] = VerbForm.Present, ["yltävän"] = VerbForm.Present, ["yltäisivät"] = VerbForm.Present, ["yltämään"] = VerbForm.Present,
        ["yltänee"] = VerbForm.Present, ["ylletäneen"] = VerbForm.Present, ["yltäisi"] = VerbForm.Present, ["yltämättä"] = VerbForm.Abessive,
        ["yltämässä"] = VerbForm.Progressive, // "kierrostavoitteeseen ollaan yltämässä"
    }.ToFrozenDictionary();

    private static readonly FrozenSet<string> Jaada = new[]
    {
        "jää", "jäi", "jäänee", "jäävät", "jäivät", "jäisi", "jäisivät", "jäänyt", "jääneet", "jäädä", "jäämässä", "jäämään", "jäänevät", "jääneen",
        "jäätiin", "jäädään", "jäävän", "jäätäisiin",
    }.ToFrozenSet();

    private static readonly string[] ThresholdPast =
    [
        "ettiin", "etty", "ettu", "tyi", "tui", "tyivät", "tuivat", "ti", "tivät", "tivat", "tänyt", "tanut", "täneet", "taneet",
        "tynyt", "tunut", "tyneet", "tuneet",
    ];

    /// <summary>Reads a Finnish verb of one of the families; false for any other word.</summary>
    public static bool TryRead(string w, out Cue cues, out VerbForm form)
    {
        cues = Cue.None;
        form = VerbForm.None;
        if (w.Length < 3) return false;
        switch (w[0])
        {
            case 't':
                if (w.StartsWith("toteutu", StringComparison.Ordinal)) return Family(w, 7, Toteutua, Cue.Realise | Cue.Weak, out cues, out form);
                if (w == "toteudu") { cues = Cue.Realise | Cue.Weak; form = VerbForm.Present; return true; } // connegative: ei toteudu
                if (w == "tavoitettavissa") { cues = Cue.Realise; form = VerbForm.Present; return true; } // "tavoite on hyvin tavoitettavissa": within reach
                if (w.StartsWith("täytty", StringComparison.Ordinal)) return Family(w, 6, Tayttya, Cue.Realise | Cue.Weak, out cues, out form);
                if (w == "täyty") { cues = Cue.Realise | Cue.Weak; form = VerbForm.Present; return true; } // not täytyy ("must")
                return w.StartsWith("täyt", StringComparison.Ordinal) && Family(w, 4, Tayttaa, Cue.Realise | Cue.Weak, out cues, out form);
            case 's':
                return w.StartsWith("saavut", StringComparison.Ordinal) && Family(w, 6, Saavuttaa, Cue.Realise, out cues, out form);
            case 'o':
                return w.StartsWith("onnistu", StringComparison.Ordinal) && Family(w, 7, Onnistua, Cue.Realise | Cue.Weak, out cues, out form);
            case 'e':
                if (!w.StartsWith("epäonnistu", StringComparison.Ordinal)) return false;
                cues = Cue.Fail;
                form = Onnistua.TryGetValue(w[10..], out var f) && f == VerbForm.Past ? VerbForm.Past : VerbForm.Present;
                return true;
            case 'p':
                if (!Paasta.TryGetValue(w, out form)) return false;
                cues = Cue.Realise | Cue.Weak;
                return true;
            case 'j':
                if (!Jaada.Contains(w)) return false;
                cues = Cue.Remain | Cue.Auxiliary;
                return true;
            case 'y':
                if (Yltaa.TryGetValue(w, out form) && form != VerbForm.None)
                {
                    cues = Cue.Realise | Cue.Weak;
                    return true;
                }
                if (!w.StartsWith("ylit", StringComparison.Ordinal) || w.StartsWith("ylityö", StringComparison.Ordinal)) return false;
                if (w.Contains("riski", StringComparison.Ordinal) || w.Contains("uhka", StringComparison.Ordinal) || w.Contains("paine", StringComparison.Ordinal))
                {
                    cues = Cue.Hedge; // "ylitysriskiä", "ylitysuhka", "ylityspaineita": a risk of an overrun, not one
                    return true;
                }
                cues = Cue.Above;
                form = Threshold(w);
                return true;
            case 'a':
                if (!w.StartsWith("alit", StringComparison.Ordinal)) return false;
                cues = Cue.Below;
                form = Threshold(w);
                return true;
            default:
                return false;
        }
    }

    private static bool Family(string w, int stem, FrozenDictionary<string, VerbForm> endings, Cue family, out Cue cues, out VerbForm form)
    {
        cues = family;
        var ending = w[stem..];
        if (endings.TryGetValue(ending, out form)) return true;
        // toteutuminen, toteutumista, saavuttamiseen: the noun of realisation.
        if (ending.StartsWith("mi", StringComparison.Ordinal) || ending.StartsWith("tami", StringComparison.Ordinal))
        {
            form = VerbForm.Noun;
            return true;
        }
        // toteutuneista tapahtumista: a participle describing something else, not a verdict.
        cues = Cue.None;
        form = VerbForm.None;
        return false;
    }

    private static VerbForm Threshold(string w)
    {
        foreach (var ending in ThresholdPast)
            if (w.EndsWith(ending, StringComparison.Ordinal)) return VerbForm.Past;
        return VerbForm.Present;
    }

    private static FrozenDictionary<string, VerbForm> Table(string[] past, string[] present, string[] progressive, string[] abessive)
    {
        var d = new Dictionary<string, VerbForm>(StringComparer.Ordinal);
        foreach (var e in past) d[e] = VerbForm.Past;
        foreach (var e in present) d[e] = VerbForm.Present;
        foreach (var e in progressive) d[e] = VerbForm.Progressive;
        foreach (var e in abessive) d[e] = VerbForm.Abessive;
        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
