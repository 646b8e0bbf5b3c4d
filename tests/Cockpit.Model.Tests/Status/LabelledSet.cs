namespace Cockpit.Model.Tests.Status;

/// <summary>
/// A labelled TSV file the classifier is held to. Dev set 1 is the shared one (with the 22 seed rows); sets 2–5 were
/// each written by someone else as a hold-out, measured once unseen, and since then read and used to find general
/// weaknesses, so they no longer measure unseen text (a fresh set will): set 2 (82.6 % unseen), set 3 (103/120 =
/// 85.8 %, two dangerous), set 4 (118/131 = 90.1 %, one dangerous), set 5 (128/140 = 91.4 %, two dangerous). Issue 16's
/// sets (columns label, lang, source, round, text; real rows name their source URL): written_dev and real_dev were fitted
/// from the start; written_dev_2 and real_dev_2 were its unseen sets, measured before the rules (17/32 = 53.1 %,
/// 4 dangerous; 13/22 = 59.1 %, 2 dangerous) and once after them (30/32 = 93.8 %, 1 dangerous; 17/22 = 77.3 %, 0
/// dangerous), then read. written_dev_3 and real_dev_3 were the next unseen pair (30/32 = 93.8 %, 1 dangerous; 7/15 =
/// 46.7 %, 2 dangerous), then read; written_dev_4 and real_dev_4 the pair after (96/109 = 88.1 %, 1 dangerous; 31/62 =
/// 50.0 %, 6 dangerous), then read; written_dev_5 and real_dev_5 the pair after that (84/100 = 84.0 %, 1 dangerous; 29/58
/// = 50.0 %, 2 dangerous), then read; written_dev_6 and real_dev_6 the round-5 pair (69/92 = 75.0 %, none dangerous;
/// 27/51 = 52.9 %, 1 dangerous), then read; written_dev_7 and real_dev_7 the round-6 pair (56/61 = 91.8 %, 1 dangerous;
/// 17/40 = 42.5 %, 8 dangerous), then read; written_dev_8 and real_dev_8 were written and gathered to be read (budgets,
/// surpluses and deficits, audit counts), never unseen; written_dev_10 and real_dev_10 the round-7 pair (58/88 = 65.9 %, 7
/// dangerous; 31/58 = 53.4 %, 5 dangerous), then read; written_dev_9 and real_dev_9 were gathered to be read (first run
/// 54/60 and 61/120 with the rules after round 7), never unseen; written_dev_12 and real_dev_12 the round-8 pair (62/84 =
/// 73.8 %, 2 dangerous; 32/45 = 71.1 %, 2 dangerous), then read; written_dev_11 and real_dev_11 were gathered to be read
/// (first run 52/60 and 46/74 with the rules after round 8), never unseen; written_dev_14 and real_dev_14 the round-9 pair
/// (61/84 = 72.6 %, 6 dangerous; 34/56 = 60.7 %, 1 dangerous), then read; written_dev_13 and real_dev_13 were gathered to be
/// read (first run 50/60 and 12/34 with the rules after round 9; the real set is mostly state auditors' wording), never unseen;
/// written_dev_15 and real_dev_15 the round-10 pair (61/84 = 72.6 %, 4 dangerous; 15/25 = 60.0 %, 2 dangerous), then read;
/// real_dev_16 was gathered to be read (first run 31/60 with the rules after round 10 was read), never unseen;
/// written_dev_17 and real_dev_17 the round-11 pair (56/84 = 66.7 %, 5 dangerous; 26/50 = 52.0 %, 6 dangerous), then read;
/// written_dev_18 and real_dev_18 the round-12 pair (56/84 = 66.7 %, 6 dangerous; 30/50 = 60.0 %, 5 dangerous), then read;
/// written_dev_19 and real_dev_19 the round-13 pair (70/84 = 83.3 %, 1 dangerous; 25/50 = 50.0 %, 4 dangerous), then read;
/// written_dev_20 and real_dev_20 the round-14 pair (58/84 = 69.0 %, 6 dangerous; 26/45 = 57.8 %, 5 dangerous), then read;
/// written_dev_21 and real_dev_21 the round-15 pair (66/84 = 78.6 %, 3 dangerous; 20/40 = 50.0 %, 3 dangerous), then read;
/// written_dev_22 and real_dev_22 the round-16 pair (54/84 = 64.3 %, 2 dangerous; 27/50 = 54.0 %, 7 dangerous), then read;
/// written_dev_23 and real_dev_23 the round-17 pair (61/84 = 72.6 %, 5 dangerous; 32/50 = 64.0 %, 5 dangerous), then read;
/// written_dev_24 and real_dev_24 the round-18 pair (49/84 = 58.3 %, 7 dangerous; 32/50 = 64.0 %, 5 dangerous), then read;
/// written_dev_25 and real_dev_25 the round-19 pair (66/84 = 78.6 %, 1 dangerous; 24/40 = 60.0 %, 1 dangerous), then read in part;
/// written_dev_26 and real_dev_26 the round-20 pair (66/84 = 78.6 %, 2 dangerous; 8/17 = 47.1 %, 2 dangerous), then read;
/// written_dev_27 and real_dev_27 the round-21 pair (73/84 = 86.9 %, 4 dangerous; 28/50 = 56.0 %, 3 dangerous), then read;
/// written_dev_28 and real_dev_28 the round-22 pair (74/84 = 88.1 %, 2 dangerous; 27/49 = 55.1 %, 3 dangerous), then read;
/// written_dev_29 and real_dev_29 the round-23 pair (71/84 = 84.5 %, 1 dangerous; 26/47 = 55.3 %, 3 dangerous), then read;
/// written_dev_30 and real_dev_30 the round-24 pair (72/84 = 85.7 %, 2 dangerous; 29/48 = 60.4 %, 3 dangerous), then read;
/// written_dev_31 and real_dev_31 the round-25 pair (71/84 = 84.5 %, 2 dangerous; 20/37 = 54.1 %, 3 dangerous), then read in part;
/// written_dev_32 and real_dev_32 the round-26 pair (72/84 = 85.7 %, 4 dangerous; 16/50 = 32.0 %, 6 dangerous), then read;
/// written_dev_33 and real_dev_33 the round-27 pair (73/84 = 86.9 %, 1 dangerous; 28/50 = 56.0 %, 1 dangerous), then read;
/// written_dev_34 and real_dev_34 the round-28 pair (66/84 = 78.6 %, 3 dangerous; 23/50 = 46.0 %, 3 dangerous), then read;
/// written_dev_35 and real_dev_35 the round-29 pair (61/84 = 72.6 %, 6 dangerous; 26/50 = 52.0 %, 3 dangerous), then read; written_dev_36 and real_dev_36 the round-30 pair (47/84 = 56.0 %, 8 dangerous; 26/50 = 52.0 %, 2 dangerous), then read; written_dev_37 and real_dev_37 the round-31 pair (58/84 = 69.0 %, 2 dangerous; 33/50 = 66.0 %, 3 dangerous), then read; written_dev_38 and real_dev_38 the round-32 pair (60/84 = 71.4 %, 2 dangerous; 26/50 = 52.0 %, 4 dangerous), then read; written_dev_39 and real_dev_39 the round-33 pair (58/84 = 69.0 %, 5 dangerous; 26/50 = 52.0 %, 2 dangerous), then read; written_dev_40 and real_dev_40 the round-34 pair (53/84 = 63.1 %, 5 dangerous; 31/50 = 62.0 %, 5 dangerous), then read; written_dev_41 and real_dev_41 the round-35 pair (64/84 = 76.2 %, 3 dangerous; 28/50 = 56.0 %, 4 dangerous), then read; written_dev_42 and real_dev_42 the round-36 pair (64/84 = 76.2 %, 1 dangerous; 25/50 = 50.0 %, 1 dangerous), then read; written_dev_43 and real_dev_43 the round-37 pair (50/84 = 59.5 %, 2 dangerous; 27/50 = 54.0 %, 3 dangerous), then read in part; written_dev_44 and real_dev_44 the round-38 pair (63/84 = 75.0 %, 1 dangerous; 34/50 = 68.0 %, 1 dangerous), then read; written_dev_45 and real_dev_45 the round-39 pair (57/84 = 67.9 %, 0 dangerous; 26/50 = 52.0 %, 4 dangerous), then read in part; written_dev_46 and real_dev_46 the round-40 pair (52/84 = 61.9 %, 4 dangerous; 31/50 = 62.0 %, 2 dangerous), then read in part; written_dev_47 and real_dev_47 the round-41 pair (52/84 = 61.9 %, 5 dangerous; 29/50 = 58.0 %, 1 dangerous), its dangerous rows then read; written_dev_48 and real_dev_48 the round-42 pair (49/84 = 58.3 %, 5 dangerous; 27/50 = 54.0 %, 4 dangerous), then read in part; written_dev_49 and real_dev_49 the round-43 pair (54/84 = 64.3 %, 1 dangerous; 22/50 = 44.0 %, 2 dangerous), then read in part; written_dev_50 and real_dev_50 the round-44 pair (65/84 = 77.4 %, 3 dangerous; 22/50 = 44.0 %, 3 dangerous), its dangerous rows then read; written_dev_51 and real_dev_51 the round-45 pair (58/84 = 69.0 %, 1 dangerous; 29/50 = 58.0 %, 1 dangerous), then read in part; written_dev_52 and real_dev_52 the round-46 pair (56/84 = 66.7 %, 7 dangerous; 27/45 = 60.0 %, 1 dangerous), then read in part; written_dev_53 and real_dev_53 the round-47 pair (60/84 = 71.4 %, 4 dangerous; 22/50 = 44.0 %, 3 dangerous), then read; written_dev_54 and real_dev_54 the round-48 pair (55/84 = 65.5 %, 6 dangerous; 29/50 = 58.0 %, 2 dangerous), then read; written_dev_55 and real_dev_55 the round-49 pair (58/84 = 69.0 %, 1 dangerous; 27/50 = 54.0 %, 3 dangerous), then read; written_dev_56 and real_dev_56 the round-50 pair (53/84 = 63.1 %, 4 dangerous; 23/50 = 46.0 %, 1 dangerous), then read; written_dev_57 and real_dev_57 the round-51 pair (60/84 = 71.4 %, 5 dangerous; 23/50 = 46.0 %, 4 dangerous), then read; written_dev_58 and real_dev_58 the round-52 pair (71/84 = 84.5 %, 1 dangerous; 27/50 = 54.0 %, 2 dangerous), then read; written_dev_59 and real_dev_59 the round-53 pair (64/84 = 76.2 %, 3 dangerous; 34/50 = 68.0 %, 0 dangerous), then read; written_dev_60 and real_dev_60 the round-54 pair (72/84 = 85.7 %, 2 dangerous; 31/50 = 62.0 %, 4 dangerous), then read; written_dev_61 and real_dev_61 the round-55 pair (72/84 = 85.7 %, 3 dangerous; 38/50 = 76.0 %, 4 dangerous), then read; written_dev_62 and real_dev_62 the round-56 pair (69/84 = 82.1 %, 5 dangerous; 36/50 = 72.0 %, 5 dangerous), then read; written_dev_63 and real_dev_63 the round-57 pair (66/84 = 78.6 %, 3 dangerous; 26/50 = 52.0 %, 4 dangerous), then read; written_dev_64 and real_dev_64 the round-58 pair (72/84 = 85.7 %, 3 dangerous; 28/50 = 56.0 %, 1 dangerous), then read; written_dev_65 and real_dev_65 the round-59 pair (72/84 = 85.7 %, 5 dangerous; 31/50 = 62.0 %, 3 dangerous), then read; written_dev_66 and real_dev_66 the round-60 pair (73/84 = 86.9 %, 2 dangerous; 24/50 = 48.0 %, 2 dangerous), then read; written_dev_67 and real_dev_67 the round-61 pair (64/84 = 76.2 %, 2 dangerous; 28/50 = 56.0 %, 5 dangerous), then read; written_dev_68 and real_dev_68 the round-62 pair (62/84 = 73.8 %, 2 dangerous; 32/50 = 64.0 %, 2 dangerous), then read; written_dev_69 and real_dev_69 the round-63 pair (59/84 = 70.2 %, 3 dangerous; 29/50 = 58.0 %, 3 dangerous), then read; written_dev_70 and real_dev_70 the round-64 pair (60/84 = 71.4 %, 4 dangerous; 30/50 = 60.0 %, 3 dangerous), then read in part; written_dev_71 and real_dev_71 the round-65 pair (61/84 = 72.6 %, 2 dangerous; 31/50 = 62.0 %, 2 dangerous), its dangerous rows then read; written_dev_72 and real_dev_72 the round-66 pair (57/84 = 67.9 %, 4 dangerous; 32/50 = 64.0 %, 0 dangerous), then read in part. Real municipal sentences are held to the share they reached once read (<see cref="Bar"/>),
/// not to 95 %: many of them report budgets and aggregates that no rule of ours reads yet, and none may show a risk as green.
/// The current unseen sets are in <see cref="UnseenSet"/>, the previous hold-out in HoldoutTests.
/// </summary>
/// <remarks>
/// <see cref="Year"/> is the year the written sets from round 22 on are set in (written_dev_28: 2023, … written_dev_106: 2101),
/// passed to the classifier as the report's year, as the ingest passes it from the column (Ennuste 2/2034); 0 where a set
/// mixes years or does not say.
/// </remarks>
public sealed record LabelledSet(string Name, string[] RelativePath, string WhereToFind, double Bar = 0.95, int Year = 0)
{
    private const string InRepository = "It is committed beside this test.";

    public static IReadOnlyList<LabelledSet> All { get; } =
    [
        new("dev_set_1", ["..", "shared", "data", "status-devset.tsv"],
            "Check out /work/shared beside the repository (the shared folder next to it)."),
        new("dev_set_2", Here("status-devset-2.tsv"), InRepository),
        new("dev_set_3", Here("status-devset-3.tsv"), InRepository),
        new("dev_set_4", Here("status-devset-4.tsv"), InRepository),
        new("dev_set_5", Here("status-devset-5.tsv"), InRepository),
        new("written_dev", Here("status-written-dev.tsv"), InRepository),
        new("real_dev", Here("status-real-dev.tsv"), InRepository),
        new("written_dev_2", Here("status-written-dev-2.tsv"), InRepository),
        new("real_dev_2", Here("status-real-dev-2.tsv"), InRepository),
        new("written_dev_3", Here("status-written-dev-3.tsv"), InRepository),
        new("real_dev_3", Here("status-real-dev-3.tsv"), InRepository),
        new("written_dev_4", Here("status-written-dev-4.tsv"), InRepository),
        new("real_dev_4", Here("status-real-dev-4.tsv"), InRepository, Bar: 55.0 / 62),
        new("written_dev_5", Here("status-written-dev-5.tsv"), InRepository, Bar: 99.0 / 100),
        new("real_dev_5", Here("status-real-dev-5.tsv"), InRepository, Bar: 54.0 / 58),
        new("written_dev_6", Here("status-written-dev-6.tsv"), InRepository, Bar: 90.0 / 92),
        new("real_dev_6", Here("status-real-dev-6.tsv"), InRepository, Bar: 43.0 / 51),
        new("written_dev_7", Here("status-written-dev-7.tsv"), InRepository, Bar: 61.0 / 61),
        new("real_dev_7", Here("status-real-dev-7.tsv"), InRepository, Bar: 36.0 / 40),
        new("written_dev_8", Here("status-written-dev-8.tsv"), InRepository, Bar: 65.0 / 65),
        new("real_dev_8", Here("status-real-dev-8.tsv"), InRepository, Bar: 104.0 / 126), // 104 until a record reached with no target was read as progress (row 107 labels one achieved)
        new("written_dev_10", Here("status-written-dev-10.tsv"), InRepository, Bar: 86.0 / 88),
        new("real_dev_10", Here("status-real-dev-10.tsv"), InRepository, Bar: 56.0 / 58),
        new("written_dev_9", Here("status-written-dev-9.tsv"), InRepository, Bar: 57.0 / 60),
        new("real_dev_9", Here("status-real-dev-9.tsv"), InRepository, Bar: 94.0 / 120),
        new("written_dev_12", Here("status-written-dev-12.tsv"), InRepository, Bar: 83.0 / 84),
        new("real_dev_12", Here("status-real-dev-12.tsv"), InRepository, Bar: 43.0 / 45),
        new("written_dev_11", Here("status-written-dev-11.tsv"), InRepository, Bar: 58.0 / 60),
        new("real_dev_11", Here("status-real-dev-11.tsv"), InRepository, Bar: 60.0 / 74),
        new("written_dev_14", Here("status-written-dev-14.tsv"), InRepository, Bar: 83.0 / 84),
        new("real_dev_14", Here("status-real-dev-14.tsv"), InRepository, Bar: 50.0 / 56),
        new("written_dev_13", Here("status-written-dev-13.tsv"), InRepository, Bar: 60.0 / 60),
        new("real_dev_13", Here("status-real-dev-13.tsv"), InRepository, Bar: 21.0 / 34),
        new("written_dev_15", Here("status-written-dev-15.tsv"), InRepository, Bar: 84.0 / 84),
        new("real_dev_15", Here("status-real-dev-15.tsv"), InRepository, Bar: 23.0 / 25),
        new("real_dev_16", Here("status-real-dev-16.tsv"), InRepository, Bar: 52.0 / 60),
        new("written_dev_17", Here("status-written-dev-17.tsv"), InRepository, Bar: 81.0 / 84),
        new("real_dev_17", Here("status-real-dev-17.tsv"), InRepository, Bar: 39.0 / 50),
        new("written_dev_18", Here("status-written-dev-18.tsv"), InRepository, Bar: 79.0 / 84),
        new("real_dev_18", Here("status-real-dev-18.tsv"), InRepository, Bar: 40.0 / 50),
        new("written_dev_19", Here("status-written-dev-19.tsv"), InRepository, Bar: 80.0 / 84),
        new("real_dev_19", Here("status-real-dev-19.tsv"), InRepository, Bar: 34.0 / 50),
        new("written_dev_20", Here("status-written-dev-20.tsv"), InRepository, Bar: 80.0 / 84),
        new("real_dev_20", Here("status-real-dev-20.tsv"), InRepository, Bar: 37.0 / 45),
        new("written_dev_21", Here("status-written-dev-21.tsv"), InRepository, Bar: 84.0 / 84),
        new("real_dev_21", Here("status-real-dev-21.tsv"), InRepository, Bar: 35.0 / 40),
        new("written_dev_22", Here("status-written-dev-22.tsv"), InRepository, Bar: 79.0 / 84),
        new("real_dev_22", Here("status-real-dev-22.tsv"), InRepository, Bar: 43.0 / 50),
        new("written_dev_23", Here("status-written-dev-23.tsv"), InRepository, Bar: 78.0 / 84),
        new("real_dev_23", Here("status-real-dev-23.tsv"), InRepository, Bar: 45.0 / 50),
        new("written_dev_24", Here("status-written-dev-24.tsv"), InRepository, Bar: 73.0 / 84),
        new("real_dev_24", Here("status-real-dev-24.tsv"), InRepository, Bar: 39.0 / 50),
        new("written_dev_25", Here("status-written-dev-25.tsv"), InRepository, Bar: 82.0 / 84),
        new("real_dev_25", Here("status-real-dev-25.tsv"), InRepository, Bar: 32.0 / 40),
        new("written_dev_26", Here("status-written-dev-26.tsv"), InRepository, Bar: 84.0 / 84),
        new("real_dev_26", Here("status-real-dev-26.tsv"), InRepository, Bar: 15.0 / 17),
        new("written_dev_27", Here("status-written-dev-27.tsv"), InRepository, Bar: 84.0 / 84),
        new("real_dev_27", Here("status-real-dev-27.tsv"), InRepository, Bar: 38.0 / 50),
        new("written_dev_28", Here("status-written-dev-28.tsv"), InRepository, Bar: 84.0 / 84, Year: 2023),
        new("real_dev_28", Here("status-real-dev-28.tsv"), InRepository, Bar: 40.0 / 49), // 41 until stop 52, whose resemblance recount read line 11 as a risk
        new("written_dev_29", Here("status-written-dev-29.tsv"), InRepository, Bar: 83.0 / 84, Year: 2024),
        new("real_dev_29", Here("status-real-dev-29.tsv"), InRepository, Bar: 42.0 / 47),
        new("written_dev_30", Here("status-written-dev-30.tsv"), InRepository, Bar: 83.0 / 84, Year: 2025),
        new("real_dev_30", Here("status-real-dev-30.tsv"), InRepository, Bar: 41.0 / 48),
        new("written_dev_31", Here("status-written-dev-31.tsv"), InRepository, Bar: 79.0 / 84, Year: 2026),
        new("real_dev_31", Here("status-real-dev-31.tsv"), InRepository, Bar: 28.0 / 37),
        new("written_dev_32", Here("status-written-dev-32.tsv"), InRepository, Bar: 83.0 / 84, Year: 2027),
        new("real_dev_32", Here("status-real-dev-32.tsv"), InRepository, Bar: 37.0 / 50),
        new("written_dev_33", Here("status-written-dev-33.tsv"), InRepository, Bar: 84.0 / 84, Year: 2028),
        new("real_dev_33", Here("status-real-dev-33.tsv"), InRepository, Bar: 46.0 / 50),
        new("written_dev_34", Here("status-written-dev-34.tsv"), InRepository, Bar: 84.0 / 84, Year: 2029),
        new("real_dev_34", Here("status-real-dev-34.tsv"), InRepository, Bar: 38.0 / 50),
        new("written_dev_35", Here("status-written-dev-35.tsv"), InRepository, Bar: 84.0 / 84, Year: 2030),
        new("real_dev_35", Here("status-real-dev-35.tsv"), InRepository, Bar: 40.0 / 50),
        new("written_dev_36", Here("status-written-dev-36.tsv"), InRepository, Bar: 75.0 / 84, Year: 2031),
        new("real_dev_36", Here("status-real-dev-36.tsv"), InRepository, Bar: 37.0 / 50),
        new("written_dev_37", Here("status-written-dev-37.tsv"), InRepository, Bar: 80.0 / 84, Year: 2032),
        new("real_dev_37", Here("status-real-dev-37.tsv"), InRepository, Bar: 44.0 / 50),
        new("written_dev_38", Here("status-written-dev-38.tsv"), InRepository, Bar: 77.0 / 84, Year: 2033),
        new("real_dev_38", Here("status-real-dev-38.tsv"), InRepository, Bar: 38.0 / 50),
        new("written_dev_39", Here("status-written-dev-39.tsv"), InRepository, Bar: 78.0 / 84, Year: 2034),
        new("real_dev_39", Here("status-real-dev-39.tsv"), InRepository, Bar: 36.0 / 50),
        new("written_dev_40", Here("status-written-dev-40.tsv"), InRepository, Bar: 79.0 / 84, Year: 2035),
        new("real_dev_40", Here("status-real-dev-40.tsv"), InRepository, Bar: 43.0 / 50),
        new("written_dev_41", Here("status-written-dev-41.tsv"), InRepository, Bar: 78.0 / 84, Year: 2036),
        new("real_dev_41", Here("status-real-dev-41.tsv"), InRepository, Bar: 38.0 / 50),
        new("written_dev_42", Here("status-written-dev-42.tsv"), InRepository, Bar: 81.0 / 84, Year: 2037),
        new("real_dev_42", Here("status-real-dev-42.tsv"), InRepository, Bar: 36.0 / 50),
        new("written_dev_43", Here("status-written-dev-43.tsv"), InRepository, Bar: 65.0 / 84, Year: 2038),
        new("real_dev_43", Here("status-real-dev-43.tsv"), InRepository, Bar: 32.0 / 50),
        new("written_dev_44", Here("status-written-dev-44.tsv"), InRepository, Bar: 83.0 / 84, Year: 2039),
        new("real_dev_44", Here("status-real-dev-44.tsv"), InRepository, Bar: 45.0 / 50),
        new("written_dev_45", Here("status-written-dev-45.tsv"), InRepository, Bar: 79.0 / 84, Year: 2040),
        new("real_dev_45", Here("status-real-dev-45.tsv"), InRepository, Bar: 39.0 / 50),
        new("written_dev_46", Here("status-written-dev-46.tsv"), InRepository, Bar: 72.0 / 84, Year: 2041),
        new("real_dev_46", Here("status-real-dev-46.tsv"), InRepository, Bar: 37.0 / 50),
        new("written_dev_47", Here("status-written-dev-47.tsv"), InRepository, Bar: 69.0 / 84, Year: 2042),
        new("real_dev_47", Here("status-real-dev-47.tsv"), InRepository, Bar: 36.0 / 50),
        new("written_dev_48", Here("status-written-dev-48.tsv"), InRepository, Bar: 76.0 / 84, Year: 2043),
        new("real_dev_48", Here("status-real-dev-48.tsv"), InRepository, Bar: 34.0 / 50),
        new("written_dev_49", Here("status-written-dev-49.tsv"), InRepository, Bar: 72.0 / 84, Year: 2044),
        new("real_dev_49", Here("status-real-dev-49.tsv"), InRepository, Bar: 33.0 / 50),
        new("written_dev_50", Here("status-written-dev-50.tsv"), InRepository, Bar: 77.0 / 84, Year: 2045),
        new("real_dev_50", Here("status-real-dev-50.tsv"), InRepository, Bar: 32.0 / 50),
        new("written_dev_51", Here("status-written-dev-51.tsv"), InRepository, Bar: 78.0 / 84, Year: 2046),
        new("real_dev_51", Here("status-real-dev-51.tsv"), InRepository, Bar: 36.0 / 50),
        new("written_dev_52", Here("status-written-dev-52.tsv"), InRepository, Bar: 76.0 / 84, Year: 2047),
        new("real_dev_52", Here("status-real-dev-52.tsv"), InRepository, Bar: 34.0 / 45),
        new("written_dev_53", Here("status-written-dev-53.tsv"), InRepository, Bar: 84.0 / 84, Year: 2048),
        new("real_dev_53", Here("status-real-dev-53.tsv"), InRepository, Bar: 34.0 / 50),
        new("written_dev_54", Here("status-written-dev-54.tsv"), InRepository, Bar: 80.0 / 84, Year: 2049),
        new("real_dev_54", Here("status-real-dev-54.tsv"), InRepository, Bar: 40.0 / 50),
        new("written_dev_55", Here("status-written-dev-55.tsv"), InRepository, Bar: 75.0 / 84, Year: 2050),
        new("real_dev_55", Here("status-real-dev-55.tsv"), InRepository, Bar: 37.0 / 50),
        new("written_dev_56", Here("status-written-dev-56.tsv"), InRepository, Bar: 74.0 / 84, Year: 2051),
        new("real_dev_56", Here("status-real-dev-56.tsv"), InRepository, Bar: 39.0 / 50),
        new("written_dev_57", Here("status-written-dev-57.tsv"), InRepository, Bar: 77.0 / 84, Year: 2052),
        new("real_dev_57", Here("status-real-dev-57.tsv"), InRepository, Bar: 38.0 / 50),
        new("written_dev_58", Here("status-written-dev-58.tsv"), InRepository, Bar: 78.0 / 84, Year: 2053),
        new("real_dev_58", Here("status-real-dev-58.tsv"), InRepository, Bar: 33.0 / 50),
        new("written_dev_59", Here("status-written-dev-59.tsv"), InRepository, Bar: 77.0 / 84, Year: 2054),
        new("real_dev_59", Here("status-real-dev-59.tsv"), InRepository, Bar: 38.0 / 50),
        new("written_dev_60", Here("status-written-dev-60.tsv"), InRepository, Bar: 80.0 / 84, Year: 2055),
        new("real_dev_60", Here("status-real-dev-60.tsv"), InRepository, Bar: 40.0 / 50),
        new("written_dev_61", Here("status-written-dev-61.tsv"), InRepository, Bar: 84.0 / 84, Year: 2056),
        new("real_dev_61", Here("status-real-dev-61.tsv"), InRepository, Bar: 47.0 / 50),
        new("written_dev_62", Here("status-written-dev-62.tsv"), InRepository, Bar: 81.0 / 84, Year: 2057),
        new("real_dev_62", Here("status-real-dev-62.tsv"), InRepository, Bar: 43.0 / 50),
        new("written_dev_63", Here("status-written-dev-63.tsv"), InRepository, Bar: 76.0 / 84, Year: 2058),
        new("real_dev_63", Here("status-real-dev-63.tsv"), InRepository, Bar: 37.0 / 50),
        new("written_dev_64", Here("status-written-dev-64.tsv"), InRepository, Bar: 82.0 / 84, Year: 2059),
        new("real_dev_64", Here("status-real-dev-64.tsv"), InRepository, Bar: 37.0 / 50),
        new("written_dev_65", Here("status-written-dev-65.tsv"), InRepository, Bar: 81.0 / 84, Year: 2060),
        new("real_dev_65", Here("status-real-dev-65.tsv"), InRepository, Bar: 38.0 / 50),
        new("written_dev_66", Here("status-written-dev-66.tsv"), InRepository, Bar: 82.0 / 84, Year: 2061),
        new("real_dev_66", Here("status-real-dev-66.tsv"), InRepository, Bar: 35.0 / 50),
        new("written_dev_67", Here("status-written-dev-67.tsv"), InRepository, Bar: 75.0 / 84, Year: 2062),
        new("real_dev_67", Here("status-real-dev-67.tsv"), InRepository, Bar: 36.0 / 50),
        new("written_dev_68", Here("status-written-dev-68.tsv"), InRepository, Bar: 77.0 / 84, Year: 2063),
        new("real_dev_68", Here("status-real-dev-68.tsv"), InRepository, Bar: 35.0 / 50),
        new("written_dev_69", Here("status-written-dev-69.tsv"), InRepository, Bar: 70.0 / 84, Year: 2064),
        new("real_dev_69", Here("status-real-dev-69.tsv"), InRepository, Bar: 37.0 / 50),
        new("written_dev_70", Here("status-written-dev-70.tsv"), InRepository, Bar: 73.0 / 84, Year: 2065),
        new("real_dev_70", Here("status-real-dev-70.tsv"), InRepository, Bar: 35.0 / 50),
        new("written_dev_71", Here("status-written-dev-71.tsv"), InRepository, Bar: 70.0 / 84, Year: 2066),
        new("real_dev_71", Here("status-real-dev-71.tsv"), InRepository, Bar: 34.0 / 50),
        new("written_dev_72", Here("status-written-dev-72.tsv"), InRepository, Bar: 70.0 / 84, Year: 2067),
        new("real_dev_72", Here("status-real-dev-72.tsv"), InRepository, Bar: 37.0 / 50),
        new("written_dev_73", Here("status-written-dev-73.tsv"), InRepository, Bar: 76.0 / 84, Year: 2068),
        new("real_dev_73", Here("status-real-dev-73.tsv"), InRepository, Bar: 34.0 / 50),
        new("written_dev_74", Here("status-written-dev-74.tsv"), InRepository, Bar: 78.0 / 84, Year: 2069),
        new("real_dev_74", Here("status-real-dev-74.tsv"), InRepository, Bar: 36.0 / 50),
        new("written_dev_75", Here("status-written-dev-75.tsv"), InRepository, Bar: 80.0 / 84, Year: 2070),
        new("real_dev_75", Here("status-real-dev-75.tsv"), InRepository, Bar: 36.0 / 50),
        new("written_dev_76", Here("status-written-dev-76.tsv"), InRepository, Bar: 76.0 / 84, Year: 2071),
        new("real_dev_76", Here("status-real-dev-76.tsv"), InRepository, Bar: 33.0 / 50),
        // Round 71, the unseen pair measured in stop 45 (written 47/84, 6 dangerous; real 31/50, 3 dangerous), then read.
        new("written_dev_77", Here("status-written-dev-77.tsv"), InRepository, Bar: 77.0 / 84, Year: 2072),
        new("real_dev_77", Here("status-real-dev-77.tsv"), InRepository, Bar: 39.0 / 50),
        new("written_dev_78", Here("status-written-dev-78.tsv"), InRepository, Bar: 84.0 / 84, Year: 2073),
        new("real_dev_78", Here("status-real-dev-78.tsv"), InRepository, Bar: 41.0 / 50),
        new("written_dev_79", Here("status-written-dev-79.tsv"), InRepository, Bar: 84.0 / 84, Year: 2074),
        new("real_dev_79", Here("status-real-dev-79.tsv"), InRepository, Bar: 37.0 / 50),
        new("written_dev_80", Here("status-written-dev-80.tsv"), InRepository, Bar: 76.0 / 84, Year: 2075),
        new("real_dev_80", Here("status-real-dev-80.tsv"), InRepository, Bar: 37.0 / 50),
        // Round 75, the unseen pair measured in stop 47 (written 60/84, 2 dangerous; real 28/50, 3 dangerous), then read in stop 48.
        new("written_dev_81", Here("status-written-dev-81.tsv"), InRepository, Bar: 83.0 / 84, Year: 2076),
        new("real_dev_81", Here("status-real-dev-81.tsv"), InRepository, Bar: 41.0 / 50),
        // Round 76, the unseen pair measured in stop 48 (written 58/84, 3 dangerous; real 24/50, 3 dangerous), then read in the same stop.
        new("written_dev_82", Here("status-written-dev-82.tsv"), InRepository, Bar: 79.0 / 84, Year: 2077),
        new("real_dev_82", Here("status-real-dev-82.tsv"), InRepository, Bar: 29.0 / 50),
        // Round 77, the unseen pair measured in stop 48 (written 58/84, 1 dangerous; real 24/50, 4 dangerous), then read in stops 49 and 50.
        new("written_dev_83", Here("status-written-dev-83.tsv"), InRepository, Bar: 76.0 / 84, Year: 2078),
        new("real_dev_83", Here("status-real-dev-83.tsv"), InRepository, Bar: 36.0 / 50),
        // Round 78, the unseen pair measured in stop 50 (written 54/84, 1 dangerous; real 34/50, 3 dangerous), then read in the same stop.
        new("written_dev_84", Here("status-written-dev-84.tsv"), InRepository, Bar: 76.0 / 84, Year: 2079),
        new("real_dev_84", Here("status-real-dev-84.tsv"), InRepository, Bar: 39.0 / 50),
        // Round 79, the unseen pair measured in stop 50 (written 55/84, 1 dangerous; real 29/50, 2 dangerous), then read in the same stop.
        new("written_dev_85", Here("status-written-dev-85.tsv"), InRepository, Bar: 74.0 / 84, Year: 2080),
        new("real_dev_85", Here("status-real-dev-85.tsv"), InRepository, Bar: 35.0 / 50),
        new("written_dev_86", Here("status-written-dev-86.tsv"), InRepository, Bar: 83.0 / 84, Year: 2081),
        new("real_dev_86", Here("status-real-dev-86.tsv"), InRepository, Bar: 39.0 / 50),
        new("written_dev_87", Here("status-written-dev-87.tsv"), InRepository, Bar: 83.0 / 84, Year: 2082),
        new("real_dev_87", Here("status-real-dev-87.tsv"), InRepository, Bar: 40.0 / 50), // 40 until stop 53, whose resemblance recount no longer reads line 18 as a risk
        new("written_dev_88", Here("status-written-dev-88.tsv"), InRepository, Bar: 82.0 / 84, Year: 2083),
        new("real_dev_88", Here("status-real-dev-88.tsv"), InRepository, Bar: 41.0 / 50),
        new("written_dev_89", Here("status-written-dev-89.tsv"), InRepository, Bar: 82.0 / 84, Year: 2084),
        new("real_dev_89", Here("status-real-dev-89.tsv"), InRepository, Bar: 37.0 / 50),
        new("written_dev_90", Here("status-written-dev-90.tsv"), InRepository, Bar: 84.0 / 84, Year: 2085),
        new("real_dev_90", Here("status-real-dev-90.tsv"), InRepository, Bar: 43.0 / 50),
        new("written_dev_91", Here("status-written-dev-91.tsv"), InRepository, Bar: 84.0 / 84, Year: 2086),
        new("real_dev_91", Here("status-real-dev-91.tsv"), InRepository, Bar: 40.0 / 50),
        new("written_dev_92", Here("status-written-dev-92.tsv"), InRepository, Bar: 81.0 / 84, Year: 2087),
        new("real_dev_92", Here("status-real-dev-92.tsv"), InRepository, Bar: 37.0 / 50),
        new("written_dev_93", Here("status-written-dev-93.tsv"), InRepository, Bar: 83.0 / 84, Year: 2088),
        new("real_dev_93", Here("status-real-dev-93.tsv"), InRepository, Bar: 38.0 / 50),
        new("written_dev_94", Here("status-written-dev-94.tsv"), InRepository, Bar: 82.0 / 84, Year: 2089),
        new("real_dev_94", Here("status-real-dev-94.tsv"), InRepository, Bar: 42.0 / 50),
        new("written_dev_95", Here("status-written-dev-95.tsv"), InRepository, Bar: 83.0 / 84, Year: 2090),
        new("real_dev_95", Here("status-real-dev-95.tsv"), InRepository, Bar: 31.0 / 50),
        new("written_dev_96", Here("status-written-dev-96.tsv"), InRepository, Bar: 84.0 / 84, Year: 2091),
        new("real_dev_96", Here("status-real-dev-96.tsv"), InRepository, Bar: 42.0 / 50),
        new("written_dev_97", Here("status-written-dev-97.tsv"), InRepository, Bar: 83.0 / 84, Year: 2092),
        new("real_dev_97", Here("status-real-dev-97.tsv"), InRepository, Bar: 38.0 / 50),
        new("written_dev_98", Here("status-written-dev-98.tsv"), InRepository, Bar: 82.0 / 84, Year: 2093),
        new("real_dev_98", Here("status-real-dev-98.tsv"), InRepository, Bar: 29.0 / 50),
        new("written_dev_99", Here("status-written-dev-99.tsv"), InRepository, Bar: 83.0 / 84, Year: 2094),
        new("real_dev_99", Here("status-real-dev-99.tsv"), InRepository, Bar: 33.0 / 50),
        new("written_dev_100", Here("status-written-dev-100.tsv"), InRepository, Bar: 81.0 / 84, Year: 2095),
        new("real_dev_100", Here("status-real-dev-100.tsv"), InRepository, Bar: 34.0 / 50),
        new("written_dev_101", Here("status-written-dev-101.tsv"), InRepository, Bar: 84.0 / 84, Year: 2096),
        new("real_dev_101", Here("status-real-dev-101.tsv"), InRepository, Bar: 44.0 / 50),
        new("written_dev_102", Here("status-written-dev-102.tsv"), InRepository, Bar: 84.0 / 84, Year: 2097),
        new("real_dev_102", Here("status-real-dev-102.tsv"), InRepository, Bar: 36.0 / 50),
        new("written_dev_103", Here("status-written-dev-103.tsv"), InRepository, Bar: 80.0 / 84, Year: 2098),
        new("real_dev_103", Here("status-real-dev-103.tsv"), InRepository, Bar: 37.0 / 50),
        new("written_dev_104", Here("status-written-dev-104.tsv"), InRepository, Bar: 81.0 / 84, Year: 2099),
        new("real_dev_104", Here("status-real-dev-104.tsv"), InRepository, Bar: 43.0 / 50),
        new("written_dev_105", Here("status-written-dev-105.tsv"), InRepository, Bar: 78.0 / 84, Year: 2100),
        new("real_dev_105", Here("status-real-dev-105.tsv"), InRepository, Bar: 30.0 / 50),
        new("written_dev_106", Here("status-written-dev-106.tsv"), InRepository, Bar: 77.0 / 84, Year: 2101),
        new("real_dev_106", Here("status-real-dev-106.tsv"), InRepository, Bar: 34.0 / 50),
    ];

    public string Path() => System.IO.Path.GetFullPath(System.IO.Path.Combine([LabelledTextFile.RepositoryRoot(), .. RelativePath]));

    /// <summary>The set's rows, each classified as written for the report of <see cref="Year"/> where the set knows it.</summary>
    public IReadOnlyList<LabelledText> Rows() => LabelledTextFile.Read(Path(), Year);

    public override string ToString() => Name;

    private static string[] Here(string file) => ["tests", "Cockpit.Model.Tests", "Status", file];
}
