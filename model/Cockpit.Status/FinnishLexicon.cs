namespace Cockpit.Status;

/// <summary>Finnish words and stems ('*'); verb families with many inflected forms are in <see cref="FinnishVerbForms"/>.</summary>
internal static class FinnishLexicon
{
    public static readonly LexiconEntry[] Entries =
    [
        // The goal. Compounds (toimintatavoite, tavoitetaso) are caught by Lexicon.IsGoalWord.
        new("tav", Cue.Goal), new("tavoiteltiin", Cue.Goal), new("tavoitellaan", Cue.Goal), new("enn", Cue.Frame | Cue.ForecastNoun), new("tot", Cue.Actual), new("hanke*", Cue.Goal), new("hankke*", Cue.Goal), new("mittari*", Cue.Goal), new("projekti*", Cue.Goal),

        // Negation is a verb of its own; eikä/eivätkä also join a new clause.
        new("ei", Cue.Negator), new("en", Cue.Negator), new("et", Cue.Negator), new("emme", Cue.Negator),
        new("ette", Cue.Negator), new("eivät", Cue.Negator), new("eikä", Cue.Negator | Cue.ClauseBreak),
        new("eivätkä", Cue.Negator | Cue.ClauseBreak), new("enkä", Cue.Negator | Cue.ClauseBreak),
        // että + ei: "ettei tavoite toteudu", and the double negation "ei ole syytä epäillä, etteikö ...".
        new("ettei", Cue.Negator | Cue.ClauseBreak), new("etteivät", Cue.Negator | Cue.ClauseBreak),
        new("etteikö", Cue.Negator | Cue.ClauseBreak), new("etteivätkö", Cue.Negator | Cue.ClauseBreak),
        new("mikään", Cue.NegQuantifier), new("mitkään", Cue.NegQuantifier), new("mitään", Cue.NegQuantifier),

        // "Mikään ei viittaa siihen, että ..." — evidence words a negation can deny.
        new("viitt*", Cue.Evidential), new("osoita", Cue.Evidential), new("osoittaa", Cue.Evidential), new("viittei*", Cue.Evidential), new("merkke*", Cue.Evidential), new("merkkiä", Cue.Evidential),
        new("näytä", Cue.Evidential), new("syytä", Cue.Evidential), new("epäillä", Cue.Evidential), new("aihetta", Cue.Evidential),

        new("tulisi", Cue.Modal), new("pitäisi", Cue.Modal), new("voi", Cue.Modal), new("voidaan", Cue.Modal), new("voivat", Cue.Modal), new("voisi", Cue.Modal), new("voisivat", Cue.Modal),
        new("saattaa", Cue.Modal), new("saattavat", Cue.Modal), new("saattaisi", Cue.Modal), new("saatetaan", Cue.Modal),
        new("uhkaa", Cue.Modal), new("uhkaavat", Cue.Modal), new("uhkaisi", Cue.Modal),

        new("uhattu*", Cue.Hedge), new("uhanalai*", Cue.Hedge), new("uhkaava*", Cue.Hedge), new("huolestuttav*", Cue.Hedge), // "Suunta on kuitenkin huolestuttava"
        new("este", Cue.Obstacle), new("esteitä", Cue.Obstacle), new("estettä", Cue.Obstacle), new("esteet", Cue.Obstacle), new("esteenä", Cue.Obstacle),
        new("estä*", Cue.Obstacle), new("estäisi", Cue.Obstacle), new("estävät", Cue.Obstacle), new("valitettu", Cue.Obstacle), new("valitettiin", Cue.Obstacle), // "hankinnasta on valitettu markkinaoikeuteen": appealed
        new("korvaav*", Cue.Replace), new("korvata", Cue.Replace), new("korvataan", Cue.Replace), new("tilalle", Cue.Replace),
        new("toteuma*", Cue.Actual), new("toteutunut", Cue.Actual), new("toteutui", Cue.Actual), new("toteutuma*", Cue.Actual), new("oli", Cue.Actual | Cue.Auxiliary), new("olivat", Cue.Actual | Cue.Auxiliary),
        new("tulos", Cue.Actual), new("tilanne", Cue.Actual), new("nousi", Cue.Actual | Cue.Progress), new("laski", Cue.Actual), new("jäi", Cue.Actual),
        // "varauksella", "varauksin"; not the bookings of "varaustilanne", "varausjärjestelmä", nor "varauksetta" (without reservation).
        // "pienellä varauksella", "tietyin varauksin": a reservation; "sähköiseen varaukseen", "varauksia oli 112 prosenttia": bookings.
        new("varaus", Cue.Hedge), new("varauksella", Cue.Hedge), new("varauksin", Cue.Hedge), new("varauksellinen", Cue.Hedge), new("varauksellisesti", Cue.Hedge), new("epävarm*", Cue.Hedge), new("osittai*", Cue.Hedge),
        new("osin", Cue.Hedge), new("toivottavasti", Cue.Hedge), new("riski", Cue.Hedge), new("riskin", Cue.Hedge), new("riskiä", Cue.Hedge), new("riskissä", Cue.Hedge), new("riskejä", Cue.Hedge),
        new("valtaosa", Cue.Partial), new("valtaosaan", Cue.Partial), // "Valtaosa uimahallien suihkuista sai vesisäästösuuttimet": most, not all
        new("vaivaiset", Cue.Hedge), new("vaivaista", Cue.Hedge), new("arvattavasti", Cue.Hedge | Cue.Maybe), // "lainattiin vaivaiset 45 kertaa", "Arvattavasti koulu saa 70 oppilasta": a measly count, a guess
        new("riskit", Cue.Hedge), new("puolivalmi*", Cue.Hedge), new("riskinä", Cue.Hedge), new("vaara*", Cue.Hedge), new("uhka*", Cue.Hedge),
        new("epäselv*", Cue.Hedge), new("epätodennäköi*", Cue.Hedge | Cue.Probable | Cue.Negator), new("epäilemme", Cue.Hedge | Cue.Probable | Cue.Negator), new("epäilen", Cue.Hedge | Cue.Probable | Cue.Negator), new("kyseenalai*", Cue.Hedge), new("ehkä", Cue.Hedge | Cue.Maybe), new("välttämättä", Cue.Hedge | Cue.Maybe), new("kenties", Cue.Hedge | Cue.Maybe),
        new("mahdollisesti", Cue.Hedge | Cue.Maybe),
        // Likely but not certain: softens "toteutuu"; "ei todennäköisesti toteudu" is still a forecast of a miss.
        new("todennäköi*", Cue.Hedge | Cue.Probable), new("luultavasti", Cue.Hedge | Cue.Probable), new("luultavimmin", Cue.Hedge | Cue.Probable), new("arvellaan", Cue.Hedge | Cue.Probable), new("arvelemme", Cue.Hedge | Cue.Probable), new("veikkaamme", Cue.Hedge | Cue.Probable), new("veikkaisimme", Cue.Hedge | Cue.Probable), new("veikkaan", Cue.Hedge | Cue.Probable), new("veikkaisin", Cue.Hedge | Cue.Probable), new("uskomme", Cue.Hedge | Cue.Probable), new("uskon", Cue.Hedge | Cue.Probable), new("uskoisimme", Cue.Hedge | Cue.Probable), new("uskoisin", Cue.Hedge | Cue.Probable), new("luulemme", Cue.Hedge | Cue.Probable), new("veikataan", Cue.Hedge | Cue.Probable), new("oletettavasti", Cue.Hedge | Cue.Probable), new("kaiketi", Cue.Hedge | Cue.Probable), new("uskoaksemme", Cue.Hedge | Cue.Probable), new("luullaksemme", Cue.Hedge | Cue.Probable), new("käsittääksemme", Cue.Hedge | Cue.Probable),
        new("ilmeisesti", Cue.Hedge | Cue.Probable), new("arvatenkin", Cue.Hedge | Cue.Probable), new("uumoilemme", Cue.Hedge | Cue.Probable), new("uumoillaan", Cue.Hedge | Cue.Probable), new("nähtävästi", Cue.Hedge | Cue.Probable),
        new("mahdollista", Cue.Possible), new("mahdollinen", Cue.Possible), new("mahdolliselta", Cue.Possible), new("realistiselta", Cue.Possible), new("mahdollisia", Cue.Possible),
        new("mahdollisuuksia", Cue.Possible), new("ulottuvilla", Cue.Possible), new("ulottumattomissa", Cue.Infeasible), new("realistisena", Cue.Possible), new("realistiseksi", Cue.Possible), new("mahdollisuutta", Cue.Possible),
        new("vaikutt*", Cue.Affect), new("vaikuta", Cue.Affect), new("säästyvän", Cue.Below), new("säästymässä", Cue.Below), new("säästyy", Cue.Below), new("säästyi", Cue.Below, VerbForm.Past), new("päihitti", Cue.Above, VerbForm.Past), new("ohitti", Cue.Above, VerbForm.Past), new("ohittivat", Cue.Above, VerbForm.Past), new("ohitettu", Cue.Above, VerbForm.Past), new("ohitettiin", Cue.Above, VerbForm.Past), new("ohittaa", Cue.Above, VerbForm.Present), new("ohittavat", Cue.Above, VerbForm.Present), new("päihittivät", Cue.Above, VerbForm.Past), new("päihittää", Cue.Above, VerbForm.Present), new("päihittävät", Cue.Above, VerbForm.Present), new("säästyivät", Cue.Below, VerbForm.Past), new("heijastu", Cue.Affect), new("heijastui", Cue.Affect), new("heijastuu", Cue.Affect), new("heijastuvan", Cue.Affect), new("heijastuneet", Cue.Affect), new("haitan*", Cue.Affect), new("jo", Cue.Already), new("haastav*", Cue.Hedge), new("vastatuul*", Cue.Hedge) /* "vastatuulta on havaittavissa": headwind */, new("haasteelli*", Cue.Hedge), new("ongelmalli*", Cue.Hedge), new("tiukk*", Cue.Hedge), new("tiukalta", Cue.Hedge), new("tiukilla", Cue.Hedge), new("tiukoilla", Cue.Hedge), new("veitsenterällä", Cue.Hedge), new("armoilla", Cue.Hedge), new("vaakalaudalla", Cue.Hedge), new("sotke*", Cue.Hedge), new("hankaloit*", Cue.Hedge), new("takkuil*", Cue.Delay), new("takkuaa", Cue.Delay), new("todeta", Cue.Assess), new("tiedä", Cue.Assess), // "emme tiedä, saavutettiinko tavoite"
        new("vertailu", Cue.Assess), new("vertailua", Cue.Assess),
        new("vaikea*", Cue.Hedge | Cue.Impossible), new("vaikeuks*", Cue.Hedge),

        new("tietoa", Cue.Assess), new("raportoimaan", Cue.Assess), new("raportoida", Cue.Assess), // "käyttöastetta ei vielä pystytä raportoimaan" // "toteutumisesta ei ole vielä tietoa": nothing known yet
        new("lukua", Cue.Assess), new("vuosiarviota", Cue.Assess), // "lokakuun ennusteeseen ei ole lukua", "ei tässä vaiheessa tehdä vuosiarviota"
        new("vuosiennustetta", Cue.Frame | Cue.ForecastNoun | Cue.Assess), // "kustannuksista ei anneta vuosiennustetta ennen kuin …"
        new("menetetty", Cue.Fail), new("menetetään", Cue.Fail, VerbForm.Present), new("menetettiin", Cue.Fail, VerbForm.Past), // "käyntitavoite menetetään tältä vuodelta"
        new("karkasi", Cue.Fail, VerbForm.Past), new("karkaa", Cue.Fail, VerbForm.Present), new("karannut", Cue.Fail), // "90 000 käynnin tavoite karkasi selvästi"
        new("kariutui", Cue.Fail, VerbForm.Past), new("kariutuivat", Cue.Fail, VerbForm.Past), new("kariutuu", Cue.Fail, VerbForm.Present), new("kariutunut", Cue.Fail, VerbForm.Past), // "60 retken tavoite kariutui": ran aground
        new("tinkiä", Cue.Fail), new("tinkimään", Cue.Fail), new("tingitään", Cue.Fail), new("tingittiin", Cue.Fail), new("tingitty", Cue.Fail), // a goal cut back
        new("kunhan", Cue.Conditional), new("tuskin", Cue.Negator), new("yhtäkään", Cue.NegQuantifier), // "toteutunee, kunhan …"; "tavoite tuskin toteutuu": hardly
        new("pääsääntöisesti", Cue.Degree), new("hanskassa", Cue.OnTrack), new("hallinnassa", Cue.OnTrack),
        new("mikäli", Cue.Conditional), new("jos", Cue.Conditional), new("edellyttäen", Cue.Conditional), new("olettaen", Cue.Conditional), // "olettaen, että printterit saapuvat": assuming
        new("edellyttää", Cue.Conditional), new("edellytyksellä", Cue.Conditional), new("edellytyksenä", Cue.Conditional), new("ehtona", Cue.Conditional), // "Edellytyksenä talouden tasapainolle on …": a condition
        new("kohtuullisen", Cue.Degree), new("linjassa", Cue.OnTrack), new("tilannekuva*", Cue.Assess), new("kysymysmerk*", Cue.Hedge), new("ohitti", Cue.Above, VerbForm.Past), new("ohittanut", Cue.Above, VerbForm.Past), new("ohittaneet", Cue.Above, VerbForm.Past), new("ohitettiin", Cue.Above, VerbForm.Past), new("ohitettu", Cue.Above, VerbForm.Past),
        new("vaikeutt*", Cue.Hedge), new("mutkista*", Cue.Hedge), new("otaksu*", Cue.Hedge | Cue.Probable), new("puoleen", Cue.Fraction), new("kurottavissa", Cue.Finish), new("kuroa", Cue.Finish), new("kurota", Cue.Finish), new("kuroi", Cue.Progress), new("kuroivat", Cue.Progress), new("kurottiin", Cue.Progress), new("kirii", Cue.Progress), new("kirivät", Cue.Progress), new("esitetä", Cue.Assess), new("edellyttävät", Cue.Conditional), new("ellei", Cue.Conditional),
        new("elleivät", Cue.Conditional), new("riippu*", Cue.Conditional), new("nojaa", Cue.Conditional), new("varassa", Cue.Conditional), new("ehdolla", Cue.Conditional), new("tavoitettu", Cue.Realise, VerbForm.Past), new("tavoitettiin", Cue.Realise, VerbForm.Past), new("tavoitti", Cue.Realise, VerbForm.Past), new("tavoittivat", Cue.Realise, VerbForm.Past), new("tavoittanut", Cue.Realise, VerbForm.Past), new("tavoittaneet", Cue.Realise, VerbForm.Past), new("tavoiteta", Cue.Realise, VerbForm.Present), new("tavoitetaan", Cue.Realise, VerbForm.Present), new("ehdollinen", Cue.Conditional), new("ehdollisesti", Cue.Conditional),
        new("ilman", Cue.Without),

        new("vaikka", Cue.Concessive | Cue.ClauseBreak), new("vaikkakin", Cue.Concessive | Cue.ClauseBreak),

        new("viivästy*", Cue.Delay), new("viivästä*", Cue.Delay), new("myöhästy*", Cue.Delay), new("myöhästymismaks*", Cue.None), new("myöhässä", Cue.Delay), new("veny*", Cue.Delay), new("venähti", Cue.Delay), new("venähtä*", Cue.Delay), /* "remontin alkaminen venähtää": drags on */ new("hilautu*", Cue.Shift),
        new("lykkä*", Cue.Delay | Cue.Shift), new("lykä*", Cue.Delay | Cue.Shift), new("hidastu*", Cue.Delay),
        new("hidastt*", Cue.Delay), new("keskeyt*", Cue.Delay), new("pysähty*", Cue.Delay), new("pysäytti", Cue.Delay), new("pysäyttivät", Cue.Delay), new("pysähdyks*", Cue.Delay), new("jäissä", Cue.Delay), new("jumissa", Cue.Delay),
        new("tauolla", Cue.Delay), new("tauolle", Cue.Delay), new("seis", Cue.Delay), new("seisahtunut", Cue.Delay), new("seisahtui", Cue.Delay), // "työmaa on seis"
        new("siirt*", Cue.Shift), new("siirr*", Cue.Shift), new("uudelleenajoit*", Cue.Shift), new("uudelleenaikataulut*", Cue.Shift), new("siirsi", Cue.Shift, VerbForm.Past), new("siirsivät", Cue.Shift, VerbForm.Past), new("liukui", Cue.Shift, VerbForm.Past), new("karsittiin", Cue.Cancel, VerbForm.Past), new("karsiutui", Cue.Cancel, VerbForm.Past), new("karsiutuivat", Cue.Cancel, VerbForm.Past), new("karsitaan", Cue.Cancel, VerbForm.Present), new("lipsui", Cue.Shift, VerbForm.Past), new("lipsuu", Cue.Shift, VerbForm.Present), new("liukuu", Cue.Shift, VerbForm.Present), new("liukunut", Cue.Shift), new("liukuvat", Cue.Shift, VerbForm.Present), new("liukuivat", Cue.Shift, VerbForm.Past), new("siirtymä", Cue.None), // a transition, not a move


        new("perutt*", Cue.Cancel), new("peruun*", Cue.Cancel), new("peruut*", Cue.Cancel), new("peruta*", Cue.Cancel),
        new("perui", Cue.Cancel), new("perunut", Cue.Cancel), new("peruneet", Cue.Cancel), new("perua", Cue.Cancel), new("peruma*", Cue.Cancel), new("peruvat", Cue.Cancel), new("lakkaut*", Cue.Cancel), new("lopetettiin", Cue.Cancel), new("lopetettu", Cue.Cancel), new("raukeaa", Cue.Cancel), new("kaatui", Cue.Cancel), new("kaatuivat", Cue.Cancel), new("kaatunut", Cue.Cancel), new("raukesi", Cue.Cancel), new("rauennut", Cue.Cancel),
        // luopua (give up): "tavoitteesta luovuttiin"; not luovuttaa (hand over: luovutettiin).
        new("haudattu", Cue.Cancel), new("haudattiin", Cue.Cancel), new("haudataan", Cue.Cancel), // "tavoite on haudattu": buried, given up
        new("luovuttiin", Cue.Cancel), new("luovuttu", Cue.Cancel), new("luovutaan", Cue.Cancel), new("luopui", Cue.Cancel),
        new("luopuivat", Cue.Cancel), new("luopunut", Cue.Cancel), new("luopuneet", Cue.Cancel), new("luopumaan", Cue.Cancel), new("luopumassa", Cue.Cancel), new("luovumme", Cue.Cancel), new("luovun", Cue.Cancel),

        new("korona*", Cue.Corona), new("covid*", Cue.Corona), new("pandemi*", Cue.Corona), new("poikkeusol*", Cue.Corona),
        new("poikkeusti*", Cue.Corona), new("poikkeusjärj*", Cue.Corona), new("rajoitu*", Cue.Corona),

        new("etene*", Cue.Progress), new("etenemisestä", Cue.None), new("edistymisestä", Cue.None), // "raportoi sen etenemisestä": about its progress
        new("parantu*", Cue.Progress), new("eteni*", Cue.Progress), new("edenn*", Cue.Progress), new("edisty*", Cue.Progress),
        // Work done or under way: plain progress when nothing else is said.
        new("aloit*", Cue.Progress), new("aloitte*", Cue.None), /* "aloitteentekijöiden": an initiative, not a start */ new("alkoi", Cue.Progress), new("alkoivat", Cue.Progress), new("alkanut", Cue.Progress), new("alettu", Cue.Progress), new("alkaneet", Cue.Progress), new("alkaa", Cue.Progress), new("alkavat", Cue.Progress), new("käynnist*", Cue.Progress), new("käynnissä", Cue.Progress), new("käyntiin", Cue.Progress), new("saapuvat", Cue.Progress), new("saapuu", Cue.Progress), new("käyttöön", Cue.Progress),
        new("tuotanto*", Cue.Progress), new("tuotannossa", Cue.Progress), new("laajenn*", Cue.Progress), new("laajennus*", Cue.None), new("laajennuks*", Cue.None), new("koulutet*", Cue.Progress),
        new("koulutett*", Cue.Progress), new("järjestet*", Cue.Progress), new("asennettiin", Cue.Progress), new("uusittiin", Cue.Progress), new("kunnostettiin", Cue.Progress), new("asennettu", Cue.Progress), new("asennetaan", Cue.Progress),
        new("pystytetään", Cue.Progress), new("kiinnitetään", Cue.Progress), new("järjestett*", Cue.Progress), new("toteutet*", Cue.Progress),
        // Work done or to be done: "kenttä pinnoitetaan syyskuussa", "katsomo maalattiin" (the infinitive after "tullaan" is read by the tokenizer).
        new("pystytettiin", Cue.Progress), new("maalataan", Cue.Progress), new("maalattiin", Cue.Progress), new("remontoidaan", Cue.Progress), new("remontoitiin", Cue.Progress), new("peruskorjataan", Cue.Progress), new("peruskorjattiin", Cue.Progress), new("vaihdetaan", Cue.Progress), new("istutetaan", Cue.Progress), new("istutettiin", Cue.Progress), new("päällystetään", Cue.Progress), new("päällystettiin", Cue.Progress), new("pinnoitetaan", Cue.Progress), new("pinnoitettiin", Cue.Progress), new("kalustetaan", Cue.Progress), new("kalustettiin", Cue.Progress), new("avajaiset", Cue.Progress), // "avajaiset pidetään huhtikuussa 2089"
        new("digitoidaan", Cue.Progress), new("digitoitiin", Cue.Progress),
        new("pystyttää", Cue.Progress, VerbForm.Present), new("pystyttävät", Cue.Progress, VerbForm.Present), // "Urakoitsija pystyttää katsomon kesäkuussa": the contractor puts it up
        new("toteutett*", Cue.Progress), new("kasvoi", Cue.Progress), new("kohosi", Cue.Progress), new("kohosivat", Cue.Progress), new("kasvoivat", Cue.Progress), new("kasvanut", Cue.Progress), new("kasvaneet", Cue.Progress),
        new("noussut", Cue.Progress), new("nousussa", Cue.Progress), new("nousujohtei*", Cue.Progress), new("nousseet", Cue.Progress), new("nouse", Cue.Progress), new("nousee", Cue.Progress), new("vakiintu*", Cue.Progress), new("avat*", Cue.Progress), new("avautu*", Cue.Progress | Cue.Finish), new("avaudu", Cue.Progress | Cue.Finish),
        // Time runs out: "ei ehditä", "ei valmistu tänä vuonna".
        new("ehdi*", Cue.Finish), new("luovutettiin", Cue.Finish | Cue.Progress), new("ehti*", Cue.Finish), new("valmistu*", Cue.Finish | Cue.Progress), new("valmiiksi", Cue.Finish | Cue.Progress), new("päätökseen", Cue.Finish | Cue.Progress),
        new("valmis", Cue.Progress | Cue.Finish), new("valmiit", Cue.Progress), new("valmiina", Cue.Progress),
        new("osa", Cue.Partial), new("valtaosa*", Cue.Partial), new("useimmissa", Cue.Partial), new("useimpiin", Cue.Partial), new("useimmille", Cue.Partial), new("useimmilla", Cue.Partial), new("useimmat", Cue.Partial), new("pääosa", Cue.Partial), new("enemmistö*", Cue.Partial), new("osan", Cue.Partial), new("osia", Cue.Partial), new("joitakin", Cue.Partial), new("joitain", Cue.Partial),
        new("useita", Cue.Partial), new("useat", Cue.Partial), new("muutama*", Cue.Partial), new("kaksi", Cue.Partial), new("kolme", Cue.Partial),
        new("yksi", Cue.Partial), new("neljä", Cue.Partial), new("viisi", Cue.Partial),
        // "kymmenestä konsertista neljä": an elative count is the whole that a part is taken from.
        new("kahdesta", Cue.Partial), new("kolmesta", Cue.Partial), new("neljästä", Cue.Partial), new("viidestä", Cue.Partial),
        new("kuudesta", Cue.Partial), new("kahdeksasta", Cue.Partial), new("kymmenestä", Cue.Partial),
        new("kevään", Cue.Partial | Cue.LaterTime), new("kesän", Cue.Partial), new("syksyn", Cue.Partial | Cue.LaterTime), new("talven", Cue.Partial),
        new("kokonaan", Cue.Whole | Cue.Fully), new("kokonaisuudessaan", Cue.Whole | Cue.Fully), new("täysin", Cue.Fully), new("aivan", Cue.Fully),
        new("täysimääräisesti", Cue.Fully), new("täydellä", Cue.Fully), new("täysipainoisesti", Cue.Fully), new("koko", Cue.Whole), new("kaikki", Cue.Whole), new("kaikkia", Cue.Whole), new("kaikkiin", Cue.Whole), new("kaikissa", Cue.Whole), new("kaikkien", Cue.Whole), new("jokainen", Cue.Whole), new("kukin", Cue.Whole),
        new("vuosineljännek*", Cue.Interim), new("jaksotet*", Cue.Interim), new("vuodenvaihte*", Cue.ThisYear), new("neljännek*", Cue.Interim), new("alkuvuo*", Cue.Interim), new("puolivuot*", Cue.Interim),
        new("aikataulussa", Cue.OnTrack), new("aikataulussaan", Cue.OnTrack), new("aikatauluissa", Cue.OnTrack), new("aikatauluissaan", Cue.OnTrack), new("aikataulussamme", Cue.OnTrack), new("loppusuoralla", Cue.OnTrack), new("määräajassa", Cue.OnTrack), new("määräajoissa", Cue.OnTrack), new("etuajassa", Cue.OnTrack), new("aikaistaa", Cue.OnTrack), new("aikaistettiin", Cue.OnTrack), new("aikaistettu", Cue.OnTrack), new("aikaistui", Cue.OnTrack), new("ajallaan", Cue.OnTrack), new("suunnitellusti", Cue.OnTrack), new("sovitusti", Cue.OnTrack), new("aiotusti", Cue.OnTrack), new("mukaisesti", Cue.OnTrack),

        new("ennust*", Cue.Frame | Cue.ForecastNoun), new("ennakoi*", Cue.Frame | Cue.ForecastNoun), new("ennakoidusti", Cue.OnTrack), new("arvio", Cue.Frame | Cue.Assess | Cue.ForecastNoun),
        new("arvion", Cue.Frame | Cue.Assess | Cue.ForecastNoun), new("arviomme", Cue.Frame | Cue.Assess | Cue.ForecastNoun), new("arviota", Cue.Assess | Cue.ForecastNoun),
        new("arvioi*", Cue.Frame | Cue.Assess), new("verrata", Cue.Assess), new("mittaamaan", Cue.Assess), new("odote*", Cue.Frame), new("odotett*", Cue.Frame),
        new("todent*", Cue.Assess), new("todennett*", Cue.Assess), new("verifioi*", Cue.Assess),
        new("mahdoton*", Cue.Impossible | Cue.Infeasible), new("hyvästit", Cue.Impossible | Cue.Infeasible), new("mahdotont*", Cue.Impossible | Cue.Infeasible), new("mahdottom*", Cue.Impossible | Cue.Infeasible), new("aikaista", Cue.Impossible | Cue.Defer),
        // Fulfilment that is not followed or reported, or an assessment that is missing, is not assessed.
        new("seurata", Cue.Assess), new("seuranta", Cue.Assess), new("kantaa", Cue.Assess), new("seuraamaan", Cue.Assess), new("seurattu", Cue.Assess), new("seurattavissa", Cue.Assess), new("seurantaa", Cue.Assess), new("raportoitu", Cue.Assess),
        new("raportoida", Cue.Assess), new("raportoidaan", Cue.Assess), new("raportoinut", Cue.Assess), new("raportoineet", Cue.Assess),
        new("puuttu*", Cue.Impossible), new("uupu*", Cue.Impossible), new("jäljessä", Cue.Impossible), // "jäi talousarvioon nähden uupumaan 64 000 euroa": missing
        new("neuvotellaan", Cue.Open),
        new("auki", Cue.Open), new("selvittää", Cue.Open), new("selvitetään", Cue.Open), new("selvittämässä", Cue.Open), new("selvityksessä", Cue.Open), new("avoin", Cue.Open), new("avoinna", Cue.Open), new("ratkaisematta", Cue.Open), new("käsittelemättä", Cue.Open), new("päättämättä", Cue.Open), new("ratkaisemat*", Cue.Open),
        new("puolet", Cue.Fraction), new("puolikas", Cue.Fraction), new("puoliksi", Cue.Degree), new("puolittain", Cue.Degree), new("pidempään", Cue.Above), new("puolta", Cue.Fraction), new("kolmannes", Cue.Fraction), new("kolmanneksen", Cue.Fraction), new("kolmannek*", Cue.Fraction),
        new("neljännes", Cue.Fraction), new("neljänneksen", Cue.Fraction), new("kolmasosa*", Cue.Fraction), new("neljäsosa*", Cue.Fraction), new("viidesosa*", Cue.Fraction),
        new("epärealisti*", Cue.Infeasible), new("lähes", Cue.Degree), new("melko", Cue.Degree), new("varsin", Cue.Degree), new("lähellä", Cue.Degree), new("huonosti", Cue.Degree), new("heikosti", Cue.Degree), new("heikommin", Cue.Degree), new("huonommin", Cue.Degree), new("puutteellisesti", Cue.Degree), new("melkein", Cue.Degree), new("pääosin", Cue.Degree), new("valtaosin", Cue.Degree), new("enimmäkseen", Cue.Degree), new("osaksi", Cue.Degree), new("pitkälti", Cue.Degree), new("kohtalaisesti", Cue.Degree), new("tyydyttävästi", Cue.Degree), new("vaihtelevasti", Cue.Degree), new("realistista", Cue.Possible), new("realistinen", Cue.Possible), new("realistisesti", Cue.Possible),

        new("annetaan", Cue.Defer), new("anneta", Cue.Defer), new("antaa", Cue.Defer), new("annettaneen", Cue.Defer), new("seuraavalla", Cue.Defer),
        new("seuraavassa", Cue.Defer), new("myöhemmin", Cue.Defer | Cue.LaterTime), new("tarkentu*", Cue.Defer),
        new("tarkennetaan", Cue.Defer),

        new("vaikutu*", Cue.Effect), new("vaikutuks*", Cue.Effect), new("vaikutus*", Cue.Effect), new("seurauks*", Cue.Effect),

        new("vuodelle", Cue.ToYear), new("vuoteen", Cue.ToYear), new("vuosille", Cue.ToYear), new("vuodeksi", Cue.ToYear),
        new("syksy*", Cue.LaterTime), new("kevää*", Cue.LaterTime), new("tuonnemmaksi", Cue.LaterTime),
        new("kesään", Cue.LaterTime), new("kesälle", Cue.LaterTime), new("talveen", Cue.LaterTime), new("talvelle", Cue.LaterTime), // "siirtyy kesään"
        new("myöhemmäksi", Cue.LaterTime), new("myöhempään", Cue.LaterTime),

        new("vielä", Cue.Yet), new("toistaiseksi", Cue.Yet | Cue.Interim), new("laskemaan", Cue.Assess), new("tekemättä", Cue.Open),
        new("varmuutta", Cue.Certain), new("takeita", Cue.Certain), new("taetta", Cue.Certain), new("takeet", Cue.Certain), new("taata", Cue.Certain), new("taattu", Cue.Certain), new("varmuus", Cue.Certain), new("varmaa", Cue.Certain), new("varma", Cue.Certain), new("varmoja", Cue.Certain),
        // Continuing: "eikä sitä jatketa vuonna 2020" leaves no time this year, like "ei ehditä".
        new("jatk*", Cue.Finish),

        new("ja", Cue.ClauseBreak), new("mutta", Cue.ClauseBreak), new("koska", Cue.ClauseBreak), new("sillä", Cue.ClauseBreak),
        new("joten", Cue.ClauseBreak), new("kun", Cue.ClauseBreak), new("kuin", Cue.ClauseBreak), new("kunnes", Cue.ClauseBreak), new("jotta", Cue.ClauseBreak), new("vaan", Cue.ClauseBreak), new("kuten", Cue.ClauseBreak),

        new("on", Cue.Auxiliary), new("ovat", Cue.Auxiliary),
        new("ole", Cue.Auxiliary), new("olla", Cue.Auxiliary), new("ollut", Cue.Auxiliary), new("tullaan", Cue.Auxiliary),
        new("tulee", Cue.Auxiliary), new("tule", Cue.Auxiliary), new("tulevat", Cue.Auxiliary), new("tulla", Cue.Auxiliary),
        new("pystytä", Cue.Auxiliary), new("voida", Cue.Auxiliary), new("voitu", Cue.Auxiliary), new("jäädä", Cue.Remain | Cue.Auxiliary), new("jäikin", Cue.Remain | Cue.Auxiliary), new("jäivätkin", Cue.Remain | Cue.Auxiliary), new("vajosi", Cue.Remain | Cue.Auxiliary), new("vajosivat", Cue.Remain | Cue.Auxiliary),
    ];
}
